import { describe, expect, it } from 'vitest';
import { classifyPassage, classifySegments } from '../../../lib/policy-analysis/classify';
import { segmentBlocks } from '../../../lib/policy-text/segment-blocks';
import type { Label } from '../../../lib/policy-analysis/taxonomy';
import {
  NEGATIVES,
  RIGHTS_LIST,
  SAMPLE_POLICY,
} from '../../fixtures/analysis-classify/sample-policies';

const LANGS = ['en', 'fr', 'de'] as const;

function labelsOf(text: string, lang: string, headingPath: string[] = []): Set<Label> {
  const result = classifyPassage(text, lang, headingPath);
  return new Set<Label>([
    ...result.opp.map((l) => `opp:${l.category}` as const),
    ...result.gdpr.map((l) => `gdpr:${l.requirement}` as const),
    ...result.topics.map((l) => `topic:${l.topic}` as const),
  ]);
}

const cases = LANGS.flatMap((lang) =>
  SAMPLE_POLICY.map((c) => ({ lang, text: c[lang], expect: c.expect })),
);

describe('classifyPassage', () => {
  it.each(cases)('$lang: "$text" → $expect', ({ lang, text, expect: expected }) => {
    const labels = labelsOf(text, lang);
    for (const label of expected) {
      expect(labels, label).toContain(label);
    }
  });

  it.each(NEGATIVES)('$lang: "$text" is not $not', ({ lang, text, not }) => {
    const labels = labelsOf(text, lang);
    if (not === 'all') {
      expect([...labels]).toEqual([]);
    } else {
      for (const label of not) {
        expect(labels, label).not.toContain(label);
      }
    }
  });

  it('finds as many expected labels in French and German as in English', () => {
    const recall = (lang: (typeof LANGS)[number]) => {
      const expected = SAMPLE_POLICY.flatMap((c) => c.expect.map((l) => [c[lang], l] as const));
      return expected.filter(([text, l]) => labelsOf(text, lang).has(l)).length / expected.length;
    };
    expect(recall('fr')).toBeGreaterThanOrEqual(recall('en') - 0.05);
    expect(recall('de')).toBeGreaterThanOrEqual(recall('en') - 0.05);
  });

  it.each([
    ['en', 'Acme Widgets Ltd. runs this shop.'],
    ['fr', 'La boutique est tenue par Lumière Édition SARL.'],
    ['de', 'Die Bäckerei Müller GmbH betreibt diesen Shop.'],
    // a legal form with a capital outside A–Z, and nothing else the cue's filter could meet
    ['en', 'Northwind Ridge OÜ runs this shop'],
  ])('%s: a company name with its legal form names the controller: %s', (lang, text) => {
    expect(labelsOf(text, lang)).toContain('gdpr:controller-name');
  });

  it.each(LANGS)('%s: a list of rights names each right', (lang) => {
    const labels = labelsOf(RIGHTS_LIST[lang], lang);
    for (const right of [
      'access',
      'rectification',
      'erasure',
      'restrict',
      'object',
      'portability',
    ] as const) {
      expect(labels, right).toContain(`gdpr:right-${right}`);
    }
  });

  it('gives evidence that slices back to the text', () => {
    const text = 'Intro. We keep billing data for no longer than 14 months.';
    const result = classifyPassage(text, 'en');
    const retention = result.gdpr.find((l) => l.requirement === 'retention-period');
    expect(retention?.cues.length).toBeGreaterThan(0);
    for (const cue of retention?.cues ?? []) {
      expect(text.slice(cue.start, cue.end)).toBe(cue.quote);
      expect(cue.segment).toBe(0);
    }
  });

  it('quotes the first whole-word match, not the cue inside a longer word before it', () => {
    // "cookies" first occurs inside "supercookies" (no word start there): the cue's match is the
    // second, whole word — the search skips a match that follows a letter and goes on.
    const text = 'Our supercookies page: we set cookies.';
    const cookies = classifyPassage(text, 'en').topics.find((l) => l.topic === 'cookies-tracking');
    expect(cookies?.cues[0]).toMatchObject({
      start: text.lastIndexOf('cookies'),
      quote: 'cookies',
    });
    expect(labelsOf('Our supercookies page.', 'en')).not.toContain('topic:cookies-tracking');
  });

  it('tries a cue at every word it may start with, in order, and quotes the first that matches', () => {
    // "we collect" is tried only where a word "we" (or "us", "our", "the") begins: the first
    // "We" and the "we" inside "awe" start no match, the third does.
    const text = 'We value your awe, so we often collect less. We collect more.';
    const firstParty = classifyPassage(text, 'en').opp.find((l) => l.category === 'first-party');
    expect(firstParty?.cues[0]).toMatchObject({
      start: text.indexOf('we often'),
      quote: 'we often collect',
    });
  });

  it('finds a cue among hundreds of words it may start with (the places are kept, however many)', () => {
    // the place of the match is kept while hundreds more are, before and after it
    const text = `${'we us our, '.repeat(100)}we collect your email, ${'we us our, '.repeat(200)}.`;
    const firstParty = classifyPassage(text, 'en').opp.find((l) => l.category === 'first-party');
    expect(firstParty?.cues[0]).toMatchObject({
      start: text.indexOf('we collect'),
      quote: 'we collect',
    });
  });

  it.each([
    ['a typographic quote', 'This shop, “we” below, sells tea.', '“we”'],
    ['a straight quote', 'This shop, "we" below, sells tea.', '"we"'],
  ])('runs a cue that needs a character (%s) the text has', (_, text, quote) => {
    // the cue's "(“we”)" alternative needs the opening character: the scan of the text marks it
    const controller = classifyPassage(text, 'en').gdpr.find(
      (l) => l.requirement === 'controller-name',
    );
    expect(controller?.cues[0]).toMatchObject({ start: text.indexOf(quote), quote });
  });

  it('leans on the heading path, but never labels without a cue in the text', () => {
    const under = labelsOf('We keep it for 30 days.', 'en', ['Data retention']);
    expect(under).toContain('opp:data-retention');
    expect(labelsOf('Thank you for reading.', 'en', ['Data retention']).size).toBe(0);
  });
});

