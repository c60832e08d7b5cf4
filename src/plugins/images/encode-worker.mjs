/**
 * One encoding thread: receives {id, job: {source, width, outputs: [{file, format, options}]}},
 * decodes the source once at that width (turned upright by its EXIF orientation, which the
 * encoded files then drop), writes each output under a temporary name and renames it into place
 * (so an interrupted build never leaves half a file), answers {id} or {id, error}.
 * Plain JavaScript so worker threads load it without a TypeScript loader.
 */
import { parentPort, threadId } from 'node:worker_threads';
import { renameSync } from 'node:fs';
import sharp from 'sharp';

// Two encoding threads on two cores, each with its own libvips thread.
sharp.concurrency(1);

// Named so the build bench can count the encoding's CPU time apart from the bundling beside it.
try {
  const { writeFileSync } = await import('node:fs');
  writeFileSync('/proc/thread-self/comm', 'sde-picture');
} catch {
  // Not Linux: the name only serves the bench.
}

parentPort?.on('message', async ({ id, job }) => {
  try {
    // Decoded and resized once; each format encodes the same pixels.
    const { data, info } = await sharp(job.source, { failOn: 'error' })
      .rotate()
      .resize({ width: job.width, withoutEnlargement: true })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const raw = { width: info.width, height: info.height, channels: info.channels };
    for (const output of job.outputs) {
      const temporary = `${output.file}.${process.pid}-${threadId}.tmp`;
      await sharp(data, { raw }).toFormat(output.format, output.options).toFile(temporary);
      renameSync(temporary, output.file);
    }
    parentPort?.postMessage({ id });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
