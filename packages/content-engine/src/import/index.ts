/** The importer's core: Docusaurus, Jekyll and plain-text stories in, clean posts out. */
export * from './core';
export * from './types';
export * from './scaffold';
export * from './write';
export * from './sources';
export * from './workflow';
export * from './new-post';