describe('classifySegments', () => {
  it('labels each segment by its index, with evidence in that segment', () => {
    const segments = segmentBlocks(
      [
        { kind: 'heading', text: 'Your rights', level: 2, headingPath: [] },
        {
          kind: 'paragraph',
          text: 'Our shop opens at nine. You may withdraw your consent at any time.',
          headingPath: ['Your rights'],
        },
      ],
      'en',
    );
    const labels = classifySegments(segments, 'en');
    expect(labels.map((l) => l.segment)).toEqual([0, 1, 2]);
    expect(labels[1]?.gdpr).toEqual([]);
    const withdraw = labels[2]?.gdpr.find((l) => l.requirement === 'right-withdraw-consent');
    expect(withdraw?.cues[0]).toEqual({
      segment: 2,
      start: 8,
      end: 29,
      quote: 'withdraw your consent',
    });
  });

  it('uses English rules for a language without its own', () => {
    const [labels] = classifySegments(
      [{ index: 0, block: 0, start: 0, end: 10, text: 'You can opt out.', headingPath: [] }],
      'sv',
    );
    expect(labels?.opp.map((l) => l.category)).toContain('user-choice');
  });
});

describe('GDPR Art. 13/14 cues (English, our own sentences)', () => {
  it.each([
    ['Customers may ask to erase their account information.', 'gdpr:right-erasure'],
    ['Users can request to receive the personal data we store about them.', 'gdpr:right-access'],
    ['Members are entitled to know which data we process about them.', 'gdpr:right-access'],
  ] as const)('"%s" → %s', (text, label) => {
    expect(labelsOf(text, 'en')).toContain(label);
  });

  it.each([
    // what the browser sends comes from the visitor: collected (Art. 13), not a source (Art. 14)
    ['We record the details your browser sends when you open a page.', 'gdpr:source-of-data'],
    ['Details are sent by your device each time the app starts.', 'gdpr:source-of-data'],
    // kept on the user's device, not by us: no retention period
    ['The content you create will be retained on your device.', 'gdpr:retention-period'],
    ['Game data is kept on your phone, not on our servers.', 'gdpr:retention-period'],
    // a complaint to the company is not one lodged with an authority
    ['To make a complaint about an order, contact us by phone.', 'gdpr:right-lodge-complaint'],
    [
      'If we receive a formal complaint from you, we work with the data protection authority to settle it.',
      'gdpr:right-lodge-complaint',
    ],
  ] as const)('"%s" is not %s', (text, label) => {
    expect(labelsOf(text, 'en')).not.toContain(label);
  });

  it('still reads a complaint to the supervisory authority and a source from partners', () => {
    expect(labelsOf('You may lodge a complaint with a supervisory authority.', 'en')).toContain(
      'gdpr:right-lodge-complaint',
    );
    expect(labelsOf('We receive your details from our business partners.', 'en')).toContain(
      'gdpr:source-of-data',
    );
  });
});

