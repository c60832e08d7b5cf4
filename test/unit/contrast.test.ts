import { describe, expect, it } from 'vitest';
import { themes } from 'prism-react-renderer';
import { accessiblePrismTheme, contrastRatio, parseColor, withContrast } from '../../src/config/contrast';

describe('code theme contrast', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio(parseColor('#777')!, parseColor('#fff')!)).toBeCloseTo(4.48, 2);
  });

  it('keeps colours that already pass and darkens or lightens those that do not', () => {
    expect(withContrast('#393A34', '#f6f8fa')).toBe('#393A34');
    const darker = withContrast('#999988', '#f6f8fa');
    expect(contrastRatio(parseColor(darker)!, parseColor('#f6f8fa')!)).toBeGreaterThanOrEqual(4.5);
    const lighter = withContrast('rgb(98, 114, 164)', '#282A36');
    expect(contrastRatio(parseColor(lighter)!, parseColor('#282A36')!)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(['github', 'dracula'] as const)('leaves no token of %s under 4.5:1', (name) => {
    const theme = accessiblePrismTheme(themes[name]);
    const bg = parseColor(theme.plain.backgroundColor!)!;
    for (const { style } of theme.styles) {
      if (style.color) expect(contrastRatio(parseColor(style.color)!, bg)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
