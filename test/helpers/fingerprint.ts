/** Fingerprints of folders, so a test can prove a command changed nothing it should not. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `dir` with the sha256 of its bytes. */
export function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const child = join(path, entry.name);
      if (entry.isDirectory()) walk(child);
      else out[relative(dir, child)] = createHash('sha256').update(readFileSync(child)).digest('hex');
    }
  };
  walk(dir);
  return out;
}
