import { describe, expect, it } from 'vitest';
import { renderComplaint } from '../../../lib/letters/render-complaint';
import { renderFollowUp } from '../../../lib/letters/render-follow-up';
import type { RequestEvent } from '../../../lib/deadlines/schema';
import { frenchRequest } from '../../fixtures/deadlines/requests';

/** Issue 13, the legal audit's letter checks: each one failed before the fix. */
describe('escalation letters claim only the periods the law sets', () => {
  it.each([
    // LGPD Art. 19 sets 15 days for confirmation and access only (Art. 18 §§3-5 for the rest).
    ['lgpd', 'erasure', 'BR', /15 days|Art\. 19/],
    // revFADP Art. 25(7) FADP / Art. 18 DPO are the access period.
    ['revfadp', 'erasure', 'CH', /30 days|25\(7\)|Art\. 18/],
    // PIPEDA s. 8(3) is the access period; Principle 4.9.5 has none.
    ['pipeda', 'rectification', 'CA', /30 days|8\(3\)/],
  ] as const)('%s %s: no period claimed', (law, right, country, claim) => {
    const request = frenchRequest([], { law, right, country, language: 'en' });
    const followUp = renderFollowUp(request, '2026-05-20', 'en');
    const complaint = renderComplaint(request, '2026-05-20', 'en');
    for (const text of [followUp.subject, followUp.body, complaint.subject, complaint.body]) {
      expect(text).not.toMatch(claim);
      expect(text).not.toMatch(/deadline/i);
    }
    // Sent Mon 2 Mar, today Wed 20 May: 79 days (29 + 30 + 20).
    expect(followUp.body).toContain('sets no fixed period for answering this request');
    expect(followUp.body).toContain('79 days after I sent it');
  });

  it('revFADP data delivery keeps its 30 days (DPO Art. 22)', () => {
    const request = frenchRequest([], {
      law: 'revfadp',
      right: 'portability',
      country: 'CH',
      language: 'en',
    });
    const { body } = renderFollowUp(request, '2026-05-20', 'en');
    // Mon 2 Mar + 30 days = Wed 1 Apr 2026.
    expect(body).toContain(
      'within 30 days of receipt (FADP Art. 28; Data Protection Ordinance Arts. 22 and 18)',
    );
    expect(body).toContain('That period ended on 1 April 2026');
  });

  it('LGPD access: says small agents have 30 days and counts them when the size is unknown', () => {
    const request = frenchRequest([], { law: 'lgpd', country: 'BR', language: 'en' });
    const { body } = renderFollowUp(request, '2026-05-20', 'en');
    // Mon 2 Mar + 30 = Wed 1 Apr 2026 (no Brazilian holiday).
    expect(body).toContain('within 15 days of receipt');
    expect(body).toContain(
      'Small processing agents have 30 days (Resolução CD/ANPD nº 2/2022, art. 14)',
    );
    expect(body).toContain('That period ended on 1 April 2026');
  });
});

describe('UK: complaint to the controller first (DPA 2018 s. 164A, from 19 Jun 2026)', () => {
  const uk = (events: RequestEvent[] = []) =>
    frenchRequest(events, {
      law: 'uk-gdpr',
      country: 'GB',
      language: 'en',
      sentDate: '2026-05-04',
    });

  it('frames the follow-up as a s. 164A complaint since 19 June 2026', () => {
    // Mon 4 May + 1 month = Thu 4 Jun 2026.
    const letter = renderFollowUp(uk(), '2026-06-19', 'en');
    expect(letter.subject).toContain('section 164A of the Data Protection Act 2018');
    expect(letter.body).toContain('under section 164A of the Data Protection Act 2018');
    expect(letter.body).toContain('acknowledge it within 30 days');
  });

  it('is a plain reminder before that day', () => {
    const letter = renderFollowUp(uk(), '2026-06-18', 'en');
    expect(letter.subject).toMatch(/^Reminder/);
    expect(letter.body).not.toContain('164A');
  });

  it('tells the ICO about the complaint made to the controller', () => {
    const request = uk([{ id: 'f', type: 'escalated', date: '2026-06-22', to: 'controller' }]);
    const { body } = renderComplaint(request, '2026-08-01', 'en');
    expect(body).toContain(
      'On 22 June 2026 I first complained to the controller under section 164A',
    );
  });
});

describe('wording', () => {
  const lateBy = (days: number, language: string) =>
    // Due Thu 2 Apr 2026; today = due + days.
    renderFollowUp(
      frenchRequest([], { language }),
      `2026-04-${String(2 + days).padStart(2, '0')}`,
      'en',
    ).body;

  it.each([
    ['en', '1 day later', '2 days later'],
    ['fr', 'soit 1 jour plus tard', 'soit 2 jours plus tard'],
    ['de', '1 Tag später', '2 Tage später'],
  ])('%s plurals by Intl.PluralRules', (language, one, two) => {
    expect(lateBy(1, language)).toContain(one);
    expect(lateBy(2, language)).toContain(two);
  });

  it('French writes the first of the month as 1er', () => {
    // Sent Sun 1 Mar 2026 → Wed 1 Apr 2026.
    const letter = renderFollowUp(
      frenchRequest([], { sentDate: '2026-03-01' }),
      '2026-04-10',
      'en',
    );
    expect(letter.body).toContain('Le 1er mars 2026');
    expect(letter.body).toContain('a expiré le 1er avril 2026');
  });

  it('German counts business days as Arbeitstage', () => {
    const request = frenchRequest([], {
      law: 'ccpa',
      right: 'opt-out-sale',
      country: 'US',
      language: 'de',
    });
    expect(renderFollowUp(request, '2026-04-01', 'en').body).toContain('15 Arbeitstagen');
  });

  it('no German Land: no authority named, never the BfDI', () => {
    const letter = renderComplaint(frenchRequest([], { country: 'DE' }), '2026-04-20', 'en');
    expect(letter.authority).toBeUndefined();
    expect(
      renderFollowUp(frenchRequest([], { country: 'DE' }), '2026-04-20', 'en').body,
    ).not.toContain('BfDI');
  });
});
