import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadedScripts } from '../../scripts/bench/weight';

// Needs Debian's Chromium: `npm test` installs it first (scripts/ensure-chromium.sh).
describe('weight bench: scripts fetched on load', () => {
  it('counts scripts a page loads by itself (chunks included) but not ones that wait for input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sde-weight-'));
    mkdirSync(join(dir, 'js'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><title>t</title><button>go</button><script src="/js/main.js" defer></script>',
    );
    writeFileSync(
      join(dir, 'js', 'main.js'),
      `const s = document.createElement('script'); s.src = '/js/chunk.js'; document.head.append(s);
       document.querySelector('button').onclick = () => import('/js/later.js');`,
    );
    writeFileSync(join(dir, 'js', 'chunk.js'), 'window.chunk = 1;');
    writeFileSync(join(dir, 'js', 'later.js'), 'export {};');
    const loaded = await loadedScripts(dir, [{ type: 'home', path: '/', file: 'index.html' }]);
    expect(loaded.get('/')).toEqual(['/js/chunk.js', '/js/main.js']);
  }, 30_000);
});
