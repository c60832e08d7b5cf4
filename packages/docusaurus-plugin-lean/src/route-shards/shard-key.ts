/**
 * Which shard of the route table holds a page: one function for the build, which writes the
 * shards, and the browser, which loads the one a path needs. No imports: both sides bundle it.
 */

/**
 * The form of a path that shards are keyed by: decoded, lower case (the router matches paths
 * case-insensitively), without a trailing slash.
 */
export function routeKey(pathname: string): string {
  let path = pathname;
  try {
    path = decodeURI(pathname);
  } catch {
    // A malformed escape: key the path as it is, as the router would match it.
  }
  return path.toLowerCase().replace(/\/+$/, '') || '/';
}

/** FNV-1a over the key's UTF-16 code units, modulo the number of shards. */
export function shardOf(key: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % count;
}
