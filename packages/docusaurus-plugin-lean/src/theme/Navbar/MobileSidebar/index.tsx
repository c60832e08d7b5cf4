/**
 * The mobile menu is in the build's HTML, so that it opens before the page's scripts have run
 * (early-controls/script.ts opens it then). The classic theme renders it only in the browser, once
 * it knows the window is narrow; until hydration this renders the same layout, and from then on
 * the theme's own component (`@theme-init`: from a plugin's theme, `@theme-original` would be this
 * file) takes over. A menu opened before hydration stays open: the theme's state is brought in
 * line with the page as it hydrates, before React handles a click.
 */
import type { ReactElement } from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import useIsomorphicLayoutEffect from '@docusaurus/useIsomorphicLayoutEffect';
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import NavbarMobileSidebar from '@theme-init/Navbar/MobileSidebar';
import NavbarMobileSidebarLayout from '@theme/Navbar/MobileSidebar/Layout';
import NavbarMobileSidebarHeader from '@theme/Navbar/MobileSidebar/Header';
import NavbarMobileSidebarPrimaryMenu from '@theme/Navbar/MobileSidebar/PrimaryMenu';
import NavbarMobileSidebarSecondaryMenu from '@theme/Navbar/MobileSidebar/SecondaryMenu';
import { MENU_OPEN_CLASS } from '../../../early-controls/script';

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
