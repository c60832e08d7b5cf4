/**
 * @sde/content-engine/cli: the one shape of every command, the engine's and the site's.
 *
 * A command is a module with a pure core elsewhere and a thin `main(argv, io?): Promise<number>`
 * here: it parses `argv` with `parseCommandLine` (node's parseArgs), calls the core, prints through
 * `io` and returns the exit code. Its last line is `runDirectly(import.meta, main)`, which runs it
 * only when the module is the process's entry file, so tests and other commands can import it.
 *
 * Exit codes: 0 success, 1 findings (or an unexpected error), 2 wrong usage. A `UsageError`
 * thrown anywhere in a command prints `error: <message>` and a hint and exits 2; any other
 * exception prints `error: <message>`, one line with no stack trace (the stack too when `DEBUG` is
 * set), and exits 1.
 */
import { realpathSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** The hint a usage error prints under its message, unless it brings its own (or none). */
export const USAGE_HINT = 'Run with --help for the options.';

/** Wrong usage: the command line names an option, value or file the command cannot take. Exits 2. */
export class UsageError extends Error {
  /** `hint`: the line printed under the message; `null` for none. */
  constructor(
    message: string,
    readonly hint: string | null = USAGE_HINT,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** What a command reads from and writes to, besides its arguments and files: injected in tests. */
export interface Io {
  /** Prints one line (or several, joined by newlines) on standard output. */
  out(text: string): void;
  /** Prints one line (or several) on standard error. */
  err(text: string): void;
  /** The folder relative paths on the command line are relative to. */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** The clock, for defaults such as today's date. */
  now(): Date;
}

/** The running process's streams, folder, environment and clock. */
export function processIo(): Io {
  return {
    out: (text) => void process.stdout.write(`${text}\n`),
    err: (text) => void process.stderr.write(`${text}\n`),
    cwd: process.cwd(),
    env: process.env,
    now: () => new Date(),
  };
}

export type Main = (argv: string[], io?: Io) => Promise<number>;

/**
 * `parseArgs` over `argv` (strict: an unknown option is an error), with its errors turned into
 * usage errors.
 */
export function parseCommandLine<const T extends Omit<ParseArgsConfig, 'args'>>(
  argv: string[],
  config: T,
): ReturnType<typeof parseArgs<T & { args: string[] }>> {
  try {
    return parseArgs({ ...config, args: argv });
  } catch (caught) {
    if (String((caught as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS')) {
      throw new UsageError((caught as Error).message);
    }
    throw caught;
  }
}

/** An option's value as a whole number of at least `min`; a usage error otherwise. */
export function wholeNumber(option: string, value: string, min = 0): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isInteger(number) || number < min) {
    throw new UsageError(`--${option} takes a whole number${min > 0 ? ` of at least ${min}` : ''}, not "${value}"`);
  }
  return number;
}

/** What an exception says, in one line unless it says more itself. */
const describe = (caught: unknown): string =>
  caught instanceof Error ? caught.message || caught.name : String(caught);

/**
 * Runs `main` and returns its exit code, never throwing: a usage error becomes 2, any other
 * exception 1, each printed on `io.err` as `error: <message>`.
 */
export async function runCommand(main: Main, argv: string[], io: Io = processIo()): Promise<number> {
  try {
    return await main(argv, io);
  } catch (caught) {
    if (caught instanceof UsageError) {
      io.err(`error: ${caught.message}`);
      if (caught.hint !== null) io.err(caught.hint);
      return EXIT_USAGE;
    }
    io.err(`error: ${describe(caught)}`);
    if (io.env.DEBUG && caught instanceof Error && caught.stack) io.err(caught.stack);
    return EXIT_FINDINGS;
  }
}

const realPath = (path: string): string => {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
};

/**
 * Whether the module of `meta` is the file the process was started with (`process.argv[1]`), by
 * real path, so symlinks agree; `node --import tsx path/to/command` (no extension) counts too.
 */
export function isEntryModule(meta: Pick<ImportMeta, 'url'>, entry: string | undefined = process.argv[1]): boolean {
  if (!entry) return false;
  const self = realPath(fileURLToPath(meta.url));
  const started = realPath(entry);
  if (started === self) return true;
  const extension = extname(self);
  return extname(entry) === '' && extension !== '' && realPath(`${entry}${extension}`) === self;
}

/**
 * When the module of `meta` is the process's entry file, runs `main` on the process's arguments
 * and sets `process.exitCode` to its exit code (see `runCommand`). Otherwise does nothing, so the
 * module can be imported. Returns the run's exit code, or undefined when it did not run.
 */
export function runDirectly(meta: Pick<ImportMeta, 'url'>, main: Main): Promise<number> | undefined {
  if (!isEntryModule(meta)) return undefined;
  return runCommand(main, process.argv.slice(2)).then((code) => (process.exitCode = code));
}

export interface Captured {
  code: number;
  /** Standard output, its lines joined by newlines (no newline at the end). */
  stdout: string;
  stderr: string;
}

/**
 * Runs `main` as the process would (`runCommand`) but with its output collected, in `io.cwd`
 * (default: the process's), with the process's environment and clock unless given.
 */
export async function capture(
  main: Main,
  argv: string[],
  io: Partial<Omit<Io, 'out' | 'err'>> = {},
): Promise<Captured> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCommand(main, argv, {
    ...processIo(),
    ...io,
    out: (text) => stdout.push(text),
    err: (text) => stderr.push(text),
  });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}
