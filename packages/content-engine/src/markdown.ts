/** The one Markdown core: fences, the truncate marker, plain text, remark with GFM, and what a body holds. */
export * from './content/markdown';
export { scanMarkdown, type MarkdownFacts } from './check/markdown';
