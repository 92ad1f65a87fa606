import { describe, expect, it } from 'vitest';
import { findAuthority } from '../../../lib/legal/find-authority';
import { renderComplaint } from '../../../lib/letters/render-complaint';
import { renderFollowUp } from '../../../lib/letters/render-follow-up';
import { frenchRequest } from '../../fixtures/deadlines/requests';

// frenchRequest: sent Mon 2 Mar 2026 to a French controller under the GDPR; due Thu 2 Apr 2026.
const TODAY = '2026-04-20';

describe('renderFollowUp', () => {
  it('writes in the language of the request, with the sent and due dates and the citation', () => {
    const letter = renderFollowUp(frenchRequest(), TODAY, 'en');
    expect(letter.language).toBe('fr');
    expect(letter.to).toBe('dpo@boutique.example');
    expect(letter.subject).toContain('2 mars 2026');
    expect(letter.body).toContain('Le 2 mars 2026');
    expect(letter.body).toContain('a expiré le 2 avril 2026');
    expect(letter.body).toContain("dans un délai d'un mois");
    expect(letter.body).toContain('art. 12, paragraphe 3, du RGPD');
    expect(letter.body).toContain('soit 18 jours plus tard');
    expect(letter.body).toContain('(CNIL)');
    expect(letter.fallback).toBeUndefined();
  });

  it.each([
    ['en', 'ended on 2 April 2026', '18 days later'],
    ['de', 'am 2. April 2026 abgelaufen', '18 Tage später'],
  ])('in %s', (language, due, late) => {
    const letter = renderFollowUp(frenchRequest([], { language }), TODAY, 'en');
    expect(letter.language).toBe(language);
    expect(letter.body).toContain(due);
    expect(letter.body).toContain(late);
  });

  it('mentions an extension and an ID pause', () => {
    // Paused 5 → 10 Mar (5 days); extended 20 Mar: 2 Mar + 3 months + 5 days = Sun 7 Jun → Mon 8 Jun.
    const request = frenchRequest(
      [
        { id: 'i', type: 'id-requested', date: '2026-03-05' },
        { id: 'p', type: 'id-provided', date: '2026-03-10' },
        { id: 'x', type: 'extended', date: '2026-03-20' },
      ],
      { language: 'en' },
    );
    const { body } = renderFollowUp(request, '2026-06-10', 'en');
    expect(body).toContain('You extended this period, which ended on 8 June 2026.');
    expect(body).toContain('the 5 days during which you waited');
    expect(body).toContain('2 days later');
  });

  it('falls back to the user language, then English, and says so', () => {
    const swedish = frenchRequest([], { language: 'sv' });
    expect(renderFollowUp(swedish, TODAY, 'de')).toMatchObject({
      language: 'de',
      fallback: { wanted: 'sv' },
    });
    expect(renderFollowUp(swedish, TODAY, 'ja')).toMatchObject({
      language: 'en',
      fallback: { wanted: 'sv' },
    });
  });

  it('warns of a complaint without naming an authority we do not know', () => {
    const request = frenchRequest([], { law: 'pipeda', country: 'CA', language: 'en' });
    const { body } = renderFollowUp(request, '2026-05-01', 'en');
    expect(body).toContain('the competent supervisory authority');
  });

  it('CCPA: warns of a complaint to the California Privacy Protection Agency, no appeal', () => {
    const request = frenchRequest([], {
      law: 'ccpa',
      right: 'access',
      country: 'US',
      language: 'en',
    });
    const { body } = renderFollowUp(request, '2026-05-01', 'en');
    expect(body).toContain(
      'I will lodge a complaint with the California Privacy Protection Agency (Cal. Civ. Code §1798.199.45).',
    );
    expect(body).toContain('within 45 days of receipt');
    expect(body).not.toMatch(/appeal/i);
  });
});

