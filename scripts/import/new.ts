/**
 * `npm run new -- "Title" --author <key> --tags <a,b>`: create a post ready to write in.
 * Exit codes: 0 created, 1 refused (existing post, unknown author or tag), 2 wrong usage.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readAuthors, readTags } from '../content/load';
import { ContentError } from '../content/post';
import { scaffoldPost, today } from './scaffold';
import { displayPath, targetPath, writeAll } from './write';
import { Refusal } from './types';
import type { CliResult } from './cli';

export const NEW_USAGE = `Usage: npm run new -- "Title" --author <key> --tags <a,b> [options]

Creates blog/<slug>.md with valid frontmatter, ready to write in.

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
    const siteDir = resolve(cwd, values.site ?? '.');
    const outDir = resolve(cwd, values.out ?? join(siteDir, 'blog'));
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
      { tags: readTags(siteDir), authors: readAuthors(siteDir) },
    );
    if (!result.ok) {
      stderr.push(...result.problems.map((problem) => `error: ${problem}`), 'nothing was written');
      return done(1);
    }
    const target = targetPath(outDir, result.slug);
    const shown = displayPath(target, cwd);
    if (values['dry-run']) {
      stdout.push(`would create ${shown}`, '', result.text);
    } else {
      writeAll(outDir, [{ target, text: result.text }]);
      stdout.push(`created ${shown}`);
    }
    stdout.push(`preview: http://localhost:3000/blog/${result.slug} (start the site with npm start)`);
    return done(0);
  } catch (error) {
    if (error instanceof Refusal || error instanceof ContentError) {
      stderr.push(`error: ${error.message}`, 'nothing was written');
      return done(1);
    }
    stderr.push(`error: ${(error as Error).message}`, 'nothing was written');
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
