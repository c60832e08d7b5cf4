/** How wide pictures are drawn: plain data, for the build and the theme alike. */
/**
 * How wide a picture in a story or a doc is drawn: the content column, 100% of the viewport less
 * its padding on a phone, at most its text width on a desktop (Docusaurus's main column beside
 * the sidebar and the table of contents).
 */
export const BODY_SIZES = '(min-width: 997px) 720px, calc(100vw - 32px)';
/** A story list's small cover. */
export const THUMBNAIL_SIZES = '240px';
