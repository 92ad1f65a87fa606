import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/support/parse-html';
import { detectOnPage } from '../../../lib/policy-detection/detect-on-page';
import { analyzePage } from '../../../lib/policy-pipeline/analyze-page';
import { htmlToBlocks } from '../../../lib/policy-text/html-to-blocks';
import { fixture } from '../../fixtures/detection/read-fixture';

/**
 * Our own small sites in Spanish, Italian, Dutch, Portuguese and Polish (issue 11): a home page
 * whose footer links the policy and gives the privacy address in words ("Per esercitare i tuoi
 * diritti scrivi a …"), next to a general mailto address; and the policy page naming the
 * controller in the language's own formula.
 */
const SITES = [
  [
    'es',
    'www.panaderia-olmo.es',
    '/politica-de-privacidad',
    'datos@panaderia-olmo.es',
    'Obrador Olmo S.L.',
  ],
  [
    'it',
    'www.studio-ferrante.it',
    '/informativa-privacy',
    'segreteria@studio-ferrante.it',
    'Studio Ferrante S.r.l.',
  ],
  [
    'nl',
    'www.fietsenmakerij-dijkstra.nl',
    '/privacyverklaring',
    'privacy@fietsenmakerij-dijkstra.nl',
    'Fietsenmakerij Dijkstra B.V.',
  ],
  [
    'pt',
    'www.conservas-marinho.pt',
    '/politica-de-privacidade',
    'protecaodados@conservas-marinho.pt',
    'Conservas Marinho, Lda.',
  ],
  [
    'pl',
    'www.pracownia-kowalczyk.pl',
    '/polityka-prywatnosci',
    'rodo@pracownia-kowalczyk.pl',
    'Pracownia Kowalczyk sp. z o.o.',
  ],
] as const;

const TODAY = '2026-12-06';

describe.each(SITES)('%s fixture site (%s)', (lang, host, path, privacyEmail, controller) => {
  const home = parseHtml(fixture(`${lang}-home.html`));
  const homeUrl = `https://${host}/`;

  it('the home page scan finds the policy link first', () => {
    const scan = detectOnPage(home, homeUrl);
    expect(scan.isPolicyPage).toBe(false);
    expect(scan.policyLinks[0]).toMatchObject({ url: `https://${host}${path}`, kind: 'privacy' });
  });

  it('the home page footer gives the privacy address, before the general mailto one', () => {
    const { contacts } = analyzePage({
      blocks: htmlToBlocks(home),
      today: TODAY,
      url: homeUrl,
      doc: home,
    });
    const emails = contacts.contacts.filter((c) => c.kind === 'email');
    expect(emails[0]).toMatchObject({ value: privacyEmail, role: 'privacy' });
    expect(emails[0]?.reasons.map((r) => r.code)).toContain('aboutTerm');
    expect(emails.length).toBe(2);
  });

  it('the policy page gives the privacy address first and names the controller', () => {
    const policy = parseHtml(fixture(`${lang}-policy.html`));
    const { analysis, contacts } = analyzePage({
      blocks: htmlToBlocks(policy),
      today: TODAY,
      url: `https://${host}${path}`,
      doc: policy,
    });
    expect(analysis.language).toBe(lang);
    expect(contacts.contacts[0]).toMatchObject({ kind: 'email', value: privacyEmail });
    expect(contacts.controller?.name.replace(/,/g, '')).toBe(controller.replace(/,/g, ''));
    expect(contacts.authority).not.toBeNull();
  });
});

describe('footer addresses', () => {
  it('a hidden or scripted footer address is never offered, a visible one with a privacy word is', () => {
    const page =
      parseHtml(`<html lang="it"><body><main><h1>Benvenuti</h1><p>Il nostro negozio.</p></main>
      <footer><p hidden>Per esercitare i tuoi diritti scrivi a nascosto@negozio.it</p>
      <script>var x = 'Per esercitare i tuoi diritti scrivi a script@negozio.it';</script>
      <p>Ordini: ordini@negozio.it</p>
      <p>Per esercitare i tuoi diritti scrivi a diritti@negozio.it</p></footer></body></html>`);
    const { contacts } = analyzePage({
      blocks: htmlToBlocks(page),
      today: TODAY,
      url: 'https://negozio.it/',
      doc: page,
    });
    expect(contacts.contacts.filter((c) => c.kind === 'email').map((c) => c.value)).toEqual([
      'diritti@negozio.it',
    ]);
  });
});
