import { describe, expect, it } from 'vitest';
import { findContacts } from '../../../lib/policy-detection/find-contacts';
import { ContactsResult } from '../../../lib/policy-detection/schema';
import { htmlToBlocks } from '../../../lib/policy-text/html-to-blocks';
import { textToBlocks } from '../../../lib/policy-text/text-to-blocks';
import type { Block } from '../../../lib/shared/policy-text';
import { parseHtml } from '../../../cli/support/parse-html';
import { fixture } from '../../fixtures/detection/read-fixture';

const jsdomDoc = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const para = (text: string, headingPath: string[] = []): Block => ({
  kind: 'paragraph',
  text,
  headingPath,
});
const addresses = (blocks: Block[]) =>
  findContacts(blocks)
    .contacts.filter((c) => c.kind === 'address')
    .map((c) => c.value);
const heading = (text: string): Block => ({ kind: 'heading', text, level: 3, headingPath: [] });
const emailsOf = (blocks: Block[]): string[] =>
  findContacts(blocks)
    .contacts.filter((c) => c.kind === 'email')
    .map((c) => c.value);

describe('findContacts on the founding example (own wording, same facts)', () => {
  const result = findContacts(textToBlocks(fixture('magneta-policy.txt')));

  it('is a valid ContactsResult', () => {
    expect(ContactsResult.parse(result)).toEqual(result);
  });
  it('first contact contact@magneta.fr, with why', () => {
    expect(result.contacts[0]).toMatchObject({ kind: 'email', value: 'contact@magneta.fr' });
    expect(result.contacts[0]?.reasons).toContainEqual({
      code: 'nearTerm',
      params: ['data protection officer'],
    });
    expect(result.contacts[0]?.at?.quote).toBe('contact@magneta.fr');
  });
  it('DPO Bruno Husson, controller Magneta, phone in international format', () => {
    expect(result.dpo).toMatchObject({ name: 'Bruno Husson', email: 'contact@magneta.fr' });
    expect(result.controller).toMatchObject({ name: 'Magneta', evidence: 'We / us – Magneta' });
    expect(result.contacts.find((c) => c.kind === 'phone')?.value).toBe('+33 1 40 36 02 65');
  });
  it('a "Supervisory Authority" heading naming no authority gives authority: null', () => {
    expect(result.authority).toBeNull();
  });
});

describe.each([
  ['jsdom', jsdomDoc],
  ['linkedom', parseHtml],
] as const)('findContacts on a French policy page (%s)', (_name, parse) => {
  const doc = parse(fixture('velotte-fr.html'));
  const result = findContacts(htmlToBlocks(doc), {
    pageUrl: 'https://www.velotte.fr/confidentialite',
    doc,
  });

  it('ranks the obfuscated DPO address first; markup-only addresses follow; bcc and hidden ones never', () => {
    const emails = result.contacts.filter((c) => c.kind === 'email').map((c) => c.value);
    expect(emails).toEqual(['dpo@velotte.fr', 'rgpd@velotte.fr', 'support@velotte.fr']);
  });
  it('names the DPO (fr) and the controller with its legal form', () => {
    expect(result.dpo).toMatchObject({ name: 'Claire Dupont', email: 'dpo@velotte.fr' });
    expect(result.controller).toMatchObject({ name: 'Vélotte SAS', legalForm: 'SAS' });
  });
  it('phone from the .fr TLD, address, request form, CNIL', () => {
    const byKind = (k: string): string[] =>
      result.contacts.filter((c) => c.kind === k).map((c) => c.value);
    expect(byKind('phone')).toEqual(['+33 1 42 68 53 00']);
    expect(byKind('address')).toEqual(['12 rue des Lilas, 75011 Paris']);
    expect(byKind('webform')).toEqual(['https://www.velotte.fr/formulaire-rgpd']);
    expect(result.authority).toMatchObject({ country: 'FR', subdivision: null });
  });
});

