// Docusaurus's prefetch helper, asked for as core's docusaurus.js asks for it: when the idle-prefetch
// swap is on, this request gets idle-prefetch/prefetch.ts instead, as core's does.
export { default } from '@docusaurus/core/lib/client/prefetch';
