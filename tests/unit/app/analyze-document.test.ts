import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../lib/app/analyze-document';

const HTML = `<!doctype html><html lang="en"><head><title>Privacy</title></head><body>
<h1>Privacy notice</h1>
<p>Orchard Tea Ltd sells tea online. We keep invoices for at most 6 years.</p>
<h2>Data protection officer</h2>
<p>Our data protection officer is Ines Moor. Write to her at dpo@orchard.example for any question.</p>
</body></html>`;

const TEXT = [
  'Privacy notice',
  '',
  'Orchard Tea Ltd sells tea online. Our data protection officer is Ines Moor; write to dpo@orchard.example.',
].join('\n');

describe('analyzeDocument: contacts and analysis index the same segments', () => {
  it.each([
    ['text/html', HTML, 'Write to her at dpo@orchard.example for any question.'],
    ['text/plain', TEXT, 'Our data protection officer is Ines Moor; write to dpo@orchard.example.'],
  ])('%s', (contentType, body, sentence) => {
    const result = analyzeDocument(
      body,
      'https://orchard.example/privacy',
      '2026-11-26',
      contentType,
    );
    const contact = result.contacts.contacts.find((c) => c.value === 'dpo@orchard.example');
    expect(contact?.at).toBeDefined();
    const segment = result.analysis.segments[contact?.at?.segment ?? -1];
    // The contact's evidence points into the analysis' own segment list.
    expect(segment?.text.slice(contact?.at?.start, contact?.at?.end)).toBe('dpo@orchard.example');
    expect(segment?.text).toBe(sentence);
  });
});
