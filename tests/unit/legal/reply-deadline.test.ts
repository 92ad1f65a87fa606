import { describe, expect, it } from 'vitest';
import { CATALOGUE, Law, rightsOf } from '../../../lib/legal/catalogue.data';
import { hasStatutoryPeriod } from '../../../lib/legal/periods.data';
import { replyDeadline } from '../../../lib/legal/reply-deadline';

describe('replyDeadline: the composer reads the one set of period rules', () => {
  it.each([
    // GDPR Art. 12(3): one month.
    ['gdpr', 'access', 1, 'months', 'GDPR Art. 12(3)'],
    // Cal. Civ. Code §1798.130(a)(2): 45 days; opt-out 15 business days (11 CCR §7026(f)).
    ['ccpa', 'access', 45, 'days', 'Cal. Civ. Code §1798.130(a)(2)'],
    ['ccpa', 'opt-out-sale', 15, 'business-days', 'Cal. Code Regs. tit. 11, §7026(f)'],
    // revFADP portability has the access period: DPO (DSV) Art. 22 → Art. 18, 30 days. The old
    // catalogue said "no fixed period" while the deadline engine counted 30 days.
    ['revfadp', 'portability', 30, 'days', 'FADP Art. 28'],
    ['revfadp', 'access', 30, 'days', 'FADP Art. 25(7)'],
    // LGPD Art. 19 II: 15 days for confirmation and access only.
    ['lgpd', 'access', 15, 'days', 'LGPD Art. 19, II'],
    ['pipeda', 'access', 30, 'days', 'PIPEDA s. 8(3)'],
    ['us-tx', 'access', 45, 'days', 'Tex. Bus. & Com. Code §541.052'],
  ] as const)('%s %s: %i %s (%s)', (law, right, amount, unit, citation) => {
    const deadline = replyDeadline(law, right);
    expect(deadline).toMatchObject({ amount, unit });
    expect(deadline?.citation).toContain(citation);
  });

  it.each([
    // No period in the statute: the provision granting the right is cited, no amount — for the
    // LGPD, Art. 18 §§3–5 (reply "nos prazos e nos termos previstos em regulamento").
    ['lgpd', 'erasure', 'LGPD Art. 18 §§3–5'],
    ['revfadp', 'rectification', 'FADP Art. 32(1)'],
    ['pipeda', 'rectification', 'PIPEDA Sch. 1, 4.9.5'],
    ['pipeda', 'withdraw-consent', 'PIPEDA Sch. 1, 4.3.8'],
    ['us-none', 'access', 'none'],
  ] as const)('%s %s: no fixed period (%s)', (law, right, citation) => {
    expect(replyDeadline(law, right)).toEqual({
      citation,
      text: 'no fixed period in the statute',
    });
  });

  it('says the extension and, for a US state with one, the appeal', () => {
    expect(replyDeadline('gdpr', 'access')?.text).toBe(
      '1 month from receipt; extendable to 3 months in all, with notice',
    );
    expect(replyDeadline('us-co', 'access')?.text).toBe(
      '45 days from receipt; extendable to 90 days in all, with notice; an appeal is decided within 45 days',
    );
  });

  it.each(Law.options)('%s: a period stated exactly where the law sets one', (law) => {
    for (const right of rightsOf(law)) {
      const deadline = replyDeadline(law, right);
      expect(deadline?.amount !== undefined, `${law} ${right}`).toBe(
        hasStatutoryPeriod(law, right),
      );
      expect(CATALOGUE[law].rights[right]).toBeDefined();
    }
    expect(replyDeadline(law, 'limit-sensitive') === undefined).toBe(
      CATALOGUE[law].rights['limit-sensitive'] === undefined,
    );
  });
});
