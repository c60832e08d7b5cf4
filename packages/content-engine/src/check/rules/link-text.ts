/**
 * Rule id: link-text (a warning). A link's text says where it goes, since screen readers list
 * links out of context: "here", "click here", "this", "link", "more" (markdownlint MD059), and a
 * bare URL as the whole text (written here: an autolink, a URL in prose, or `[https://…](…)`).
 */
import { tokensOf, type AccessibilityRule, type Report } from '../a11y/engine';

const VAGUE = ['here', 'click here', 'this', 'this link', 'link', 'more', 'read more'];
/** Link text that MD059 (which ignores case and punctuation) could find vague. */
const VAGUE_GATE = /\[[\W_]*(?:click[\W_]+here|here|this(?:[\W_]+link)?|link|(?:read[\W_]+)?more)[\W_]*\]/i;
const SCHEME_CHAR = /[a-z0-9+.-]/i;

/** A URL anywhere but right after `](`, where it is a link's target rather than its text. */
function urlOutsideTarget(body: string): boolean {
  for (let at = body.indexOf('://'); at !== -1; at = body.indexOf('://', at + 3)) {
    let start = at;
    while (start > 0 && SCHEME_CHAR.test(body[start - 1]!)) start--;
    if (body.slice(start - 2, start) !== '](') return true;
  }
  for (const match of body.matchAll(/www\./gi)) {
    const before = body.slice(Math.max(0, match.index - 2), match.index);
    if (before !== '//' && before !== '](') return true;
  }
  return false;
}
const URL_TEXT = /^\s*(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S*\s*$/i;

function host(url: string): string {
  try {
    return new URL(/^www\./i.test(url) ? `https://${url}` : url).hostname;
  } catch {
    return 'the site';
  }
}

function bareUrlReport(token: { startLine: number; startColumn: number }, url: string): Report {
  return {
    line: token.startLine,
    column: token.startColumn,
    message: `link text is the bare URL ${url}, which a screen reader spells out`,
    suggestion: `say what is there: [${host(url)}'s page on …](${url})`,
  };
}

export const linkTextRule: AccessibilityRule = {
  id: 'link-text',
  severity: 'warning',
  gate: (body) => (body.includes('[') && VAGUE_GATE.test(body)) || urlOutsideTarget(body),
  markdownlint: {
    name: 'MD059',
    config: { prohibited_texts: VAGUE },
    report: (lintError) => ({
      line: lintError.lineNumber,
      column: lintError.errorRange?.[0] ? lintError.errorRange[0] - 1 : 1,
      message: `link text ${lintError.errorContext ?? ''} does not say where the link goes`,
      suggestion: 'name the target in the text: [the authoring guide](…) rather than [here](…)',
    }),
  },
  check(tokens) {
    const reports: Report[] = [];
    for (const token of tokensOf(tokens, 'autolink', 'literalAutolink', 'link')) {
      if (token.type === 'link') {
        const text = tokensOf(token.children, 'labelText')[0]?.text ?? '';
        if (URL_TEXT.test(text)) reports.push(bareUrlReport(token, text.trim()));
      } else if (!tokensOf(token.children, 'autolinkEmail', 'literalAutolinkEmail').length) {
        reports.push(bareUrlReport(token, token.text.replace(/^<|>$/g, '')));
      }
    }
    return reports;
  },
};
