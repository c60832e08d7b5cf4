/** A site: its manifest (site.yml), the routes and files it implies, its content, its JSON Schemas. */
export * from './manifest';
export * from './routes';
export * from './content';
export * from './json-schema';
