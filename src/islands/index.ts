/**
 * The site's islands: what reader pages do without React. The lean plugin's islands bundle calls
 * this once the DOM is parsed, on pages that do not hydrate. Each island only adds listeners on
 * the document (the search box also glances at what the reader typed already), so starting is
 * cheap; the cost is recorded as a User Timing measure, START_MEASURE, for tests and the bench.
 */
import { start as startCodeCopy } from './code-copy';
import { start as startCopyLink } from './copy-link';
import { start as startCopyMarkdown } from './copy-markdown';
import { start as startSearchBox } from './search-box';

export const START_MEASURE = 'site-islands-start';

export default function start(): void {
  const started = performance.now();
  startSearchBox();
  startCopyMarkdown();
  startCopyLink();
  startCodeCopy();
  performance.measure(START_MEASURE, { start: started });
}
