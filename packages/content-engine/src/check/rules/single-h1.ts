/**
 * Rule id: single-h1 (markdownlint MD025). The page's title is its one `<h1>`: a `#` heading in a
 * post's body is a second one. A doc may open with one instead of a frontmatter title.
 */
import { headingCandidateLevels, type AccessibilityRule } from '../a11y/engine';

/** A setext `===` underline (also in a quote or a list item). */
const SETEXT_H1 = /^[^\S\n]*(?:>[^\S\n]*)*=+[^\S\n]*$/m;

export const singleH1Rule: AccessibilityRule = {
  id: 'single-h1',
  severity: 'error',
  gate: (body) => headingCandidateLevels(body).includes(1) || (body.includes('=') && SETEXT_H1.test(body)),
  markdownlint: {
    name: 'MD025',
    report: (lintError, lineText) => ({
      line: lintError.lineNumber,
      column: 1,
      // The line holds the heading (markdownlint's own context is cut short at 30 characters).
      message: `heading "${lineText.replace(/^[\s>*+\-\d.)]*#+\s*|\s+#+\s*$/g, '').trim()}" is a second top-level heading: the title is the page's h1`,
      suggestion: 'make it a ## heading (and shift the headings under it one level down)',
    }),
  },
};
