/**
 * The navbar's search box on pages that never hydrate: the build's form (rendered by
 * src/theme/SearchBar/SearchBox.tsx) made into the same ARIA 1.2 combobox the React box is, with
 * the same behaviour from src/lib/search-box.ts. Nothing search-related is fetched until the
 * reader points at, touches or focuses the box; what they typed before this code ran is searched
 * when it starts.
 *
 * Listeners are on the document, so starting costs nothing but a glance at the box; a box's state
 * is set up the first time the reader reaches for it.
 */
import { loadSearch, preload, search, searchPageHref, type SearchConfig, type SearchHit } from '../lib/search-client';
import {
  allResultsLabel,
  createQueryRunner,
  fromDataAttribute,
  optionId,
  popupMessage,
  statusText,
  stepActive,
  DATA_ATTRIBUTE,
  IDLE,
  type QueryRunner,
  type SearchBoxClasses,
  type SearchBoxState,
} from '../lib/search-box';

const FORM = `form[${DATA_ATTRIBUTE}]`;
const NO_HITS: readonly SearchHit[] = [];

interface Parts {
  form: HTMLFormElement;
  input: HTMLInputElement;
  popup: HTMLElement;
  list: HTMLElement;
  status: HTMLElement;
}

/** One box: its parts, its state, and the DOM kept in step with that state. */
class Box {
  private state: SearchBoxState = IDLE;
  private open = false;
  private active = -1;
  /** The hits the listbox shows, so it is rebuilt only when they change. */
  private shown: unknown;
  private message: HTMLElement | undefined;
  private all: HTMLAnchorElement | undefined;
  private rendering = false;
  private stale = false;
  private readonly runner: QueryRunner;

  constructor(
    private readonly parts: Parts,
    private readonly config: SearchConfig,
    private readonly classes: SearchBoxClasses,
  ) {
    this.runner = createQueryRunner(
      { search: (query, count) => search(config, query, count), preload: (query) => preload(config, query) },
      (change) => {
        this.state = change(this.state);
        this.render();
      },
    );
  }

  /** Loads Pagefind; a failure shows when a query runs, which asks again. */
  load(): void {
    void loadSearch(this.config).catch(() => {});
  }

  private get hits(): readonly SearchHit[] {
    return this.state.status === 'done' ? this.state.hits : NO_HITS;
  }

  run(raw: string): void {
    this.active = -1;
    this.runner.run(raw);
    this.render();
  }

  setOpen(open: boolean): void {
    this.open = open;
    this.render();
  }

  setActive(index: number): void {
    if (index === this.active) return;
    this.active = index;
    this.render();
    if (index >= 0) document.getElementById(optionId(index))?.scrollIntoView({ block: 'nearest' });
  }

  /** Leaves for `url`, leaving the box empty and closed (as the page is kept in the back-forward cache). */
  go(url: string): void {
    const { input } = this.parts;
    this.open = false;
    input.value = '';
    this.run('');
    input.blur();
    location.assign(url);
  }

  contains(node: EventTarget | null): boolean {
    return node instanceof Node && this.parts.form.contains(node);
  }

  /** The search page's URL for `query`. */
  allResults(query: string): string {
    return searchPageHref(this.config, query);
  }

  onKeyDown(event: KeyboardEvent): void {
    const { key } = event;
    if (key === 'ArrowDown' || key === 'ArrowUp') {
      event.preventDefault();
      this.setOpen(true);
      if (this.hits.length > 0) this.setActive(stepActive(this.active, this.hits.length, key));
    } else if (key === 'Escape') {
      if (this.open) {
        // A search input would also clear itself.
        event.preventDefault();
        this.setOpen(false);
      } else {
        this.parts.input.value = '';
        this.run('');
      }
    }
  }

  onSubmit(event: Event): void {
    event.preventDefault();
    const chosen = this.hits[this.active];
    const query = this.parts.input.value.trim();
    if (chosen) this.go(chosen.url);
    else if (query) this.go(this.allResults(query));
  }

  /** The option under the pointer, by its index, for mouse moves and clicks. */
  optionIndex(target: EventTarget | null): number {
    const option = target instanceof Element ? target.closest('[role="option"]') : null;
    return option && this.parts.list.contains(option)
      ? Array.prototype.indexOf.call(this.parts.list.children, option)
      : -1;
  }

  /** A click on an option opens it; one on the link to the search page opens that. */
  onClick(event: MouseEvent): void {
    const target = event.target as Element;
    const url = this.hits[this.optionIndex(target)]?.url;
    if (url) this.go(url);
    else if (this.all?.contains(target)) {
      event.preventDefault();
      this.go(this.all.href);
    }
  }

  /**
   * Brings the DOM in step with the state. Removing the focused link to the search page blurs it
   * then and there, and the blur closes the popup, which renders again: that render waits for
   * this one to finish, and then runs.
   */
  private render(): void {
    if (this.rendering) {
      this.stale = true;
      return;
    }
    this.rendering = true;
    try {
      do {
        this.stale = false;
        this.paint();
      } while (this.stale);
    } finally {
      this.rendering = false;
    }
  }

