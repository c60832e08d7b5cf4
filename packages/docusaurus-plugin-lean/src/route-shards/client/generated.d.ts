// The modules ../shards.ts writes into the generated-files folder.
declare module '@generated/lean-route-shards/global' {
  import type { Shard } from '../shards';
  import type { Registry } from '@docusaurus/types';

  export const registry: Registry;
  export const chunkNames: Shard['chunkNames'];
  export const routes: Shard['routes'];
}

declare module '@generated/lean-route-shards/shards' {
  import type { Registry } from '@docusaurus/types';
  import type { Shard } from '../shards';

  type ShardModule = { registry: Registry; chunkNames: Shard['chunkNames']; routes: Shard['routes'] };
  const loaders: (() => Promise<ShardModule>)[];
  export default loaders;
}
