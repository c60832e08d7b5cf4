/**
 * Text damage: decoding bytes strictly, and finding and undoing mojibake (UTF-8 that was read as
 * Windows-1252 or Latin-1, such as `â€™` for `’` or `ðŸ¤ž` for `🤞`).
 */

/** Windows-1252 characters for bytes 0x80-0x9F (the rest of 0x80-0xFF are Latin-1). */
const CP1252_HIGH: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89,
  'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95,
  '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
}; // prettier-ignore

/** The byte a character stood for when UTF-8 was decoded as Windows-1252 or Latin-1, if any. */
function byteOf(char: string): number | undefined {
  const mapped = CP1252_HIGH[char];
  if (mapped !== undefined) return mapped;
  const code = char.charCodeAt(0);
  return char.length === 1 && code >= 0x80 && code <= 0xff ? code : undefined;
}

const CONTINUATION = `\\u0080-\\u00BF${Object.keys(CP1252_HIGH).join('')}`;
/** A UTF-8 lead byte (as a character) followed by one to three continuation bytes. */
const CANDIDATE = new RegExp(`[\\u00C2-\\u00F4][${CONTINUATION}]{1,3}`, 'gu');

// ignoreBOM keeps a byte-order mark in the text, so the checks can report it.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export interface Mojibake {
  /** Offset in the text. */
  index: number;
  /** The damaged characters, such as `â€™`. */
  found: string;
  /** What they were meant to be, such as `’`. */
  repaired: string;
}

/** UTF-8 sequence length announced by a lead byte. */
const sequenceLength = (lead: number) => (lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2);

/** Read `chars` as the bytes of exactly one UTF-8 character; undefined if they are not. */
function decodeSequence(chars: string[]): string | undefined {
  const bytes: number[] = [];
  for (const char of chars) {
    const byte = byteOf(char);
    if (byte === undefined) return undefined;
    bytes.push(byte);
  }
  try {
    const decoded = strictUtf8.decode(Uint8Array.from(bytes));
    return [...decoded].length === 1 ? decoded : undefined;
  } catch {
    return undefined;
  }
}

/** Every mojibake sequence in `text`, in order. */
export function findMojibake(text: string): Mojibake[] {
  const found: Mojibake[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const chars = [...match[0]];
    // A candidate may run longer than the sequence its lead byte announces: use just that much.
    const sequence = chars.slice(0, sequenceLength(byteOf(chars[0]!)!));
    const repaired = decodeSequence(sequence);
    if (repaired !== undefined) found.push({ index: match.index, found: sequence.join(''), repaired });
  }
  return found;
}

/**
 * Undo mojibake, repeating for text that was damaged more than once, and stopping when nothing
 * more decodes. Only sequences that decode to valid UTF-8 are touched.
 */
export function repairMojibake(text: string): { text: string; repairs: number } {
  let repairs = 0;
  let current = text;
  for (let round = 0; round < 3; round++) {
    const found = findMojibake(current);
    if (found.length === 0) break;
    let out = '';
    let last = 0;
    for (const item of found) {
      out += current.slice(last, item.index) + item.repaired;
      last = item.index + item.found.length;
    }
    current = out + current.slice(last);
    repairs += found.length;
  }
  return { text: current, repairs };
}

export type Decoded = { ok: true; text: string } | { ok: false; offset: number; reason: string };

/** Decode bytes as UTF-8, refusing invalid sequences and other encodings instead of guessing. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, offset: 0, reason: 'the file is UTF-16: save it as UTF-8' };
  }
  try {
    return { ok: true, text: strictUtf8.decode(bytes) };
  } catch {
    // Find the first bad byte, for the finding's position.
    let offset = 0;
    for (let end = Math.min(bytes.length, 64); ; end = Math.min(bytes.length, end * 2)) {
      try {
        // A fresh decoder each time: a streaming call leaves a shared decoder mid-stream, which
        // would carry bytes and BOM state over into the next file it decodes.
        new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, end), { stream: true });
        if (end === bytes.length) break;
      } catch {
        offset = firstInvalidByte(bytes.subarray(0, end));
        break;
      }
    }
    return { ok: false, offset, reason: 'the file is not valid UTF-8: save it as UTF-8' };
  }
}

function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b >= 0x80 && (b < 0xc2 || b > 0xf4)) return i;
    const length = b < 0x80 ? 1 : sequenceLength(b);
    try {
      strictUtf8.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return i;
}
