/** Rule ids: duplicate-slug, duplicate-permalink. One map pass: linear in the number of posts. */
import { error, type Finding } from '../finding';
import type { Site } from '../../site/manifest';
import { postRoute, trimRoute } from '../../site/routes';
import { slugOf, aliasesOf, type SourceFile } from '../source';

export function uniquePermalinksRule(sources: SourceFile[], site: Pick<Site, 'blog' | 'docs'>): Finding[] {
  const findings: Finding[] = [];
  const owners = new Map<string, { source: SourceFile; field: string }>();
  for (const source of sources) {
    const slug = slugOf(source);
    if (source.kind !== 'post' || !source.parsed || !slug) continue;
    const claims = [
      { url: postRoute(site, slug), field: 'slug' },
      ...aliasesOf(source).map((alias, index) => ({ url: trimRoute(alias), field: `aliases.${index}` })),
    ];
    for (const claim of claims) {
      const owner = owners.get(claim.url);
      if (!owner) {
        owners.set(claim.url, { source, field: claim.field });
        continue;
      }
      const bothSlugs = owner.field === 'slug' && claim.field === 'slug';
      const rule = bothSlugs ? 'duplicate-slug' : 'duplicate-permalink';
      const what = bothSlugs ? `slug "${slug}"` : `URL ${claim.url}`;
      const at = (s: SourceFile, field: string) =>
        s.parsed!.positions[field] ?? s.parsed!.positions[field.split('.')[0]!] ?? { line: 1, column: 1 };
      findings.push(
        error(
          source.path,
          at(source, claim.field),
          rule,
          `${what} is also used by ${owner.source.path}`,
          'choose a unique slug',
        ),
        error(
          owner.source.path,
          at(owner.source, owner.field),
          rule,
          `${what} is also used by ${source.path}`,
          'choose a unique slug',
        ),
      );
    }
  }
  return findings;
}
