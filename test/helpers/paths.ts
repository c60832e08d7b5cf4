import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

/** The repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const fixture = (...parts: string[]) => join(FIXTURES, ...parts);
