import { describe, expect, it } from 'vitest';
import { analyzePolicy } from '../../../lib/policy-analysis/analyze-policy';
import { analyzePage } from '../../../lib/policy-pipeline/analyze-page';
import { markdownToBlocks } from '../../../lib/policy-text/markdown-to-blocks';
import { analyzeHtml } from '../../../lib/app/analyze-html';

const POLICY = [
  '# Informativa sulla privacy',
  '',
  'Il titolare del trattamento è Velotte S.r.l., Via Roma 1, 20100 Milano.',
  '',
  'Per esercitare i tuoi diritti scrivi a privacy@velotte.example.',
  '',
  'Hai il diritto di proporre reclamo al Garante per la protezione dei dati personali.',
].join('\n');

describe('analyzePage: one pipeline, one recogniser', () => {
  const blocks = markdownToBlocks(POLICY);
  const { analysis, contacts } = analyzePage({ blocks, today: '2026-01-01' });

  it('contacts and analysis index the same segments', () => {
    expect(contacts.contacts[0]).toMatchObject({ kind: 'email', value: 'privacy@velotte.example' });
    const at = contacts.contacts[0]?.at;
    expect(at && analysis.segments[at.segment]?.text).toContain('privacy@velotte.example');
  });

  it('the authority the contact panel names is the one the analysis names', () => {
    expect(contacts.authority).toMatchObject({
      country: 'IT',
      name: 'Garante per la protezione dei dati personali',
    });
    expect(analysis.attributes.authority.named.map((n) => n.value)).toEqual([
      contacts.authority?.name,
    ]);
  });

  it('a cached analysis is used as given, contacts found over its segments', () => {
    const again = analyzePage({ blocks, today: '2026-01-01', analysis });
    expect(again.analysis).toBe(analysis);
    expect(again.contacts).toEqual(contacts);
  });
});

describe('analyzePage: a Markdown policy dated in its front matter', () => {
  it.each([
    ['lastmod: 2024-09-15', '2024-09-15'],
    ['subtitle: "Valencia, 15 de septiembre de 2024"', '2024-09-15'],
  ])('%s', (field, date) => {
    const md = ['---', 'title: Política de privacidad', field, '---', '', '## Responsable'];
    const body =
      'El responsable del tratamiento de sus datos personales es la asociación, que los conserva durante el tiempo necesario.';
    const blocks = markdownToBlocks([...md, '', body].join('\n'));
    expect(analyzePage({ blocks, today: '2026-01-01' }).analysis.lastUpdated).toBe(date);
  });
});

describe('analyzePage: an authority named only by a link target', () => {
  const policy = (sentence: string) =>
    analyzePage({
      blocks: markdownToBlocks(
        `## Tus derechos\n\nTienes derecho de acceso y de rectificación.\n\n${sentence}`,
      ),
      today: '2026-01-01',
    });

  it('a complaint sentence linking the authority’s site names it, for both halves', () => {
    const { analysis, contacts } = policy(
      'Puedes presentar una reclamación ante la autoridad de control [en su sede](https://sedeagpd.gob.es/tramites).',
    );
    expect(contacts.authority?.country).toBe('ES');
    expect(analysis.attributes.authority.named.map((n) => n.value)).toEqual([
      contacts.authority?.name,
    ]);
  });

  it('the same link in a sentence not about an authority names none', () => {
    const { contacts } = policy(
      'Lee nuestras novedades [en este enlace](https://sedeagpd.gob.es/x).',
    );
    expect(contacts.authority).toBeNull();
  });
});

describe('analyzeHtml: an HTML page’s links reach the analysis (the popup worker’s path)', () => {
  const page = (sentence: string) =>
    analyzeHtml({
      body:
        '<!doctype html><html lang="it"><body><main><h1>Informativa privacy</h1>' +
        '<p>Hai il diritto di accesso e di rettifica dei tuoi dati.</p>' +
        `<p>${sentence}</p></main></body></html>`,
      url: 'https://negozio.example/privacy',
      today: '2026-01-01',
      contentType: 'text/html',
    });

  it('a complaint sentence linking the authority’s site names it, for both halves', () => {
    const { analysis, contacts, blocks } = page(
      'Puoi proporre reclamo all’autorità di controllo <a href="https://www.garanteprivacy.it/">sul suo sito</a>. ' +
        'Per il resto vedi <a href="/contatti">i contatti</a>.',
    );
    expect(contacts.authority?.country).toBe('IT');
    expect(analysis.attributes.authority.named.map((n) => n.value)).toEqual([
      contacts.authority?.name,
    ]);
    expect(blocks.at(-1)?.links?.at(-1)).toEqual({
      text: 'i contatti',
      href: 'https://negozio.example/contatti',
    });
  });

  it('the same link in a sentence not about an authority names none', () => {
    const { contacts } = page(
      'Leggi le novità <a href="https://www.garanteprivacy.it/">su questo sito</a>.',
    );
    expect(contacts.authority).toBeNull();
  });
});

describe('analyzePage: the checklist says what the contact panel shows', () => {
  const policy = (who: string) =>
    markdownToBlocks(
      [
        '# Política de privacidad',
        '',
        '## ¿Quién es el responsable del tratamiento de tus datos?',
        '',
        who,
        '- Calle Mayor 2, 11001 Cádiz',
        '',
        '## Tus derechos',
        '',
        'Puedes acceder, rectificar y suprimir tus datos escribiendo a hola@velotte.example.',
      ].join('\n'),
    );

  it('a controller the policy states is its identity, quoted, though no sentence was classified so', () => {
    const blocks = policy('- ASOCIACIÓN VELOTTE CICLISMO');
    // The classifier alone finds no sentence naming the controller here…
    expect(
      analyzePolicy(blocks, { today: '2026-01-01' }).checklist.find(
        (i) => i.id === 'controllerIdentity',
      )?.status,
    ).toBe('missing');
    // …the contact finder does, under the section's heading: the checklist agrees with it.
    const { analysis, contacts } = analyzePage({ blocks, today: '2026-01-01' });
    expect(contacts.controller).toMatchObject({
      name: 'ASOCIACIÓN VELOTTE CICLISMO',
      role: 'controller',
    });
    const item = analysis.checklist.find((i) => i.id === 'controllerIdentity');
    expect(item?.status).toBe('present');
    expect(item?.evidence.map((e) => [analysis.segments[e.segment]?.text, e.quote])).toEqual([
      ['ASOCIACIÓN VELOTTE CICLISMO', 'ASOCIACIÓN VELOTTE CICLISMO'],
    ]);
    // The same again from a cached analysis: nothing added twice.
    expect(analyzePage({ blocks, today: '2026-01-01', analysis }).analysis).toEqual(analysis);
  });

  it('a guess (the organisation named most, role "named") is not the identity', () => {
    const blocks = markdownToBlocks(
      '# Política de privacidad\n\n## Información básica\n\nResponsable: ASOCIACIÓN VELOTTE CICLISMO\n\nFinalidad: gestionar tu inscripción.\n\nDerechos: puedes acceder, rectificar y suprimir tus datos escribiendo a hola@velotte.example.',
    );
    const { analysis, contacts } = analyzePage({ blocks, today: '2026-01-01' });
    expect(contacts.controller?.role).toBe('named');
    expect(analysis.checklist.find((i) => i.id === 'controllerIdentity')?.status).toBe('missing');
  });
});
