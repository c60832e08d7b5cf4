/** The findings the content-checks plugin writes for the notice (see index.ts). */
declare module '@generated/content-checks/default/findings.json' {
  import type { NoticeData } from './notice';
  const data: NoticeData;
  export default data;
}