describe('findContacts on a German policy page', () => {
  const doc = parseHtml(fixture('radhaus-de.html'));
  const result = findContacts(htmlToBlocks(doc), {
    pageUrl: 'https://radhaus.de/datenschutz',
    doc,
  });
  it('datenschutz@ first, the DPO named, GmbH controller, Land authority, national phone', () => {
    expect(result.contacts[0]?.value).toBe('datenschutz@radhaus.de');
    expect(result.dpo).toMatchObject({ name: 'Jonas Weber', email: 'datenschutz@radhaus.de' });
    expect(result.controller).toMatchObject({ name: 'Radhaus GmbH', legalForm: 'GmbH' });
    expect(result.authority).toMatchObject({ country: 'DE', subdivision: 'DE-BE' });
    expect(result.contacts.find((c) => c.kind === 'phone')?.value).toBe('+49 30 1234567');
    expect(result.contacts.find((c) => c.kind === 'address')?.value).toBe(
      'Radhaus GmbH, Musterstraße 5, 10115 Berlin',
    );
  });
});

describe('email ranking by role and context', () => {
  it.each([
    [
      'role: dpo before privacy before general before support',
      [para('Write to support@velotte.fr, info@velotte.fr, privacy@velotte.fr or dpo@velotte.fr.')],
      ['dpo@velotte.fr', 'privacy@velotte.fr', 'info@velotte.fr', 'support@velotte.fr'],
    ],
    [
      'context: a generic address next to "data protection officer" outranks support@',
      [
        para('For orders, write to support@velotte.fr.'),
        para('Our data protection officer answers at hello@velotte.fr.', ['Your rights']),
      ],
      ['hello@velotte.fr', 'support@velotte.fr'],
    ],
    [
      'a department address stays when the passage is about privacy',
      [para('For questions about your personal data, write to press@velotte.fr.')],
      ['press@velotte.fr'],
    ],
    [
      'context: a contact section outranks an unrelated one',
      [
        para('Ask anna@velotte.fr about rides.', ['Events']),
        para('Reach us at bruno@velotte.fr.', ['Contact us']),
      ],
      ['bruno@velotte.fr', 'anna@velotte.fr'],
    ],
  ])('%s', (_name, blocks, expected) => {
    expect(emailsOf(blocks)).toEqual(expected);
  });

  it.each([
    [
      'no-reply senders',
      [para('Mails come from noreply@velotte.fr; write to privacy@velotte.fr.')],
    ],
    [
      'examples',
      [para('Enter your address, for example jane@velotte.fr, then write to privacy@velotte.fr.')],
    ],
    [
      'the authority own address',
      [para('Write to privacy@velotte.fr. The regulator: info@cnpd.lu.')],
    ],
    [
      'an authority detail block',
      [
        para('If you are unhappy, you may contact the Information Commissioner:'),
        para('Wycliffe House, Water Lane'),
        para('Email: casework@ico.example.gov.uk'),
        para('Our privacy team: privacy@velotte.fr'),
      ],
    ],
    [
      'copyright desks',
      [para('Copyright infringement notices: legal@velotte.fr. Privacy: privacy@velotte.fr.')],
    ],
    [
      'other departments',
      [para('Journalists: press@velotte.fr.'), para('Privacy: privacy@velotte.fr.')],
    ],
  ])('leaves out %s', (_name, blocks) => {
    expect(emailsOf(blocks)).toEqual(['privacy@velotte.fr']);
  });
});

