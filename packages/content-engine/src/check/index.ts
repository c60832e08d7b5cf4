/** The checks: every rule over every post and doc, findings as data, and the one reporter. */
export * from './check';
export * from './context';
export * from './finding';
export * from './report';
export * from './source';
export * from './site';
export * from './session';
export { ACCESSIBILITY_RULES } from './a11y';
export { IFRAME_ALLOWLIST } from './rules/unsafe';
