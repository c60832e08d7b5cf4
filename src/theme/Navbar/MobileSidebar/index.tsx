/**
 * The mobile menu is in the build's HTML, so that it opens before the page's scripts have run
 * (src/plugins/lean-client/early-controls.ts opens it then). The theme renders it only in the
 * browser, once it knows the window is narrow; until hydration this renders the same layout, and
 * from then on the theme's own component takes over. A menu opened before hydration stays open:
 * the theme's state is brought in line with the page as it hydrates, before React handles a click.
 */
import type { ReactElement } from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import useIsomorphicLayoutEffect from '@docusaurus/useIsomorphicLayoutEffect';
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import NavbarMobileSidebar from '@theme-original/Navbar/MobileSidebar';
import NavbarMobileSidebarLayout from '@theme/Navbar/MobileSidebar/Layout';
import NavbarMobileSidebarHeader from '@theme/Navbar/MobileSidebar/Header';
import NavbarMobileSidebarPrimaryMenu from '@theme/Navbar/MobileSidebar/PrimaryMenu';
import NavbarMobileSidebarSecondaryMenu from '@theme/Navbar/MobileSidebar/SecondaryMenu';
import { MENU_OPEN_CLASS } from '@site/packages/docusaurus-plugin-lean/src/lean-client/early-controls';

export default function NavbarMobileSidebarWrapper(): ReactElement {
  const { shown, toggle } = useNavbarMobileSidebar();
  useIsomorphicLayoutEffect(() => {
    if (!shown && document.querySelector(`.navbar.${MENU_OPEN_CLASS}`)) toggle();
    // Once, in the commit that hydrates the page: from then on the theme's state is the truth.
  }, []);
  if (useIsBrowser()) return <NavbarMobileSidebar />;
  return (
    <NavbarMobileSidebarLayout
      header={<NavbarMobileSidebarHeader />}
      primaryMenu={<NavbarMobileSidebarPrimaryMenu />}
      secondaryMenu={<NavbarMobileSidebarSecondaryMenu />}
    />
  );
}
