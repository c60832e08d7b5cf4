/**
 * What the swaps share: where Docusaurus's client lives, and the one shape every swap of a module
 * takes, which index.ts turns into the bundler's NormalModuleReplacementPlugins.
 */

/** Docusaurus's client folder: App, clientEntry, preload, docusaurus, normalizeLocation, exports/. */
export const CORE_CLIENT = /@docusaurus[\\/]core[\\/]lib[\\/]client([\\/]|$)/;

/** Any importer. */
export const ANYWHERE = /(?:)/;

/** Requests for `request` made from a directory that `from` matches go to the file `to`. */
export interface Redirect {
  request: RegExp;
  from: RegExp;
  to: string;
}

/** Every module whose resolved path matches `resource` is replaced by the file `to`. */
export interface ModuleSwap {
  resource: RegExp;
  to: string;
}

export type Swap = Redirect | ModuleSwap;

/** `dir` as a pattern matching exactly that directory (NormalModuleReplacementPlugin's `context`). */
export function exactly(dir: string): RegExp {
  return new RegExp(`^${dir.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}$`);
}
