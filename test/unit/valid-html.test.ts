/**
 * The HTML validation's configuration has teeth, and the theme components replaced for valid HTML
 * still match what upstream renders: when one of these canaries fails, Docusaurus changed the
 * component, so compare it with ours (upstream may even have fixed it, and ours can go).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { ROOT } from '../helpers/paths';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A page</title></head><body>${body}</body></html>`;
const errors = async (body: string) =>
  (await validator.validateString(page(body), join(ROOT, 'page.html'))).results.flatMap((result) =>
    result.messages.map((message) => message.ruleId),
  );

describe('the HTML validation (.htmlvalidate.json)', () => {
  it('accepts a valid page, with a sidebar whose headings come before the h1', async () => {
    expect(
      await errors(
        '<nav><h3>2026</h3></nav><main><h1>Title</h1><h2>Part</h2><pre><code><span>a</span></code></pre></main>',
      ),
    ).toEqual([]);
  });

  it('reports what the Nu checker reported on the site, and images without alt text', async () => {
    expect(await errors('<main><h1>T</h1><pre><code><div class="token-line">a</div></code></pre></main>')).toContain(
      'element-permitted-content',
    );
    expect(await errors('<main><h1>Archive</h1><h3>2026</h3></main>')).toContain('heading-level');
    expect(await errors('<main><h1>T</h1><h1>Again</h1></main>')).toContain('heading-level');
    expect(await errors('<main><h1>T</h1><img src="/a.png"></main>')).toContain('wcag/h37');
    expect(await errors('<main><h1>T</h1><a href="/a"><a href="/b">b</a></a></main>')).not.toEqual([]);
  });
});

const theme = join(ROOT, 'node_modules', '@docusaurus', 'theme-classic', 'lib', 'theme');
const upstream = (...parts: string[]) => readFileSync(join(theme, ...parts), 'utf8');

describe('theme components replaced for valid HTML', () => {
  it('CodeBlock/Line: upstream still renders a <div> per line, with the props and classes ours uses', () => {
    const line = upstream('CodeBlock', 'Line', 'index.js');
    expect(line).toMatch(/<div \{\.\.\.lineProps\}>/);
    expect(line).toMatch(/line: lineProp,\s*classNames,\s*showLineNumbers,\s*getLineProps,\s*getTokenProps,\s*\}/);
    expect(line).toMatch(/className: clsx\(classNames, showLineNumbers && styles\.codeLine\)/);
    expect(line).toContain("line.length === 1 && line[0].content === '\\n'");
    // Ours imports the theme's stylesheet for line numbers and highlighted lines.
    const css = upstream('CodeBlock', 'Line', 'styles.module.css');
    for (const name of ['.codeLine', '.codeLineNumber', '.codeLineContent']) expect(css).toContain(`${name} {`);
    expect(readFileSync(join(ROOT, 'src/theme/CodeBlock/Line/index.tsx'), 'utf8')).toContain(
      '@docusaurus/theme-classic/lib/theme/CodeBlock/Line/styles.module.css',
    );
  });

  it('BlogArchivePage: upstream still puts years in <h3> under the <h1>, laid out as ours is', () => {
    const archive = upstream('BlogArchivePage', 'index.js');
    expect(archive).toMatch(/<Heading as="h3" id=\{year\}>/);
    expect(archive).toMatch(/<Heading as="h1" className="hero__title">/);
    for (const id of ['theme.blog.archive.title', 'theme.blog.archive.description']) expect(archive).toContain(id);
    expect(archive).toContain('className="col col--4 margin-vert--lg"');
    expect(archive).toContain('{formatDate(post.metadata.date)} - {post.metadata.title}');
  });

  it('CodeBlock/Line is what the theme renders each line with, so replacing it reaches every block', () => {
    const content = upstream('CodeBlock', 'Content', 'index.js');
    expect(content).toContain("import Line from '@theme/CodeBlock/Line';");
    expect(content).toMatch(/<Code>\s*\{lines\.map\(\(line, i\) => \(\s*<Line\b/);
    expect(existsSync(join(theme, 'CodeBlock', 'Line', 'Token', 'index.js'))).toBe(true);
  });
});
