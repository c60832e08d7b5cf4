/**
 * Route matching that does not grow with the number of routes (see match.ts): Docusaurus's client
 * gets router-config.tsx where it asks for react-router-config.
 */
import type { Plugin } from '@docusaurus/types';
import { fileURLToPath } from 'node:url';
import { CORE_CLIENT } from '../lean-client';

/** Where the requests come from: Docusaurus's client (App, preload, normalizeLocation, renderRoutes). */
export { CORE_CLIENT };
export const ROUTER_CONFIG_REQUEST = /^react-router-config$/;
export const ROUTER_CONFIG = fileURLToPath(new URL('./router-config.ts', import.meta.url));

/** Rspack's persistent cache keeps resolutions unless it knows these files changed. */
const BUILD_DEPENDENCIES = [
  fileURLToPath(import.meta.url),
  ROUTER_CONFIG,
  fileURLToPath(new URL('./match.ts', import.meta.url)),
];

export default function routeIndexPlugin(): Plugin {
  return {
    name: 'route-index',
    configureWebpack: (config, _isServer, { currentBundler }) => {
      const cache = (config as { experiments?: { cache?: unknown } }).experiments?.cache;
      const { NormalModuleReplacementPlugin } = currentBundler.instance;
      return {
        ...(typeof cache === 'object' ? { experiments: { cache: { buildDependencies: BUILD_DEPENDENCIES } } } : {}),
        plugins: [
          new NormalModuleReplacementPlugin(
            ROUTER_CONFIG_REQUEST,
            (resource: { context?: string; request: string }) => {
              if (CORE_CLIENT.test(resource.context ?? '')) resource.request = ROUTER_CONFIG;
            },
          ),
        ],
      };
    },
  };
}
