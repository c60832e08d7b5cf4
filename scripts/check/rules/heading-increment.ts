/**
 * Rule id: heading-increment (markdownlint MD001). Headings go down one level at a time, so the
 * outline a screen reader lists has no gaps: `##` then `####` skips a level.
 */
import type { AccessibilityRule } from '../a11y/engine';

/** Only a heading of level 3 or deeper can skip a level: a line that could be one. */
const GATE = /^[^\S\n]*(?:(?:>|[-*+]|\d{1,9}[.)])[^\S\n]*)*#{3,6}(?:[^\S\n]|$)/m;

export const headingIncrementRule: AccessibilityRule = {
  id: 'heading-increment',
  severity: 'error',
  gate: GATE,
  markdownlint: {
    name: 'MD001',
    report: (lintError) => {
      // errorDetail is "Expected: h2; Actual: h4".
      const [expected, actual] = /Expected: h(\d); Actual: h(\d)/.exec(lintError.errorDetail ?? '')?.slice(1) ?? [];
      return {
        line: lintError.lineNumber,
        column: 1,
        message: actual
          ? `h${actual} skips a level: the heading before it is h${Number(expected) - 1}`
          : 'heading skips a level',
        suggestion: expected ? `make it ${'#'.repeat(Number(expected))} (h${expected})` : undefined,
      };
    },
  },
};
