import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONTROLLER_NEED,
  CONTROLLER_PATTERNS,
  DEFINITION_NEED,
  DEFINITION_PATTERNS,
  OPERATOR_NEED,
  OPERATOR_PATTERNS,
} from '../../../lib/policy-detection/controller-patterns.data';
import { ROLE, WE_ROLE } from '../../../lib/policy-detection/controller-roles.data';
import { isName } from '../../../lib/policy-detection/controller-statement';
import { findController } from '../../../lib/policy-detection/find-controller';
import { markdownToBlocks } from '../../../lib/policy-text/markdown-to-blocks';
import { segmentBlocks } from '../../../lib/policy-text/segment-blocks';

/** Our own sentences, one shape per row: what the controller step must read in each language. */
const controllerOf = (md: string, lang = 'en') => {
  const blocks = markdownToBlocks(md);
  return findController(segmentBlocks(blocks, lang), undefined, blocks);
};

describe('controller identification (a step of its own, eight languages)', () => {
  it.each([
    [
      'en',
      'In this notice, Larkspur Analytics is the data controller for your account data.',
      'Larkspur Analytics',
    ],
    [
      'en',
      'Ferrovia Nord Plc (hereinafter "we") is the controller of the data described here.',
      'Ferrovia Nord Plc',
    ],
    [
      'fr',
      'Brisemer SA agit en tant que responsable de traitement pour les données du site.',
      'Brisemer SA',
    ],
    [
      'fr',
      'Le responsable du traitement est la société Pavillon Bleu SAS, 3 rue des Lilas, Lyon.',
      'Pavillon Bleu SAS',
    ],
    [
      'de',
      'Verantwortlicher im Sinne der DSGVO ist der:\n\nLindenhof Kulturverein e. V.  \nMarktplatz 1',
      'Lindenhof Kulturverein e. V.',
    ],
    [
      'es',
      'El responsable del tratamiento es Ayuntamiento de Villafría, con sede en la Plaza Mayor 1.',
      'Ayuntamiento de Villafría',
    ],
    [
      'it',
      'Il titolare del trattamento è l’Università degli Studi di Borgoverde, con sede in Via Roma 2.',
      'Università degli Studi di Borgoverde',
    ],
    [
      'nl',
      'Stichting Duinroos is de verwerkingsverantwoordelijke voor de persoonsgegevens op deze website.',
      'Stichting Duinroos',
    ],
    [
      'pt',
      'O responsável pelo tratamento é a Quinta do Vale Lda, com sede em Braga.',
      'Quinta do Vale Lda',
    ],
    [
      'pl',
      'Administratorem danych osobowych uczestników jest Fundacja Zielony Most z siedzibą w Krakowie.',
      'Fundacja Zielony Most',
    ],
  ])('%s: %s', (lang, md, name) => {
    expect(controllerOf(md, lang)).toMatchObject({ name, role: 'controller' });
  });

  it('reads the name under a "Controller" heading, preferring the organisation to its representative', () => {
    const md =
      '## 1. Data controller\n\nMaria Olsen, on behalf of\n\nNordlys Ferger AS\n\n## 2. Data';
    expect(controllerOf(md)).toMatchObject({ name: 'Nordlys Ferger AS', role: 'controller' });
  });

  it('joint controllers are said to be joint', () => {
    expect(controllerOf('Joint controller: Tallgrass Oy')).toMatchObject({
      name: 'Tallgrass Oy',
      role: 'jointController',
    });
  });

  it('"we are the controller" resolved to who "we" are; an alias read back to the name', () => {
    expect(
      controllerOf(
        'Corvid Labs Ltd ("Corvid", "we") runs this site.\n\nWe are the data controller.',
      ),
    ).toMatchObject({ name: 'Corvid Labs Ltd', role: 'controller' });
    expect(
      controllerOf(
        'SOLUTIONS ALTAIR, ci-après dénommée « l’Organisme », publie cette politique.\n\nL’Organisme, en sa qualité de responsable de traitement, respecte le RGPD.',
        'fr',
      ),
    ).toMatchObject({ name: 'SOLUTIONS ALTAIR' });
  });

  it('the imprint block names the operator when no controller sentence exists', () => {
    expect(
      controllerOf('# Impressum\n\nLandeshauptstadt Beispielstadt\n\nRathausplatz 1', 'de'),
    ).toMatchObject({
      name: 'Landeshauptstadt Beispielstadt',
      role: 'operator',
    });
  });

  it.each([
    [
      'a processor',
      'Payments are handled by Stripe, Inc., our processor. Cloudy Hosting GmbH is our sub-processor.',
    ],
    ['another controller', 'When you book a bus, the carrier acts as an independent controller.'],
    [
      'a definition',
      'A controller is the body that determines the purposes and means of processing.',
    ],
    [
      'the customer',
      'For business accounts you are the data controller and we are your processor.',
    ],
  ])('never chooses %s', (_what, md) => {
    const c = controllerOf(md);
    expect(c?.role === 'controller' || c?.role === 'jointController' ? c.name : null).toBeNull();
  });

  it.each([
    'CA',
    'London N1 9GU',
    'GmbH',
    'We',
    'the Company',
    'Google LLC',
    'CNIL',
    '75001 Paris',
  ])('%j is not a controller name', (name) => {
    expect(isName(name)).toBe(false);
  });
});

