/** The checks' core: every file rule on every post and doc, then the site-wide rules. */
import { loadContext, withPosts, type AddedPost, type CheckContext, type FileRule } from './context';
import { compareFindings, type Finding } from './finding';
import type { SourceFile } from './source';
import type { Site } from '../site/manifest';
import { frontMatterRule } from './rules/frontmatter';
import { tagsRule, authorsRule, unusedTagsRule } from './rules/keys';
import { uniquePermalinksRule } from './rules/permalinks';
import { truncateRule } from './rules/truncate';
import { seriesKeyRule } from './rules/series-key';
import { seriesPartsRule } from './rules/series-parts';
import { textDamageRule } from './rules/text-damage';
import { unsafeContentRule } from './rules/unsafe';
import { linksRule } from './rules/links';
import { coverRule } from './rules/cover';
import { datesRule } from './rules/dates';
import { accessibilityRules } from './a11y';
import { unclosedBlockRule } from './rules/unclosed-block';
import { mdxSyntaxRule } from './rules/mdx-syntax';
import { linkAsTextRule } from './rules/link-as-text';
import { deadLinkRule } from './rules/dead-link';

/** The rules about one file. To add one: write it in rules/<name>.ts and list it here. */
export const FILE_RULES: FileRule[] = [
  textDamageRule,
  frontMatterRule,
  datesRule,
  tagsRule,
  authorsRule,
  seriesKeyRule,
  truncateRule,
  unsafeContentRule,
  linksRule,
  coverRule,
  (source, context) => accessibilityRules(source, context.site),
  // What the reader will see: constructs that swallow the rest, link syntax left as text, links to nowhere.
  unclosedBlockRule,
  mdxSyntaxRule,
  linkAsTextRule,
  deadLinkRule,
];

export interface CheckResult {
  findings: Finding[];
  /** How many content files were checked. */
  files: number;
}

/** Every finding about one file: from reading it, then from each file rule. */
export function checkFile(source: SourceFile, context: CheckContext): Finding[] {
  const findings = [...source.findings];
  for (const rule of FILE_RULES) findings.push(...rule(source, context));
  return findings;
}

/** The findings about the whole site: its registries' own, then the site-wide rules'. */
export function siteFindings(context: CheckContext): Finding[] {
  return [
    ...context.tags.findings,
    ...context.authors.findings,
    ...context.series.findings,
    ...uniquePermalinksRule(context.sources, context.site),
    ...unusedTagsRule(context.sources, context.tags),
    ...seriesPartsRule(context.sources, context.series, context.now),
  ];
}

export function runChecks(context: CheckContext): CheckResult {
  const findings = siteFindings(context);
  for (const source of context.sources) findings.push(...checkFile(source, context));
  return { findings: findings.sort(compareFindings), files: context.sources.length };
}

/** Check `site`, with `added` posts as if they were written already, on the day `now`. */
export const checkSite = (site: Site, added: AddedPost[] = [], now?: Date): CheckResult =>
  runChecks(withPosts(loadContext(site, undefined, now), added));
