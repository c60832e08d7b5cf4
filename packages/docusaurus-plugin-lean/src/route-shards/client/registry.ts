// Stands in for @generated/registry in the browser: the chunks of the routes loaded so far.
export { registry as default } from './live';
