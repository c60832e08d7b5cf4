/**
 * The app's root in the dev server, with the content-checks notice over every page. Only the dev
 * server has it: the plugin that provides this theme file does not exist in production builds.
 */
import React, { type ReactNode } from 'react';
import Root from '@theme-init/Root';
import ContentChecksNotice from './ContentChecksNotice';

export default function RootWithContentChecks({ children }: { children: ReactNode }): ReactNode {
  return (
    <>
      <Root>{children}</Root>
      <ContentChecksNotice />
    </>
  );
}
