/**
 * The site's islands: what its own components do on a page that never hydrates. The lean plugin
 * bundles this module with its built-in islands (docusaurus.config.ts, `islands.siteEntry`) and
 * calls it once the DOM is parsed. Each island only adds listeners on the document (the search
 * box also glances at what the reader typed already), so starting is cheap; the cost is recorded
 * as a User Timing measure, START_MEASURE, for tests and the bench.
 */
import { start as startCodeCopy } from './code-copy';
import startCopyLink from './copy-link';
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