describe('findAuthority', () => {
  it.each([
    ['FR', undefined, 'French Data Protection Authority (CNIL)'],
    ['DE', 'DE-BY', 'Bavarian State Office for Data Protection Supervision (private sector)'],
    ['DE', 'DE-HH', 'Hamburg Commissioner for Data Protection and Freedom of Information'],
    // BDSG § 40: a private controller's authority is the Land's; with no Land we name none.
    ['DE', undefined, undefined],
    [
      'DE',
      'DE-NW',
      'State Commissioner for Data Protection and Freedom of Information North Rhine-Westphalia',
    ],
    ['GB', 'GB-SCT', "Information Commissioner's Office"],
    // LOPDGDD art. 57.1: Catalonia's, the Basque Country's and Andalusia's authorities supervise
    // their public sector only; a private company there answers to the AEPD.
    ['ES', 'ES-CT', 'Spanish Data Protection Agency'],
    ['ES', 'ES-PV', 'Spanish Data Protection Agency'],
    ['ES', 'ES-AN', 'Spanish Data Protection Agency'],
    ['ES', undefined, 'Spanish Data Protection Agency'],
    ['US', undefined, undefined],
  ])('%s %s → %s', (country, subdivision, name) => {
    expect(findAuthority(country, subdivision)?.name).toBe(name);
  });

  it.each([
    ['ES-CT', 'Catalan Data Protection Authority'],
    ['ES-PV', 'Basque Data Protection Authority'],
    ['ES-AN', 'Andalusian Council for Transparency and Data Protection'],
    // Madrid's own agency was abolished in 2013 (Ley 8/2012): its public bodies answer to the AEPD.
    ['ES-MD', 'Spanish Data Protection Agency'],
    [undefined, 'Spanish Data Protection Agency'],
  ])('Spain, a regional public body in %s → %s', (subdivision, name) => {
    expect(findAuthority('ES', subdivision, { regionalPublicBody: true })?.name).toBe(name);
  });

  it('names the BfDI only for federal bodies, telecoms and postal services', () => {
    expect(findAuthority('DE', undefined, { federal: true })?.name).toBe(
      'Federal Commissioner for Data Protection and Freedom of Information',
    );
  });
});

