/**
 * Wraps the stock draft and unlisted banners with a third: "Scheduled", on a story dated after now.
 * Only the dev server has such stories (a production build leaves them out, src/lib/schedule.ts).
 */
import React from 'react';
import ContentVisibility from '@theme-original/ContentVisibility';
import type ContentVisibilityType from '@theme/ContentVisibility';
import type { WrapperProps } from '@docusaurus/types';
import Admonition from '@theme/Admonition';
import type { ExtraPostMetadata } from '@site/src/lib/blog-posts';

type Props = WrapperProps<typeof ContentVisibilityType>;

export default function ContentVisibilityWrapper(props: Props): React.ReactElement {
  const { scheduledFor } = props.metadata as ExtraPostMetadata;
  return (
    <>
      <ContentVisibility {...props} />
      {scheduledFor && (
        <Admonition type="caution" title="Scheduled" className="theme-scheduled-banner">
          This story is scheduled for <time dateTime={scheduledFor}>{scheduledFor}</time>: the site publishes it on that
          day, and leaves it out of every page, feed and list until then.
        </Admonition>
      )}
    </>
  );
}
