/**
 * `sde-content <command> [args]`, the package's bin (bin/sde-content.mjs): runs one of the
 * engine's commands, each loaded only when it is the one asked for.
 * Exit codes: the command's; 0 for --help, 2 for a missing or unknown command.
 */
import { processIo, UsageError, type Io, type Main } from './index';

/** Each command: what it does, and its module (with `main`), loaded on demand. */
export const COMMANDS: Record<string, { summary: string; load: () => Promise<{ main: Main }> }> = {
  check: { summary: 'check every post and doc page (npm run check)', load: () => import('./check') },
  import: {
    summary: 'import Docusaurus, Jekyll and plain-text stories (npm run import)',
    load: () => import('./import'),
  },
  new: { summary: 'create a post ready to write in (npm run new)', load: () => import('./new') },
  permalinks: {
    summary: 'check that every locked URL still answers (npm run check:permalinks)',
    load: () => import('./permalinks'),
  },
  schema: { summary: 'write the content model as JSON Schema (npm run schema)', load: () => import('./schema') },
};

export const USAGE = `Usage: sde-content <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, { summary }]) => `  ${name.padEnd(12)}${summary}`)
  .join('\n')}

Run sde-content <command> --help for a command's options.`;

const HINT = 'Run sde-content --help for the commands.';

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (name === undefined) throw new UsageError(`give a command: ${Object.keys(COMMANDS).join(', ')}`, HINT);
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    throw new UsageError(`unknown command "${name}": use one of ${Object.keys(COMMANDS).join(', ')}`, HINT);
  }
  const { main: run } = await command.load();
  return run(rest, io);
}
