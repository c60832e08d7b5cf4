/**
 * The one command shape (@sde/content-engine/cli): a command runs only as the process's entry file,
 * exits 0, 1 or 2, and reports a usage error or an unexpected exception in one line; the
 * package's bin dispatches to the engine's commands.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  capture,
  isEntryModule,
  parseCommandLine,
  processIo,
  runCommand,
  UsageError,
  USAGE_HINT,
  wholeNumber,
  type Io,
} from '../src/cli/index';
import { main as sdeContent } from '../src/cli/sde-content';

const PACKAGE = join(dirname(fileURLToPath(import.meta.url)), '..');
const COMMAND = join(PACKAGE, 'test', 'fixtures', 'command.ts');
const BIN = join(PACKAGE, 'bin', 'sde-content.mjs');

/** Run a file with node and tsx as a loader, from the package's folder. */
function node(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', ...args], {
    cwd: PACKAGE,
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, DEBUG: '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const bin = (args: string[], cwd = PACKAGE) => {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('a command run directly', () => {
  it('runs main on its arguments and exits 0 on success', () => {
    expect(node([COMMAND, 'ok', 'twice'])).toEqual({ code: 0, stdout: 'ran with ok twice\n', stderr: '' });
  });

  it('exits 1 on findings', () => {
    expect(node([COMMAND, 'findings'])).toMatchObject({ code: 1, stdout: 'ran with findings\n', stderr: '' });
  });

  it('exits 2 on a usage error: the message, then the hint', () => {
    expect(node([COMMAND, 'usage']).stderr).toBe(`error: no such outcome\n${USAGE_HINT}\n`);
    const unknown = node([COMMAND, '--colour', 'red']);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/^error: Unknown option '--colour'.*\nRun with --help for the options\.\n$/);
  });

  it('turns an exception into one line and exit 1, with the stack only when DEBUG is set', () => {
    const thrown = node([COMMAND, 'throw']);
    expect(thrown.code).toBe(1);
    expect(thrown.stderr).toBe('error: the disk is on fire\n');
    const debug = node([COMMAND, 'throw'], { DEBUG: '1' });
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/^error: the disk is on fire\nError: the disk is on fire\n\s+at main \(/);
  });

  it('runs through a symlink to it, and named without its extension', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sde-cli-'));
    symlinkSync(COMMAND, join(dir, 'linked.ts'));
    expect(node([join(dir, 'linked.ts'), 'ok']).stdout).toBe('ran with ok\n');
    expect(node([COMMAND.replace(/\.ts$/, ''), 'ok']).stdout).toBe('ran with ok\n');
  });

  it('does nothing when it is only imported', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sde-cli-'));
    const importer = join(dir, 'importer.mjs');
    writeFileSync(
      importer,
      `const { main } = await import(${JSON.stringify(pathToFileURL(COMMAND).href)});\nconsole.log(typeof main);\n`,
    );
    expect(node([importer, 'throw'])).toEqual({ code: 0, stdout: 'function\n', stderr: '' });
  });
});

describe('isEntryModule', () => {
  const meta = { url: pathToFileURL(COMMAND).href };

  it('compares real paths, and accepts the entry without its extension', () => {
    expect(isEntryModule(meta, COMMAND)).toBe(true);
    expect(isEntryModule(meta, COMMAND.replace(/\.ts$/, ''))).toBe(true);
    expect(isEntryModule(meta, join(PACKAGE, 'test', 'fixtures', '..', 'fixtures', 'command.ts'))).toBe(true);
  });

  it('is false for another file, another extension, and no entry at all', () => {
    expect(isEntryModule(meta, BIN)).toBe(false);
    expect(isEntryModule(meta, COMMAND.replace(/\.ts$/, '.js'))).toBe(false);
    expect(isEntryModule(meta, undefined)).toBe(false);
  });
});

/** An Io that keeps what is printed, with an environment of our choosing. */
function memoryIo(env: Record<string, string> = {}): Io & { lines: { out: string[]; err: string[] } } {
  const lines = { out: [] as string[], err: [] as string[] };
  return {
    ...processIo(),
    env,
    out: (text) => lines.out.push(text),
    err: (text) => lines.err.push(text),
    lines,
  };
}