describe('DPO, controller and authority in each language', () => {
  it.each([
    [
      'en after',
      'Our Data Protection Officer, Anna Keller, can be reached at dpo@velotte.fr.',
      'Anna Keller',
    ],
    ['en before', 'Anna Keller, our DPO, answers questions.', 'Anna Keller'],
    ['fr', 'Délégué à la protection des données : M. Paul Martin (dpo@velotte.fr).', 'Paul Martin'],
    ['de', 'Datenschutzbeauftragter: Frau Lena Schmidt, datenschutz@velotte.de', 'Lena Schmidt'],
    ['unnamed', 'Contact our Data Protection Officer at dpo@velotte.fr.', undefined],
  ])('DPO %s', (_lang, text, name) => {
    const dpo = findContacts([para(text)]).dpo;
    expect(dpo).not.toBeNull();
    expect(dpo?.name).toBe(name);
    expect(dpo?.evidence).toBe(text);
  });

  it.each([
    [
      'on the line after "… ist:"',
      [
        para('Der Datenschutzbeauftragte des Vereins ist:', ['Datenschutz']),
        para('| Jonas Beispiel, Musterverein e. V., Hauptstraße 3, 12345 Musterstadt', [
          'Datenschutz',
        ]),
      ],
      'Jonas Beispiel',
    ],
    [
      'on the line after "we have appointed one"',
      [
        para('We have appointed a data protection officer.', ['Contact']),
        para('Mira Holm, LL.M.', ['Contact']),
        para('Holm & Berg Partners LLP', ['Contact']),
      ],
      'Mira Holm',
    ],
    [
      'at the top of the DPO section, after a bare honorific',
      [
        heading('Datenschutzbeauftragter'),
        para('Prof.', ['Datenschutzbeauftragter']),
        para('Ada Muster', ['Datenschutzbeauftragter']),
        para('Konzerndatenschutz der Klinik', ['Datenschutzbeauftragter']),
      ],
      'Ada Muster',
    ],
    [
      'the representative who is also the DPO (pt)',
      [
        para(
          'O site é mantido por Vale Azul Advocacia, representada por Marta Reis Lobo, advogada.',
        ),
        para(
          'A própria representante exerce a função de encarregado pelo tratamento de dados pessoais.',
        ),
      ],
      'Marta Reis Lobo',
    ],
    [
      'not the words of the DPO title',
      [
        para(
          'Nous avons désigné un Délégué à la Protection des Données Personnelles (DPO) qui répond à vos questions.',
        ),
      ],
      undefined,
    ],
    [
      'not the desk in a postal address',
      [para('By post: Velotte DPO, Regulatory Affairs, 1 High Street, Leeds.')],
      undefined,
    ],
  ])('DPO named %s', (_what, blocks, name) => {
    const dpo = findContacts(blocks).dpo;
    expect(dpo).not.toBeNull();
    expect(dpo?.name).toBe(name);
  });

  it.each([
    ['We have not appointed a data protection officer.'],
    ['Write to us at hello@velotte.fr.'],
  ])('no DPO: %s', (text) => {
    expect(findContacts([para(text)]).dpo).toBeNull();
  });

  it.each([
    [
      'controller statement',
      'The data controller is Velotte Cycles Ltd, 4 Mill Lane.',
      'Velotte Cycles Ltd',
    ],
    ['fr', 'Le responsable du traitement est Vélotte SARL.', 'Vélotte SARL'],
    [
      'es',
      'El responsable del tratamiento es Bicis Velotte SL, con domicilio en Madrid.',
      'Bicis Velotte SL',
    ],
    ['it', 'Il titolare del trattamento è Velotte S.r.l.', 'Velotte S.r.l.'],
    ['definition', 'Velotte BV ("Velotte", "we", "us") runs this site.', 'Velotte BV'],
    ['legal form only', 'This site is run by Velotte Inc. in Delaware.', 'Velotte Inc.'],
    ['copyright (weak)', '© 2026 Velotte Cycles. All rights reserved.', 'Velotte Cycles'],
    ['app developer', 'Velotte Labs built the Pedal app as a free app.', 'Velotte Labs'],
    ['lowercase developer', 'velottedev built the Pedal app as a free app.', 'velottedev'],
    ['provided by', 'This service is provided by Velotte Studio at no cost.', 'Velotte Studio'],
    [
      'manages and operates',
      'Thanks for using Pedal and Velotte Foundation for Cycling, which operates the app.',
      'Velotte Foundation for Cycling',
    ],
    ['quoted role', 'Velotte Media ("Developer") cares about your data.', 'Velotte Media'],
    [
      'a third party with a legal form is not the controller',
      'Analytics are provided by Example Inc.',
      undefined,
    ],
    ['"(c)" in a list is no copyright', '(c) Gender of the User;', undefined],
  ])('controller: %s', (_name, text, name) => {
    expect(findContacts([para(text)]).controller?.name).toBe(name);
  });

  it('controller from schema.org JSON-LD when the text names none', () => {
    const doc = jsdomDoc(
      '<script type="application/ld+json">{"@type":"Corporation","name":"Velotte"}</script><p>Hi.</p>',
    );
    expect(findContacts([para('Hi.')], { doc }).controller).toMatchObject({ name: 'Velotte' });
  });

  it.each([
    ['CNIL acronym', 'You may complain to the CNIL.', 'FR', null],
    ['ICO', 'You can complain to the ICO.', 'GB', null],
    [
      'Irish DPC by name',
      'You may lodge a complaint with the Data Protection Commission.',
      'IE',
      null,
    ],
    ['AEPD', 'Puede reclamar ante la AEPD.', 'ES', null],
    [
      'Garante',
      'Può proporre reclamo al Garante per la protezione dei dati personali.',
      'IT',
      null,
    ],
    ['BfDI', 'Beschwerden an die BfDI.', 'DE', null],
    [
      'Bavarian private-sector',
      'Zuständig ist das Bayerisches Landesamt für Datenschutzaufsicht.',
      'DE',
      'DE-BY',
    ],
  ])('authority: %s', (_name, text, country, subdivision) => {
    expect(findContacts([para(text)]).authority).toMatchObject({
      country,
      subdivision,
      evidence: text,
    });
  });

  it('no authority named', () => {
    expect(
      findContacts([para('You may complain to a supervisory authority.')]).authority,
    ).toBeNull();
  });
});

