import { describe, expect, it } from 'vitest';
import { LinkState, type LinkResult } from 'linkinator';
import { classify } from '../../scripts/links/built-links';

const ORIGIN = 'http://127.0.0.1:4000';
const link = (url: string, state: LinkState, status?: number): LinkResult => ({
  url,
  state,
  status,
  parent: `${ORIGIN}/blog`,
});

describe('classify', () => {
  it('counts checked links and ignores skipped ones', () => {
    const report = classify(
      [link(`${ORIGIN}/a`, LinkState.OK, 200), link('https://example.org/', LinkState.SKIPPED)],
      ORIGIN,
    );
    expect(report).toEqual({ broken: [], unreachable: [], checked: 1 });
  });

  it('reports a broken internal link with the page it is on', () => {
    const report = classify([link(`${ORIGIN}/gone`, LinkState.BROKEN, 404)], ORIGIN);
    expect(report.broken).toEqual([{ url: `${ORIGIN}/gone`, status: 404, page: `${ORIGIN}/blog` }]);
  });

  it('calls an external link that could not be reached unreachable, not broken', () => {
    const report = classify([link('https://offline.example/', LinkState.BROKEN, 0)], ORIGIN);
    expect(report.unreachable).toHaveLength(1);
    expect(report.broken).toHaveLength(0);
  });

  it('calls an external link that answered with an error broken', () => {
    const report = classify([link('https://example.org/missing', LinkState.BROKEN, 404)], ORIGIN);
    expect(report.broken).toHaveLength(1);
  });

  it('never calls an internal failure unreachable: the local server must answer', () => {
    const report = classify([link(`${ORIGIN}/x`, LinkState.BROKEN, 0)], ORIGIN);
    expect(report.broken).toHaveLength(1);
    expect(report.unreachable).toHaveLength(0);
  });
});
