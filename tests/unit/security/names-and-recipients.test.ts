import { describe, expect, it } from 'vitest';
import { mailtoUrl } from '../../../components/dashboard/mailto';
import { renderComplaint } from '../../../lib/letters/render-complaint';
import { TrackedRequest } from '../../../lib/deadlines/schema';
import { findContacts } from '../../../lib/policy-detection/find-contacts';
import { htmlToBlocks } from '../../../lib/policy-text/html-to-blocks';
import { oneLine } from '../../../lib/letters/text';
import { toMailto } from '../../../lib/rights-requests/to-mailto';
import { validateRecipient } from '../../../lib/rights-requests/validate-recipient';
import { webmailUrl } from '../../../lib/rights-requests/webmail';
import { cleanLine } from '../../../lib/shared/clean-text';

/** Issue 10, items 5, 7 and 9 (SECURITY.md findings 8, 9 and 10). */
const request = (over: Record<string, unknown> = {}) => ({
  id: 'r1',
  site: 'https://shop.fr',
  controller: 'Shop SAS',
  recipient: 'dpo@shop.fr',
  channel: { kind: 'email' },
  right: 'access',
  law: 'gdpr',
  language: 'fr',
  country: 'FR',
  sentDate: '2026-01-05',
  events: [],
  ...over,
});
const query = (url: string, key: string) => new URL(url).searchParams.get(key) ?? '';

describe('a line break in a controller name never reaches a subject or a link (item 5)', () => {
  const hostile = 'Shop SAS\r\nBcc: dpo@evil.fr';

  it('the complaint subject is one line', () => {
    const letter = renderComplaint(request({ controller: hostile }) as never, '2026-03-01', 'fr');
    expect(letter.subject).not.toMatch(/[\r\n]/);
    expect(letter.subject).toContain('Shop SAS Bcc: dpo@evil.fr');
  });

  it("the dashboard's mailto link goes through the one door: one-line subject, encoded", () => {
    const url = mailtoUrl('cnil@cnil.fr', `Plainte ${hostile}`, 'Corps\r\nligne 2');
    expect(url).toBeDefined();
    expect(query(url!.replace('mailto:', 'mailto://x/'), 'subject')).toBe(
      'Plainte Shop SAS Bcc: dpo@evil.fr',
    );
    expect(url).not.toMatch(/[\r\n]/);
    expect(mailtoUrl('cnil@cnil.fr?bcc=x@evil.fr', 'S', 'B')).toBeUndefined();
  });

  it('a stored controller name is read as one clean line', () => {
    const parsed = TrackedRequest.safeParse(request({ controller: ` ${hostile}\u202e ` }));
    expect(parsed.success && parsed.data.controller).toBe('Shop SAS Bcc: dpo@evil.fr');
    expect(TrackedRequest.safeParse(request({ controller: '\u200b\u202e\r\n' })).success).toBe(
      false,
    );
  });
});

describe('one recipient type for the composer, the ledger and the links (item 7)', () => {
  const addresses = [
    'dpo@shop.fr',
    'first.last+gdpr@mail.shop.co.uk',
    'a_b-c@x-y.fr',
    'privacy@xn--bcher-kva.de',
    'dpo@shop.xn--p1ai',
    'a#b@shop.fr',
    'a!b@shop.fr',
    'a/b@shop.fr',
    '{a}@shop.fr',
    'a~b@shop.fr',
    'a=b@shop.fr',
    "o'brien@shop.fr",
    'a..b@shop.fr',
    'dpo@shop',
    'dpo@-shop.fr',
  ];

  it.each(addresses)('%s: the ledger accepts it exactly when the composer does', (address) => {
    const composer = validateRecipient(address).ok;
    const ledger = TrackedRequest.safeParse(request({ recipient: address })).success;
    expect(ledger).toBe(composer);
  });

  it.each(['a#b@shop.fr', 'a!b@shop.fr', 'a/b@shop.fr', '{a}@shop.fr', 'a~b@shop.fr'])(
    '%s is refused everywhere: no "#" or "/" can cut a mail link short',
    (address) => {
      expect(validateRecipient(address)).toEqual({ ok: false, error: 'bad-local-part' });
      const message = { to: address, subject: 'S', body: 'B' };
      expect(toMailto(message).ok).toBe(false);
      expect(webmailUrl('gmail', message).ok).toBe(false);
    },
  );
});

describe('bidi controls and zero-width characters from a page never become a name (item 9)', () => {
  const bidi = '\u202eSAS pohS\u202c';

  it('one sanitiser drops them', () => {
    expect(cleanLine('Shop\u200b SAS\u2066\u2069\u200e\u200f\ufeff')).toBe('Shop SAS');
    expect(cleanLine(bidi)).toBe('SAS pohS');
    expect(oneLine(`« Shop\u202e SAS »`)).toBe('Shop SAS');
  });

  it("the controller and the DPO's name read from a policy are clean", () => {
    const html = `<html lang="en"><body><main>
      <script type="application/ld+json">{"@type":"Organization","name":"Sh\u200bop\u202e SAS\\r\\nBcc: x"}</script>
      <p>Our data protection officer, Jane\u200b Roe, answers at dpo@shop.fr.</p></main></body></html>`;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const found = findContacts(htmlToBlocks(doc), { pageUrl: 'https://shop.fr/privacy', doc });
    expect(found.controller?.name).toBe('Shop SAS Bcc: x');
    if (found.dpo?.name) {
      expect(found.dpo.name).not.toMatch(/[\u200b-\u200f\u202a-\u202e]/);
    }
  });

  it('the rendered complaint carries no bidi control from the stored name', () => {
    const parsed = TrackedRequest.parse(request({ controller: `Shop${bidi}` }));
    const letter = renderComplaint(parsed, '2026-03-01', 'fr');
    expect(`${letter.subject}\n${letter.body}`).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b]/);
  });
});
