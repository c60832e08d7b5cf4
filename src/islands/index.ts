/**
 * The site's islands: what its own components do on a page that never hydrates. The lean plugin
 * bundles this module with its built-in islands (docusaurus.config.ts, `islands.siteEntry`).
 */
import startCopyLink from './copy-link';

export default function start(): void {
  startCopyLink();
}
