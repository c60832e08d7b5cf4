/**
 * `npm run import -- <file|folder>… [options]`: the shell around core.ts. It reads the inputs,
 * proves the posts with the checks' rules, prints a report per file, and writes only when every
 * input imported cleanly. Every problem is printed as `path:line:column  error  message; fix`.
 * Exit codes: 0 done (or nothing to do), 1 refused or undecidable input, 2 wrong usage.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MAX_FILE_BYTES } from '../content/frontmatter';
import { parsePost, validatePostFrontMatter } from '../content/post';
import type { PostFrontMatter } from '../content/schema';
import { printable, START } from '../content/position';
import { error, type Finding } from '../check/finding';
import { formatFinding } from '../check/report';
import { prepareImport, readSite, sha256 } from '../import/core';
import { proveImports } from '../import/prove';
import { recordPermalinks } from '../permalinks/lock';
import { loadSite, pathInSite } from '../site/manifest';
import { lockFile, postFile } from '../site/routes';
import { displayPath, importedSources, removeStaleTemporaries, targetPath, writeAll } from '../import/write';
import { Refusal, SHAPES, type Candidate, type ImportedPost, type ImportOptions, type Shape } from '../import/types';

export const USAGE = `Usage: npm run import -- <file|folder>... [options]

Imports Docusaurus, Jekyll and plain-text stories as posts in blog/.

Options:
  --author <key>          author key or display name from blog/authors.yml
  --tags <a,b>            tags to add, keys or labels from blog/tags.yml
  --date <YYYY-MM-DD>     the post's date (replaces the source's)
  --slug <slug>           the post's slug (one input only)
  --title <title>         the post's title (one input only)
  --description <text>    40 to 160 characters (one input only)
  --from <shape>          docusaurus, jekyll or text, instead of detecting it
  --ignore-unknown-tags   leave out source tags that match nothing in tags.yml
  --unlink-missing        keep the text of links to pages the site lacks, and drop the link
  --featured              list the story on the Start here page (featured: true)
  --dry-run               print the posts and the report, write nothing
  --out <dir>             where posts are written (default: blog)
  --site <dir>            the site whose tags.yml and authors.yml apply (default: .)
  --help                  show this help`;

/** Source files the importer looks at inside a folder. */
const SOURCE_EXTENSIONS = /\.(md|markdown|mdx|txt|text)$/i;

class UsageError extends Error {}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

interface Parsed {
  inputs: string[];
  options: ImportOptions;
  dryRun: boolean;
  out?: string;
  site: string;
}

function parse(argv: string[]): Parsed | 'help' {
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
        title: { type: 'string' },
        description: { type: 'string' },
        from: { type: 'string' },
        'ignore-unknown-tags': { type: 'boolean' },
        'unlink-missing': { type: 'boolean' },
        featured: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        out: { type: 'string' },
        site: { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return 'help';
  if (positionals.length === 0) throw new UsageError('give at least one file or folder to import');
  if (values.from !== undefined && !SHAPES.includes(values.from as Shape)) {
    throw new UsageError(`--from must be one of ${SHAPES.join(', ')}`);
  }
  const options: ImportOptions = {
    author: values.author,
    tags: values.tags
      ?.split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
    date: values.date,
    slug: values.slug,
    title: values.title,
    description: values.description,
    from: values.from as Shape | undefined,
    ignoreUnknownTags: values['ignore-unknown-tags'],
    unlinkMissing: values['unlink-missing'],
    featured: values.featured,
  };
  return {
    inputs: positionals,
    options,
    dryRun: values['dry-run'] ?? false,
    out: values.out,
    site: values.site ?? '.',
  };
}

/** Files named on the command line, and source files anywhere under named folders, sorted. */
function expandInputs(inputs: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && SOURCE_EXTENSIONS.test(entry.name)) files.push(path);
    }
  };
  for (const input of inputs) {
    if (!existsSync(input)) throw new UsageError(`${input}: no such file or folder`);
    if (statSync(input).isDirectory()) {
      const before = files.length;
      walk(input);
      if (files.length === before) throw new UsageError(`${input}: the folder holds no .md, .markdown or .txt files`);
    } else {
      files.push(input);
    }
  }
  return files;
}

function readSource(path: string): Uint8Array {
  const stat = statSync(path);
  if (!stat.isFile()) throw new Refusal('not a regular file');
  // Refused before reading, so a huge file costs nothing.
  if (stat.size > MAX_FILE_BYTES) {
    throw new Refusal(
      `the file is ${stat.size} bytes, over the limit of ${MAX_FILE_BYTES}: a story is never that long`,
    );
  }
  return readFileSync(path);
}

/** One input on its way through the import: its candidate post, or why there is none. */
interface Entry {
  input: string;
  candidate?: Candidate;
  /** The post an earlier import made from the same bytes. */
  earlier?: string;
  target?: string;
  failures: Finding[];
}

