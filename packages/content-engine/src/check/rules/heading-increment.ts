/**
 * Rule id: heading-increment (markdownlint MD001). Headings go down one level at a time, so the
 * outline a screen reader lists has no gaps: `##` then `####` skips a level.
 */
import { headingCandidateLevels, type AccessibilityRule } from '../a11y/engine';

export const headingIncrementRule: AccessibilityRule = {
  id: 'heading-increment',
  severity: 'error',
  // Only a heading of level 3 or deeper can skip a level (setext headings are h1 or h2).
  gate: (body) => body.includes('###') && headingCandidateLevels(body).some((level) => level >= 3),
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
