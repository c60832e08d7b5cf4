/** A PostCSS plugin that drops listed Infima classes and custom properties from Infima's file. */
import type { AcceptedPlugin, Rule } from 'postcss';
import { UNUSED_INFIMA_CLASSES, UNUSED_INFIMA_PROPERTIES } from './unused-infima';

const INFIMA_FILE = /[\\/]infima[\\/]dist[\\/]css[\\/]/;
const CLASS = /\.(-?[_a-zA-Z][\w-]*)/g;

export function dropUnusedInfima(
  classes: readonly string[] = UNUSED_INFIMA_CLASSES,
  properties: readonly string[] = UNUSED_INFIMA_PROPERTIES,
): AcceptedPlugin {
  const unusedClasses = new Set(classes);
  const unusedProperties = new Set(properties);
  const isUnused = (selector: string) => [...selector.matchAll(CLASS)].some((match) => unusedClasses.has(match[1]!));
  return {
    postcssPlugin: 'drop-unused-infima',
    Once(root) {
      // Only Infima's own file: our CSS and the theme's are kept whole.
      if (!INFIMA_FILE.test(root.source?.input.file ?? '')) return;
      root.walkRules((rule: Rule) => {
        const kept = rule.selectors.filter((selector) => !isUnused(selector));
        if (kept.length === 0) rule.remove();
        else if (kept.length < rule.selectors.length) rule.selectors = kept;
      });
      root.walkDecls((decl) => {
        if (unusedProperties.has(decl.prop)) decl.remove();
      });
      root.walkRules((rule) => {
        if (rule.nodes.length === 0) rule.remove();
      });
      // Media queries left with nothing inside.
      root.walkAtRules((atRule) => {
        if (atRule.nodes?.length === 0) atRule.remove();
      });
    },
  };
}
