/** The dev bench's table: each figure for ours and stock at each size, medians and ratios. */
import { describe, expect, it } from 'vitest';
import { devRows, type DevRun } from '../../scripts/bench/dev';

const run = (side: DevRun['side'], extra: Partial<DevRun>): DevRun => ({
  side,
  posts: 3,
  startMs: 10_000,
  editMs: [],
  peakRssBytes: 0,
  ...extra,
});

describe('devRows', () => {
  const rows = devRows([
    run('ours', {
      startMs: 8_000,
      editMs: [400, 900, 300, 500, 450],
      peakRssBytes: 600 * 1024 ** 2,
      noticeMs: 700,
      noticeAfterEditMs: 100,
    }),
    run('stock', { startMs: 10_000, editMs: [800, 850, 900, 1_000, 700], peakRssBytes: 400 * 1024 ** 2 }),
  ]);
  const row = (prefix: string) => rows.find((each) => String(each.figure).startsWith(prefix))!;

  it('gives the median and the max of the edits, in seconds, and ours/stock', () => {
    expect(row('save until the edit shows, median')).toMatchObject({
      ours: '0.45',
      stock: '0.85',
      'ours/stock': '0.53',
    });
    expect(row('save until the edit shows, max')).toMatchObject({ ours: '0.90', stock: '1.00' });
    expect(row('start')).toMatchObject({ ours: '8.00', stock: '10.00', 'ours/stock': '0.80' });
    expect(row('peak memory')).toMatchObject({ ours: '600', stock: '400', 'ours/stock': '1.50' });
  });

  it('shows a dash where stock has no notice, or a side never got that far', () => {
    expect(row('save with a broken link')).toMatchObject({ ours: '0.70', stock: '–', 'ours/stock': '–' });
    const failed = devRows([run('ours', { startMs: NaN })]);
    expect(failed.find((each) => String(each.figure).startsWith('start'))).toMatchObject({ ours: '–', stock: '–' });
  });
});
