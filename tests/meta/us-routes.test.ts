import { describe, expect, it } from 'vitest';
import type { TrackedRequest } from '../../lib/deadlines/schema';
import { usComplaintRoute } from '../../lib/legal/us-agencies.data';
import { US_STATE_LAWS, usLawId } from '../../lib/legal/us-states.data';
import { LETTERS } from '../../lib/letters/registry';
import { renderComplaint } from '../../lib/letters/render-complaint';
import { renderFollowUp } from '../../lib/letters/render-follow-up';
import type { Law } from '../../lib/shared/law';

/**
 * Issue 13: US follow-ups name the Act's appeal and its period, complaints go to the state's
 * Attorney General (California: the CPPA) — every period and citation read off the catalogue.
 */
const US_LAWS: Law[] = ['ccpa', ...US_STATE_LAWS.map((l) => usLawId(l.state))];
const LANGUAGES = Object.keys(LETTERS).filter((l) => LETTERS[l]?.escalation);

function request(law: Law, language = 'en'): TrackedRequest {
  return {
    id: 'r',
    site: 'https://shop.example',
    controller: 'Shop Inc',
    recipient: 'privacy@shop.example',
    channel: { kind: 'email' },
    right: 'access',
    law,
    language,
    country: 'US',
    sentDate: '2026-03-02',
    events: [],
  };
}

describe('US complaint routes', () => {
  it.each(US_STATE_LAWS.map((l) => [usLawId(l.state), l] as const))(
    '%s: the appeal of the catalogue, or none',
    (law, state) => {
      const route = usComplaintRoute(law);
      expect(route?.agency).toMatch(/Attorney General|Department of Justice|Division/);
      if (state.appeal) {
        expect(route?.appeal).toEqual({ ...state.appeal, citation: state.sections.appeal });
        expect(route?.citation).toBe(state.sections.appeal);
      } else {
        expect(route?.appeal).toBeUndefined();
      }
    },
  );

  it('California: the CPPA, which the CCPA gives no appeal before', () => {
    expect(usComplaintRoute('ccpa')).toEqual({
      agency: 'California Privacy Protection Agency',
      website: 'https://cppa.ca.gov/',
      // The Agency's complaint form, not its home page (issue 13: complaint links).
      complaintUrl: 'https://cppa.ca.gov/webapplications/complaint',
      citation: 'Cal. Civ. Code §1798.199.45',
    });
  });

  it.each(['gdpr', 'uk-gdpr', 'lgpd', 'us-none'] as const)('%s: none', (law) => {
    expect(usComplaintRoute(law)).toBeUndefined();
  });
});

describe('US follow-ups and complaints state the appeal and the office from the catalogue', () => {
  it.each(US_LAWS)('%s (English)', (law) => {
    const route = usComplaintRoute(law);
    if (!route) {
      throw new Error(`no route for ${law}`);
    }
    const followUp = renderFollowUp(request(law), '2026-06-01', 'en').body;
    const complaint = renderComplaint(request(law), '2026-06-01', 'en');
    expect(followUp).toContain(route.agency);
    expect(complaint.authority?.name).toBe(route.agency);
    expect(complaint.authority?.complaintUrl).toBe(route.complaintUrl);
    for (const text of [followUp, complaint.body]) {
      expect(text).toContain(`(${route.citation})`);
      if (route.appeal) {
        expect(text).toContain(`within ${route.appeal.days} days of receipt`);
        const extension = route.appeal.extension;
        expect(text.includes(`(extendable by ${extension} days)`)).toBe(extension !== undefined);
      } else {
        // No appeal in the Act (Utah, the CCPA): none is promised, no appeal period stated.
        expect(text).not.toMatch(/appeal/i);
      }
    }
  });

  it.each(LANGUAGES)(
    'Colorado in %s: 45 days, extendable by 60, the subsection, the office',
    (language) => {
      const followUp = renderFollowUp(request('us-co', language), '2026-06-01', language).body;
      const complaint = renderComplaint(request('us-co', language), '2026-06-01', language, {
        language,
      });
      // The follow-up names the office; the complaint is addressed to it.
      expect(followUp).toContain('Colorado Attorney General');
      expect(complaint.authority?.name).toBe('Colorado Attorney General');
      for (const text of [followUp, complaint.body]) {
        expect(text).toMatch(/\b45\b/);
        expect(text).toMatch(/\b60\b/);
        expect(text).toContain('C.R.S. §6-1-1306(3)');
        expect(text).not.toContain('{');
      }
    },
  );
});