describe('phones, addresses, webforms', () => {
  it.each([
    ['international', 'Phone: +33 (0) 1 40 36 02 65', undefined, ['+33 1 40 36 02 65']],
    [
      'national with the TLD country',
      'Tél : 01 40 36 02 65',
      'https://velotte.fr/',
      ['+33 1 40 36 02 65'],
    ],
    ['national without a country is not guessed', 'Tél : 01 40 36 02 65', undefined, []],
    [
      'a number without phone words is no phone',
      'Order 0140360265 shipped.',
      'https://velotte.fr/',
      [],
    ],
  ])('phone: %s', (_name, text, pageUrl, expected) => {
    const r = findContacts([para(text)], pageUrl ? { pageUrl } : {});
    expect(r.contacts.filter((c) => c.kind === 'phone').map((c) => c.value)).toEqual(expected);
  });

  it.each([
    ['one line', [para('Address: 4 Mill Lane, London SW1A 1AA')], '4 Mill Lane, London SW1A 1AA'],
    [
      'lines in a row',
      [para('Velotte BV'), para('Keizersgracht 12'), para('1015 CS Amsterdam')],
      'Velotte BV, Keizersgracht 12, 1015 CS Amsterdam',
    ],
    [
      'PO box',
      [para('Velotte, P.O. Box 12, Springfield, IL 62701')],
      'Velotte, P.O. Box 12, Springfield, IL 62701',
    ],
    [
      'after prose, from the house number before a street named ahead of its type; to the postcode',
      [
        para(
          'For questions about this notice, please write to us at: Privacy Office, 101 W. Colfax Ave., Suite 950, Denver, CO 80202. Please include your account number.',
        ),
      ],
      'Privacy Office, 101 W. Colfax Ave., Suite 950, Denver, CO 80202',
    ],
    [
      'after prose, from the addressee (an English word ending in -ring is no German street)',
      [
        para(
          'To opt out of sharing, email support@velotte.com or write to us at Velotte Bros. Studios, Att: Privacy Dept., 13428 Maxwell Ave #363, Marina Del Rey, CA 90292',
        ),
      ],
      'Velotte Bros. Studios, Att: Privacy Dept., 13428 Maxwell Ave #363, Marina Del Rey, CA 90292',
    ],
    [
      'a particle after prose is prose; two words of prose after the place end it',
      [
        para(
          'Das Hosting wird von der Velotte Hosting GmbH, Konrad-Adenauer-Ring 25, D-76185 Karlsruhe für uns durchgeführt.',
        ),
      ],
      'Velotte Hosting GmbH, Konrad-Adenauer-Ring 25, D-76185 Karlsruhe',
    ],
    [
      'a particle inside a name is the name’s; a city’s particles are no prose',
      [
        para(
          'Please write to Bank of Velotte, Calle Mayor 5, 12001 Castellón de la Plana, España.',
        ),
      ],
      'Bank of Velotte, Calle Mayor 5, 12001 Castellón de la Plana, España',
    ],
    [
      '"ou" and another channel after the place end it',
      [
        para(
          'L’Utilisateur peut écrire à l’adresse postale VELOTTE – DPO – 3 square Max Hymans, 75015 Paris ou électronique : dpo@velotte.fr.',
        ),
      ],
      'VELOTTE – DPO – 3 square Max Hymans, 75015 Paris',
    ],
    [
      'a bracket after the place ends it; a province’s is kept',
      [para('Velotte Srl, Via Zanica 17/O, 24050 Grassobbio (BG) (“we”, “us”)')],
      'Velotte Srl, Via Zanica 17/O, 24050 Grassobbio (BG)',
    ],
    [
      'a closing bracket before prose, a phone and email after a comma',
      [
        para(
          'A Velotte, Lda., Rua Garrett, nº 19, 1200-203 Lisboa, (telefone: +351 218 386 856) / e-mail: geral@velotte.pt, procedem ao tratamento dos dados.',
        ),
      ],
      'A Velotte, Lda., Rua Garrett, nº 19, 1200-203 Lisboa',
    ],
    [
      'name lines above the street are no lead-in to cut',
      [
        para('Velotte & Partners LLP'),
        para('One Trade Center, 44th Floor'),
        para('New York, NY 10007'),
      ],
      'Velotte & Partners LLP, One Trade Center, 44th Floor, New York, NY 10007',
    ],
    [
      'a footer’s copyright notice above the address is no copyright desk',
      [
        para('Copyright © 2015 Velotte Inc.'),
        para('12 Main Street, Suite 4'),
        para('Springfield, IL 62701'),
      ],
      '12 Main Street, Suite 4, Springfield, IL 62701',
    ],
    [
      'a closing bracket the address did not open',
      [para('Write to us (our office: 1716 Locust Street, Des Moines, IA 50309).')],
      '1716 Locust Street, Des Moines, IA 50309',
    ],
    [
      'a full stop before a number is no sentence end',
      [para('Velotte Srl, via Roma 4, 00177 Roma, C.F. 12345678901')],
      'Velotte Srl, via Roma 4, 00177 Roma, C.F. 12345678901',
    ],
  ])('address: %s', (_name, blocks, expected) => {
    expect(findContacts(blocks).contacts.find((c) => c.kind === 'address')?.value).toBe(expected);
  });

  it('an address found with its addressee is not offered again without it', () => {
    expect(
      addresses([
        para('Velotte SAS, 56 rue de Londres, 75008 Paris'),
        para('By mail: 56 rue de Londres, 75008 Paris'),
      ]),
    ).toEqual(['Velotte SAS, 56 rue de Londres, 75008 Paris']);
  });

  it('an address found whole is not offered again without its place line', () => {
    // A US house number reads as a 4-digit postcode: the street line alone looked whole.
    expect(
      addresses([
        para('Velotte Inc., Legal Department'),
        para('7950 Jones Branch Drive'),
        para('McLean, VA 22107'),
      ]),
    ).toEqual(['Velotte Inc., Legal Department, 7950 Jones Branch Drive, McLean, VA 22107']);
    // One that goes on with more than a place line (here a second address) leaves both.
    expect(
      addresses([
        para('Velotte GmbH, Hauptstraße 5, 10115 Berlin'),
        para(
          'Velotte GmbH, Hauptstraße 5, 10115 Berlin, Zweigniederlassung Velotte Süd GmbH, Ringstraße 2, 80331 München',
        ),
      ]),
    ).toHaveLength(2);
  });

  it.each([
    ['English', 'Copyright Agent:'],
    ['German', 'Hinweise auf Urheberrechtsverletzungen (Urheberrecht) an:'],
  ])('the address of a copyright desk is no contact (%s label above it)', (_lang, label) => {
    const blocks = [
      para(label),
      para('Velotte & Partners LLP'),
      para('One Trade Center, 44th Floor'),
      para('New York, NY 10007'),
    ];
    expect(findContacts(blocks).contacts.filter((c) => c.kind === 'address')).toEqual([]);
  });

  it.each([
    [
      'an ad in the page',
      'Apply at Velotte Staffing, 12 Main Street, Tulsa, OK 74105, or email your resume to talent@velotte.com.',
      [],
    ],
    ['German', 'Bewerbungen senden Sie bitte an karriere-team@velotte.de.', []],
    [
      'an applicant’s privacy question is one',
      'If you sent us a job application, ask about your personal data at talent@velotte.com.',
      ['talent@velotte.com'],
    ],
  ])('a recruiting desk is no contact: %s', (_name, text, expected) => {
    const contacts = findContacts([para(text)]).contacts;
    expect(contacts.filter((c) => c.kind === 'email').map((c) => c.value)).toEqual(expected);
    expect(contacts.filter((c) => c.kind === 'address')).toEqual([]);
  });

  it.each([
    [
      'strong phrase in text',
      'To exercise your rights, go to https://velotte.fr/privacy-request.',
      ['https://velotte.fr/privacy-request'],
    ],
    [
      'form words and privacy words',
      'Use the form at https://velotte.fr/forms/data to access your personal data.',
      ['https://velotte.fr/forms/data'],
    ],
    ['a plain link is no form', 'Read our blog at https://velotte.fr/blog.', []],
  ])('webform: %s', (_name, text, expected) => {
    expect(
      findContacts([para(text)])
        .contacts.filter((c) => c.kind === 'webform')
        .map((c) => c.value),
    ).toEqual(expected);
  });

  describe('the site’s contact page, when the policy gives no contact at all', () => {
    const URL_ = 'https://velotte.fr/privacy';
    const policy = (nav: string, body = '<p>We collect your name.</p>') =>
      parseHtml(`<html><body><nav>${nav}</nav><main><h1>Privacy</h1>${body}</main></body></html>`);
    const found = (doc: Document) =>
      findContacts(htmlToBlocks(doc, URL_), { doc, pageUrl: URL_ }).contacts.map((c) => [
        c.kind,
        c.value,
        c.role,
      ]);

    it.each([
      ['Contact us', 'https://velotte.fr/contact'],
      ['Kontakt', 'https://velotte.fr/contact'],
      ['  Contactez-nous » ', 'https://velotte.fr/contact'],
      ['Obsługa klienta', 'https://velotte.fr/contact'],
    ])('a link labelled “%s”', (label, url) => {
      expect(found(policy(`<a href="/shop">Shop</a><a href="/contact">${label}</a>`))).toEqual([
        ['webform', url, 'general'],
      ]);
    });

    it('not a link to this very page, nor one whose label only begins like one', () => {
      expect(
        found(policy('<a href="#contact">Contact us</a><a href="/lenses">Contact lenses</a>')),
      ).toEqual([]);
    });

    it('not when the policy gives a contact of its own', () => {
      expect(
        found(policy('<a href="/contact">Contact us</a>', '<p>Write to privacy@velotte.fr.</p>')),
      ).toEqual([['email', 'privacy@velotte.fr', 'privacy']]);
    });
  });

  it('webform from a link of the page', () => {
    const doc = jsdomDoc('<a href="/dsar">Submit a privacy request</a>');
    const r = findContacts([], { doc, pageUrl: 'https://velotte.fr/privacy' });
    expect(r.contacts.map((c) => [c.kind, c.value])).toEqual([
      ['webform', 'https://velotte.fr/dsar'],
    ]);
  });

  it('webform from a link whose label breaks over lines; the same address linked twice, once', () => {
    const doc = parseHtml(
      '<p><a href="/help">Help</a><a href="/help">Submit a\n\t privacy\u00a0<b>request</b></a></p>',
    );
    const r = findContacts([], { doc, pageUrl: 'https://velotte.fr/privacy' });
    expect(r.contacts.map((c) => [c.value, c.evidence])).toEqual([
      ['https://velotte.fr/help', 'Submit a privacy request'],
    ]);
  });

  it('a link to this page or to a section of a page is no form, whatever its fragment says', () => {
    // A page's "Skip to search" link to "#search-block-form" had been the best way to write.
    const doc = parseHtml(
      '<p><a href="/privacy#search-block-form">Skip to search</a> <a href="/privacy#data_requests">Your requests</a> <a href="https://news.velotte.fr/about/policy#privacy_requests">See here</a></p>',
    );
    const r = findContacts([], { doc, pageUrl: 'https://velotte.fr/privacy' });
    expect(r.contacts.filter((c) => c.kind === 'webform')).toEqual([]);
  });

  it('webform from a link whose address names requests in the plural', () => {
    const doc = parseHtml('<p><a href="/privacy/requests/new">Start here</a></p>');
    const r = findContacts([], { doc, pageUrl: 'https://velotte.fr/privacy' });
    expect(r.contacts.map((c) => c.value)).toEqual(['https://velotte.fr/privacy/requests/new']);
  });

  it('webform from a link whose address alone says so, its words between underscores and dots', () => {
    const doc = parseHtml(
      '<p><a href="/legal/data_request.form">Here</a> or <a href="/">Home</a></p>',
    );
    const r = findContacts([], { doc, pageUrl: 'https://velotte.fr/privacy' });
    expect(r.contacts.map((c) => c.value)).toEqual(['https://velotte.fr/legal/data_request.form']);
  });

  it.each([
    ['jsdom', jsdomDoc],
    ['linkedom', parseHtml],
  ])('webform links resolve through the page’s <base href> (%s)', (_name, parse) => {
    const doc = parse(
      '<html><head><base href="https://help.velotte.fr/fr/"></head><body>' +
        '<a href="demande-rgpd">Submit a privacy request</a></body></html>',
    );
    const r = findContacts([], { doc, pageUrl: 'https://velotte.fr/legal/privacy' });
    expect(r.contacts.map((c) => c.value)).toEqual(['https://help.velotte.fr/fr/demande-rgpd']);
  });
});

