/**
 * Islands (src/islands/): the bundle the plugin makes, and canaries for the theme markup its
 * built-in islands act on. They stand in for theme components that never hydrate on a reader's
 * page, so a change upstream in that markup must fail here first.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleIslands, speculationRules } from '../src/islands';
import { isPageLink } from '../src/islands/client/prefetch';
import { docusaurusLib } from './upstream';
import { readFileSync } from 'node:fs';

const theme = (...parts: string[]) => readFileSync(join(docusaurusLib('theme-classic'), 'theme', ...parts), 'utf8');
const common = (...parts: string[]) => readFileSync(join(docusaurusLib('theme-common'), ...parts), 'utf8');

describe('canaries for the theme markup the built-in islands drive', () => {
  // Why: tabs.ts selects a tab the way Tabs does, on the build's HTML.
  it('Tabs: a tablist of tabs with a roving tabindex and the active class; panels hidden but for the chosen one; Enter selects, arrows move', () => {
    const tabs = theme('Tabs', 'index.js');
    expect(tabs).toContain('role="tablist"');
    expect(tabs).toContain('role="tab"');
    expect(tabs).toContain('tabIndex={selectedValue === value ? 0 : -1}');
    expect(tabs).toContain("'tabs__item--active': selectedValue === value");
    expect(tabs).toMatch(/case 'Enter': \{\s*handleTabChange\(event\);/);
    expect(tabs).toMatch(/case 'ArrowRight':[\s\S]*case 'ArrowLeft':/);
    expect(tabs).toContain('return <div className="margin-top--md">{children}</div>;');
    // Every panel is in the build's HTML, hidden but for the chosen one (not with `lazy`, which
    // renders the chosen one only: the island cannot show what the build left out).
    const item = theme('TabItem', 'index.js');
    expect(item).toMatch(/role="tabpanel"[\s\S]*\{\.\.\.\{hidden\}\}/);
    expect(item).toContain('<TabItemPanel className={className} hidden={!isSelected}>');
    expect(item).toMatch(/if \(!isSelected && lazy\) \{\s*return null;/);
  });

  // Why: sidebar.ts toggles an expanded category and sends a collapsed one's caret to its page.
  it('DocSidebarItem/Category: a caret button with aria-expanded and Expand/Collapse labels, and a lazy list', () => {
    const category = theme('DocSidebarItem', 'Category', 'index.js');
    expect(category).toContain('className="clean-btn menu__caret"');
    expect(category).toContain('aria-expanded={!collapsed}');
    expect(category).toContain('"Expand sidebar category \'{label}\'"');
    expect(category).toContain('"Collapse sidebar category \'{label}\'"');
    expect(category).toContain('<Collapsible lazy as="ul" className="menu__list" collapsed={collapsed}>');
    expect(category).toContain("'menu__list-item--collapsed': collapsed");
  });

  // Why: toc.ts sets the class the theme's table of contents sets.
  it('TOC: the active link class', () => {
    expect(theme('TOC', 'index.js')).toContain("const LINK_ACTIVE_CLASS_NAME = 'table-of-contents__link--active';");
  });

  // Why: <details> needs no island only because the build's markup opens natively.
  it('Details: the build renders a native <details>, styled for the browser only once hydrated', () => {
    const details = common('components', 'Details', 'index.js');
    expect(details).toContain('const isBrowser = useIsBrowser();');
    expect(details).toContain('isBrowser && styles.isBrowser');
    expect(details).toMatch(/<details \{\.\.\.props\} ref=\{detailsRef\} open=\{open\}/);
  });
});

describe('the bundle', () => {
  it('is one minified script with the built-in islands and the site’s, named by its content', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lean-islands-'));
    try {
      writeFileSync(join(dir, 'a.ts'), 'export default function start(): void { document.title = "site island a"; }\n');
      writeFileSync(join(dir, 'b.ts'), 'export default function start(): void { document.title = "site island b"; }\n');
      const a = await bundleIslands(dir, 'a.ts');
      const b = await bundleIslands(dir, join(dir, 'b.ts'));
      const none = await bundleIslands(dir);
      expect(a.code).toContain('site island a');
      expect(b.code).toContain('site island b');
      expect(none.code).not.toContain('site island');
      for (const bundle of [a, b, none]) {
        expect(bundle.file).toMatch(/^assets\/js\/islands\.[0-9a-f]{8}\.js$/);
        expect(bundle.code).toContain('data-islands');
        expect(bundle.code).not.toMatch(/\bimport\s*\{|\bexport\s/);
      }
      expect(new Set([a.file, b.file, none.file]).size).toBe(3);
      expect((await bundleIslands(dir, 'a.ts')).file).toBe(a.file);
      // Small: a reader's page loads nothing else.
      expect(none.code.length).toBeLessThan(6000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('speculation rules prerender the site’s pages on intent, and leave files and other sites alone', () => {
    const rules = JSON.parse(speculationRules('/base/')) as {
      prerender: { where: { and: unknown[] }; eagerness: string }[];
    };
    expect(rules.prerender[0]!.eagerness).toBe('moderate');
    expect(rules.prerender[0]!.where.and).toEqual([
      { href_matches: '/base/*' },
      { not: { href_matches: '/base/*\\.*' } },
      { not: { selector_matches: '[download], [target=_blank], [type]' } },
    ]);
  });

  it('prefetches only links to other pages of the site', () => {
    const here = new URL('https://example.org/blog/a-story') as unknown as Location;
    const link = (href: string, attributes: Record<string, string> = {}) => {
      const url = new URL(href, here.href);
      return {
        origin: url.origin,
        pathname: url.pathname,
        target: attributes.target ?? '',
        hasAttribute: (name: string) => name in attributes,
      } as unknown as HTMLAnchorElement;
    };
    expect(isPageLink(link('/blog/another'), here)).toBe(true);
    expect(isPageLink(link('/blog/a-story#part-two'), here)).toBe(false);
    expect(isPageLink(link('/blog/rss.xml'), here)).toBe(false);
    expect(isPageLink(link('/blog/another.md'), here)).toBe(false);
    expect(isPageLink(link('/legacy/page.html'), here)).toBe(true);
    expect(isPageLink(link('https://elsewhere.org/blog/another'), here)).toBe(false);
    expect(isPageLink(link('/blog/another', { target: '_blank' }), here)).toBe(false);
    expect(isPageLink(link('/blog/another', { download: '' }), here)).toBe(false);
  });
});