describe('OPP-115 "Other" and consent as a legal basis (English, our own sentences)', () => {
  it.each([
    // another party's own rules: a practice this policy does not cover, not our sharing
    ['Partner shops keep their own privacy policies, over which we have no control.', 'opp:other'],
    ['Please consult the privacy notices of those partner shops.', 'opp:other'],
    // what the policy is: an introduction
    ['Our notice outlines the choices you have.', 'opp:other'],
    ['This is the document, which summarises how the shop works.', 'opp:other'],
    // seal programmes and independent dispute resolution
    ['Our shop takes part in a seal program run by an independent organisation.', 'opp:other'],
    // consent given by the visitor, however worded, is a legal basis (Art. 6(1)(a))
    ['By signing up, you consent to the processing of your details.', 'gdpr:legal-basis'],
  ] as const)('"%s" → %s', (text, label) => {
    expect(labelsOf(text, 'en')).toContain(label);
  });

  it('"user information" names data; it does not say that we use it', () => {
    expect(labelsOf('User information is described in the next section.', 'en')).not.toContain(
      'opp:first-party',
    );
    expect(labelsOf('We use your information to answer you.', 'en')).toContain('opp:first-party');
  });

  it('what the visitor opts out of (third-party ads) weighs less as a disclosure to third parties', () => {
    const score = (text: string) =>
      classifyPassage(text, 'en').opp.find((l) => l.category === 'third-party')?.score ?? 0;
    expect(score('You can opt out of third-party advertising.')).toBeLessThan(
      score('You can see third-party advertising.'),
    );
  });

  it.each([
    // a stem at the end of a cue needs its '~' ("advertis" alone never matched "advertising")
    ['We disclose your order details to our advertisers.', 'opp:third-party'],
    ['We obtain data from advertisers.', 'gdpr:source-of-data'],
  ] as const)('"%s" → %s', (text, label) => {
    expect(labelsOf(text, 'en')).toContain(label);
  });
});

describe("the policy's own date (our own sentences)", () => {
  // a two-digit day ('[0-9]' before the word boundary matched only one digit) and a month cut
  // off by the sentence splitter ("Jan." ends a sentence)
  it.each([
    'This notice was last updated on: July 23, 2012.',
    'This notice was revised Jan.',
    // a date in figures, or the date the page shows
    'This notice was last revised on 04/17/2013.',
    'This notice was last modified on the date shown above.',
  ])('"%s" is not OPP-115 "Policy Change"', (text) => {
    expect(labelsOf(text, 'en')).not.toContain('opp:policy-change');
  });

  it.each([
    ['fr', 'Dernière mise à jour : 12/03/2024.'],
    ['de', 'Stand: 01.02.2026.'],
  ] as const)('%s: "%s" is not OPP-115 "Policy Change"', (lang, text) => {
    expect(labelsOf(text, lang)).not.toContain('opp:policy-change');
    expect(labelsOf(text, lang)).toContain('topic:policy-changes');
  });

  it('is not OPP-115 "Policy Change" (how users learn of changes), but still the changes topic', () => {
    const labels = labelsOf('This notice was revised on March 3, 2021.', 'en');
    expect(labels).not.toContain('opp:policy-change');
    expect(labels).toContain('opp:other');
    expect(labels).toContain('topic:policy-changes');
    expect(labelsOf('We will notify you by email of material changes.', 'en')).toContain(
      'opp:policy-change',
    );
  });
});

describe('why data is kept is not how long (our own sentences)', () => {
  it('"stored for the sole purpose of …" states no OPP-115 retention', () => {
    expect(
      labelsOf('We store this information for the sole purpose of sending the newsletter.', 'en'),
    ).not.toContain('opp:data-retention');
    expect(labelsOf('We store this information for two years.', 'en')).toContain(
      'opp:data-retention',
    );
  });
});

