import { browser } from 'wxt/browser';

/**
 * A red that reads on light and dark toolbars: white text on it above 4.5:1 (WCAG 2.2, 1.4.3) and
 * the badge itself at 3:1 or more (WCAG 2.2, 1.4.11) against white and Firefox's light toolbar,
 * and against the dark toolbars of Chrome (#202124) and Firefox (#2B2A33). The former #B3261E
 * fell to 2.2:1 on Firefox's dark toolbar. Mid-grey toolbars (#35363A) get 2.6:1: no colour
 * can give white text 4.5:1 and such a toolbar 3:1 at once. tests/integration/badge.test.ts.
 */
export const BADGE_COLOUR = '#E0301E';
export const BADGE_TEXT_COLOUR = '#FFFFFF';

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
  await action.setBadgeTextColor?.({ color: BADGE_TEXT_COLOUR });
  await action.setBadgeText({ text });
}
