import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badge } from '../../lib/app/badge';

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

  it('uses the dark red badge colour', async () => {
    await badge(2);
    // #B3261E = rgb(179, 38, 30), opaque.
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([179, 38, 30, 255]);
  });

  it('clears the text once nothing is overdue any more', async () => {
    await badge(3);
    await badge(0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});