describe('consent as a legal basis in French and German (our own sentences)', () => {
  it.each([
    ['fr', 'En créant un compte, vous consentez au traitement de vos coordonnées.'],
    ['fr', 'Vous acceptez la collecte de ces informations.'],
    ['de', 'Mit der Anmeldung willigen Sie in die Verarbeitung Ihrer Angaben ein.'],
    ['de', 'Ohne Ihre Zustimmung geben wir nichts weiter.'],
  ] as const)('%s: "%s" → gdpr:legal-basis', (lang, text) => {
    expect(labelsOf(text, lang)).toContain('gdpr:legal-basis');
  });
});

describe('cues that could never match (our own sentences)', () => {
  it.each([
    // a cue ending on a space ("von unseren ", "wir nutzen (ihre )?(daten)?") met the word boundary
    // the classifier adds after every cue only before punctuation
    ['de', 'Wir verwenden Cookies für die Anmeldung.', 'opp:first-party'],
    ['de', 'Wir erhalten Angaben von unseren Partnern.', 'gdpr:source-of-data'],
    ['fr', 'Nous utilisons des cookies sur le site.', 'opp:first-party'],
    ['en', 'You give us your name when you sign up.', 'opp:first-party'],
    ['en', 'Our pages carry a pixel.', 'topic:cookies-tracking'],
    // what is shared may be named by its kind ("your postal address"), not only as "information"
    ['en', 'We disclose your postal address to the printer.', 'opp:third-party'],
    // a cue's apostrophe also matches the typographic one
    ['en', 'Tell us if you don’t wish to receive our letters.', 'opp:user-choice'],
  ] as const)('%s: "%s" → %s', (lang, text, label) => {
    expect(labelsOf(text, lang)).toContain(label);
  });
});

describe('a stem does not reach other words (our own sentences)', () => {
  it.each([
    // stor~ read "stories", object~ "objectionable"
    ['Our reporters publish stories in the United States.', 'gdpr:third-country-transfers'],
    ['You have the right to report objectionable posts.', 'gdpr:right-object'],
  ] as const)('"%s" is not %s', (text, label) => {
    expect(labelsOf(text, 'en')).not.toContain(label);
  });

  it('a French heading about users ("utilisateurs") says nothing of use ("utilisation")', () => {
    const purpose = (headingPath: string[]) =>
      classifyPassage('Nous utilisons des cookies.', 'fr', headingPath).gdpr.find(
        (l) => l.requirement === 'processing-purpose',
      )?.score;
    expect(purpose(['Droits des utilisateurs'])).toBe(purpose([]));
    expect(purpose(['Utilisation des données'])).toBeGreaterThan(purpose([])!);
  });
});

describe('what is not a retention period (our own sentences)', () => {
  it.each([
    // a denial of keeping states no period
    ['en', 'The printing company will not retain the information it receives.'],
    ['en', "Our courier doesn't retain the data it carries."],
    ['fr', 'Nous ne conservons pas les données de vos paiements.'],
    // the time within which a request is answered is a deadline
    ['en', 'We will answer every request to correct or delete your details within 30 days.'],
    ['de', 'Wir beantworten Ihre Anfrage auf Löschung innerhalb von 30 Tagen.'],
  ] as const)('%s: "%s" is not OPP-115 retention', (lang, text) => {
    expect(labelsOf(text, lang)).not.toContain('opp:data-retention');
  });

  it.each([
    ['en', 'We delete your details within 30 days.'],
    ['en', 'We do not keep your data for longer than two years.'],
    ['fr', 'Nous conservons les données de vos paiements pendant trois ans.'],
    ['de', 'Wir löschen Ihre Daten innerhalb von 30 Tagen.'],
  ] as const)('%s: "%s" still is', (lang, text) => {
    expect(labelsOf(text, lang)).toContain('opp:data-retention');
  });
});

