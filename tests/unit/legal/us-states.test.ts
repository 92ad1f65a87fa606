import { describe, expect, it } from 'vitest';
import { rightsOf } from '../../../lib/legal/catalogue.data';
import { chooseLaw, type LawChoiceInput } from '../../../lib/rights-requests/choose-law';
import { replyDeadline } from '../../../lib/legal/reply-deadline';
import { renderLetter } from '../../../lib/letters/render-request';
import { NO_FACTS } from '../../../lib/rights-requests/schema';
import type { Law } from '../../../lib/shared/law';
import { parseLaw } from '../../../lib/shared/law';
import { US_LETTER_FACTS } from '../../fixtures/requests/us-states';

const letter = (
  law: Law,
  right: Parameters<typeof renderLetter>[0]['right'],
  today = '2026-12-01',
) => renderLetter({ law, right, language: 'en', facts: NO_FACTS, profile: {}, today });

describe('the law of a US resident comes from their state (issue 13, item 5)', () => {
  it.each<[string, LawChoiceInput, Law, string]>([
    [
      'Texan, US business',
      { controllerCountry: 'US', residence: 'US-TX', today: '2026-12-01' },
      'us-tx',
      'req_why_law_residence',
    ],
    [
      'Californian, US business',
      { controllerCountry: 'US', residence: 'US-CA', today: '2026-12-01' },
      'ccpa',
      'req_why_law_residence',
    ],
    // Washington has no comprehensive privacy law: a request that claims no statute.
    [
      'Washingtonian',
      { controllerCountry: 'US', residence: 'US-WA', today: '2026-12-01' },
      'us-none',
      'req_why_law_no_state_law',
    ],
    // Indiana's Act applies from 1 Jan 2026 (Ind. Code art. 24-15): not the day before.
    [
      'Hoosier on 31 Dec 2025',
      { controllerCountry: 'US', residence: 'US-IN', today: '2025-12-31' },
      'us-none',
      'req_why_law_not_in_force',
    ],
    [
      'Hoosier on 1 Jan 2026',
      { controllerCountry: 'US', residence: 'US-IN', today: '2026-01-01' },
      'us-in',
      'req_why_law_residence',
    ],
    [
      'Kentuckian on 31 Dec 2025',
      { controllerCountry: 'US', residence: 'US-KY', today: '2025-12-31' },
      'us-none',
      'req_why_law_not_in_force',
    ],
    [
      'Rhode Islander on 1 Jan 2026',
      { controllerCountry: 'US', residence: 'US-RI', today: '2026-01-01' },
      'us-ri',
      'req_why_law_residence',
    ],
    // Before this fix every US user got the CCPA: now an unknown state claims nothing.
    [
      'US user, state unknown',
      { controllerCountry: 'US', userCountry: 'US' },
      'us-none',
      'req_why_law_us_no_state',
    ],
    [
      'US business, nothing known of the user',
      { controllerCountry: 'US' },
      'us-none',
      'req_why_law_us_no_state',
    ],
    [
      '.com site, Texan',
      { domain: 'shop.com', residence: 'US-TX', today: '2026-12-01' },
      'us-tx',
      'req_why_law_residence',
    ],
    // The GDPR reaches an EU controller whoever the user is (Art. 3(1)).
    [
      'Texan, French business',
      { controllerCountry: 'FR', residence: 'US-TX', today: '2026-12-01' },
      'gdpr',
      'req_why_law_address',
    ],
    // A resident of France: their law, not a US one (GDPR Art. 3(2)).
    [
      'French resident, US business',
      { controllerCountry: 'US', residence: 'FR', today: '2026-12-01' },
      'gdpr',
      'req_why_law_user_outside',
    ],
  ])('%s', (_, input, law, reason) => {
    const choice = chooseLaw(input);
    expect(choice.law).toBe(law);
    expect(choice.reasons[0]?.key).toBe(reason);
    expect(choice.language).toBe(law === 'gdpr' && input.controllerCountry === 'FR' ? 'fr' : 'en');
  });

  it('reads us-ca as the CCPA and knows every us-xx id', () => {
    expect(parseLaw('us-ca')).toBe('ccpa');
    expect(parseLaw('US-TX')).toBe('us-tx');
    expect(parseLaw('us-wa')).toBeUndefined();
  });
});

