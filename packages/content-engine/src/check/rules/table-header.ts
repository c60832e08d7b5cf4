/**
 * Rule id: table-header (written here: markdownlint has no such rule). A table has a header row,
 * so a screen reader can name each cell's column: a Markdown table whose first row is empty, or an
 * HTML `<table>` without a `<th>`, has none. A layout table says so with role="presentation".
 */
import { htmlAttribute, tokensOf, type AccessibilityRule, type Report } from '../a11y/engine';

const NO_HEADER = 'table has no header row, so its cells are read without their column names';

export const tableHeaderRule: AccessibilityRule = {
  id: 'table-header',
  severity: 'error',
  gate: (body) => body.includes('|') || (body.includes('<') && /<table/i.test(body)),
  check(tokens) {
    const reports: Report[] = [];
    for (const table of tokensOf(tokens, 'table')) {
      const head = tokensOf(table.children, 'tableHeader');
      if (head.every((cell) => tokensOf(cell.children, 'tableContent').every((content) => !content.text.trim()))) {
        reports.push({
          line: table.startLine,
          column: table.startColumn,
          message: NO_HEADER,
          suggestion: 'put the column names in the first row, above the |---| line',
        });
      }
    }

    // Raw HTML tables: each <table> needs a <th> before its </table>; nested tables each their own.
    const open: { token: (typeof tokens)[number]; header: boolean; layout: boolean }[] = [];
    for (const token of tokensOf(tokens, 'htmlText')) {
      if (/^<table(?=[\s/>])/i.test(token.text)) {
        const role = htmlAttribute(token.text, 'role')?.toLowerCase();
        open.push({ token, header: false, layout: role === 'presentation' || role === 'none' });
      } else if (/^<th(?=[\s/>])/i.test(token.text) && open.length > 0) {
        open[open.length - 1]!.header = true;
      } else if (/^<\/table\s*>/i.test(token.text)) {
        const table = open.pop();
        if (table && !table.header && !table.layout) {
          reports.push({
            line: table.token.startLine,
            column: table.token.startColumn,
            message: NO_HEADER,
            suggestion:
              'make the first row <th> cells (<th scope="col">Name</th>), or add role="presentation" to a layout table',
          });
        }
      }
    }
    return reports;
  },
};