describe('what is not data security (our own sentences)', () => {
  it.each([
    // the security of other organisations, which we disclaim
    'We are not responsible for the security practices of the sites we link to.',
    // what cannot be guaranteed is not always security
    'We cannot guarantee that our partners will honour your request.',
    // a cookie that ends with the browser session is no security advice
    'A session cookie is deleted when you close your browser.',
  ])('"%s" is not OPP-115 data security', (text) => {
    expect(labelsOf(text, 'en')).not.toContain('opp:data-security');
  });

  it('a French social security number is data, not security', () => {
    expect(labelsOf('Indiquez votre numéro de sécurité sociale.', 'fr')).not.toContain(
      'opp:data-security',
    );
    expect(labelsOf('Vos données sont chiffrées.', 'fr')).toContain('opp:data-security');
  });

  it.each([
    'We cannot guarantee the security of data sent over the internet.',
    'When you use a shared computer, be sure to close your browser.',
  ])('"%s" still is', (text) => {
    expect(labelsOf(text, 'en')).toContain('opp:data-security');
  });
});

describe('whose practice a sentence states (our own sentences)', () => {
  it('sharing non-personally identifiable information is sharing', () => {
    expect(
      labelsOf(
        'We may share non-personally identifiable information (for example the browser type, the pages visited and the number of clicks) with advertisers.',
        'en',
      ),
    ).toContain('opp:third-party');
  });

  it('what embedded features collect ("these buttons may collect …") is a third party collecting', () => {
    const labels = labelsOf('These buttons may collect your IP address.', 'en');
    expect(labels).toContain('opp:third-party');
    expect(labels).not.toContain('opp:first-party');
  });

  it('what we require of another party is their use of the data, not ours', () => {
    expect(
      labelsOf(
        'We require our contractors not to use your information for any other purpose.',
        'en',
      ),
    ).not.toContain('opp:first-party');
    expect(labelsOf('We use your information for billing.', 'en')).toContain('opp:first-party');
  });
});

describe("reaching content is not reaching one's data (our own sentences)", () => {
  it.each([
    'Blocking cookies may limit your ability to access some content.',
    'You may be able to visit other websites from our pages.',
  ])('"%s" is not OPP-115 user access', (text) => {
    expect(labelsOf(text, 'en')).not.toContain('opp:user-access');
  });

  it("the ability to view one's own data still is", () => {
    expect(labelsOf('You have the ability to view the data in your profile.', 'en')).toContain(
      'opp:user-access',
    );
  });
});

describe('an invitation to read the policy (our own sentences)', () => {
  it.each([
    'Please read this short summary and our updated privacy notice carefully.',
    'Read our new privacy policy carefully.',
  ])('"%s" introduces the policy (OPP-115 Other), it tells no change practice', (text) => {
    const labels = labelsOf(text, 'en');
    expect(labels).toContain('opp:other');
    expect(labels).not.toContain('opp:policy-change');
  });
});

describe('a definition states no practice (our own sentences)', () => {
  it.each([
    [
      'en',
      'Personal data means any information that identifies you, such as your name or phone number.',
    ],
    [
      'en',
      'When we use the term "member details" in this notice, we mean the name and email address of a member.',
    ],
    [
      'fr',
      'Par données personnelles, nous entendons toute information qui vous identifie, comme votre nom.',
    ],
    [
      'de',
      'Unter personenbezogenen Daten verstehen wir alle Angaben, die Sie identifizieren, etwa Ihren Namen.',
    ],
  ] as const)('%s: "%s" is OPP-115 Other, not first-party collection', (lang, text) => {
    const labels = labelsOf(text, lang);
    expect(labels).toContain('opp:other');
    expect(labels).not.toContain('opp:first-party');
  });

  it('a sentence that collects the data still is collection', () => {
    expect(labelsOf('We collect your name and phone number.', 'en')).toContain('opp:first-party');
  });
});

describe('"permanently" said of an action is no retention (our own sentences)', () => {
  it.each([
    'You can permanently opt out of these messages.',
    'You can permanently delete your account.',
  ])('"%s" states no retention', (text) => {
    const labels = labelsOf(text, 'en');
    expect(labels).not.toContain('opp:data-retention');
    expect(labels).not.toContain('gdpr:retention-period');
  });

  it('keeping data indefinitely, or deleting it after a period, still is', () => {
    expect(labelsOf('We may keep your data indefinitely.', 'en')).toContain('opp:data-retention');
    expect(labelsOf('We permanently delete your data after 30 days.', 'en')).toContain(
      'gdpr:retention-period',
    );
  });
});

