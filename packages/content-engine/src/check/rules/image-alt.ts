/**
 * Rule id: image-alt (markdownlint MD045). Every image has alternative text: `![what it shows](…)`
 * in Markdown, `alt="…"` in HTML, where `alt=""` (or aria-hidden="true") marks a decorative one.
 */
import { columnOf, type AccessibilityRule } from '../a11y/engine';

export const imageAltRule: AccessibilityRule = {
  id: 'image-alt',
  severity: 'error',
  gate: (body) => body.includes('![') || (body.includes('<') && /<img/i.test(body)),
  markdownlint: {
    name: 'MD045',
    report: (lintError, lineText) => {
      const html = /^<img/i.test(lineText.slice(columnOf(lintError) - 1));
      return {
        line: lintError.lineNumber,
        column: columnOf(lintError),
        message: 'image has no alt text',
        suggestion: html
          ? 'add alt="what it shows", or alt="" if it is only decoration'
          : 'describe the image: ![what it shows](…), or use <img alt=""> if it is only decoration',
      };
    },
  },
};
