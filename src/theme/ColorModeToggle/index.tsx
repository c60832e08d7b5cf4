/**
 * The theme's colour-mode toggle with a class the inline script that runs before the page's
 * scripts finds it by (src/plugins/lean-client/early-controls.ts). Nothing else changes.
 */
import type { ComponentProps, ReactElement } from 'react';
import clsx from 'clsx';
import ColorModeToggle from '@theme-original/ColorModeToggle';
import { COLOR_MODE_TOGGLE_CLASS } from '@site/packages/docusaurus-plugin-lean/src/lean-client/early-controls';

export default function ColorModeToggleWrapper(props: ComponentProps<typeof ColorModeToggle>): ReactElement {
  return <ColorModeToggle {...props} className={clsx(props.className, COLOR_MODE_TOGGLE_CLASS)} />;
}
