/**
 * A picture the pipeline published (src/lib/pictures.ts), as the theme shows it: a story's cover
 * at the top of its page and small in story lists. The Markdown transform writes the same markup
 * for pictures in a story's text (pictureElement in the content engine).
 */
import React from 'react';
import type { CoverPicture } from '@site/src/lib/pictures';

interface Props {
  picture: CoverPicture;
  sizes: string;
  /** Below the first screen: loaded when the reader scrolls near it. */
  lazy: boolean;
  /** The page's likely largest paint: fetched before other images. */
  highPriority?: boolean;
  className?: string;
}

export default function Picture({ picture, sizes, lazy, highPriority = false, className }: Props): React.ReactElement {
  return (
    <picture className={className}>
      {picture.sources.map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcset} sizes={sizes} />
      ))}
      <img
        src={picture.src}
        srcSet={picture.srcset}
        sizes={picture.srcset ? sizes : undefined}
        width={picture.width}
        height={picture.height}
        alt={picture.alt}
        loading={lazy ? 'lazy' : undefined}
        decoding={lazy ? 'async' : undefined}
        fetchPriority={highPriority ? 'high' : undefined}
      />
    </picture>
  );
}
