import { describe, expect, it } from 'vitest';
import { predictOppSegment } from '../../../eval/commands/categories';

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

  it('reads a table of contents as Other', () => {
    const toc = ['Information we collect', 'How we use it', 'Sharing', 'Your choices'].join('\n');
    expect([...predictOppSegment(toc, 'en')]).toEqual(['other']);
  });
});