describe("the policy's own party when no controller is named (the actor)", () => {
  const filler =
    '\n\nWe keep this page short.\n\nWe explain each use below.\n\nYou can ask us anything.\n\nThis page has five parts.';
  it.each([
    [
      'the subject of "has adopted" and "collects", twice',
      'Quillfeather Studio has adopted this privacy policy. Quillfeather Studio collects only your nickname.',
      'Quillfeather Studio',
    ],
    [
      'a parenthesis between the name and its verb; "It is X’s policy"',
      `Welcome.${filler}\n\nIt is Lantern Row Radio’s policy to respect your privacy. Lantern Row Radio (web: lanternrow.example) appreciates your trust.`,
      'Lantern Row Radio',
    ],
    [
      'the first sentence under "Who we are"',
      '## Who we are\n\nThe Orchard Valley Trust (OVT) is a charity that runs walking tours.',
      'Orchard Valley Trust',
    ],
    [
      "a lower-case brand that is the site's own domain",
      'At plumly, accessible from plumly.app, the privacy of our visitors matters to us.',
      'plumly',
    ],
    [
      'a name in the contact block that is also the address',
      `## Contact us${filler}\n\nQuestions? Write to tomasbrandt.apps@example.org.\n\nTomas Brandt`,
      'Tomas Brandt',
    ],
  ])('%s', (_what, md, name) => {
    expect(controllerOf(md)).toMatchObject({ name, role: 'named' });
  });

  it('a developer named in lower case after "the … app … was created by"', () => {
    expect(
      controllerOf(
        'This policy applies to the Pebblecount app (hereby referred to as "Application") for mobile devices that was created by mira kovac (hereby referred to as "Service Provider") as a free service.',
      ),
    ).toMatchObject({ name: 'mira kovac', role: 'operator' });
  });

  it.each([
    [
      'Administratorem danych osób biorących udział w konkursie Velotte Cup – edycja dla szkół średnich jest Fundacja Velotte z siedzibą w Krakowie.',
      'Fundacja Velotte',
    ],
    [
      'Verantwortlicher für die Datenverarbeitung der Velotte-App – Version 2 – ist die Velotte GmbH, Hauptstraße 5, 10115 Berlin.',
      'Velotte GmbH',
    ],
  ])('a dash inside the role’s qualifier is no copula: %s', (text, name) => {
    expect(controllerOf(text)).toMatchObject({ name, role: 'controller' });
  });

  it('a definition in single quotes: (hereinafter referred to as ‘We’); said, not guessed', () => {
    expect(
      controllerOf('Harbour Light Museum (hereinafter referred to as ‘We’, ‘Us’) welcomes you.'),
    ).toMatchObject({ name: 'Harbour Light Museum', role: 'operator' });
  });

  it('"(hereby referred to as the "Service Provider")" defines the party', () => {
    expect(
      controllerOf(
        'The Tidewatch app (hereby referred to as "Application") comes to you from Corran Bay (hereby referred to as the "Service Provider") for free.',
      ),
    ).toMatchObject({ name: 'Corran Bay', role: 'operator' });
  });

  it.each([
    ['a vendor', 'Google Analytics collects your IP address. Google uses it for reports.'],
    ['a thing', 'The App collects crash reports. The Application stores them for a week.'],
    ['a pronoun', 'Elle collecte vos données. Elle traite vos demandes.'],
    [
      'a partner',
      'Our advertising partner Bluefin Media collects device data. Our analytics provider Bluefin Media uses it.',
    ],
    ['a name met once in passing', `${filler.trim()}\n\nWindrose Games stores your scores.`],
  ])('never chooses %s', (_what, md) => {
    expect(controllerOf(md)).toBeNull();
  });
});

