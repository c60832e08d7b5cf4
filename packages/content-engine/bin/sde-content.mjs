#!/usr/bin/env node
// The bin of @sde/content-engine: `sde-content <command> [args]` (see src/cli/sde-content.ts).
// The engine is TypeScript run as it is, so tsx is registered first.
import { register } from 'tsx/esm/api';

register();
const { runCommand } = await import('../src/cli/index.ts');
const { main } = await import('../src/cli/sde-content.ts');
process.exitCode = await runCommand(main, process.argv.slice(2));
