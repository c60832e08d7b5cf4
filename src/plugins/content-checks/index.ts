/**
 * In the dev server, runs the content checks whenever a post or doc changes and prints the
 * findings, without stopping the server (the production build runs `npm run check` first and
 * stops there instead).
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { join } from 'node:path';
import { checkSite } from '../../../scripts/check/check';
import { formatText } from '../../../scripts/check/report';

export default function contentChecksPlugin(context: LoadContext): Plugin | null {
  if (process.env.NODE_ENV === 'production') return null;
  return {
    name: 'content-checks',
    getPathsToWatch: () => ['blog', 'docs'].map((dir) => join(context.siteDir, dir, '**/*.{md,mdx,yml}')),
    loadContent: async () => {
      const result = checkSite(context.siteDir);
      if (result.findings.length > 0) console.warn(`\n[content checks]\n${formatText(result)}\n`);
    },
  };
}
