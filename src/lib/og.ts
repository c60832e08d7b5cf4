/** Where a post's Open Graph image is published: the build's og-image plugin writes it there. */
export const OG_IMAGE_DIR = 'img/og';
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
export const ogImagePath = (slug: string): string => `/${OG_IMAGE_DIR}/${slug}.png`;