describe('runCommand', () => {
  it("returns main's exit code", async () => {
    expect(await runCommand(async () => 0, [], memoryIo())).toBe(0);
    expect(await runCommand(async () => 1, [], memoryIo())).toBe(1);
  });

  it('prints a usage error with its own hint, or none', async () => {
    const io = memoryIo();
    const code = await runCommand(
      async () => {
        throw new UsageError('give a title', null);
      },
      [],
      io,
    );
    expect(code).toBe(2);
    expect(io.lines.err).toEqual(['error: give a title']);
    const hinted = memoryIo();
    await runCommand(
      async () => {
        throw new UsageError('give a title', 'Like this: new "Title"');
      },
      [],
      hinted,
    );
    expect(hinted.lines.err).toEqual(['error: give a title', 'Like this: new "Title"']);
  });

  it('reports what is thrown even when it is not an Error', async () => {
    const io = memoryIo();
    expect(
      await runCommand(
        async () => {
          throw 'a string';
        },
        [],
        io,
      ),
    ).toBe(1);
    expect(io.lines.err).toEqual(['error: a string']);
  });
});

describe('capture', () => {
  it('collects the lines and passes the folder and clock it is given', async () => {
    const now = new Date('2027-03-04T05:06:07Z');
    const result = await capture(
      async (argv, io = processIo()) => {
        io.out(`${argv.join(',')} in ${io.cwd}`);
        io.out(io.now().toISOString());
        io.err('careful');
        return 1;
      },
      ['a', 'b'],
      { cwd: '/somewhere', now: () => now },
    );
    expect(result).toEqual({ code: 1, stdout: 'a,b in /somewhere\n2027-03-04T05:06:07.000Z', stderr: 'careful' });
  });
});

describe('parseCommandLine and wholeNumber', () => {
  it('parses strictly, turning a bad option into a usage error', () => {
    const options = { posts: { type: 'string' }, dry: { type: 'boolean' } } as const;
    expect(parseCommandLine(['--posts', '3', '--dry'], { options }).values).toEqual({ posts: '3', dry: true });
    expect(() => parseCommandLine(['--pots', '3'], { options })).toThrow(UsageError);
    expect(() => parseCommandLine(['file.md'], { options })).toThrow(UsageError);
    expect(() => parseCommandLine(['--posts'], { options })).toThrow(/argument missing/);
  });

  it('reads whole numbers, refusing fractions, words and numbers under the minimum', () => {
    expect(wholeNumber('runs', '3', 1)).toBe(3);
    expect(wholeNumber('posts', '0')).toBe(0);
    for (const bad of ['1.5', 'ten', '', '-1']) expect(() => wholeNumber('posts', bad)).toThrow(UsageError);
    expect(() => wholeNumber('runs', '0', 1)).toThrow('--runs takes a whole number of at least 1, not "0"');
  });
});

describe('the sde-content bin', () => {
  it('lists its commands with --help', async () => {
    const result = bin(['--help']);
    expect(result.code).toBe(0);
    for (const command of ['check', 'import', 'new', 'permalinks', 'schema']) {
      expect(result.stdout).toMatch(new RegExp(`^  ${command} +\\S`, 'm'));
    }
    expect((await capture(sdeContent, ['--help'])).stdout).toBe(result.stdout.trimEnd());
  });

  it('exits 2 on an unknown command and without one, naming the commands', () => {
    const unknown = bin(['chek']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      'error: unknown command "chek": use one of check, import, new, permalinks, schema\nRun sde-content --help for the commands.\n',
    );
    expect(bin([]).code).toBe(2);
    // Not a command, though every object has one by that name.
    expect(bin(['constructor']).code).toBe(2);
  });

  it("runs a command with its arguments and exits with the command's code", () => {
    const site = mkdtempSync(join(tmpdir(), 'sde-cli-site-'));
    writeFileSync(join(site, 'site.yml'), 'title: Test\n');
    mkdirSync(join(site, 'schema'));
    const stale = bin(['schema', '--check'], site);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('schema/site.schema.json is out of date: run npm run schema');
    expect(readdirSync(join(site, 'schema'))).toEqual([]);
    expect(bin(['schema'], site).code).toBe(0);
    expect(bin(['schema', '--check'], site)).toEqual({ code: 0, stdout: '', stderr: '' });
    const usage = bin(['schema', '--chek'], site);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^error: Unknown option '--chek'/);
  });
});
