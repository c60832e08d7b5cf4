/**
 * The text of what the llms plugin publishes: a page's Markdown copy, `/llms.txt` (the index, in
 * the llmstxt.org format) and `/llms-full.txt` (every story in full). Pure: data in, text out.
 */

export interface CopyPage {
  kind: 'story' | 'doc' | 'tag' | 'series';
  /** Site-relative URL, base path included, as the site links to it (`/blog/some-story`). */
  permalink: string;
  /** Absolute URL of the page. */
  url: string;
  /** Absolute URL of its Markdown copy. */
  copyUrl: string;
  title: string;
  description: string;
  /** The copy's header after the title, such as `['Authors', 'Ada, Grace']`, in order. */
  facts: [string, string][];
  /** Markdown, ready to publish. */
  body: string;
  /** Shown in lists (an unlisted page still has its copy, but no index names it). */
  listed: boolean;
}

/** A page's Markdown copy: its title, a few facts (with the canonical URL last), then the body. */
export function renderCopy(page: CopyPage): string {
  const facts = [...page.facts, ['Canonical URL', page.url]].map(([name, value]) => `- ${name}: ${value}`);
  return `# ${page.title}\n\n${facts.join('\n')}\n\n${page.body}`;
}

export interface Site {
  title: string;
  /** One or two sentences: the blockquote under the title. */
  summary: string;
  /** Absolute URL of /llms-full.txt. */
  fullUrl: string;
}

export interface Section {
  title: string;
  pages: CopyPage[];
}

/** Text safe inside a Markdown link's brackets. */
const linkText = (text: string) => text.replace(/([\\[\]])/g, '\\$1');

/** `/llms.txt`: the site's title, its summary, and a section of links to Markdown copies each. */
export function renderLlmsTxt(site: Site, sections: Section[]): string {
  const lines = [
    `# ${site.title}`,
    '',
    `> ${site.summary}`,
    '',
    'Every link below leads to the Markdown copy of a page (its URL plus `.md`). ' +
      `Every story in full, newest first, is in one file: ${site.fullUrl}`,
  ];
  for (const section of sections) {
    const pages = section.pages.filter((page) => page.listed);
    if (pages.length === 0) continue;
    lines.push('', `## ${section.title}`, '');
    for (const page of pages) {
      const description = page.description.replace(/\s+/g, ' ').trim();
      lines.push(`- [${linkText(page.title)}](${page.copyUrl})${description ? `: ${description}` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** `/llms-full.txt`: the title and summary, then the copy of every listed story, in the order given. */
export function renderLlmsFull(site: Site, stories: CopyPage[]): string {
  const head = `# ${site.title}\n\n> ${site.summary}\n`;
  return [head, ...stories.filter((page) => page.listed).map(renderCopy)].join('\n---\n\n');
}
