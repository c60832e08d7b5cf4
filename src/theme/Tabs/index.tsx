/**
 * The theme's tabs, each tab pointing at its panel: `aria-controls` on the tab and the same `id`
 * on the panel (our TabItem). Without them the Nu Html Checker reports "Every active role=tab
 * element must have a corresponding role=tabpanel element", and a screen reader cannot go from a
 * tab to what it shows. Ids are unique per tab set (useId), so two sets with the same values
 * (debian, macos…) on one page do not collide.
 */
import React, { Children, cloneElement, isValidElement, useId, type ReactElement } from 'react';
import Tabs from '@theme-original/Tabs';
import type TabsType from '@theme/Tabs';
import type { WrapperProps } from '@docusaurus/types';
import type { Props as TabItemProps } from '@theme/TabItem';

type Props = WrapperProps<typeof TabsType>;

/** The id of the panel of tab `index` of the tab set `set`: letters, digits and dashes only. */
export const panelId = (set: string, index: number): string => `tabpanel-${set.replace(/[^\w-]/g, '')}-${index}`;

export default function TabsWrapper(props: Props): React.ReactElement {
  const set = useId();
  let index = 0;
  const children = Children.map(props.children, (child) => {
    if (!isValidElement<TabItemProps & { panelId?: string }>(child)) return child;
    const id = panelId(set, index++);
    return cloneElement(child as ReactElement<TabItemProps & { panelId?: string }>, {
      panelId: id,
      attributes: { ...child.props.attributes, 'aria-controls': id },
    });
  });
  return <Tabs {...props}>{children}</Tabs>;
}
