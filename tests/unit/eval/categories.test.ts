import { describe, expect, it } from 'vitest';
import { nextLeadIn, predictOppSegment } from '../../../eval/commands/categories';

// Our own paragraphs (never corpus text): how sentence labels become an OPP-115 segment's labels.
describe('predictOppSegment', () => {
  it('keeps a sharing statement made by one sentence beside a longer description of collection', () => {
    const text = [
      'We collect your name, email address and postal address when you register.',
      'We collect your IP address, browser type and pages you visit automatically.',
      'We use this information to provide and improve our services and to personalize content.',
      'We may also use your information to send you newsletters and to respond to your requests.',
      'We share your email address with our advertising partners.',
    ].join(' ');
    expect([...predictOppSegment(text, 'en')].sort()).toEqual(['first-party', 'third-party']);
  });

  it('still drops a broad category mentioned only in passing', () => {
    const text = [
      'We collect your name, email address and postal address when you register.',
      'We collect your IP address, browser type and pages you visit automatically.',
      'We use this information to provide and improve our services and to personalize content.',
      'Our partners are listed below.',
    ].join(' ');
    expect([...predictOppSegment(text, 'en')]).toEqual(['first-party']);
  });

  it.each(['Information You Give Us', '3. HOW WE STORE YOUR DATA\nStorage and Hosting:'])(
    'reads a segment of headings only ("%s") as Other',
    (text) => {
      expect([...predictOppSegment(text, 'en')]).toEqual(['other']);
    },
  );

  it('reads a table of contents as Other', () => {
    const toc = ['Information we collect', 'How we use it', 'Sharing', 'Your choices'].join('\n');
    expect([...predictOppSegment(toc, 'en')]).toEqual(['other']);
  });

  it.each([
    [
      'the time and length of your visit;',
      'When you visit the shop we automatically collect:',
      'first-party',
    ],
    [
      'the firm that prints and posts our catalogue;',
      'We disclose your postal address to these businesses:',
      'third-party',
    ],
  ])('reads the list item "%s" through its lead-in "%s"', (item, leadIn, category) => {
    expect([...predictOppSegment(item, 'en')]).toEqual(['other']);
    expect([...predictOppSegment(item, 'en', leadIn)]).toEqual([category]);
  });

  it.each([
    [
      'Residents of California may ask us once a year for the list of companies we shared their personal information with for direct marketing.',
      'We collect such requests by email and share them with no one.',
    ],
    [
      "Users under 16 need a parent's consent.",
      "When a teen registers, we collect the parent's email address and send the parent a link to approve the account.",
    ],
  ])(
    'reads a paragraph addressed to a specific audience as that audience only ("%s")',
    (...lines) => {
      expect([...predictOppSegment(lines.join(' '), 'en')]).toEqual(['specific-audiences']);
    },
  );

  it('reads data named in a paragraph about security as no description of collection', () => {
    const security = [
      'We keep physical and electronic safeguards against unauthorized access to your personal information.',
      'Only employees who need to know your account details can see them.',
      'Sending personal information over the internet is at your own risk.',
    ].join(' ');
    expect([...predictOppSegment(security, 'en')]).toEqual(['data-security']);
    // a sentence that states collection on its own still counts
    const both =
      'We collect your name and email address when you register, and we keep them on servers protected by encryption and firewalls.';
    expect([...predictOppSegment(both, 'en')].sort()).toEqual(['data-security', 'first-party']);
  });

  it('reads a social security number as data, not security', () => {
    const text = [
      'Applicants give us their social security number.',
      'We check the social security number against the state register.',
    ].join(' ');
    expect(predictOppSegment(text, 'en').has('data-security')).toBe(false);
  });

  it('needs one sentence that states a category: weak mentions spread over a paragraph add up to none', () => {
    const text = [
      'You can unsubscribe from our magazine at any time.',
      "This month's issue reviews garden sheds and their security.",
      'Readers also compare door locks for security.',
    ].join(' ');
    expect([...predictOppSegment(text, 'en')]).toEqual(['user-choice']);
  });
});

describe('nextLeadIn', () => {
  const lead = 'We collect:';
  it.each([
    ['We collect:', undefined, lead],
    ['your name;', lead, lead],
    ['your address, and', lead, lead],
    ['your phone number.', lead, undefined],
    ['We keep it safe.', undefined, undefined],
    ['your name;', undefined, undefined],
  ] as const)('"%s" after %s → %s', (text, before, after) => {
    expect(nextLeadIn(text, before)).toBe(after);
  });
});
