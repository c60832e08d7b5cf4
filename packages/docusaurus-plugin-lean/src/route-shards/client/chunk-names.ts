// Stands in for @generated/routesChunkNames in the browser: the routes loaded so far.
export { chunkNames as default } from './live';