describe('a law not in force on the request date is never claimed', () => {
  it.each<[Law, string, string]>([
    ['us-in', '2025-12-31', '2026-01-01'],
    ['us-ky', '2025-12-31', '2026-01-01'],
    ['us-ri', '2025-12-31', '2026-01-01'],
    ['us-md', '2025-09-30', '2025-10-01'],
    ['us-mn', '2025-07-30', '2025-07-31'],
  ])('%s: refused on %s, drafted on %s', (law, before, from) => {
    const early = letter(law, 'access', before);
    expect(early.ok).toBe(false);
    expect(!early.ok && early.error).toEqual({
      code: 'not-in-force',
      law,
      right: 'access',
      since: from,
    });
    expect(letter(law, 'access', from).ok).toBe(true);
  });

  it('Utah’s right to correct starts on 1 Jul 2026 (2025 Laws ch. 468)', () => {
    expect(letter('us-ut', 'rectification', '2026-06-30').ok).toBe(false);
    expect(letter('us-ut', 'rectification', '2026-07-01').ok).toBe(true);
    expect(letter('us-ut', 'access', '2026-06-30').ok).toBe(true);
  });
});

describe('state letters cite their own Act and period', () => {
  it.each(US_LETTER_FACTS)('%s (%s)', (law, state, rightsAt, responseAt, days) => {
    for (const right of rightsOf(law)) {
      const rendered = letter(law, right);
      if (!rendered.ok) {
        throw new Error(JSON.stringify(rendered.error));
      }
      const { body, citations } = rendered.value;
      expect(body).toContain(`(${rightsAt})`);
      expect(body).toContain(`within ${days} days of receiving this request (${responseAt})`);
      expect(body).toContain(`I am a resident of ${state}.`);
      expect(body).not.toMatch(/California|CCPA|1798/);
      expect(citations).toEqual([rightsAt, responseAt]);
    }
  });

  it('Iowa: deletion of data I provided, opt-out of sale only, no correction', () => {
    expect(rightsOf('us-ia')).not.toContain('rectification');
    const erasure = letter('us-ia', 'erasure');
    expect(erasure.ok && erasure.value.body).toContain(
      'delete the personal data I provided to you',
    );
    const optOut = letter('us-ia', 'opt-out-sale');
    expect(optOut.ok && optOut.value.body).toContain('the sale of my personal data');
    expect(optOut.ok && optOut.value.body).not.toMatch(/targeted advertising|profiling/);
  });

  it('Utah: no profiling opt-out, deletion of provided data, no appeal in the Act', () => {
    const optOut = letter('us-ut', 'opt-out-sale');
    expect(optOut.ok && optOut.value.body).toContain('targeted advertising');
    expect(optOut.ok && optOut.value.body).not.toContain('profiling');
    expect(replyDeadline('us-ut', 'access')?.text).not.toContain('appeal');
    expect(replyDeadline('us-va', 'access')?.text).toContain('appeal is decided within 60 days');
    expect(replyDeadline('us-nj', 'access')?.text).toContain('appeal is decided within 45 days');
  });
});

describe('a US resident without a state law gets a request that claims no statute', () => {
  it.each(rightsOf('us-none'))('us-none / %s', (right) => {
    const rendered = letter('us-none', right);
    if (!rendered.ok) {
      throw new Error(JSON.stringify(rendered.error));
    }
    const { subject, body, citations } = rendered.value;
    expect(citations).toEqual([]);
    for (const text of [subject, body]) {
      expect(text).not.toMatch(/§|\bAct\b|\bArt\.|\bdays?\b|resident|law requires|CCPA|statut/i);
    }
  });
});
