import { browser } from 'wxt/browser';

/** A dark red that keeps white text at a contrast above 4.5:1 (WCAG 2.2, 1.4.3). */
export const BADGE_COLOUR = '#B3261E';

/**
 * Shows how many requests are overdue on the toolbar icon; no text at all when none is, so the
 * icon only speaks up when the user has something to do.
 */
export async function badge(overdue: number): Promise<void> {
  const text = overdue > 0 ? (overdue > 99 ? '99+' : String(overdue)) : '';
  // MV3 has `action`; the Firefox MV2 build has only `browserAction` (same badge methods).
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeBackgroundColor({ color: BADGE_COLOUR });
  // setBadgeTextColor: Chrome 110+, Firefox 63+; older browsers keep their default (white).
  await action.setBadgeTextColor?.({ color: '#FFFFFF' });
  await action.setBadgeText({ text });
}
