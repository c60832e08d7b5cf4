/**
 * Jekyll's Liquid, turned into what it rendered as or refused. Nothing is passed through: a tag
 * left as written would show up on the page as literal braces.
 */
import { positionAt } from '../content/position';

const TOKEN = /\{%-?\s*(\w+)\s*([^%]*?)\s*-?%\}|\{\{-?\s*([^}]*?)\s*-?\}\}/g;
const SITE_URL_VARIABLE = /^site\.(baseurl|url)$/;
/** `{{ "/about" | relative_url }}` and friends render as the path itself on this site. */
const URL_FILTER = /^(["'])(.*)\1\s*\|\s*(relative_url|absolute_url|prepend:\s*site\.(?:baseurl|url))$/;

export interface LiquidResult {
  body: string;
  changes: string[];
  problems: string[];
}

export function convertLiquid(body: string): LiquidResult {
  const changes: string[] = [];
  const problems: string[] = [];
  const counts = new Map<string, number>();
  const count = (what: string) => counts.set(what, (counts.get(what) ?? 0) + 1);
  let out = '';
  let last = 0;
  /** The open block tag we are inside, and where it started. */
  let open: { name: 'raw' | 'comment' | 'highlight'; at: number } | undefined;
  const where = (index: number) => `line ${positionAt(body, index).line}`;

  for (const match of body.matchAll(TOKEN)) {
    const [token, tag, args, expression] = match;
    const at = match.index;
    if (open?.name === 'raw') {
      if (tag !== 'endraw') continue;
      out += body.slice(last, at);
      last = at + token.length;
      open = undefined;
      continue;
    }
    if (open?.name === 'comment') {
      if (tag !== 'endcomment') continue;
      last = at + token.length;
      open = undefined;
      // A comment on lines of its own goes with its line, not leaving a stray blank line.
      if ((out === '' || out.endsWith('\n')) && body[last] === '\n') last++;
      continue;
    }
    out += body.slice(last, at);
    last = at + token.length;
    if (expression !== undefined) {
      const filtered = URL_FILTER.exec(expression);
      if (SITE_URL_VARIABLE.test(expression)) {
        count(`{{ ${expression} }}`);
      } else if (filtered) {
        out += filtered[2];
        count(`{{ … | ${filtered[3]} }}`);
      } else {
        problems.push(`${where(at)}: Liquid ${token} cannot be converted: replace it with its value before importing`);
        out += token;
      }
      continue;
    }
    switch (tag) {
      case 'raw':
      case 'comment':
        open = { name: tag, at };
        count(`{% ${tag} %}`);
        break;
      case 'highlight': {
        const [language = '', ...flags] = (args ?? '').split(/\s+/).filter(Boolean);
        if (flags.length > 0) changes.push(`${where(at)}: dropped highlight options "${flags.join(' ')}"`);
        open = { name: 'highlight', at };
        out += `\`\`\`${language}`;
        count('{% highlight %}');
        break;
      }
      case 'endhighlight':
        if (open?.name !== 'highlight') problems.push(`${where(at)}: {% endhighlight %} without {% highlight %}`);
        open = undefined;
        out += '```';
        break;
      case 'post_url': {
        const name = /^\S*?(?:\d{4}-\d{2}-\d{2}-)?([^/\s]+?)(?:\.\w+)?$/.exec((args ?? '').trim())?.[1];
        if (name) {
          out += `/blog/${name}`;
          changes.push(
            `${where(at)}: converted {% post_url ${args} %} to /blog/${name} (import that post with this slug)`,
          );
        } else {
          problems.push(`${where(at)}: {% post_url %} without a post name`);
        }
        break;
      }
      default:
        problems.push(`${where(at)}: Liquid ${token} cannot be converted: rewrite it in Markdown before importing`);
        out += token;
    }
  }
  if (open) problems.push(`${where(open.at)}: {% ${open.name} %} is never closed`);
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
