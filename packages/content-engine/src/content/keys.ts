/**
 * Keys of tags.yml and authors.yml as people type them: folding spellings together, finding the
 * key a spelling names, and "did you mean" for one that names none. The checks, the importer and
 * the scaffolder all match keys through this module.
 */

/**
 * The key a spelling folds to: case, accents, spaces, underscores and repeated or outer hyphens
 * do not matter. `  Café_Au  Lait ` -> `cafe-au-lait`, `Project Management` -> `project-management`.
 */
export function foldKey(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Folded, then letters and digits only: `PM_Tools`, `pm tools` and `pmtools` all read `pmtools`. */
const squashKey = (value: string) => foldKey(value).replace(/[^a-z0-9]/g, '');

/**
 * The key `value` names among `entries` (key, label or name): exactly, then folded, then squashed.
 * Undefined when it names none.
 */
export function findKey(
  value: string,
  entries: readonly (readonly [key: string, label: string])[],
): string | undefined {
  const folded = foldKey(value);
  const squashed = squashKey(value);
  return (
    entries.find(([key]) => key === value)?.[0] ??
    entries.find(([key, label]) => key === folded || foldKey(label) === folded)?.[0] ??
    entries.find(([key, label]) => squashKey(key) === squashed || squashKey(label) === squashed)?.[0]
  );
}

/** Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** The known key `value` most likely stands for, or undefined when none is close. */
export function closest(value: string, known: ReadonlySet<string> | readonly string[]): string | undefined {
  const normalised = foldKey(value);
  if ('has' in known ? known.has(normalised) : known.includes(normalised)) return normalised;
  const limit = Math.max(1, Math.min(3, Math.floor(normalised.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  const counts = characterCounts(normalised);
  for (const candidate of known) {
    // Cheap lower bounds first, so most of a large route list is ruled out without the full
    // distance: the length difference, then half the characters the two do not share.
    if (Math.abs(candidate.length - normalised.length) >= bestDistance) continue;
    if (unsharedCharacters(counts, candidate) >= 2 * bestDistance) continue;
    const distance = editDistance(normalised, candidate, bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

export const didYouMean = (value: string | undefined) => (value ? `did you mean "${value}"?` : undefined);

function characterCounts(value: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  return counts;
}

/** How many characters of `candidate` and of the counted value have no partner in the other. */
function unsharedCharacters(counts: Map<string, number>, candidate: string): number {
  const left = new Map(counts);
  let unmatched = 0;
  for (const char of candidate) {
    const n = left.get(char) ?? 0;
    if (n > 0) left.set(char, n - 1);
    else unmatched++;
  }
  for (const n of left.values()) unmatched += n;
  return unmatched;
}
