/**
 * Fixes found by the hostile suite in the site itself, each pinned on its own (the content
 * engine's are in packages/content-engine/test/hardening.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSite } from '@sde/content-engine';
import { IFRAME_ALLOWLIST } from '@sde/content-engine/check';
import rehypeSafeLinks from '../../src/config/rehype-safe-links';
import { ROOT } from '../helpers/paths';

describe('rehypeSafeLinks', () => {
  const link = (properties: Record<string, unknown>) => ({ type: 'element', tagName: 'a', properties, children: [] });
  const run = (node: object) => {
    rehypeSafeLinks()({ type: 'root', children: [node] } as never);
    return node;
  };

  it('adds noopener noreferrer to a link that opens a new tab, keeping other rel values', () => {
    expect(run(link({ href: 'https://example.com', target: '_blank' }))).toMatchObject({
      properties: { rel: ['noopener', 'noreferrer'] },
    });
    expect(run(link({ href: 'https://x.org', target: '_blank', rel: ['opener', 'nofollow'] }))).toMatchObject({
      properties: { rel: ['nofollow', 'noopener', 'noreferrer'] },
    });
  });

  it('leaves links in the same tab alone', () => {
    expect(run(link({ href: '/blog' }))).toEqual(link({ href: '/blog' }));
  });

  it('fixes JSX links in .mdx too', () => {
    const jsx = {
      type: 'mdxJsxTextElement',
      name: 'a',
      attributes: [
        { type: 'mdxJsxAttribute', name: 'href', value: 'https://example.com' },
        { type: 'mdxJsxAttribute', name: 'target', value: '_blank' },
      ],
      children: [],
    };
    expect(run(jsx)).toMatchObject({
      attributes: [{ name: 'href' }, { name: 'target' }, { name: 'rel', value: 'noopener noreferrer' }],
    });
  });
});

describe('the authoring guide', () => {
  const guide = readFileSync(join(ROOT, loadSite(ROOT).docs.path, 'authoring', 'index.mdx'), 'utf8');

  it('lists every host the iframe allowlist accepts, so authors see the real list', () => {
    for (const host of IFRAME_ALLOWLIST) expect(guide).toContain(`\`${host}\``);
  });
});
