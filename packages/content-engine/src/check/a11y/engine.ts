/**
 * The engine of the accessibility rules: markdownlint (its micromark parser, and its rules MD001,
 * MD025, MD045 and MD059), with the rules it lacks written here on the same tokens, so a file is
 * parsed once. Every rule's result becomes one of our findings, with our id, severity and fix.
 *
 * A full micromark parse costs about as much as remark's, which the checks avoid on purpose (see
 * ../markdown.ts): at 10,000 posts it would take the check from seconds to a minute. So each rule
 * has a gate, a cheap pattern that every file it could report on matches (a superset: a test pins
 * that the gates never change what markdownlint finds), and markdownlint only runs on files some
 * gate lets through, with those rules alone.
 */
import { lint } from 'markdownlint/sync';
import type { Site } from '../../site/manifest';
import type { Configuration, LintError, MicromarkToken, Rule } from 'markdownlint';
import { error, warning, type Finding, type Severity } from '../finding';
import type { SourceFile } from '../source';

/** What a rule reports, before it becomes a finding: a place in the linted text and words for it. */
export interface Report {
  line: number;
  column: number;
  message: string;
  suggestion?: string;
}

/** What hand-written rules know besides the tokens. */
export interface RuleContext {
  site: Pick<Site, 'dir' | 'static'>;
  /** The file, relative to the site root. */
  path: string;
}

export interface AccessibilityRule {
  /** Our rule id, as the reporter prints it. */
  id: string;
  severity: Severity;
  /**
   * True for every body this rule could report on: a cheap test that errs wide, since a false
   * negative would hide a finding while a false positive only means markdownlint runs.
   */
  gate: (body: string) => boolean;
  /** A markdownlint rule this one maps, and how to word each of its errors. */
  markdownlint?: {
    name: string;
    config?: Record<string, unknown>;
    /** `lineText` is the text of the error's line. */
    report: (error: LintError, lineText: string) => Report;
  };
  /** A rule markdownlint lacks, written on its micromark tokens. */
  check?: (tokens: MicromarkToken[], context: RuleContext) => Report[];
}

/** Leading MDX import and export statements, blank-line separated. */
const MDX_ESM = /^(?:\s*(?:import|export)\b[^\n]*(?:\n(?!\s*\n)[^\n]*)*)+/;