  private paint(): void {
    const { input, popup, list, status } = this.parts;
    const { state, classes } = this;
    const hits = this.hits;
    const showPopup = this.open && state.status !== 'idle';
    const active = this.active >= 0 && this.active < hits.length ? this.active : -1;

    if (this.shown !== hits) {
      this.shown = hits;
      list.replaceChildren(
        ...hits.map((hit, index) => {
          const option = document.createElement('li');
          option.id = optionId(index);
          option.setAttribute('role', 'option');
          const title = document.createElement('span');
          title.className = classes.title;
          title.textContent = hit.title;
          const excerpt = document.createElement('span');
          excerpt.className = classes.excerpt;
          // Pagefind's excerpt: escaped text but for its <mark>s, as the React box shows it.
          excerpt.innerHTML = hit.excerpt;
          option.append(title, excerpt);
          return option;
        }),
      );
    }
    Array.prototype.forEach.call(list.children, (option: Element, index: number) => {
      option.setAttribute('aria-selected', String(index === active));
      option.className = index === active ? `${classes.option} ${classes.active}` : classes.option;
    });

    input.setAttribute('aria-expanded', String(showPopup && hits.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', optionId(active));
    else input.removeAttribute('aria-activedescendant');
    popup.hidden = !showPopup;

    const message = popupMessage(state);
    if (message) {
      this.message ??= Object.assign(document.createElement('p'), { className: classes.message });
      this.message.textContent = message;
      list.after(this.message);
    } else this.message?.remove();

    const label = allResultsLabel(state);
    if (label && state.status === 'done') {
      this.all ??= Object.assign(document.createElement('a'), { className: classes.all });
      this.all.href = this.allResults(state.query);
      this.all.textContent = label;
      popup.append(this.all);
    } else this.all?.remove();

    const announced = statusText(state, this.open);
    if (status.textContent !== announced) status.textContent = announced;
  }
}

const boxes = new WeakMap<HTMLFormElement, Box | null>();

/** The box `target` is in, set up on first use; undefined outside a box or for markup it does not know. */
function boxOf(target: EventTarget | null): Box | undefined {
  const form = target instanceof Element ? target.closest<HTMLFormElement>(FORM) : null;
  if (!form) return undefined;
  let box = boxes.get(form);
  if (box === undefined) {
    const data = fromDataAttribute(form.getAttribute(DATA_ATTRIBUTE));
    const input = form.querySelector<HTMLInputElement>('input[role="combobox"]');
    const list = input && document.getElementById(input.getAttribute('aria-controls') ?? '');
    const popup = list?.parentElement;
    const status = form.querySelector<HTMLElement>('[role="status"]');
    box =
      data && input && list && popup && status
        ? new Box({ form, input, popup, list, status }, data.config, data.classes)
        : null;
    boxes.set(form, box);
  }
  return box ?? undefined;
}

const isInput = (target: EventTarget | null) =>
  target instanceof HTMLInputElement && target.matches('[role="combobox"]');

/** Reaching for the box (pointing, touching, focusing) starts loading Pagefind. */
function onReach(event: Event): void {
  const box = boxOf(event.target);
  if (!box) return;
  box.load();
  if (event.type === 'focusin' && isInput(event.target)) box.setOpen(true);
}

/** Focus leaving the form closes the popup; moving within it (to the link, say) does not. */
function onFocusOut(event: FocusEvent): void {
  const box = boxOf(event.target);
  if (box && !box.contains(event.relatedTarget)) box.setOpen(false);
}

function onInput(event: Event): void {
  if (!isInput(event.target)) return;
  const box = boxOf(event.target);
  if (!box) return;
  box.setOpen(true);
  box.run((event.target as HTMLInputElement).value);
}

function onKeyDown(event: KeyboardEvent): void {
  if (isInput(event.target)) boxOf(event.target)?.onKeyDown(event);
}

function onSubmit(event: SubmitEvent): void {
  boxOf(event.target)?.onSubmit(event);
}

/** A press on an option keeps the focus in the input (the option is chosen on click). */
function onMouseDown(event: MouseEvent): void {
  const box = boxOf(event.target);
  if (box && box.optionIndex(event.target) >= 0) event.preventDefault();
}

function onMouseMove(event: MouseEvent): void {
  const box = boxOf(event.target);
  const index = box ? box.optionIndex(event.target) : -1;
  if (box && index >= 0) box.setActive(index);
}

function onClick(event: MouseEvent): void {
  boxOf(event.target)?.onClick(event);
}

export function start(): void {
  const passive = { passive: true };
  document.addEventListener('pointerover', onReach, passive);
  document.addEventListener('touchstart', onReach, passive);
  document.addEventListener('focusin', onReach);
  document.addEventListener('focusout', onFocusOut);
  document.addEventListener('input', onInput);
  document.addEventListener('keydown', onKeyDown);
  document.addEventListener('submit', onSubmit);
  document.addEventListener('mousedown', onMouseDown);
  document.addEventListener('mousemove', onMouseMove, passive);
  document.addEventListener('click', onClick);

  // What the reader did in the box before this ran: focused it, typed into it, or both.
  const input = document.querySelector<HTMLInputElement>(`${FORM} input[role="combobox"]`);
  if (!input) return;
  const focused = document.activeElement === input;
  if (!focused && !input.value.trim()) return;
  const box = boxOf(input);
  if (!box) return;
  if (focused) box.load();
  if (input.value.trim()) box.run(input.value);
  box.setOpen(focused);
}
