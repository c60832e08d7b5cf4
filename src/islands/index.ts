/**
 * The site's islands: what reader pages do without React. The lean plugin's islands bundle calls
 * this once the DOM is parsed, on pages that do not hydrate; each island only adds listeners on
 * the document (and the search box glances at what the reader typed already), so starting is cheap.
 */
import { start as startCodeCopy } from './code-copy';
import { start as startCopyMarkdown } from './copy-markdown';
import { start as startSearchBox } from './search-box';

export default function start(): void {
  startSearchBox();
  startCopyMarkdown();
  startCodeCopy();
}
