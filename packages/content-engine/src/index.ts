/**
 * @sde/content-engine: the content model of a Markdown blog, with no Docusaurus in it. This entry
 * holds the model (schema, safe frontmatter, loaders, positions); checks, the Markdown core,
 * permalinks, the importer and the commands have entries of their own (see package.json).
 */
export * from './content/schema';
export * from './content/post';
export * from './content/load';
export * from './content/schedule';
export * from './content/position';
export * from './content/frontmatter';
export * from './content/yaml';
export * from './content/keys';
export * from './content/series';
export * from './content/text';

export * from './site';
