/** The one Markdown core: fences, the truncate marker, plain text, remark with GFM, and what a body holds. */
export * from './content/markdown';
export { scanMarkdown, type MarkdownFacts } from './check/markdown';
/** The picture pipeline's plans and its Markdown transform (the site's image plugin encodes). */
export * from './content/pictures';
export {
  default as remarkPictures,
  findImages,
  pictureElement,
  imgAttributes,
  pictureLoading,
  FIRST_SCREEN_BLOCKS,
  type RemarkPicturesOptions,
  type PictureLoading,
} from './content/remark-pictures';