/** Does the page show its title as an `<h1>` of its own, outside the body? */
function titleOutsideBody(source: SourceFile, body: string): boolean {
  // A doc whose body opens with a top-level heading (after MDX imports and exports) takes it as
  // its title (Docusaurus's contentTitle); a post always shows its frontmatter title.
  if (source.kind === 'post') return true;
  const start = source.path.endsWith('.mdx') ? body.replace(MDX_ESM, '') : body;
  return !/^(?:#(?:[ \t]|$)|[^\n]+\n=+[ \t]*(?:\n|$))/.test(start.trimStart());
}

export function lintAccessibility(
  source: SourceFile,
  site: Pick<Site, 'dir' | 'static'>,
  rules: AccessibilityRule[],
): Finding[] {
  const parsed = source.parsed;
  if (!parsed) return [];
  const body = parsed.content;
  const active = rules.filter((rule) => rule.gate(body));
  if (active.length === 0) return [];

  // markdownlint's MD001 and MD025 count a frontmatter `title` as the page's h1: give it one
  // exactly when the page has one, whatever the file's own frontmatter looks like.
  const prefix = titleOutsideBody(source, body) ? '---\ntitle:\n---\n' : '';
  const shift = parsed.contentLine - 1 - (prefix ? 3 : 0);
  const reports = new Map<AccessibilityRule, Report[]>();
  const config: Configuration = { default: false };
  const customRules: Rule[] = [];
  const context: RuleContext = { site, path: source.path };
  for (const rule of active) {
    reports.set(rule, []);
    if (rule.markdownlint) config[rule.markdownlint.name] = rule.markdownlint.config ?? true;
    const check = rule.check;
    if (check) {
      const name = `sde-${rule.id}`;
      config[name] = true;
      customRules.push({
        names: [name],
        description: rule.id,
        tags: ['accessibility'],
        parser: 'micromark',
        function: (params) => {
          // Token lines count from the end of the frontmatter, which markdownlint sets aside.
          const offset = params.frontMatterLines.length;
          for (const report of check(params.parsers.micromark.tokens, context)) {
            reports.get(rule)!.push({ ...report, line: report.line + offset });
          }
        },
      });
    }
  }

  const text = prefix + body;
  const results = lint({ strings: { [source.path]: text }, config, customRules, handleRuleFailures: true });
  const lines = text.split('\n');
  for (const lintError of results[source.path] ?? []) {
    const rule = active.find((r) => r.markdownlint && lintError.ruleNames.includes(r.markdownlint.name));
    if (rule) reports.get(rule)!.push(rule.markdownlint!.report(lintError, lines[lintError.lineNumber - 1] ?? ''));
    else if (!lintError.ruleNames.some((name) => name.startsWith('sde-'))) {
      throw new Error(`markdownlint reported an error no rule asked for: ${lintError.ruleNames.join('/')}`);
    } else {
      // A hand-written rule threw: markdownlint caught it (handleRuleFailures) and says so here.
      throw new Error(`${source.path}: ${lintError.errorDetail ?? lintError.ruleDescription}`);
    }
  }

  const findings: Finding[] = [];
  for (const [rule, list] of reports) {
    const make = rule.severity === 'error' ? error : warning;
    for (const report of list) {
      const at = { line: report.line + shift, column: report.column };
      findings.push(make(source.path, at, rule.id, report.message, report.suggestion));
    }
  }
  return findings;
}

/** Line prefixes a heading may have inside quotes and list items. */
const HEADING_PREFIX = /^[\s>*+\-\d.)]*$/;

/**
 * The levels of every line that could be an ATX heading (`#` to `######`), in a quote or a list
 * item too, code fences included: a wide net for gates, found by indexOf rather than a regex
 * tried at every line.
 */
export function headingCandidateLevels(body: string): number[] {
  const levels: number[] = [];
  for (let at = body.indexOf('#'); at !== -1;) {
    let end = at;
    while (body[end] === '#') end++;
    const after = body[end];
    const lineStart = body.lastIndexOf('\n', at - 1) + 1;
    if (
      end - at <= 6 &&
      (after === undefined || after === ' ' || after === '\t' || after === '\n' || after === '\r') &&
      HEADING_PREFIX.test(body.slice(lineStart, at))
    ) {
      levels.push(end - at);
    }
    at = body.indexOf('#', end);
  }
  return levels;
}

/** The column an error starts at: its range when markdownlint gives one, else the line's start. */
export const columnOf = (lintError: LintError): number => lintError.errorRange?.[0] ?? 1;

/** Every token of the tree, depth first, in document order. */
export function* walk(tokens: MicromarkToken[]): Generator<MicromarkToken> {
  for (const token of tokens) {
    yield token;
    yield* walk(token.children);
  }
}

/** Tokens of the given types anywhere in the tree (inside HTML blocks and tables too). */
export function tokensOf(tokens: MicromarkToken[], ...types: string[]): MicromarkToken[] {
  const wanted = new Set(types);
  return [...walk(tokens)].filter((token) => wanted.has(token.type));
}

/** The value of an HTML attribute in a tag's text, `''` for one without a value, or undefined. */
export function htmlAttribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+)))?(?=[\\s/>]|$)`, 'i').exec(
    tag,
  );
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : undefined;
}

/** The opening tags named `name` in raw HTML, inline or in blocks (markdownlint parses both into htmlText). */
export function htmlTags(tokens: MicromarkToken[], name: string): MicromarkToken[] {
  const open = new RegExp(`^<${name}(?=[\\s/>])`, 'i');
  return tokensOf(tokens, 'htmlText').filter((token) => open.test(token.text));
}
