import { describe, expect, it } from 'vitest';
import { extractRights } from '../../../../lib/policy-analysis/extract/rights';
import { contextOf } from './support';

const rightsOf = (lang: string, ...lines: string[]): string[] =>
  extractRights(contextOf(lang, ...lines)).map((r) => r.value);

// Sentences written for these tests, in the GDPR's usual terms.
describe('extractRights: withdrawal of consent is granted wherever it is said', () => {
  it.each([
    ['en', 'You may withdraw your consent at any time.'],
    ['en', 'Consent given can be revoked at any time by writing to us.'],
    ['fr', 'Vous pouvez décider à tout moment de retirer votre consentement.'],
    ['de', 'Eine erteilte Einwilligung kann jederzeit widerrufen werden.'],
    ['es', 'Su consentimiento puede ser revocado en cualquier momento.'],
    ['it', 'Il consenso può essere revocato in qualsiasi momento.'],
    ['nl', 'U kunt uw toestemming te allen tijde intrekken.'],
    ['pt', 'O consentimento pode ser revogado a qualquer momento.'],
    ['pl', 'Zgodę można w każdej chwili wycofać.'],
  ])('%s: %s', (lang, text) => {
    // Under a legal-basis heading, not a rights one: the sentence itself grants it.
    expect(rightsOf(lang, '# Legal basis', text)).toEqual(['withdrawConsent']);
  });

  it('consent given (not withdrawn) grants nothing', () => {
    expect(rightsOf('en', '# Legal basis', 'We process your data with your consent.')).toEqual([]);
  });
});

describe('extractRights: cues the same in every language', () => {
  it.each([
    [
      'it',
      "L'interessato ha diritto di chiedere la comunicazione dei dati ai sensi dell'art. 20 del Regolamento.",
      ['portability'],
    ],
    ['de', 'Sie haben das Recht nach Art. 18 DSGVO.', ['restriction']],
    [
      'es',
      'Tiene derecho a recibir sus datos en un formato estructurado y de uso común.',
      ['portability'],
    ],
    ['en', 'You have the right to request a human review of the decision.', ['automatedDecisions']],
  ])('%s: %s', (lang, text, expected) => {
    expect(rightsOf(lang, text)).toEqual(expected);
  });

  it('a range of articles ("art. 15 ff.") lists no one right', () => {
    expect(
      rightsOf('de', 'Ihre Rechte nach Art. 15 ff. DSGVO können Sie uns gegenüber geltend machen.'),
    ).toEqual([]);
  });

  it('a rights sentence naming an authority grants the complaint to it', () => {
    expect(rightsOf('en', 'You have the right to appeal to the Data Inspectorate.')).toEqual([
      'complaintToAuthority',
    ]);
  });
});

describe('extractRights: a denied right is not listed', () => {
  it.each([
    [
      'it',
      'Diritto alla portabilità dei dati: non hai diritto alla portabilità quando il trattamento è necessario per un compito di interesse pubblico.',
    ],
    ['en', 'You do not have a right to portability of this data.'],
  ])('%s: %s', (lang, text) => {
    expect(rightsOf(lang, text)).not.toContain('portability');
  });

  it.each([
    [
      'the right not to be subject to automated decisions is the right, not its denial',
      'You have the right to not be subject to an automated decision. We do not engage in automated decision-making.',
    ],
  ])('%s', (_case, text) => {
    expect(rightsOf('en', text)).toContain('automatedDecisions');
  });
});

describe('extractRights: automated decisions are a right only where granted (GDPR Art. 22)', () => {
  it.each([
    [
      'de',
      'Sie haben das Recht, nicht einer ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhenden Entscheidung unterworfen zu werden.',
    ],
    ['en', 'You have the right to object to automated decision-making about you.'],
  ])('%s: granted', (lang, text) => {
    expect(rightsOf(lang, lang === 'de' ? '# Ihre Rechte' : '# Your rights', text)).toContain(
      'automatedDecisions',
    );
  });

  it.each([
    ['de', 'Wir verwenden keine automatisierten Entscheidungsfindungen, die Sie beeinträchtigen.'],
    [
      'de',
      'Sie haben ein Recht auf Auskunft über das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling gemäß Art. 22 Abs. 1 und 4 DSGVO.',
    ],
    [
      'en',
      'You have the right to know the existence of automated decision-making, including profiling, under Art. 22 GDPR.',
    ],
  ])('%s: not granted by "%s"', (lang, text) => {
    expect(rightsOf(lang, lang === 'de' ? '# Ihre Rechte' : '# Your rights', text)).not.toContain(
      'automatedDecisions',
    );
  });
});

