/**
 * npm run headers [-- --dir build]: the post-build step that writes build/_headers. It runs after
 * `docusaurus build` rather than inside it, so it sees every page, redirect pages included.
 */
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeHeadersFile, HEADERS_FILE } from './headers';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'build' } } });
if (!existsSync(join(values.dir, 'index.html'))) {
  console.error(`headers: no build in ${values.dir}/: run npm run build first`);
  process.exitCode = 2;
} else {
  const headers = writeHeadersFile(values.dir);
  const hashes = headers['Content-Security-Policy']!.match(/'sha256-/g)?.length ?? 0;
  console.log(
    `wrote ${join(values.dir, HEADERS_FILE)}: ${Object.keys(headers).length} headers, ${hashes} inline script hashes`,
  );
}
