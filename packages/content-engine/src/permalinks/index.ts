/** Permalinks: which URLs the site publishes, the lock that keeps them, and alias redirects. */
export * from './core';
export * from './lock';