describe('who "we" are, from the policy\'s own structure', () => {
  it('the name its own addresses spell, when it says "we are the controller"', () => {
    expect(
      controllerOf(
        'Nous sommes responsable de traitement pour le Site.\n\nLe Site de Plume et Lune présente nos offres.\n\nPlume et Lune publie aussi une lettre.\n\nÉcrivez à privacy@plumeetlune.fr.',
        'fr',
      ),
    ).toMatchObject({ name: 'Plume et Lune', role: 'controller' });
  });

  it("a mailbox provider's domain spells no one", () => {
    expect(
      controllerOf(
        'We are the data controller.\n\nGmail users: write to coralapps@gmail.com. Gmail is fine.',
      ),
    ).toBeNull();
  });

  it('a role set on a line of its own, then "il Titolare … è" a term the glossary defines', () => {
    const md = [
      '- **Associazione,** si intende l’associazione “Amici del Faro – Centro studi costieri”, con sede in via Mare 1, Bari.',
      '**5. Titolare del Trattamento**',
      '1. Il Titolare, ai sensi dell’art. 4 punto 7) del Regolamento, è l’Associazione, nella persona del legale rappresentante.',
    ].join('\n\n');
    expect(controllerOf(md, 'it')).toMatchObject({
      name: 'Amici del Faro – Centro studi costieri',
      role: 'controller',
    });
  });

  // Our own sentences: two professionals named once, then called by a common noun.
  it.each([
    [
      'pt',
      'Os advogados Ana Sousa (NIF 123 456 789) e Rui Lopes (NIF 987 654 321), com escritório em Braga, tratam os dados dos seus clientes.',
      '- Responsável pelo tratamento: quem decide as finalidades e os meios – neste caso, os Advogados;',
      'Ana Sousa e Rui Lopes',
    ],
    [
      'en',
      'The architects Jane Moss and Tom Reyes, of 4 Quay Street, Cork, handle the data of their clients.',
      '- Controller: whoever decides the purposes and means of processing – in this case, the Architects.',
      'Jane Moss and Tom Reyes',
    ],
  ])(
    '%s: "in this case, the <noun>" read back to the names it first stood beside',
    (lang, first, entry, name) => {
      expect(controllerOf(`${first}\n\n${entry}`, lang)).toMatchObject({
        name,
        role: 'controller',
      });
    },
  );

  it('a brand in capitals is not read as a common noun', () => {
    const md = [
      'Download the velotte Pro app.',
      'VELOTTE determines the purposes and means of the processing.',
    ].join('\n\n');
    expect(controllerOf(md)?.name).toBe('VELOTTE');
  });
});

