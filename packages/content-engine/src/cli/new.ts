/**
 * `npm run new -- "Title" --author <key> --tags <a,b>`: create a post ready to write in.
 * Exit codes: 0 created, 1 refused (existing post, unknown author or tag), 2 wrong usage.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { messageWithFix } from '../content/position';
import { checkSite } from '../check/check';
import { formatFinding } from '../check/report';
import { recordPermalinks } from '../permalinks/lock';
import { loadSite, pathInSite } from '../site/manifest';
import { lockFile, postFile, postRoute } from '../site/routes';
import { readSite } from '../import/core';
import { scaffoldPost, today } from '../import/scaffold';
import { displayPath, targetPath, writeAll } from '../import/write';
import type { CliResult } from './import';

export const NEW_USAGE = `Usage: npm run new -- "Title" --author <key> --tags <a,b> [options]

Creates blog/<slug>.md with valid frontmatter, ready to write in, and records its URL
in blog/permalinks.lock.

Options:
  --author <key>          author key or display name from blog/authors.yml (required)
  --tags <a,b>            tag keys or labels from blog/tags.yml (required)
  --date <YYYY-MM-DD>     the post's date (default: today)
  --slug <slug>           the post's slug (default: made from the title)
  --description <text>    40 to 160 characters (default: a placeholder to replace)
  --dry-run               print the post, write nothing
  --out <dir>             where the post is written (default: blog)
  --site <dir>            the site whose tags.yml and authors.yml apply (default: .)
  --help                  show this help`;

export function runNew(argv: string[], cwd = process.cwd(), now = new Date()): CliResult {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const done = (code: number): CliResult => ({ code, stdout: stdout.join('\n'), stderr: stderr.join('\n') });
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        author: { type: 'string' },
        tags: { type: 'string' },
        date: { type: 'string' },
        slug: { type: 'string' },
        description: { type: 'string' },
        'dry-run': { type: 'boolean' },
        out: { type: 'string' },
        site: { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    stderr.push(`error: ${(error as Error).message}`, 'Run with --help for the options.');
    return done(2);
  }
  if (values.help) {
    stdout.push(NEW_USAGE);
    return done(0);
  }
  if (positionals.length !== 1) {
    stderr.push('error: give exactly one title, in quotes: npm run new -- "My title" --author <key> --tags <a,b>');
    return done(2);
  }
  try {
    const site = loadSite(resolve(cwd, values.site ?? '.'));
    const blogDir = join(site.dir, site.blog.path);
    const outDir = resolve(cwd, values.out ?? blogDir);
    const result = scaffoldPost(
      {
        title: positionals[0]!,
        author: values.author,
        tags: values.tags
          ?.split(',')
          .map((tag) => tag.trim())
          .filter(Boolean),
        date: values.date ?? today(now),
        slug: values.slug,
        description: values.description,
      },
      readSite(site),
    );
    if (!result.ok) {
      stderr.push(...result.problems.map((problem) => `error: ${messageWithFix(problem)}`), 'nothing was written');
      return done(1);
    }
    const target = targetPath(outDir, result.slug);
    const shown = displayPath(target, cwd);
    // The checks' rules prove the post before it exists: a slug another post uses, for one.
    const path = pathInSite(site, target) ?? postFile(site, result.slug);
    const errors = checkSite(site, [{ path, text: result.text }]).findings.filter(
      (finding) => finding.file === path && finding.severity === 'error',
    );
    if (errors.length > 0) {
      stderr.push(...errors.map((finding) => formatFinding(finding)), 'nothing was written');
      return done(1);
    }
    if (values['dry-run']) {
      stdout.push(`would create ${shown}`, '', result.text);
    } else {
      writeAll(outDir, [{ target, text: result.text }]);
      stdout.push(`created ${shown}`);
      // Its URL is protected from now on; only a post in the site's own blog has one.
      if (resolve(outDir) === resolve(blogDir)) {
        for (const url of recordPermalinks(site, [{ slug: result.slug }])) {
          stdout.push(`recorded ${url} in ${lockFile(site)}`);
        }
      }
    }
    stdout.push(`preview: http://localhost:3000${postRoute(site, result.slug)} (start the site with npm start)`);
    return done(0);
  } catch (caught) {
    stderr.push(`error: ${(caught as Error).message}`, 'nothing was written');
    return done(1);
  }
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename ?? '');
if (isMain) {
  const result = runNew(process.argv.slice(2));
  if (result.stdout) process.stdout.write(`${result.stdout}\n`);
  if (result.stderr) process.stderr.write(`${result.stderr}\n`);
  process.exitCode = result.code;
}