export function run(argv: string[], cwd = process.cwd()): CliResult {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const done = (code: number): CliResult => ({ code, stdout: stdout.join('\n'), stderr: stderr.join('\n') });
  const show = (path: string) => printable(displayPath(path, cwd));
  try {
    const parsed = parse(argv);
    if (parsed === 'help') {
      stdout.push(USAGE);
      return done(0);
    }
    const inputs = expandInputs(parsed.inputs.map((input) => resolve(cwd, input)));
    const single = ['slug', 'title', 'description'] as const;
    for (const option of single) {
      if (parsed.options[option] !== undefined && inputs.length > 1) {
        throw new UsageError(`--${option} names one post, but ${inputs.length} files were given`);
      }
    }
    const layout = loadSite(resolve(cwd, parsed.site));
    const blogDir = join(layout.dir, layout.blog.path);
    const site = readSite(layout);
    const outDir = resolve(cwd, parsed.out ?? blogDir);
    const imported = importedSources(outDir);
    // Where each post lands in the site, for links relative to it; the blog when written elsewhere.
    const placeOf = (candidate: Candidate) =>
      pathInSite(layout, targetPath(outDir, candidate.post.slug)) ?? postFile(layout, candidate.post.slug);

    // Read and decide every input first; then prove them together, so posts may link to each other.
    const entries: Entry[] = inputs.map((input) => {
      const entry: Entry = { input, failures: [] };
      try {
        const bytes = readSource(input);
        // A source already imported is recognised by its hash before anything else is decided.
        entry.earlier = imported.get(sha256(bytes));
        if (entry.earlier === undefined || parsed.dryRun)
          entry.candidate = prepareImport(input, bytes, parsed.options, site);
      } catch (caught) {
        if (!(caught instanceof Refusal)) throw caught;
        entry.failures.push(error(input, caught.at ?? START, caught.rule, `refused: ${caught.message}`));
      }
      return entry;
    });
    const candidates = entries.flatMap((entry) => (entry.candidate ? [entry.candidate] : []));
    const results = new Map(zip(candidates, proveImports(candidates, site, parsed.options, placeOf)));

    const toWrite: { target: string; text: string; post: ImportedPost }[] = [];
    let failed = 0;
    const fail = (finding: Finding) => {
      failed++;
      stderr.push(formatFinding({ ...finding, file: displayPath(finding.file, cwd) }));
    };
    for (const entry of entries) {
      const result = entry.candidate && results.get(entry.candidate);
      if (entry.earlier !== undefined && (!parsed.dryRun || (result && !result.ok))) {
        stdout.push(`${show(entry.input)}: already imported as ${show(entry.earlier)}, not imported again`);
        continue;
      }
      entry.failures.forEach(fail);
      if (!result) continue;
      if (!result.ok) {
        result.problems.forEach(fail);
        continue;
      }
      const post = result.post;
      const target = targetPath(outDir, post.slug);
      stdout.push(
        `${show(entry.input)} → ${show(target)} (${post.shape})`,
        ...post.changes.map((change) => `  - ${printable(change)}`),
      );
      if (parsed.dryRun) stdout.push('', post.text);
      if (entry.earlier !== undefined) {
        stdout.push(`already imported as ${show(entry.earlier)}: a real run leaves it alone`);
        continue;
      }
      const whole = (message: string) => fail(error(entry.input, START, 'import', message));
      if (existsSync(target)) {
        whole(
          `${show(target)} already exists and came from another source: pass --slug <slug> to import under another name`,
        );
        continue;
      }
      if (toWrite.some((other) => other.target === target)) {
        whole(`another input is also imported as ${show(target)}: import them one at a time with --slug`);
        continue;
      }
      toWrite.push({ target, text: post.text, post });
    }

    if (failed > 0) {
      stderr.push(`${failed} ${failed === 1 ? 'problem' : 'problems'}: nothing was written`);
      return done(1);
    }
    if (parsed.dryRun) {
      stdout.push(`dry run: ${toWrite.length} ${toWrite.length === 1 ? 'post' : 'posts'} would be written`);
      return done(0);
    }
    for (const path of removeStaleTemporaries(outDir))
      stdout.push(`removed ${show(path)}, left by an interrupted import`);
    writeAll(outDir, toWrite);
    for (const post of toWrite) stdout.push(`wrote ${show(post.target)}`);
    if (toWrite.length === 0) stdout.push('nothing to write');
    // Their URLs (and the old ones they redirect from) are protected from now on; so are those of
    // posts an earlier run wrote, in case it was stopped before it could record them.
    if (resolve(outDir) === resolve(blogDir)) {
      const earlier = entries.flatMap((entry) => (entry.earlier ? readFrontMatter(entry.earlier) : []));
      const recorded = recordPermalinks(layout, [...toWrite.map(({ post }) => post.frontMatter), ...earlier]);
      for (const url of recorded) stdout.push(`recorded ${url} in ${lockFile(layout)}`);
    }
    return done(0);
  } catch (caught) {
    if (caught instanceof UsageError) {
      stderr.push(`error: ${caught.message}`, 'Run with --help for the options.');
      return done(2);
    }
    // A refusal of the whole run, a broken registry or anything unexpected: one line, no stack
    // trace; the inputs and the site are untouched either way.
    stderr.push(`error: ${(caught as Error).message ?? String(caught)}`, 'nothing was written');
    return done(1);
  }
}

const zip = <A, B>(a: A[], b: B[]): [A, B][] => a.map((item, i) => [item, b[i]!]);

/** The frontmatter of a post already in the blog, when it is valid. */
function readFrontMatter(path: string): PostFrontMatter[] {
  try {
    const result = validatePostFrontMatter(parsePost(path, readFileSync(path, 'utf8')));
    return result.ok ? [result.value] : [];
  } catch {
    return [];
  }
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename ?? '');
if (isMain) {
  const result = run(process.argv.slice(2));
  if (result.stdout) process.stdout.write(`${result.stdout}\n`);
  if (result.stderr) process.stderr.write(`${result.stderr}\n`);
  process.exitCode = result.code;
}
