/**
 * One tab's panel, with the `id` its tab's `aria-controls` names (given by our Tabs wrapper), so
 * the Nu Html Checker finds a panel for each tab. Otherwise as the theme's: the chosen panel shows,
 * the others are in the page but `hidden` (or left out when the tab set is `lazy`).
 */
import React from 'react';
import clsx from 'clsx';
import { useTabs } from '@docusaurus/theme-common/internal';
import type { Props as UpstreamProps } from '@theme/TabItem';
import styles from './styles.module.css';

export interface Props extends UpstreamProps {
  /** Set by src/theme/Tabs: the id the tab's aria-controls points at. */
  panelId?: string;
}

export default function TabItem({ children, className, value, panelId }: Props): React.ReactElement | null {
  const { selectedValue, lazy } = useTabs();
  const chosen = value === selectedValue;
  if (!chosen && lazy) return null;
  return (
    <div role="tabpanel" id={panelId} className={clsx(styles.panel, className)} hidden={!chosen}>
      {children}
    </div>
  );
}
