import { describe, expect, it } from 'vitest';
import type { TrackedRequest } from '../../lib/deadlines/schema';
import { renderComplaint } from '../../lib/letters/render-complaint';
import { renderFollowUp } from '../../lib/letters/render-follow-up';
import { LETTERS } from '../../lib/letters/registry';
import { rightsOf } from '../../lib/legal/catalogue.data';
import { everyLetter } from '../fixtures/letters/every-letter';
import { SHOP_FACTS } from '../fixtures/requests/facts';

/**
 * Issue 15: every letter in a language other than English is written in it — no English word left
 * behind by a missing entry — and a complaint goes to the authority in the authority's language.
 */

/** Common English words that no Spanish, Italian, Dutch, Portuguese, Polish (…) letter contains. */
const ENGLISH =
  /\b(the|your|you|please|request|requests|Article|Dear|Yours|faithfully|deadline|complaint|received|reply|personal data|under|within|days|months|controller|with|have|has|not)\b/;

/** The fixture's own (English) policy quotes, purposes and details: quoted, not our wording. */
const FIXTURE_TEXTS = [
  SHOP_FACTS.partners?.quote,
  SHOP_FACTS.partnerSources?.quote,
  SHOP_FACTS.publicSources?.quote,
  SHOP_FACTS.retention?.quote,
  SHOP_FACTS.marketing?.quote,
  ...(SHOP_FACTS.legitimateInterestPurposes ?? []).map((p) => p.text),
  'My postal address is 3 rue Neuve, 75011 Paris.',
]
  .filter((t): t is string => Boolean(t))
  // A quote is cleaned into one line without its closing full stop.
  .map((t) => t.replace(/\.$/, ''));

function ours(text: string): string {
  return FIXTURE_TEXTS.reduce((t, fixture) => t.replaceAll(fixture, ''), text);
}

/** The authority each language's complaints go to (complaintLanguage in lib/legal). */
const AUTHORITY_COUNTRY: Record<string, string> = {
  es: 'ES',
  it: 'IT',
  nl: 'NL',
  pt: 'PT',
  pl: 'PL',
  fr: 'FR',
  de: 'AT',
};

function tracked(
  language: string,
  country: string,
  right: TrackedRequest['right'],
): TrackedRequest {
  return {
    id: 'req-1',
    site: 'https://shop.example',
    controller: 'Lumen Boutique',
    recipient: 'privacy@shop.example',
    channel: { kind: 'email' },
    right,
    law: 'gdpr',
    language,
    country,
    sentDate: '2026-03-02',
    events: [
      { id: 'e-sent', type: 'sent', date: '2026-03-02' },
      { id: 'e-id', type: 'id-requested', date: '2026-03-05' },
      { id: 'e-ok', type: 'id-provided', date: '2026-03-08' },
      { id: 'e-ext', type: 'extended', date: '2026-03-20' },
    ],
  };
}

const ESCALATION_LANGUAGES = Object.keys(LETTERS).filter((l) => LETTERS[l]?.escalation);
const GDPR_KINDS = rightsOf('gdpr');