describe('who is never the controller on real pages (own sentences, general rules)', () => {
  it.each([
    ['a street line', 'Beispielplatz 8'],
    ['a street line with a letter', 'Via Esempio 12a'],
    ['a registration number', 'Registration No. Z1234567'],
    ['a company number alone', 'HRB 123456'],
    ['a page title', 'Velotte University Privacy Policy'],
    ['a heading’s clause', 'Use of Your Data Is Limited'],
    ['a defined term with a legal form', 'Site SRL'],
    ['a fragment of a name', 'Studios'],
    ['a dispute-resolution body', 'Council of Better Business Bureaus'],
    ['a privacy seal', 'TRUSTe'],
    ['an arbitration service', 'JAMS'],
    ['a transfer framework', 'EU-U.S. Privacy Shield'],
    ['a list of parties', 'Parent Companies and/or Affiliates of Velotte'],
  ])('%s (%j) is not a controller name', (_what, name) => {
    expect(isName(name)).toBe(false);
  });

  it.each(['Channel 4 Ltd', 'Velotte Studios Ltd', 'Studio 54', 'b1617 Games'])(
    '%j is still a name',
    (name) => {
      expect(isName(name, true)).toBe(true);
    },
  );

  it('a registration number after the name does not replace the name', () => {
    expect(
      controllerOf(
        'For residents of the European Union, the company Velotte Games Europe Limited, Registration No. Z1234567, is the data controller.',
      ),
    ).toMatchObject({ name: 'Velotte Games Europe Limited', role: 'controller' });
  });

  it('"operated by" names the operator of our site only, not of a programme or a service we use', () => {
    const md = [
      'We take part in the Velotte Trust Programme, which is operated by the Council of Better Business Bureaus.',
      'We list our articles in the Press Index, a service operated by Indexa LLC.',
      'Season statistics provided by Statsfeed Inc.',
      'This website is operated by Velotte Media Ltd.',
    ].join('\n\n');
    expect(controllerOf(md)).toMatchObject({ name: 'Velotte Media Ltd.', role: 'operator' });
    const without = md.split('\n\n').slice(0, 3).join('\n\n');
    // At most a guess (role "named") from the names alone, and never the dispute body.
    expect(controllerOf(without)?.role).not.toBe('operator');
    expect(controllerOf(without)?.name ?? null).not.toMatch(/Bureaus/);
  });

  it('a body named in sentences about disputes or enforcement is not the party most named', () => {
    const md = [
      'Velotte Learning Inc. runs this portal for its students.',
      'The Department of Education enforces this Act.',
      'Complaints about a breach of the Act go to the Department of Education.',
      'You may also bring disputes to the Department of Education.',
    ].join('\n\n');
    expect(controllerOf(md)?.name).toBe('Velotte Learning Inc.');
  });

  it('an example of a sister company is not the operator; "and its subsidiaries" is not in the name', () => {
    const c = controllerOf(
      'Each Velotte company (e.g., Velotte Europe Limited, which operates velotte.example.uk) has its own policy.\n\nVelotte Inc. answers your questions.\n\nCopyright 2024 Velotte Inc.',
    );
    expect(c).toMatchObject({ name: 'Velotte Inc.', role: 'named' });
    expect(
      controllerOf('This website is operated by Velotte Company and its subsidiaries.'),
    ).toMatchObject({ name: 'Velotte Company', role: 'operator' });
  });

  it('shouted boilerplate names no operator', () => {
    const md =
      'LINKED SITES ARE OPERATED BY OTHERS AND WE ASSUME NO LIABILITY FOR THEIR CONTENT.\n\nCopyright 2024 Velotte Inc.';
    expect(controllerOf(md)?.name).toBe('Velotte Inc.');
  });

  it('an imprint’s street line is not the operator', () => {
    const c = controllerOf('# Impressum\n\nBeispielplatz 8\n\n80000 Beispielstadt', 'de');
    expect(c?.name ?? null).not.toBe('Beispielplatz 8');
  });
});

