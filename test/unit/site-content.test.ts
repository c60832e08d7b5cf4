/**
 * The site's own content passes the content engine's commands as its npm scripts run them,
 * whatever stories blog/ holds this week: nothing here names a story or counts them. The commands
 * themselves are tested on fixtures in packages/content-engine/test/ (check-cli, permalinks).
 */
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';
import { sdeContent } from '../helpers/site';

describe('npm run check on the landed content', () => {
  it('exits 0 and says so', () => {
    const result = sdeContent(ROOT, ['check']);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^0 errors, 0 warnings in 0 files \(\d+ files checked\)$/m);
  });
});

describe('npm run check:permalinks on the committed lock', () => {
  it('passes: every locked URL still answers', () => {
    const result = sdeContent(ROOT, ['permalinks']);
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });
});
