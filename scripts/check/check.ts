/** The checks' core: read every post and doc once, build the site index, run every rule. */
import { listContentFiles, BLOG_DIR, DOCS_DIR, TAGS_FILE, AUTHORS_FILE } from '../content/load';
import { tagsFileSchema, authorsFileSchema } from '../content/schema';
import { readDataFile } from './data-files';
import { compareFindings, type Finding } from './finding';
import { readSource, type SourceFile } from './source';
import { buildSiteIndex } from './site';
import { frontMatterRule } from './rules/frontmatter';
import { tagsRule, authorsRule, unusedTagsRule } from './rules/keys';
import { uniquePermalinksRule } from './rules/permalinks';
import { truncateRule } from './rules/truncate';
import { textDamageRule } from './rules/text-damage';
import { unsafeContentRule } from './rules/unsafe';
import { linksRule } from './rules/links';
import { accessibilityRules } from './a11y';

export interface CheckResult {
  findings: Finding[];
  /** How many content files were checked. */
  files: number;
}

export function checkSite(siteDir: string): CheckResult {
  const tags = readDataFile(siteDir, TAGS_FILE, tagsFileSchema, {});
  const authors = readDataFile(siteDir, AUTHORS_FILE, authorsFileSchema, {});
  const sources: SourceFile[] = [
    ...listContentFiles(siteDir, BLOG_DIR).map((file) => readSource(siteDir, file, 'post')),
    ...listContentFiles(siteDir, DOCS_DIR).map((file) => readSource(siteDir, file, 'doc')),
  ];
  const site = buildSiteIndex(siteDir, sources, tags.value, authors.value);

  const findings: Finding[] = [...tags.findings, ...authors.findings];
  for (const source of sources) {
    findings.push(
      ...source.findings,
      ...textDamageRule(source),
      ...frontMatterRule(source),
      ...tagsRule(source, tags),
      ...authorsRule(source, authors),
      ...truncateRule(source),
      ...unsafeContentRule(source),
      ...linksRule(source, site, siteDir),
      ...accessibilityRules(source, siteDir),
    );
  }
  findings.push(...uniquePermalinksRule(sources), ...unusedTagsRule(sources, tags));
  return { findings: findings.sort(compareFindings), files: sources.length };
}
