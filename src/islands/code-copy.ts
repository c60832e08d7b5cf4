/**
 * A copy button for each code block on pages that never hydrate. The build's block is highlighted
 * already and has no buttons (the theme renders them in the browser only, with React and Prism);
 * this adds one that copies what the theme's copies, and looks and answers like it. Prism never
 * loads here.
 *
 * Buttons are added when the browser is idle, and at once for a block the reader points at,
 * touches or focuses first, so a keyboard user tabbing from the code always finds the button next.
 * The button group is positioned over the block, so adding it moves nothing on the page.
 */
import {
  codeText,
  CODE_BUTTONS_CLASS,
  CODE_COPIED_CLASS,
  CODE_COPY_CLASS,
  COPIED_LABEL,
  COPIED_MS,
  COPY_LABEL,
  COPY_TITLE,
} from '../lib/code-copy';

/** A block the theme highlights (a string of code): its lines are `.token-line`s inside `pre > code`. */
const BLOCK = 'div.theme-code-block';
const ICON = (className: string, path: string) =>
  `<svg viewBox="0 0 24 24" class="${className}"><path fill="currentColor" d="${path}"/></svg>`;
/** The theme's icons (theme-classic's Icon/Copy and Icon/Success). */
const ICONS =
  ICON(
    'sde-code-copy__icon',
    'M19,21H8V7H19M19,5H8A2,2 0 0,0 6,7V21A2,2 0 0,0 8,23H19A2,2 0 0,0 21,21V7A2,2 0 0,0 19,5M16,1H4A2,2 0 0,0 2,3V17H4V3H16V1Z',
  ) + ICON('sde-code-copy__done', 'M21,7L9,19L3.5,13.5L4.91,12.09L9,16.17L19.59,5.59L21,7Z');

/** Gives `block` its button, unless it has one (the theme's, too) or holds no lines of code. */
function addButton(block: Element): void {
  const pre = block.querySelector('pre');
  if (!pre?.parentElement || block.querySelector('button') || !pre.querySelector('.token-line')) return;
  const group = document.createElement('div');
  group.className = CODE_BUTTONS_CLASS;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `clean-btn ${CODE_COPY_CLASS}`;
  button.title = COPY_TITLE;
  button.setAttribute('aria-label', COPY_LABEL);
  const icons = document.createElement('span');
  icons.className = 'sde-code-copy__icons';
  icons.setAttribute('aria-hidden', 'true');
  icons.innerHTML = ICONS;
  button.append(icons);
  group.append(button);
  pre.after(group);
}

function addButtons(): void {
  document.querySelectorAll(BLOCK).forEach(addButton);
}

/** Copies `text`; where the Clipboard API is missing (a page served over plain HTTP), the old way. */
async function copyText(text: string): Promise<void> {
  if (navigator.clipboard) return navigator.clipboard.writeText(text);
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  if (!copied) throw new Error('copy refused');
}

const timers = new WeakMap<Element, ReturnType<typeof setTimeout>>();

function copied(button: HTMLButtonElement): void {
  clearTimeout(timers.get(button));
  button.classList.add(CODE_COPIED_CLASS);
  button.setAttribute('aria-label', COPIED_LABEL);
  timers.set(
    button,
    setTimeout(() => {
      button.classList.remove(CODE_COPIED_CLASS);
      button.setAttribute('aria-label', COPY_LABEL);
    }, COPIED_MS),
  );
}

function onClick(event: MouseEvent): void {
  const button =
    event.target instanceof Element ? event.target.closest<HTMLButtonElement>(`.${CODE_COPY_CLASS}`) : null;
  const block = button?.closest(BLOCK);
  if (!button || !block) return;
  const lines = Array.from(block.querySelectorAll('pre .token-line'), (line) => line.textContent ?? '');
  // As the theme's button, a failure is left unhandled, for error reporting to see.
  void copyText(codeText(lines)).then(() => copied(button));
}

/** The reader reaching for a block gets its button at once, before the idle pass. */
function onReach(event: Event): void {
  const block = event.target instanceof Element ? event.target.closest(BLOCK) : null;
  if (block) addButton(block);
}

export function start(): void {
  document.addEventListener('click', onClick);
  document.addEventListener('pointerover', onReach, { passive: true });
  document.addEventListener('touchstart', onReach, { passive: true });
  document.addEventListener('focusin', onReach);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(addButtons, { timeout: 2000 });
  else setTimeout(addButtons, 200);
}
