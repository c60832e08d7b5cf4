/**
 * A doc's footer as one microdata item, a WebPage: its last-updated date is a `<time
 * itemprop="dateModified">` (upstream's LastUpdated), and an itemprop outside any itemscope is an
 * error to the Nu Html Checker. Blog posts need nothing: their article is a BlogPosting already.
 */
import React from 'react';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type { WrapperProps } from '@docusaurus/types';

type Props = WrapperProps<typeof FooterType>;

export default function FooterWrapper(props: Props): React.ReactElement {
  return (
    <div itemScope itemType="https://schema.org/WebPage">
      <Footer {...props} />
    </div>
  );
}