describe('letters in the language they claim', () => {
  it('follow-ups and complaints exist in the eight languages of the issue', () => {
    expect(ESCALATION_LANGUAGES).toEqual(
      expect.arrayContaining(['en', 'fr', 'de', 'es', 'it', 'nl', 'pt', 'pl']),
    );
  });

  const rendered = everyLetter().filter((c) => c.language !== 'en');
  it.each(rendered.map((c) => [c.key, c] as const))('%s: no English word', (_, c) => {
    const text = ours(`${c.subject}\n${c.body}`);
    expect(text.match(ENGLISH)?.[0], text).toBeUndefined();
    expect(text).not.toMatch(/\{\w+\}|undefined|\[object/);
  });

  const complaints = ESCALATION_LANGUAGES.filter((l) => AUTHORITY_COUNTRY[l]).flatMap((language) =>
    GDPR_KINDS.map((kind) => [language, kind] as const),
  );
  it.each(complaints)(
    'a %s complaint (%s) to its national authority is in its language, and so is the follow-up',
    (language, kind) => {
      const request = tracked('en', AUTHORITY_COUNTRY[language]!, kind);
      const complaint = renderComplaint(request, '2026-06-10', 'en');
      expect(complaint.language).toBe(language);
      expect(complaint.fallback).toBeUndefined();
      const followUp = renderFollowUp({ ...request, language }, '2026-06-10', 'en');
      expect(followUp.language).toBe(language);
      for (const text of [complaint.subject, complaint.body, followUp.subject, followUp.body]) {
        expect(text).not.toMatch(/\{\w+\}|undefined|\[object| {2}|\n{3}/);
        if (language !== 'en') {
          expect(text.match(ENGLISH)?.[0], text).toBeUndefined();
        }
      }
    },
  );

  it.each(['nl', 'fr'])(
    'a complaint to the Belgian APD/GBA is in the language of the request (%s)',
    (language) => {
      const complaint = renderComplaint(tracked(language, 'BE', 'access'), '2026-06-10', 'en');
      expect(complaint.language).toBe(language);
      expect(complaint.authority?.email).toBe('contact@apd-gba.be');
      expect(complaint.body).toContain(
        language === 'nl' ? 'artikel 77 AVG' : "l'article 77 du RGPD",
      );
    },
  );

  it('a Portuguese follow-up under the LGPD is in Brazilian usage, under the GDPR in European', () => {
    const brazil = { ...tracked('pt', 'BR', 'access'), law: 'lgpd' as const };
    const lgpd = renderFollowUp(brazil, '2026-06-10', 'en');
    expect(lgpd.body).toContain('Prezados Senhores,');
    expect(lgpd.body).toContain('Levei em conta');
    expect(lgpd.body).not.toMatch(/responsável pelo tratamento|receção|Exmos|Tive em conta/);
    const gdpr = renderFollowUp(tracked('pt', 'PT', 'access'), '2026-06-10', 'en');
    expect(gdpr.body).toContain('Exmos. Senhores,');
    expect(gdpr.body).toContain('a contar da receção (artigo 12.º, n.º 3, do RGPD');
  });

  // European Portuguese (AO 1990 as used in Portugal) vs Brazilian: the spelling and the words
  // each side would never write in a legal letter.
  const BRAZILIAN =
    /eletrônic|recepção|\bcontato\b|\bcontrolador\b|\bvocê|Prezad|\bsite\b|\btela\b|usuári/;
  const EUROPEAN = /eletrónic|receção|\bcontacto\b|responsável pelo tratamento|Exmos|\bRGPD\b/;
  const portuguese = everyLetter().filter(
    (c) => c.kind === 'request' && c.language.startsWith('pt'),
  );
  it.each(portuguese.map((c) => [c.key, c] as const))(
    '%s: GDPR in European Portuguese, LGPD in Brazilian',
    (_, c) => {
      const text = ours(`${c.subject}\n${c.body}`);
      expect(c.language).toBe(c.law === 'gdpr' ? 'pt-PT' : 'pt-BR');
      expect(text.match(c.law === 'gdpr' ? BRAZILIAN : EUROPEAN)?.[0], text).toBeUndefined();
    },
  );

  it('every GDPR right has a European Portuguese letter', () => {
    expect(portuguese.filter((c) => c.law === 'gdpr').length).toBe(rightsOf('gdpr').length * 2);
  });

  // Gender-neutral salutations: the role ("A la atención del responsable del tratamiento"; to a
  // US business, which is no "responsable", "A quien corresponda"), both forms ("Madame, Monsieur", "Geachte heer, mevrouw") or a neutral plural ("Szanowni Państwo").
  const spanish = everyLetter().filter((c) => c.language === 'es');
  it.each(spanish.map((c) => [c.key, c] as const))('%s: no "señores" salutation', (_, c) => {
    expect(c.body).not.toMatch(/Estimados señores|Muy señores/);
    expect(c.body.split('\n')[0]).toMatch(/^(A la atención de|A quien corresponda:$)/);
  });

  // The dashboard records the authority under its English name; letters name it in their language.
  it.each([
    [
      'es',
      'ES',
      'Spanish Data Protection Agency',
      'ante la autoridad de control: Agencia Española de Protección de Datos (AEPD).',
    ],
    [
      'it',
      'IT',
      'Italian Data Protection Authority',
      "all'autorità di controllo: Garante per la protezione dei dati personali.",
    ],
    [
      'pt',
      'PT',
      'National Data Protection Commission',
      'junto da autoridade de controlo: Comissão Nacional de Proteção de Dados (CNPD).',
    ],
    [
      'nl',
      'BE',
      'Belgian Data Protection Authority',
      'bij de toezichthoudende autoriteit: Gegevensbeschermingsautoriteit (GBA).',
    ],
    [
      'en',
      'ES',
      'Spanish Data Protection Agency',
      'with the supervisory authority: Spanish Data Protection Agency.',
    ],
  ])(
    'a %s timeline names the authority (%s) in the letter’s language',
    (language, country, recorded, expected) => {
      const request = tracked(language, country, 'access');
      request.events.push({
        id: 'e-esc',
        type: 'escalated',
        date: '2026-05-04',
        to: 'authority',
        recipient: recorded,
      });
      // The complaint's timeline, in the letter's language (forced: the user's own copy).
      const complaint = renderComplaint(request, '2026-06-10', 'en', { language });
      expect(complaint.language).toBe(language);
      expect(complaint.body).toContain(expected);
      if (language !== 'en') {
        expect(complaint.body).not.toContain(recorded);
      }
    },
  );

  it('an authority the user named otherwise is quoted as recorded', () => {
    const request = tracked('es', 'ES', 'access');
    request.events.push({
      id: 'e-esc',
      type: 'escalated',
      date: '2026-05-04',
      to: 'authority',
      recipient: 'Consumo Madrid',
    });
    expect(renderComplaint(request, '2026-06-10', 'en').body).toContain(
      'ante la autoridad de control: Consumo Madrid.',
    );
  });
});
