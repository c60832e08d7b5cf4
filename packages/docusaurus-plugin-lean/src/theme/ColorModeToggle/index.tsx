/**
 * The classic theme's colour-mode toggle with a class the early controls' inline script finds it
 * by (early-controls/script.ts). Nothing else changes. `@theme-init` is the classic theme's own
 * component: from a plugin's theme, `@theme-original` would be this file.
 */
import type { ReactElement } from 'react';
import clsx from 'clsx';
import type { Props } from '@theme/ColorModeToggle';
import ColorModeToggle from '@theme-init/ColorModeToggle';
import { COLOR_MODE_TOGGLE_CLASS } from '../../early-controls/script';

export default function ColorModeToggleWrapper(props: Props): ReactElement {
  return <ColorModeToggle {...props} className={clsx(props.className, COLOR_MODE_TOGGLE_CLASS)} />;
}
