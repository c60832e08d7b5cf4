/**
 * `sde-content new` (`npm run new -- "Title" --author <key> --tags <a,b> [--series <key> --part <n>]`): creates a post ready to
 * write in (src/import/new-post.ts) and prints where it is and its preview URL.
 * Exit codes: 0 created, 1 refused (existing post, unknown author or tag), 2 wrong usage.
 */
import { resolve } from 'node:path';
import { messageWithFix } from '../content/position';
import { formatFinding } from '../check/report';
import { blogDir, loadSite } from '../site/manifest';
import { lockFile, postRoute } from '../site/routes';
import { planNewPost, writeNewPost } from '../import/new-post';
import { today } from '../import/scaffold';
import { isScheduled, siteNow } from '../content/schedule';
import { displayPath } from '../import/write';
import { parseCommandLine, processIo, runDirectly, UsageError, wholeNumber, type Io } from './index';

export const USAGE = `Usage: npm run new -- "Title" --author <key> --tags <a,b> [options]

Creates blog/<slug>.md with valid frontmatter, ready to write in, and records its URL
in blog/permalinks.lock.

Options:
  --author <key>          author key or display name from blog/authors.yml (required)
  --tags <a,b>            tag keys or labels from blog/tags.yml (required)
  --date <YYYY-MM-DD>     the post's date (default: today)
  --slug <slug>           the post's slug (default: made from the title)
  --description <text>    40 to 160 characters (default: a placeholder to replace)
  --series <key>          a series of blog/series.yml the story is a part of (needs --part)
  --part <n>              the story's number in that series, from 1
  --dry-run               print the post, write nothing
  --out <dir>             where the post is written (default: blog)
  --site <dir>            the site whose tags.yml and authors.yml apply (default: .)
  --help                  show this help`;

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, {
    allowPositionals: true,
    options: {
      author: { type: 'string' },
      tags: { type: 'string' },
      date: { type: 'string' },
      slug: { type: 'string' },
      description: { type: 'string' },
      series: { type: 'string' },
      part: { type: 'string' },
      'dry-run': { type: 'boolean' },
      out: { type: 'string' },
      site: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    throw new UsageError(
      'give exactly one title, in quotes: npm run new -- "My title" --author <key> --tags <a,b>',
      null,
    );
  }
  if (values.part !== undefined && values.series === undefined) {
    throw new UsageError('--part numbers a part of a series: pass --series <key> too', null);
  }
  const part = values.part === undefined ? undefined : wholeNumber('part', values.part, 1);
  try {
    const site = loadSite(resolve(io.cwd, values.site ?? '.'));
    const now = siteNow(io.env, io.now);
    const outDir = resolve(io.cwd, values.out ?? blogDir(site));
    const request = {
      post: {
        title: positionals[0]!,
        author: values.author,
        tags: values.tags
          ?.split(',')
          .map((tag) => tag.trim())
          .filter(Boolean),
        date: values.date ?? today(now),
        slug: values.slug,
        description: values.description,
        series: values.series,
        part,
      },
      site,
      outDir,
      now,
    };
    const plan = planNewPost(request);
    if (!plan.ok) {
      if ('problems' in plan) for (const problem of plan.problems) io.err(`error: ${messageWithFix(problem)}`);
      else for (const finding of plan.findings) io.err(formatFinding(finding));
      io.err('nothing was written');
      return 1;
    }
    const shown = displayPath(plan.target, io.cwd);
    if (values['dry-run']) {
      io.out(`would create ${shown}`);
      io.out('');
      io.out(plan.text);
    } else {
      const { recorded } = writeNewPost(request, plan);
      io.out(`created ${shown}`);
      for (const url of recorded) io.out(`recorded ${url} in ${lockFile(site)}`);
      if (isScheduled(request.post, now)) {
        io.out(
          `scheduled for ${request.post.date}: the site publishes it on that day, and npm run check:permalinks -- --update records its URL then`,
        );
      }
    }
    io.out(`preview: http://localhost:3000${postRoute(site, plan.slug)} (start the site with npm start)`);
    return 0;
  } catch (caught) {
    io.err(`error: ${(caught as Error).message}`);
    io.err('nothing was written');
    return 1;
  }
}

runDirectly(import.meta, main);
