/** A site's manifest (site.yml) and the routes and files it implies. */
export * from './manifest';
export * from './routes';
