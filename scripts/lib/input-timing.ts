/**
 * How long a page takes to answer the reader's input, measured inside the page: shared by the taps
 * benchmark (scripts/bench/taps.ts) and the browser tests that hold the site to a budget
 * (test/e2e/input-timing.ts).
 *
 * Two measures of the same input, both from the event's own timestamp (when the browser received
 * it, so time spent queued behind other work counts):
 *
 * - Event Timing (a PerformanceObserver of type `event`): Chrome's duration from the input to the
 *   next paint after its handlers ran, in steps of 8 ms. It leaves out events under 16 ms, the
 *   lowest threshold it takes. The events of one tap (pointerdown, pointerup, click) share an
 *   `interactionId`; the tap's latency is the longest of them, as INP counts it.
 * - In the page: from the event's timestamp to a task queued from the next animation frame, which
 *   runs once that frame has been produced. Every event is measured, however fast.
 *
 * The recorder also keeps the page's long tasks (PerformanceObserver `longtask`, over 50 ms).
 * Everything in the page is plain ES2017 in strings: functions sent from Node would carry the
 * helpers tsx adds to named functions, which do not exist in the page.
 */

/** The lowest `durationThreshold` Event Timing accepts: shorter events are never reported. */
export const EVENT_TIMING_FLOOR_MS = 16;

/** The events of a tap, in the order a touchscreen sends them. */
export const TAP_EVENTS = ['pointerdown', 'pointerup', 'click'];

/** A main-thread task is long past this; total blocking time counts what each goes over it by. */
export const LONG_TASK_MS = 50;

/** One Event Timing entry, as the recorder keeps it. */
export interface EventEntry {
  name: string;
  startTime: number;
  duration: number;
  /** 0 for events that are not part of an interaction (pointerover, wheel, touchstart…). */
  interactionId: number;
}

/** One input the page received: its type, timestamp, and time to the next frame (-1 until then). */
export interface InputRecord {
  type: string;
  at: number;
  nextFrameMs: number;
}

export interface LongTask {
  startTime: number;
  duration: number;
}

/** What the recorder has kept since the page loaded (or since it was last cleared). */
export interface InputTiming {
  events: EventEntry[];
  inputs: InputRecord[];
  longTasks: LongTask[];
}

/**
 * The recorder, as a script to run before any of the page's own (`addInitScript`): it keeps every
 * Event Timing entry of 16 ms or more, every long task, and the input-to-next-frame time of each
 * event of the given types, in `window.__inputTiming`.
 */
export function inputRecorder(types: readonly string[]): string {
  return `(function (types, floor) {
  var state = { events: [], inputs: [], longTasks: [], observers: [] };
  Object.defineProperty(window, '__inputTiming', { value: state, configurable: true });
  var supported = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  function keepEvents(entries) {
    entries.forEach(function (entry) {
      state.events.push({ name: entry.name, startTime: entry.startTime, duration: entry.duration, interactionId: entry.interactionId || 0 });
    });
  }
  function keepTasks(entries) {
    entries.forEach(function (entry) {
      state.longTasks.push({ startTime: entry.startTime, duration: entry.duration });
    });
  }
  if (supported.indexOf('event') >= 0) {
    var events = new PerformanceObserver(function (list) { keepEvents(list.getEntries()); });
    events.observe({ type: 'event', buffered: true, durationThreshold: floor });
    state.observers.push({ observer: events, keep: keepEvents });
  }
  if (supported.indexOf('longtask') >= 0) {
    var tasks = new PerformanceObserver(function (list) { keepTasks(list.getEntries()); });
    tasks.observe({ type: 'longtask', buffered: true });
    state.observers.push({ observer: tasks, keep: keepTasks });
  }
  types.forEach(function (type) {
    addEventListener(type, function (event) {
      var record = { type: type, at: event.timeStamp, nextFrameMs: -1 };
      state.inputs.push(record);
      requestAnimationFrame(function () {
        setTimeout(function () { record.nextFrameMs = performance.now() - record.at; });
      });
    }, { capture: true, passive: true });
  });
})(${JSON.stringify(types)}, ${EVENT_TIMING_FLOOR_MS});`;
}

/**
 * An expression for `page.evaluate`: what the recorder holds (entries the observers have not
 * delivered yet included), as an `InputTiming`, or null on a page without the recorder. With
 * `clear`, the recorder starts afresh (an input still waiting for its frame is dropped from it).
 */
export function readInputTiming(clear = false): string {
  return `(function (clear) {
  var state = window.__inputTiming;
  if (!state) return null;
  state.observers.forEach(function (one) { one.keep(one.observer.takeRecords()); });
  var copy = {
    events: state.events.slice(),
    inputs: state.inputs.map(function (input) { return { type: input.type, at: input.at, nextFrameMs: input.nextFrameMs }; }),
    longTasks: state.longTasks.slice()
  };
  if (clear) { state.events = []; state.inputs = []; state.longTasks = []; }
  return copy;
})(${clear})`;
}

/**
 * An expression for `page.evaluate` (see `until`): the page has received `count` inputs of `type`
 * since the recorder started and painted after each.
 */
