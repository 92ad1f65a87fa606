import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_COLOUR, BADGE_TEXT_COLOUR, badge } from '../../lib/app/badge';

describe('badge', () => {
  it.each([
    [0, ''],
    [1, '1'],
    [12, '12'],
    [150, '99+'],
  ])('%i overdue → badge text "%s"', async (count, text) => {
    await badge(count);
    expect(await fakeBrowser.action.getBadgeText({})).toBe(text);
  });

  it('uses the red badge colour with white text', async () => {
    await badge(2);
    // #E0301E = rgb(224, 48, 30), opaque.
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([224, 48, 30, 255]);
    expect(await fakeBrowser.action.getBadgeTextColor({})).toBe('#FFFFFF');
  });

  it('clears the text once nothing is overdue any more', async () => {
    await badge(3);
    await badge(0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});

/** WCAG 2.2 contrast ratio (relative luminance of sRGB colours, "Understanding SC 1.4.3"). */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('badge colours', () => {
  it('checks contrast the WCAG way (black on white is 21:1, a colour on itself 1:1)', () => {
    expect(contrast('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrast('#E0301E', '#E0301E')).toBe(1);
  });

  it('keeps the count readable: white text on the badge at 4.5:1 or more (WCAG 1.4.3)', () => {
    expect(contrast(BADGE_TEXT_COLOUR, BADGE_COLOUR)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    ['white (Chrome light)', '#FFFFFF'],
    ['Firefox light', '#F9F9FB'],
    ['Chrome dark', '#202124'],
    ['Firefox dark', '#2B2A33'],
  ])('stands out at 3:1 or more on a %s toolbar (WCAG 1.4.11)', (_, toolbar) => {
    expect(contrast(BADGE_COLOUR, toolbar)).toBeGreaterThanOrEqual(3);
  });
});
