/**
 * Stories for AI assistants: after the build, writes a Markdown copy of every story, docs page and
 * tag page at its URL plus `.md`, an `/llms.txt` index (llmstxt.org) whose links lead to those
 * copies, and `/llms-full.txt` with every story in full, newest first.
 *
 * Our own plugin, not a kept one (both are maintained and both only write files after the build,
 * so Faster, the CSP and the permalink lock would not stop either): docusaurus-plugin-llms names
 * its copies after source files rather than the pages' URLs (our slugs come from frontmatter) and
 * reads frontmatter with gray-matter, which runs `---js` frontmatter the site refuses;
 * @signalwire/docusaurus-plugin-llms-txt turns the built HTML back into Markdown, which is not what
 * the author wrote, and parses every built page to do it. Neither lists stories newest first with
 * their descriptions. This one reads what the blog and docs plugins loaded and the source as
 * written, with the site's own Markdown rules (./markdown.ts).
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { BlogContent } from '@docusaurus/plugin-content-blog';
import type { LoadedContent as DocsContent } from '@docusaurus/plugin-content-docs';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import {
  docsRoute,
  loadSite,
  namedRoute,
  readAuthors,
  readSeries,
  readTags,
  seriesRoute,
  withBaseUrl,
} from '@sde/content-engine';
import { markdownCopyUrl } from '../../lib/markdown-copy';
import { collectPages } from './pages';
import { contentListsMarkdown } from './components';
import { seriesCopies } from './series';
import { renderCopy, renderLlmsFull, renderLlmsTxt, type CopyPage } from './render';

const contentOf = <T>(plugins: { name: string; options: { id?: string }; content: unknown }[], name: string) =>
  plugins.find((plugin) => plugin.name === name && (plugin.options.id ?? 'default') === 'default')?.content as
    T | undefined;

export default function llmsPlugin(context: LoadContext): Plugin {
  const { siteDir, siteConfig, baseUrl } = context;
  const site = loadSite(siteDir);
  // Where llms.txt and llms-full.txt are published (site.yml's routes).
  const llms = namedRoute(site, 'llms');
  const llmsFull = namedRoute(site, 'llmsFull');
  const siteRoot = new URL(baseUrl, siteConfig.url).href;
  return {
    name: 'llms',
    postBuild: async ({ outDir, plugins }) => {
      const started = performance.now();
      const blog = contentOf<BlogContent>(plugins, 'docusaurus-plugin-content-blog');
      const docs = contentOf<DocsContent>(plugins, 'docusaurus-plugin-content-docs');
      const fileOf = (permalink: string) => join(outDir, permalink.slice(baseUrl.length));
      const pages = collectPages(blog, docs, {
        siteDir,
        siteRoot,
        trailingSlash: siteConfig.trailingSlash,
        assetOf: builtAssetFinder(fileOf, new URL(siteRoot).origin),
        components: contentListsMarkdown(site, readTags(site), readAuthors(site), siteRoot),
      });
      const { stories, docs: docPages, tags } = pages;
      const series = seriesCopies(
        (blog?.blogPosts ?? []).filter((post) => !post.metadata.frontMatter.draft),
        stories,
        readSeries(site),
        (key) => withBaseUrl(baseUrl, seriesRoute(site, key)),
        new URL(siteRoot).origin,
      );
      const copies = [...stories, ...docPages, ...tags, ...series];
      for (const page of copies) write(fileOf(markdownCopyUrl(page.permalink)), renderCopy(page));

      const guide = withBaseUrl(baseUrl, `${docsRoute(site)}/authoring`);
      const isGuide = (page: CopyPage) => page.permalink === guide || page.permalink.startsWith(`${guide}/`);
      const about = {
        title: siteConfig.title,
        summary: blog?.blogDescription ?? siteConfig.tagline,
        fullUrl: `${siteRoot}${llmsFull.slice(1)}`,
      };
      const index = renderLlmsTxt(about, [
        { title: 'Stories', pages: stories },
        { title: 'Tags', pages: tags },
        { title: 'Series', pages: series },
        { title: 'Authoring guide', pages: docPages.filter(isGuide) },
        // llmstxt.org: what an assistant may skip when it needs a shorter context.
        { title: 'Optional', pages: docPages.filter((page) => !isGuide(page)) },
      ]);
      write(join(outDir, llms), index);
      const full = renderLlmsFull(about, stories);
      write(join(outDir, llmsFull), full);
      const kb = (text: string) => `${Math.round(Buffer.byteLength(text) / 1024)} KB`;
      console.log(
        `[llms] ${copies.length} Markdown copies, ${llms.slice(1)} (${kb(index)}), ${llmsFull.slice(1)} (${kb(full)}) ` +
          `in ${Math.round(performance.now() - started)} ms`,
      );
    },
  };
}

function write(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/**
 * Where the build put a file a page links to: Docusaurus copies it to `assets/images/` or
 * `assets/files/` under `<name>-<hash>.<ext>`, and the page's HTML names it.
 */
function builtAssetFinder(fileOf: (permalink: string) => string, origin: string) {
  const html = new Map<string, string>();
  return (permalink: string, file: string): string | undefined => {
    if (!html.has(permalink)) {
      const path = `${fileOf(permalink)}.html`;
      html.set(permalink, existsSync(path) ? readFileSync(path, 'utf8') : '');
    }
    const ext = extname(file);
    const stem = basename(file, ext).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(
      `(?:src|href)="([^"]*/assets/(?:images|files)/${stem}-[0-9a-f]+${ext.replace('.', '\\.')})"`,
    );
    const found = pattern.exec(html.get(permalink)!)?.[1];
    return found === undefined ? undefined : new URL(found, origin).href;
  };
}