describe('renderComplaint', () => {
  it('goes to the CNIL in French with the timeline filled in', () => {
    const request = frenchRequest([
      { id: 'i', type: 'id-requested', date: '2026-03-05' },
      { id: 'p', type: 'id-provided', date: '2026-03-06', text: 'Copie de ma carte envoyée.' },
    ]);
    const letter = renderComplaint(request, TODAY, 'en');
    expect(letter.language).toBe('fr');
    expect(letter.to).toBeUndefined(); // the CNIL takes complaints through its web form
    expect(letter.authority).toEqual({
      name: 'French Data Protection Authority (CNIL)',
      complaintUrl: 'https://www.cnil.fr/fr/plaintes',
      email: null,
    });
    expect(letter.subject).toBe(
      'Plainte contre Boutique Exemple SAS : demande du 2 mars 2026 restée sans réponse dans le délai',
    );
    expect(letter.body).toContain("au titre de l'article 77 du RGPD");
    // 1 day paused (5 → 6 Mar): Thu 2 Apr + 1 = Fri 3 Apr.
    expect(letter.body).toContain('a expiré le 3 avril 2026');
    expect(letter.body).toContain(
      [
        // French typography: a space before the colon.
        "- 2 mars 2026 : J'ai envoyé ma demande à dpo@boutique.example.",
        "- 5 mars 2026 : Le responsable du traitement m'a demandé de justifier de mon identité.",
        "- 6 mars 2026 : J'ai fourni les informations demandées. Copie de ma carte envoyée.",
      ].join('\n'),
    );
  });

  it('goes to the Land authority in German', () => {
    const request = frenchRequest([], { country: 'DE', subdivision: 'DE-BY', language: 'en' });
    const letter = renderComplaint(request, TODAY, 'en');
    expect(letter.to).toBe('poststelle@lda.bayern.de');
    expect(letter.language).toBe('de');
    expect(letter.body).toContain('nach Art. 77 DSGVO');
    expect(letter.body).toContain('Bis heute, am 20. April 2026, habe ich keine Antwort erhalten.');
  });

  it('falls back to English for a Swedish authority, and says so', () => {
    const letter = renderComplaint(frenchRequest([], { country: 'SE' }), TODAY, 'en');
    expect(letter.language).toBe('en');
    expect(letter.fallback?.wanted).toBe('sv');
    expect(letter.fallback?.note).toContain('this letter is in English');
    expect(letter.body).toContain('under Article 77 GDPR');
  });

  it('names a late answer', () => {
    const request = frenchRequest([{ id: 'a', type: 'answered', date: '2026-04-15' }], {
      country: 'IE',
      language: 'en',
    });
    const letter = renderComplaint(request, TODAY, 'en');
    expect(letter.language).toBe('en');
    expect(letter.to).toBe('info@dataprotection.ie');
    expect(letter.body).toContain('The reply I received on 15 April 2026 came after the deadline');
  });

  it('goes to the ANPD for a Brazilian controller under the LGPD (LGPD Art. 18 §1)', () => {
    const request = frenchRequest([], { law: 'lgpd', country: 'BR', language: 'pt' });
    const letter = renderComplaint(request, TODAY, 'en');
    expect(letter.authority?.name).toBe('National Data Protection Authority (ANPD)');
    expect(letter.language).toBe('pt');
    // Brazilian address to the authority: 'lhes', not the European 'vos'.
    expect(letter.body).toContain('Posso enviar-lhes cópia');
    expect(letter.body).not.toMatch(/-vos\b/);
  });

  it('has no authority outside our data, and still writes the letter', () => {
    // A controller seated in a country whose authority our data lacks (Argentina).
    const request = frenchRequest([], { law: 'lgpd', country: 'AR', language: 'pt' });
    const letter = renderComplaint(request, TODAY, 'en');
    expect(letter.authority).toBeUndefined();
    expect(letter.to).toBeUndefined();
    // No authority, so no authority language: the request's (Brazilian Portuguese under the LGPD).
    expect(letter.language).toBe('pt');
    expect(letter.body).toContain('(LGPD, art. 19, II)');
    expect(letter.body).toContain('Prezados Senhores,');
  });

  it('tells a follow-up to the controller from an earlier complaint in the timeline', () => {
    const request = frenchRequest(
      [
        { id: 'f', type: 'escalated', date: '2026-04-06', to: 'controller' },
        { id: 'c', type: 'escalated', date: '2026-04-18', to: 'authority' },
      ],
      { country: 'IE', language: 'en', law: 'gdpr' },
    );
    const { body } = renderComplaint(request, TODAY, 'en');
    expect(body).toContain('- 6 April 2026: I sent a follow-up to dpo@boutique.example.');
    expect(body).toContain('- 18 April 2026: I lodged a complaint with the supervisory authority.');
  });

  it('words CCPA rights as things asked for', () => {
    const request = frenchRequest([], {
      law: 'ccpa',
      right: 'opt-out-sale',
      country: 'US',
      language: 'en',
    });
    const { body } = renderFollowUp(request, '2026-04-01', 'en');
    expect(body).toContain(
      'a request under the California Consumer Privacy Act (CCPA) for an end to the sale or sharing of my personal information.',
    );
    expect(body).toContain(
      'Under the California Consumer Privacy Act (CCPA), you had to reply within 15 business days',
    );
  });

  it('signs with the name given', () => {
    const letter = renderComplaint(frenchRequest(), TODAY, 'en', { signer: 'Camille Martin' });
    expect(letter.body.endsWith('mes salutations distinguées.\nCamille Martin')).toBe(true);
  });

  it('writes in the request language when the authority has none on record (Belgium)', () => {
    const letter = renderComplaint(frenchRequest([], { country: 'BE' }), TODAY, 'de');
    expect(letter.language).toBe('fr');
    expect(letter.fallback).toBeUndefined();
    expect(letter.to).toBe('contact@apd-gba.be');
  });
});
