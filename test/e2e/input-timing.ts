/**
 * Measuring how long the page takes to answer input, for the timing specs (first-input.spec.ts,
 * taps.spec.ts): the in-page recorder of scripts/lib/input-timing.ts (Event Timing entries, each
 * input's time to the next frame), CPU throttling, and a tap sent at a set moment.
 */
import type { CDPSession, Page } from '@playwright/test';
import {
  answered,
  inputRecorder,
  interactionAfter,
  readInputTiming,
  tapNextFrameMs,
  tapReport,
  until,
  type InputTiming,
} from '../../scripts/lib/input-timing';
import { expect, test } from './fixtures';

/** Records, from before the page's own scripts run, Event Timing and the time to the next frame of each of `types`. */
export async function recordInputToPaint(page: Page, types: readonly string[]): Promise<void> {
  await page.addInitScript(inputRecorder(types));
}

/** Slows the page's CPU down `rate` times (Chrome's throttling, as Lighthouse's phone does). */
export async function throttle(page: Page, rate: number): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

/** What the recorder holds. */
export async function inputTiming(page: Page): Promise<InputTiming> {
  const recorded = (await page.evaluate(readInputTiming())) as InputTiming | null;
  if (!recorded) throw new Error(`no input recorder on ${page.url()}: call recordInputToPaint before loading it`);
  return recorded;
}

/** Per page and input type, the timestamp of the last input `slowest` has read: each is read once. */
const readUpTo = new WeakMap<Page, Map<string, number>>();

/**
 * The slowest input-to-next-frame time of `type` since the last call, once `count` of them have
 * been measured; Chrome's Event Timing entries for the same events, where it reports any (it
 * leaves out those under 16 ms), must be within `budgetMs` too.
 */
export async function slowest(page: Page, type: string, budgetMs: number, count = 1): Promise<number> {
  const seen = readUpTo.get(page) ?? new Map<string, number>();
  readUpTo.set(page, seen);
  const after = seen.get(type) ?? -Infinity;
  const fresh = (recorded: InputTiming) =>
    recorded.inputs.filter((input) => input.type === type && input.at > after && input.nextFrameMs >= 0);
  await expect.poll(async () => fresh(await inputTiming(page)).length).toBeGreaterThanOrEqual(count);
  const recorded = await inputTiming(page);
  const measured = fresh(recorded);
  for (const entry of recorded.events.filter((one) => one.name === type && one.startTime > after)) {
    expect(entry.duration, `Event Timing: ${type}`).toBeLessThanOrEqual(budgetMs);
  }
  seen.set(type, Math.max(...measured.map((input) => input.at)));
  const worst = Math.max(...measured.map((input) => input.nextFrameMs));
  // The figure itself, in the test's output: how close to the budget it came is worth seeing.
  console.log(`${test.info().title}: ${type}, ${worst.toFixed(0)} ms to the next paint`);
  return worst;
}

export interface TapTime {
  /**
   * Input to next paint, what a test holds to its budget: the longest Event Timing entry of the
   * tap's interaction, or where Chrome reported none (every event under 16 ms), the in-page time.
   * The in-page time runs on past the paint when a task queued before its timer follows the frame
   * (a script starting, say), so it does not overrule Chrome's figure; both are printed.
   */
  ms: number;
  /** The longest Event Timing entry of the tap's interaction; undefined when all were under 16 ms. */
  eventTimingMs: number | undefined;
  /** In the page, the slowest of the tap's pointerdown, pointerup and click to the next frame. */
  nextFrameMs: number;
}

/** How long to wait, once the page has painted after a tap, for Chrome's report of it. */
const REPORT_WAIT_MS = 100;

/**
 * Taps at a point of the screen now, whatever the page is doing (no wait for the element to be
 * ready, as a locator's tap would: a reader's finger does not wait), and measures the tap once
 * the page has painted after its click. `nth`: this tap's number on the page, from 1 (the
 * recorder must record pointerdown, pointerup and click).
 */
export async function tapAt(page: Page, point: { x: number; y: number }, nth: number): Promise<TapTime> {
  await page.touchscreen.tap(point.x, point.y);
  await until(() => page.evaluate(answered('click', nth)), 10_000, `the page painted after tap ${nth}`);
  const { recorded, since } = await tapReport(() => inputTiming(page), nth, REPORT_WAIT_MS);
  const nextFrameMs = tapNextFrameMs(recorded.inputs, since);
  if (nextFrameMs === undefined) throw new Error(`tap ${nth} on ${page.url()} was not painted`);
  const eventTimingMs = interactionAfter(recorded.events, since)?.ms;
  return { ms: eventTimingMs ?? nextFrameMs, eventTimingMs, nextFrameMs };
}

/** `84 ms (Event Timing 84, next frame 61)` */
export const describeTap = (time: TapTime): string =>
  `${time.ms.toFixed(0)} ms (Event Timing ${time.eventTimingMs === undefined ? 'under 16' : time.eventTimingMs.toFixed(0)}, next frame ${time.nextFrameMs.toFixed(0)})`;
