/**
 * The deploy workflow (.github/workflows/ci.yml): action-validator accepts it and refuses a broken
 * one (the same check `npm run lint:workflows` runs in `npm test`), and what it promises holds:
 * a daily rebuild that deploys, caches restored where they survive the install, and cache keys
 * that change with the inputs that make the cached files.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../helpers/paths';

const WORKFLOW = join(ROOT, '.github', 'workflows', 'ci.yml');
const VALIDATOR = join(ROOT, 'node_modules', '.bin', 'action-validator');

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown> & { schedule?: { cron: string }[] };
  jobs: Record<string, { if?: string; needs?: string; steps?: Step[] }>;
}

const validate = (file: string) => spawnSync(VALIDATOR, [file], { encoding: 'utf8' });
const workflow = parse(readFileSync(WORKFLOW, 'utf8')) as Workflow;
const steps = workflow.jobs.test!.steps!;
const cacheOf = (path: string) =>
  steps.find((step) => step.uses?.startsWith('actions/cache@') && step.with?.path === path);
const indexOf = (step: Step | undefined) => steps.indexOf(step!);

describe('the CI workflow', () => {
  it('passes action-validator, which refuses a workflow with a misspelt key', () => {
    const good = validate(WORKFLOW);
    expect(good.status, good.stdout + good.stderr).toBe(0);
    const temp = mkdtempSync(join(tmpdir(), 'sde-workflow-'));
    try {
      const bad = join(temp, 'bad.yml');
      writeFileSync(bad, readFileSync(WORKFLOW, 'utf8').replace('runs-on:', 'runs_on:'));
      expect(validate(bad).status).toBe(1);
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });

  it('rebuilds daily, and the scheduled run deploys', () => {
    expect(workflow.on.schedule?.[0]?.cron).toMatch(/^\d+ \d+ \* \* \*$/);
    // The conditions use `github.event_name`, `github.ref`, string literals, ==, != and &&: JavaScript once == is ===.
    const deploys = (job: { if?: string }, event: string, ref = 'refs/heads/main') =>
      new Function('github', `return ${job.if!.replace(/([!=])=/g, '$1==')}`)({ event_name: event, ref }) as boolean;
    const deploy = workflow.jobs.deploy!;
    expect(deploy.needs).toBe('test');
    expect(deploys(deploy, 'schedule')).toBe(true);
    expect(deploys(deploy, 'push')).toBe(true);
    expect(deploys(deploy, 'pull_request', 'refs/pull/1/merge')).toBe(false);
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))!;
    expect(deploys(upload, 'schedule')).toBe(true);
  });

  it("restores npm's cache before the install and the bundler's after it (npm ci empties node_modules)", () => {
    const install = steps.findIndex((step) => step.run === 'bash .ci/run install');
    const test = steps.findIndex((step) => step.run === 'bash .ci/run test');
    expect(install).toBeGreaterThan(-1);
    expect(indexOf(cacheOf('~/.npm'))).toBeLessThan(install);
    // Files get their commits' times before the build, or Rspack takes a fresh checkout for all changed.
    const mtimes = steps.findIndex((step) => step.run === 'npm run ci:mtimes');
    expect(mtimes).toBeGreaterThan(install);
    expect(mtimes).toBeLessThan(test);
    for (const path of ['node_modules/.cache/rspack', '.cache']) {
      expect(indexOf(cacheOf(path)), path).toBeGreaterThan(install);
      expect(indexOf(cacheOf(path)), path).toBeLessThan(test);
    }
  });

  it('keys each cache on the files that make it, and falls back only within the same inputs', () => {
    const inputs = (key: string) => /hashFiles\(([^)]*)\)/.exec(key)?.[1] ?? '';
    for (const path of ['~/.npm', 'node_modules/.cache/rspack', '.cache']) {
      const { key, 'restore-keys': restore } = cacheOf(path)!.with!;
      expect(inputs(key!), path).toContain("'package-lock.json'");
      // A fallback may only drop the run id, never the inputs' hash (npm's cache is content-addressed).
      if (path !== '~/.npm') expect(key!.startsWith(restore!), path).toBe(true);
    }
    const rspack = inputs(cacheOf('node_modules/.cache/rspack')!.with!.key!);
    for (const input of ['docusaurus.config.ts', 'site.yml', 'src/plugins/**', 'packages/*/src/**'])
      expect(rspack).toContain(`'${input}'`);
    expect(inputs(cacheOf('.cache')!.with!.key!)).toContain("'src/plugins/**'");
  });
});