describe('"minor" as a word of degree is no child (our own sentences)', () => {
  it.each([
    ['en', 'Minor changes may only be shown in the footer.'],
    ['fr', 'Les changements mineurs seront signalés en bas de page.'],
  ] as const)('%s: "%s" is not about children', (lang, text) => {
    const labels = labelsOf(text, lang);
    expect(labels).not.toContain('opp:specific-audiences');
    expect(labels).not.toContain('topic:children');
  });

  it.each([
    ['en', 'If you are a minor, ask a parent first.'],
    ['fr', 'Nous ne collectons pas les données des mineurs.'],
  ] as const)('%s: "%s" still is', (lang, text) => {
    expect(labelsOf(text, lang)).toContain('opp:specific-audiences');
  });
});

describe('a cookie that remembers a password is a convenience, no safeguard (our own sentences)', () => {
  it('"remember your password in password-protected areas" is no data security', () => {
    const text =
      'We use cookies to remember your password in password-protected areas of the shop.';
    expect(labelsOf(text, 'en')).not.toContain('opp:data-security');
    expect(labelsOf(text, 'en')).toContain('opp:first-party');
  });

  it.each([
    'Your profile page is password-protected.',
    'Only you have access to these password-protected areas.',
    'We store your password encrypted.',
  ])('"%s" still is', (text) => {
    expect(labelsOf(text, 'en')).toContain('opp:data-security');
  });
});

describe('a legal exception to sharing is no safeguard (our own sentences)', () => {
  it.each([
    [
      'en',
      'We may disclose your data if we have a good faith belief that this is needed to protect against fraud or unauthorized use of our shop.',
    ],
    [
      'fr',
      "Nous pouvons communiquer vos données si nous estimons de bonne foi que c'est nécessaire pour protéger la sécurité de nos utilisateurs.",
    ],
    [
      'de',
      'Wir können Ihre Daten offenlegen, wenn wir in gutem Glauben annehmen, dass dies zur Sicherheit unserer Nutzer nötig ist.',
    ],
  ] as const)('%s: "%s" is sharing, not data security', (lang, text) => {
    const labels = labelsOf(text, lang);
    expect(labels).not.toContain('opp:data-security');
    expect(labels).toContain('opp:third-party');
  });

  it.each([
    ['en', 'We protect your data against unauthorized access.'],
    ['fr', 'Nous protégeons vos données par des mesures de sécurité.'],
    ['de', 'Wir schützen Ihre Daten durch Verschlüsselung.'],
  ] as const)('%s: "%s" still is', (lang, text) => {
    expect(labelsOf(text, lang)).toContain('opp:data-security');
  });
});

describe("access to one's data said in the passive or as an instruction (our own sentences)", () => {
  it.each([
    ['en', 'Your postal address can be updated by calling our help desk.'],
    ['en', 'Update your profile at any time by signing in.'],
    ['fr', 'Votre adresse peut être modifiée en appelant notre service client.'],
    ['fr', 'Modifiez votre profil à tout moment depuis la page Mon compte.'],
    ['de', 'Ihre Adresse kann jederzeit telefonisch geändert werden.'],
    ['de', 'Ändern Sie Ihr Profil jederzeit auf der Seite Mein Konto.'],
  ] as const)('%s: "%s" is OPP-115 user access', (lang, text) => {
    expect(labelsOf(text, lang)).toContain('opp:user-access');
  });

  it('what others can see of a public post is not', () => {
    expect(labelsOf('A public post can be viewed by anyone.', 'en')).not.toContain(
      'opp:user-access',
    );
  });
});

describe('choices worded without "you can" (our own sentences)', () => {
  it.each([
    ['en', 'Visitors who decline to submit a phone number can still place orders.'],
    ['en', 'To stop these emails, adjust your customer communication preferences.'],
    ['en', 'Cancel your free newsletter subscription from any issue.'],
    ['en', 'Members have the option to block any message from us.'],
    ['fr', 'Les visiteurs peuvent refuser de fournir leur numéro de téléphone.'],
    ['fr', 'Les abonnés peuvent résilier leur abonnement depuis chaque numéro.'],
    ['de', 'Besucher dürfen die Angabe der Telefonnummer verweigern.'],
    ['de', 'Leser können das Abonnement mit einem Klick kündigen.'],
  ] as const)('%s: "%s" is OPP-115 user choice', (lang, text) => {
    expect(labelsOf(text, lang)).toContain('opp:user-choice');
  });

  it('updating account settings is access, not a choice', () => {
    expect(labelsOf('Please update your account settings.', 'en')).not.toContain('opp:user-choice');
  });
});