describe('quick tests before the slow controller patterns (speed, issue 11, item 8)', () => {
  // Each sentence is one the pattern matches; its quick test (`need`) must pass it, or the
  // pattern would be skipped on a sentence it names the controller in.
  const matched = [
    'Harbour Light Museum (hereinafter referred to as ‘We’, ‘Us’) welcomes you.',
    'Ferrovia Nord Plc ("we", "us") runs this site.',
    'Velotte Ltd (the "COMPANY") runs this site.',
    "Brisemer SA (ci-après 'Nous') édite ce site.",
    'Larkspur GmbH (hereinafter “Service Provider”) provides the app.',
    'Quillon B.V. (“Publisher”) publishes the magazine.',
  ];
  const guarded = DEFINITION_PATTERNS.filter((p) => p.need);
  it.each(matched)('%s: matched, and passes the quick test', (sentence) => {
    expect(guarded).toHaveLength(1);
    for (const { re, need } of guarded) {
      expect(re.test(sentence)).toBe(true);
      expect(need?.test(sentence)).toBe(true);
    }
  });
  it('the quick test rules out a parenthesis without a quoted party', () => {
    expect(
      guarded[0]?.need?.test('Velotte Ltd (a company registered in England) runs this site.'),
    ).toBe(false);
  });
});

describe("a list's quick test passes every sentence one of its patterns matches", () => {
  // One sentence per pattern, in list order, each in the case a policy may write it.
  const controller = [
    'The DATA CONTROLLER is Velotte SAS, 12 rue des Lilas.',
    'Le responsable du traitement est Brisemer SA.',
    'Verantwortliche Stelle im Sinne der DSGVO ist Larkspur GmbH.',
    'El responsable del tratamiento es Quillon SL.',
    'Il titolare del trattamento è Ferrovia Nord S.p.A.',
    'De verwerkingsverantwoordelijke is Harbour BV.',
    'O responsável pelo tratamento é Marés Lda.',
    'Administratorem danych osobowych jest Zefir Sp. z o.o.',
    'Velotte SAS acts as the data Controller for the site.',
  ];
  const operator = [
    'nichgames built the Velotte app as a free app.',
    'This Website is operated by Larkspur Ltd.',
    'The site is owned by Quillon Inc.',
    'The Velotte app for phones was created by jo lindqvist.',
    'Velotte Ltd, which operates velotte.co.uk, sends the newsletter.',
  ];
  const definition = [
    'We / us – Velotte SAS',
    '"We" means Brisemer SA, 4 quai des Chartrons.',
    'Larkspur GmbH (hereinafter ‘We’) runs this site.',
  ];
  it.each([
    ['controller', CONTROLLER_PATTERNS, CONTROLLER_NEED, controller],
    ['operator', OPERATOR_PATTERNS, OPERATOR_NEED, operator],
    ['definition', DEFINITION_PATTERNS, DEFINITION_NEED, definition],
  ] as const)('%s patterns', (_, patterns, need, sentences) => {
    expect(sentences).toHaveLength(patterns.length);
    patterns.forEach((p, i) => {
      expect(p.re.test(sentences[i] ?? '')).toBe(true);
      expect(need.test(sentences[i] ?? '')).toBe(true);
    });
    expect(need.test('We use cookies to remember your choices.')).toBe(false);
  });
});

describe('"we are the controller" is asked only of sentences naming the role', () => {
  // controller-statement.ts runs WE_ROLE only where ROLE matched: sound when every WE_ROLE match
  // holds a ROLE match (the same flags, no lookaround in ROLE).
  const ROLE_RE = new RegExp(ROLE, 'iu');
  const pieces = [
    'we',
    'We',
    'NOUS',
    'wir',
    'are',
    'act as',
    'sommes',
    'als',
    'the',
    'la',
    'data',
    'joint',
    'controller',
    'Controllers',
    'responsables du traitement',
    'Verantwortliche',
    'titolari dei trattamenti',
    'controladora',
    'administratorem danych',
    ' ',
    ',',
    '(',
    'x',
  ];
  it('every text WE_ROLE matches, ROLE matches', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (parts) => {
        for (const text of [parts.join(' '), parts.join('')]) {
          if (WE_ROLE.test(text)) {
            expect(ROLE_RE.test(text)).toBe(true);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });
  it.each([
    'We are the data controller.',
    'Nous sommes responsables du traitement.',
    'Wir als Verantwortliche',
  ])('%j: both', (text) => {
    expect(WE_ROLE.test(text) && ROLE_RE.test(text)).toBe(true);
  });
});