// Sentences written for these tests: portability and restriction in words the lexicons missed.
describe('extractRights: portability by where the data go, restriction by its verb', () => {
  it.each([
    ['en', 'You have the right to have your data sent to another controller.', ['portability']],
    [
      'fr',
      'Vous avez le droit de faire transmettre vos données à un autre responsable.',
      ['portability'],
    ],
    ['es', 'Tiene derecho a que sus datos se envíen a otro responsable.', ['portability']],
    ['it', "L'utente ha il diritto di trasmettere i dati a un altro titolare.", ['portability']],
    ['es', 'También tiene derecho a solicitar la transferencia de sus datos.', ['portability']],
    ['es', 'Tiene derecho a restringir el uso de su información.', ['restriction']],
  ])('%s: %s', (lang, text, expected) => {
    expect(rightsOf(lang, text)).toEqual(expected);
  });

  it('a transfer to other countries in a rights sentence is no portability', () => {
    expect(
      rightsOf('es', 'Tiene derecho a solicitar la transferencia de sus datos a terceros países.'),
    ).toEqual([]);
  });

  it('another controller outside a rights sentence grants nothing', () => {
    expect(rightsOf('en', '# Sharing', 'We may disclose data to another controller.')).toEqual([]);
  });
});

describe('extractRights: directives about one’s data after death grant no erasure or access', () => {
  it.each([
    [
      'fr',
      'Vous disposez d’un droit de rectification et du droit de donner des directives relatives à la conservation, à l’effacement et à la communication de vos données après votre décès.',
      ['rectification'],
    ],
    [
      'en',
      'You have the right to rectification and to leave instructions on the deletion of your data after your death.',
      ['rectification'],
    ],
    [
      'it',
      'Hai diritto alla rettifica e puoi lasciare disposizioni sulla cancellazione dei tuoi dati dopo la tua morte.',
      ['rectification'],
    ],
    [
      'fr',
      'Vous avez un droit d’effacement, ainsi que le droit de définir des directives post-mortem.',
      ['erasure'],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(rightsOf(lang, text)).toEqual(expected);
  });
});

// Sentences written for these tests: rights in plain words, and a list "You have the right to:"
// introduces.
describe('extractRights: plain words, and the items of a list of rights', () => {
  it('each item of a list "You have the right to:" introduces is a right granted', () => {
    const rights = rightsOf(
      'en',
      '# Choices',
      'You have the right to:',
      '- not have decisions about you made only by a computer',
      '- ask us to use your details only for some purposes',
      '- change your mind and ask us to stop using your details',
    );
    expect(rights).toEqual(['restriction', 'objection', 'automatedDecisions', 'withdrawConsent']);
  });

  it('a list not introduced as rights grants none of them', () => {
    expect(
      rightsOf('en', '# Choices', 'Our tools let you:', '- see decisions made by a computer'),
    ).toEqual([]);
  });

  it('saying an algorithm decides is no right in a rights section', () => {
    expect(
      rightsOf('en', '# Your rights', 'Our algorithms make no decisions about your loan.'),
    ).not.toContain('automatedDecisions');
  });

  it('"if you change your mind, you can unsubscribe" withdraws consent, wherever it is said', () => {
    expect(
      rightsOf('en', '# Newsletter', 'If you change your mind, you can unsubscribe at any time.'),
    ).toEqual(['withdrawConsent']);
  });

  it('fr: "cesser d’utiliser" objects, "limiter le traitement" restricts', () => {
    expect(
      rightsOf(
        'fr',
        '# Vos droits',
        'Vous pouvez nous demander de cesser d’utiliser vos données ou de limiter le traitement.',
      ),
    ).toEqual(['restriction', 'objection']);
  });
});
