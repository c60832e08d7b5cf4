/**
 * The copy button of a code block on pages that never hydrate (src/islands/code-copy.ts): the
 * theme's own button is rendered in the browser only, by React. Its words and timing are the
 * theme's (theme-classic's CodeBlock/Buttons/CopyButton), so the two buttons read alike.
 */

/** The button's accessible name before and just after a copy, and its tooltip. */
export const COPY_LABEL = 'Copy code to clipboard';
export const COPIED_LABEL = 'Copied';
export const COPY_TITLE = 'Copy';
/** How long the button says "Copied". */
export const COPIED_MS = 1000;

/** Stable class names of the island's markup, styled in src/css/custom.css. */
export const CODE_BUTTONS_CLASS = 'sde-code-buttons';
export const CODE_COPY_CLASS = 'sde-code-copy';
export const CODE_COPIED_CLASS = 'sde-code-copy--copied';

/**
 * What the theme's button copies, from the lines the build rendered: the block's code, which the
 * theme split into one line per element (magic comments already removed), joined again.
 */
export const codeText = (lines: readonly string[]): string => lines.join('\n');
