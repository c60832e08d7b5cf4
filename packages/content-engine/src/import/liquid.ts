/**
 * Jekyll's Liquid, turned into what it rendered as or refused. Nothing is passed through: a tag
 * left as written would show up on the page as literal braces.
 */
import { positionAt, type Position } from '../content/position';
import type { Problem } from './types';

const TOKEN = /\{%-?\s*(\w+)\s*([^%]*?)\s*-?%\}|\{\{-?\s*([^}]*?)\s*-?\}\}/g;
const SITE_URL_VARIABLE = /^site\.(baseurl|url)$/;
/** `{{ "/about" | relative_url }}` and friends render as the path itself on this site. */
const URL_FILTER = /^(["'])(.*)\1\s*\|\s*(relative_url|absolute_url|prepend:\s*site\.(?:baseurl|url))$/;

export interface LiquidResult {
  body: string;
  changes: string[];
  problems: Problem[];
}

/**
 * Convert the Liquid of `body`, whose first line is line `firstLine` of its file; `postUrl` gives
 * the URL of a post of this site from its slug (`{% post_url %}` becomes it).
 */
export function convertLiquid(body: string, postUrl: (slug: string) => string, firstLine = 1): LiquidResult {
  const changes: string[] = [];
  const problems: Problem[] = [];
  const counts = new Map<string, number>();
  const count = (what: string) => counts.set(what, (counts.get(what) ?? 0) + 1);
  let out = '';
  let last = 0;
  /** The open block tag we are inside, and where it started. */
  let open: { name: 'raw' | 'comment' | 'highlight'; at: number } | undefined;
  const at = (index: number): Position => {
    const inBody = positionAt(body, index);
    return { line: inBody.line + firstLine - 1, column: inBody.column };
  };
  const where = (index: number) => `line ${at(index).line}`;
  const problem = (index: number, message: string, suggestion?: string) =>
    problems.push({ message, at: at(index), ...(suggestion ? { suggestion } : {}) });

  for (const match of body.matchAll(TOKEN)) {
    const [token, tag, args, expression] = match;
    const start = match.index;
    if (open?.name === 'raw') {
      if (tag !== 'endraw') continue;
      out += body.slice(last, start);
      last = start + token.length;
      open = undefined;
      continue;
    }
    if (open?.name === 'comment') {
      if (tag !== 'endcomment') continue;
      last = start + token.length;
      open = undefined;
      // A comment on lines of its own goes with its line, not leaving a stray blank line.
      if ((out === '' || out.endsWith('\n')) && body[last] === '\n') last++;
      continue;
    }
    out += body.slice(last, start);
    last = start + token.length;
    if (expression !== undefined) {
      const filtered = URL_FILTER.exec(expression);
      if (SITE_URL_VARIABLE.test(expression)) {
        count(`{{ ${expression} }}`);
      } else if (filtered) {
        out += filtered[2];
        count(`{{ … | ${filtered[3]} }}`);
      } else {
        problem(start, `Liquid ${token} cannot be converted`, 'replace it with its value before importing');
        out += token;
      }
      continue;
    }
    switch (tag) {
      case 'raw':
      case 'comment':
        open = { name: tag, at: start };
        count(`{% ${tag} %}`);
        break;
      case 'highlight': {
        const [language = '', ...flags] = (args ?? '').split(/\s+/).filter(Boolean);
        if (flags.length > 0) changes.push(`${where(start)}: dropped highlight options "${flags.join(' ')}"`);
        open = { name: 'highlight', at: start };
        out += `\`\`\`${language}`;
        count('{% highlight %}');
        break;
      }
      case 'endhighlight':
        if (open?.name !== 'highlight') problem(start, '{% endhighlight %} without {% highlight %}');
        open = undefined;
        out += '```';
        break;
      case 'post_url': {
        const name = /^\S*?(?:\d{4}-\d{2}-\d{2}-)?([^/\s]+?)(?:\.\w+)?$/.exec((args ?? '').trim())?.[1];
        if (name) {
          out += postUrl(name);
          changes.push(
            `${where(start)}: converted {% post_url ${args} %} to ${postUrl(name)} (import that post with this slug)`,
          );
        } else {
          problem(start, '{% post_url %} without a post name');
        }
        break;
      }
      default:
        problem(start, `Liquid ${token} cannot be converted`, 'rewrite it in Markdown before importing');
        out += token;
    }
  }
  if (open) problem(open.at, `{% ${open.name} %} is never closed`);
  out += open?.name === 'comment' ? '' : body.slice(last);

  const described: Record<string, string> = {
    '{% raw %}': 'removed {% raw %} markers, keeping what they enclosed as written',
    '{% comment %}': 'removed Liquid comments',
    '{% highlight %}': 'converted {% highlight %} blocks to fenced code',
  };
  for (const [what, n] of counts) {
    const times = n === 1 ? 'once' : `${n} times`;
    changes.push(
      what in described
        ? `${described[what]} (${times})`
        : what.includes('|')
          ? `replaced ${what} with the path it wraps (${times})`
          : `removed ${what} (${times}): links are relative to this site`,
    );
  }
  return { body: out, changes, problems };
}