describe('publishing data, or selling it with the business, is disclosing it (our own sentences)', () => {
  it.each([
    ['en', 'We may publish your first name next to your review.'],
    ['en', 'If you link your accounts, we may display it publicly.'],
    ['en', 'Customer lists may be among the assets transferred to a buyer.'],
    ['fr', 'Nous pouvons publier votre pseudonyme avec votre avis.'],
    ['fr', 'Les données des gagnants sont affichées publiquement sur le site.'],
    ['de', 'Wir können Ihren Vornamen mit Ihrer Bewertung veröffentlichen.'],
    ['de', 'Die Namen der Gewinner werden öffentlich angezeigt.'],
  ] as const)('%s: "%s" is OPP-115 third-party sharing and a recipient', (lang, text) => {
    const labels = labelsOf(text, lang);
    expect(labels).toContain('opp:third-party');
    expect(labels).toContain('gdpr:data-recipients');
  });
});

describe('what is no collection or purpose (our own sentences)', () => {
  it.each([
    'When we receive a formal written complaint, we will contact the person who made it.',
    'Enforcement.',
    'Management of member accounts.',
  ])('"%s" is not OPP-115 first-party collection/use', (text) => {
    expect(labelsOf(text, 'en')).not.toContain('opp:first-party');
  });

  it('a purpose in a list ("enforce our terms;") still is', () => {
    const labels = labelsOf('Enforce our terms of use;', 'en');
    expect(labels).toContain('opp:first-party');
    expect(labels).toContain('gdpr:processing-purpose');
  });
});

describe('handing data over to someone is sharing (our own sentences)', () => {
  it.each([
    'We need to give your address to the delivery company.',
    'We may make the details you enter available to selected partners.',
    'We may send usage information to an outside research firm.',
  ])('"%s" is OPP-115 third-party sharing and names a recipient', (text) => {
    const labels = labelsOf(text, 'en');
    expect(labels).toContain('opp:third-party');
    expect(labels).toContain('gdpr:data-recipients');
  });

  it('what the visitor gives us is not', () => {
    expect(labelsOf('Please provide your email address to us.', 'en')).not.toContain(
      'opp:third-party',
    );
  });
});

describe('"we may disclose …" states sharing whatever its object (our own sentences)', () => {
  it.each([
    ['en', 'We may disclose account records when a court asks for them.'],
    ['fr', "Nous pouvons divulguer ces éléments si la loi l'exige."],
  ] as const)('%s: "%s" is OPP-115 third-party sharing', (lang, text) => {
    expect(labelsOf(text, lang)).toContain('opp:third-party');
  });
});

describe("another party's prohibited use is not ours (our own sentences)", () => {
  it.each([
    'We require our shipping vendor not to use your address for any other purpose.',
    'The payment provider is prohibited from using your personal information for any other purpose.',
  ])('"%s" is not OPP-115 first-party collection/use', (text) => {
    expect(labelsOf(text, 'en')).not.toContain('opp:first-party');
  });
});

describe('an age range or bound names an audience (our own sentences)', () => {
  it.each([
    ['en', 'Pupils 13 and older may post comments.'],
    ['en', 'Members between the ages of 13 and 17 need approval first.'],
    ['fr', 'Les utilisateurs âgés de 13 ans et plus peuvent publier des commentaires.'],
    ['de', 'Der Dienst ist ab 16 Jahren nutzbar.'],
  ] as const)('%s: "%s" is OPP-115 specific audiences', (lang, text) => {
    expect(labelsOf(text, lang)).toContain('opp:specific-audiences');
  });

  it('a period of days is not an age', () => {
    expect(labelsOf('We answer within 30 to 45 days.', 'en')).not.toContain(
      'opp:specific-audiences',
    );
  });
});

describe('thanks for visiting opens the policy (our own sentences)', () => {
  it.each([
    ['en', 'Thank you for visiting the garden club website.'],
    ['fr', 'Merci de votre visite sur le site du club.'],
    ['de', 'Vielen Dank für Ihren Besuch auf der Seite des Vereins.'],
  ] as const)('%s: "%s" is OPP-115 Other', (lang, text) => {
    expect(labelsOf(text, lang)).toContain('opp:other');
  });
});