export function answered(type: string, count = 1): string {
  return `Boolean(window.__inputTiming) && window.__inputTiming.inputs.filter(function (input) { return input.type === ${JSON.stringify(type)} && input.nextFrameMs >= 0; }).length >= ${count}`;
}

export interface Interaction {
  interactionId: number;
  startTime: number;
  /** The longest of its entries: Chrome's latency for the interaction. */
  ms: number;
  entries: EventEntry[];
}

/**
 * The first interaction that starts at or after `since` (a timestamp in the page's clock, such as
 * the tap's pointerdown), from Event Timing entries: entries of no interaction are ignored, and
 * those of an earlier interaction too. Undefined when no entry of 16 ms or more was reported.
 */
export function interactionAfter(entries: readonly EventEntry[], since: number): Interaction | undefined {
  const byId = new Map<number, EventEntry[]>();
  for (const entry of entries) {
    if (entry.interactionId > 0) byId.set(entry.interactionId, [...(byId.get(entry.interactionId) ?? []), entry]);
  }
  const interactions = [...byId].map(([interactionId, mine]) => ({
    interactionId,
    startTime: Math.min(...mine.map((entry) => entry.startTime)),
    ms: Math.max(...mine.map((entry) => entry.duration)),
    entries: mine,
  }));
  // Event Timing coarsens timestamps a little; an interaction that starts with the tap is the tap's.
  return interactions
    .filter((interaction) => interaction.startTime >= since - 1)
    .sort((a, b) => a.startTime - b.startTime)[0];
}

export interface TapLatency {
  /** The tap's latency in ms: the longest Event Timing entry of its interaction, else 16. */
  ms: number;
  /** False when Event Timing reported nothing for it: the tap took under 16 ms, recorded as 16. */
  fromEventTiming: boolean;
}

/**
 * A tap's input-to-next-paint latency from Event Timing: its interaction's longest entry. With no
 * entry (every event of the tap under 16 ms, which Chrome does not report), the floor, 16 ms.
 */
export function tapLatency(entries: readonly EventEntry[], since: number): TapLatency {
  const interaction = interactionAfter(entries, since);
  return interaction
    ? { ms: interaction.ms, fromEventTiming: true }
    : { ms: EVENT_TIMING_FLOOR_MS, fromEventTiming: false };
}

/**
 * The slowest in-page input-to-next-frame time of the tap that started at `since`: its pointerdown,
 * pointerup and click (the first of each at or after `since`), or undefined when one of them has
 * not been painted yet.
 */
export function tapNextFrameMs(inputs: readonly InputRecord[], since: number): number | undefined {
  let slowest = 0;
  for (const type of TAP_EVENTS) {
    const input = inputs.find((candidate) => candidate.type === type && candidate.at >= since);
    if (!input || input.nextFrameMs < 0) return undefined;
    slowest = Math.max(slowest, input.nextFrameMs);
  }
  return slowest;
}

/**
 * Resolves once `check` (such as a `page.evaluate` of an expression) resolves to true, asking every
 * 50 ms; throws after `timeoutMs`. Not `page.waitForFunction`: it evaluates a string with `eval`,
 * which a page's Content-Security-Policy (ours) forbids, where `page.evaluate` is exempt.
 */
export async function until(check: () => Promise<unknown>, timeoutMs: number, what: string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() >= deadline) throw new Error(`${what}: not after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** When the `nth` tap (from 1) began: its pointerdown's timestamp, or NaN before it. */
export function tapStart(inputs: readonly InputRecord[], nth = 1): number {
  return inputs.filter((input) => input.type === 'pointerdown')[nth - 1]?.at ?? Number.NaN;
}

/**
 * Once the page has painted after the `nth` tap's click (see `answered`): reads the recorder until
 * Event Timing has reported that click, or `waitMs` has passed (a tap under 16 ms is never
 * reported), and returns what it holds and when the tap began.
 */
export async function tapReport(
  read: () => Promise<InputTiming>,
  nth = 1,
  waitMs = 250,
): Promise<{ recorded: InputTiming; since: number }> {
  const deadline = performance.now() + waitMs;
  for (;;) {
    const recorded = await read();
    const since = tapStart(recorded.inputs, nth);
    const reported = interactionAfter(recorded.events, since)?.entries.some((entry) => entry.name === 'click');
    if (reported || performance.now() >= deadline) return { recorded, since };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface Blocking {
  /** Long tasks, each over 50 ms. */
  count: number;
  longestMs: number;
  /** Total blocking time: what each long task goes over 50 ms by, summed. */
  totalBlockingMs: number;
}

/** The long tasks' count, the longest, and the total blocking time. */
export function blocking(tasks: readonly Pick<LongTask, 'duration'>[]): Blocking {
  const long = tasks.map((task) => task.duration).filter((ms) => ms > LONG_TASK_MS);
  return {
    count: long.length,
    longestMs: long.length ? Math.max(...long) : 0,
    totalBlockingMs: long.reduce((sum, ms) => sum + ms - LONG_TASK_MS, 0),
  };
}
