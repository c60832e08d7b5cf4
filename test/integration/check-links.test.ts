/**
 * `npm run check:links` as a person runs it: it serves a built site on 127.0.0.1 and crawls it, so
 * it is an integration test. The built sites are fixtures (test/fixtures/built-site/).
 */
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/site';
import { fixture, ROOT } from '../helpers/paths';

describe('npm run check:links', () => {
  const LINKS = 'scripts/cli/check-links.ts';

  it('passes a built site whose links and fragments all resolve, skipping external links', () => {
    const result = run(ROOT, LINKS, ['--dir', fixture('built-site/good')]);
    expect(result.stdout).toMatch(/0 broken, 0 unreachable \(external links skipped/);
    expect(result.status).toBe(0);
  });

  it('fails on a missing route and a missing fragment, naming the page they are on', () => {
    const result = run(ROOT, LINKS, ['--dir', fixture('built-site/bad')]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^broken {2}\/gone {2}\(status 404\) {2}on page \/$/m);
    expect(result.stdout).toMatch(/^broken {2}\/about#nobody .*on page \/$/m);
  });

  it('says what to do when there is no build', () => {
    const result = run(ROOT, LINKS, ['--dir', 'no-such-build']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/run npm run build first/);
  });
});