describe('the controller on a listed vendor’s own site', () => {
  // Own sentences: the vendor list keeps payment providers from being a shop's controller, but
  // on the provider's own policy the provider is the one to write to.
  const blocks = [
    para('Stripe, Inc. provides the payment services described here.'),
    para('Questions about this notice go to Stripe, Inc. in San Francisco.'),
  ];
  it('is named, as a guess, when the site is the vendor’s', () => {
    expect(
      findContacts(blocks, { pageUrl: 'https://policies.stripe.example/privacy' }).controller,
    ).toMatchObject({ name: 'Stripe Inc.', role: 'named' });
  });
  it('is not chosen on another site', () => {
    expect(
      findContacts(blocks, { pageUrl: 'https://shop.velotte.example/privacy' }).controller,
    ).toBeNull();
  });
});

describe('hostile input', () => {
  it.each([
    ['no blocks', []],
    ['empty text', [para('')]],
    ['a huge block', [para(`${'data '.repeat(200_000)} privacy@velotte.fr`)]],
    ['junk', [para('@@@ [at] (dot) .... mailto: +++ 000 ©')]],
  ])('%s: valid result, no throw', (_name, blocks) => {
    expect(ContactsResult.safeParse(findContacts(blocks)).success).toBe(true);
  });

  // Each of these once took seconds to minutes (quadratic regex or per-match rescans); a
  // regression shows as a test timeout, not as a wall-clock assertion.
  it.each([
    ['apostrophe run', "a'".repeat(50_000)],
    ['digit run', '1'.repeat(100_000)],
    ['many URLs in one sentence', 'https://velotte.fr/x '.repeat(20_000)],
    ['many bracketed ats', 'a [at] '.repeat(20_000)],
    ['many spelled dots', `a@b${' dot b'.repeat(20_000)}`],
  ])('%s: stays fast', (_name, text) => {
    expect(ContactsResult.safeParse(findContacts([para(text)])).success).toBe(true);
  });
});

