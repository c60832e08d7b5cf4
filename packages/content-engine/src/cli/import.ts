/**
 * `sde-content import` (`npm run import -- <file|folder>… [options]`): parses the command line,
 * runs the import workflow (src/import/workflow.ts: read, deduplicate, prove, check collisions,
 * write, lock) and prints a report per file. It writes only when every input imported cleanly.
 * Every problem is printed as `path:line:column  error  message; fix`.
 * Exit codes: 0 done (or nothing to do), 1 refused or undecidable input, 2 wrong usage.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { printable, START } from '../content/position';
import { error, type Finding } from '../check/finding';
import { formatFinding } from '../check/report';
import { listSources } from '../import/sources';
import { displayPath } from '../import/write';
import { carryOutImport, planImport } from '../import/workflow';
import { SHAPES, type ImportOptions, type Shape } from '../import/types';
import { blogDir, loadSite } from '../site/manifest';
import { lockFile } from '../site/routes';
import { parseCommandLine, processIo, runDirectly, UsageError, wholeNumber, type Io } from './index';

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
  --series <key>          a series of blog/series.yml the story is a part of (a source's
                          own series: field is kept when series.yml has that series)
  --part <n>              the story's number in its series, from 1 (one input only)
  --dry-run               print the posts and the report, write nothing
  --out <dir>             where posts are written (default: blog)
  --site <dir>            the site whose tags.yml and authors.yml apply (default: .)
  --help                  show this help`;

interface Parsed {
  inputs: string[];
  options: ImportOptions;
  dryRun: boolean;
  out?: string;
  site: string;
}

function parse(argv: string[]): Parsed | 'help' {
  const { values, positionals } = parseCommandLine(argv, {
    allowPositionals: true,
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
      series: { type: 'string' },
      part: { type: 'string' },
      'dry-run': { type: 'boolean' },
      out: { type: 'string' },
      site: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
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
    series: values.series,
    part: values.part === undefined ? undefined : wholeNumber('part', values.part, 1),
  };
  return {
    inputs: positionals,
    options,
    dryRun: values['dry-run'] ?? false,
    out: values.out,
    site: values.site ?? '.',
  };
}

/** Files named on the command line, and source files anywhere under named folders. */
function sourceFiles(inputs: string[]): string[] {
  return inputs.flatMap((input) => {
    if (!existsSync(input)) throw new UsageError(`${input}: no such file or folder`);
    const files = listSources(input);
    if (files.length === 0) throw new UsageError(`${input}: the folder holds no .md, .markdown or .txt files`);
    return files;
  });
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const { cwd } = io;
  const show = (path: string) => printable(displayPath(path, cwd));
  try {
    const parsed = parse(argv);
    if (parsed === 'help') {
      io.out(USAGE);
      return 0;
    }
    const files = sourceFiles(parsed.inputs.map((input) => resolve(cwd, input)));
    const single = ['slug', 'title', 'description', 'part'] as const;
    for (const option of single) {
      if (parsed.options[option] !== undefined && files.length > 1) {
        throw new UsageError(`--${option} names one post, but ${files.length} files were given`);
      }
    }
    const site = loadSite(resolve(cwd, parsed.site));
    const outDir = resolve(cwd, parsed.out ?? blogDir(site));
    const plan = planImport({ files, options: parsed.options, site, outDir, dryRun: parsed.dryRun });

    const fail = (finding: Finding) => io.err(formatFinding({ ...finding, file: displayPath(finding.file, cwd) }));
    for (const report of plan.reports) {
      if (report.skipped) {
        io.out(`${show(report.input)}: already imported as ${show(report.earlier!)}, not imported again`);
        continue;
      }
      report.problems.forEach(fail);
      const { post, target } = report;
      if (!post || !target) continue;
      io.out(`${show(report.input)} → ${show(target)} (${post.shape})`);
      for (const change of post.changes) io.out(`  - ${printable(change)}`);
      if (parsed.dryRun) {
        io.out('');
        io.out(post.text);
      }
      if (report.earlier !== undefined) {
        io.out(`already imported as ${show(report.earlier)}: a real run leaves it alone`);
        continue;
      }
      const whole = (message: string) => fail(error(report.input, START, 'import', message));
      if (report.collision === 'exists') {
        whole(
          `${show(target)} already exists and came from another source: pass --slug <slug> to import under another name`,
        );
      } else if (report.collision === 'another-input') {
        whole(`another input is also imported as ${show(target)}: import them one at a time with --slug`);
      }
    }

    if (plan.failures > 0) {
      io.err(`${plan.failures} ${plan.failures === 1 ? 'problem' : 'problems'}: nothing was written`);
      return 1;
    }
    if (parsed.dryRun) {
      io.out(`dry run: ${plan.passed} ${plan.passed === 1 ? 'post' : 'posts'} would be written`);
      return 0;
    }
    const done = carryOutImport(plan);
    for (const path of done.removed) io.out(`removed ${show(path)}, left by an interrupted import`);
    for (const path of done.written) io.out(`wrote ${show(path)}`);
    if (done.written.length === 0) io.out('nothing to write');
    for (const url of done.recorded) io.out(`recorded ${url} in ${lockFile(site)}`);
    return 0;
  } catch (caught) {
    if (caught instanceof UsageError) throw caught;
    // A refusal of the whole run, a broken registry or anything unexpected: one line, no stack
    // trace; the inputs and the site are untouched either way.
    io.err(`error: ${(caught as Error).message ?? String(caught)}`);
    io.err('nothing was written');
    return 1;
  }
}

runDirectly(import.meta, main);