// Sentences written for these tests.
describe('DPO address: which of several', () => {
  it('"dpo" inside an address is no mention of a DPO: the dpo@ address is the DPO’s', () => {
    const r = findContacts([para('Contact: hello@ferrovia.example or dpo@ferrovia.example')]);
    expect(r.dpo?.email).toBe('dpo@ferrovia.example');
  });

  it('our own DPO before another body’s DPO, whatever comes first', () => {
    const r = findContacts([
      para(
        'Pour ce traitement, écrivez au délégué à la protection des données de l’agence régionale : dpd@agence-region.example.',
      ),
      para(
        'Vous pouvez aussi écrire à notre délégué à la protection des données : dpo@velotte.fr.',
      ),
    ]);
    expect(r.dpo?.email).toBe('dpo@velotte.fr');
  });

  it('the list under "Responsabile per la protezione dei dati": the ordinary address before the PEC', () => {
    const section = ['Responsabile per la protezione dei dati'];
    const r = findContacts([
      heading('Responsabile per la protezione dei dati'),
      para('Il Responsabile è raggiungibile ai seguenti recapiti:', section),
      para('PEC: protezionedati@pec.comune-esempio.it', section),
      para('E-mail: protezionedati@comune-esempio.it', section),
    ]);
    expect(r.contacts.map((c) => c.value)).toEqual([
      'protezionedati@comune-esempio.it',
      'protezionedati@pec.comune-esempio.it',
    ]);
  });
});

describe('findContacts: addresses in the page footer, however it is marked up', () => {
  it('reads <footer>, role=contentinfo and ids/classes holding "footer" in any case, not a template', () => {
    const line = (who: string) => `<p>For privacy questions write to ${who}@velotte.example</p>`;
    const html = `<html><body><main><p>We process personal data.</p></main>
      <footer>${line('tag')}</footer><div role="contentinfo">${line('role')}</div>
      <div id="pageFOOTER">${line('id')}</div><div class="x Site-Footer-inner">${line('cls')}</div>
      <template><footer>${line('template')}</footer></template><div class="foot">${line('none')}</div>
      </body></html>`;
    const doc = parseHtml(html);
    // No blocks: what is found is the footer reader's alone.
    const found = findContacts([], { doc })
      .contacts.map((c) => c.value)
      .sort();
    expect(found).toEqual(['cls', 'id', 'role', 'tag'].map((w) => `${w}@velotte.example`));
  });
});
