import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AnalysisError,
  analyzeDocument,
  analyzeInWorker,
  type AnalysisRunner,
} from '../../lib/app/analyze-document';
import { analyzeHtml } from '../../lib/app/analyze-html';

// The worker's own function, run in place (vitest has no module Worker; e2e runs the real one).
const inPlace: AnalysisRunner = (input) => Promise.resolve(analyzeHtml(input));

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
  ])('%s', async (contentType, body, sentence) => {
    const result = await analyzeDocument(
      body,
      'https://orchard.example/privacy',
      '2026-11-26',
      contentType,
      undefined,
      inPlace,
    );
    const contact = result.contacts.contacts.find((c) => c.value === 'dpo@orchard.example');
    expect(contact?.at).toBeDefined();
    const segment = result.analysis.segments[contact?.at?.segment ?? -1];
    // The contact's evidence points into the analysis' own segment list.
    expect(segment?.text.slice(contact?.at?.start, contact?.at?.end)).toBe('dpo@orchard.example');
    expect(segment?.text).toBe(sentence);
  });
});

describe('analyzeDocument: the analysis cache', () => {
  it('serves the same text from the cache and notices a changed text', async () => {
    const url = 'https://orchard.example/privacy';
    const first = await analyzeDocument(
      HTML,
      url,
      '2026-11-26',
      'text/html',
      '2026-11-26T10:00:00.000Z',
      inPlace,
    );
    const again = await analyzeDocument(
      HTML,
      url,
      '2026-11-26',
      'text/html',
      '2026-11-27T10:00:00.000Z',
      inPlace,
    );
    const changed = await analyzeDocument(
      HTML.replace('dpo@orchard.example', 'privacy@orchard.example'),
      url,
      '2026-11-28',
      'text/html',
      '2026-11-28T10:00:00.000Z',
      inPlace,
    );

    expect(first.changedSince).toBeUndefined();
    expect(again.analysis).toEqual(first.analysis);
    expect(again.changedSince).toBeUndefined();
    expect(changed.changedSince).toBe('2026-11-27T10:00:00.000Z');
  });
});

describe('analyzeInWorker', () => {
  /** A Worker that never answers (a page whose analysis never ends), or fails at once. */
  function fakeWorker(behaviour: 'silent' | 'error' | { reply: unknown }) {
    const made: { terminated: boolean }[] = [];
    class FakeWorker extends EventTarget {
      terminated = false;
      constructor() {
        super();
        made.push(this);
      }
      postMessage() {
        if (behaviour === 'error') {
          queueMicrotask(() => this.dispatchEvent(new Event('error')));
        } else if (typeof behaviour === 'object') {
          const data = behaviour.reply;
          queueMicrotask(() => this.dispatchEvent(new MessageEvent('message', { data })));
        }
      }
      terminate() {
        this.terminated = true;
      }
    }
    vi.stubGlobal('Worker', FakeWorker);
    return made;
  }
  const input = {
    body: '<p>x</p>',
    url: 'https://a.example/',
    today: '2026-11-26',
    contentType: '',
  };
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('ends a worker that takes longer than the timeout, with a timeout error', async () => {
    vi.useFakeTimers();
    const made = fakeWorker('silent');
    const outcome = analyzeInWorker(1000)(input).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(999);
    expect(made[0]?.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await outcome;
    expect(error).toBeInstanceOf(AnalysisError);
    expect((error as AnalysisError).kind).toBe('analysis-timeout');
    expect(made[0]?.terminated).toBe(true);
  });

  it('ends a worker that fails, with a failure', async () => {
    const made = fakeWorker('error');
    const error = await analyzeInWorker(1000)(input).catch((e: unknown) => e);
    expect((error as AnalysisError).kind).toBe('analysis-failed');
    expect(made[0]?.terminated).toBe(true);
  });

  it.each([
    ['no reply at all', undefined, 'reply'],
    ['ok without a value', { ok: true }, 'value'],
    [
      'an analysis without its blocks',
      { ok: true, value: { hash: 'h', fromCache: false } },
      'value.blocks',
    ],
    ['a string', 'done', 'reply'],
  ])(
    'refuses a malformed reply (%s) with a clear error, not a crash',
    async (_name, reply, where) => {
      const made = fakeWorker({ reply });
      const error = await analyzeInWorker(1000)(input).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AnalysisError);
      expect((error as AnalysisError).kind).toBe('analysis-invalid');
      expect((error as AnalysisError).detail.startsWith(`${where}:`)).toBe(true);
      expect(made[0]?.terminated).toBe(true);
    },
  );

  it('passes on a well-formed reply, and a failure the worker reports with its message', async () => {
    const value = analyzeHtml(input);
    fakeWorker({ reply: JSON.parse(JSON.stringify({ ok: true, value })) });
    expect(await analyzeInWorker(1000)(input)).toEqual(value);
    fakeWorker({ reply: { ok: false, message: 'out of memory' } });
    const error = await analyzeInWorker(1000)(input).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'analysis-failed', detail: 'out of memory' });
  });
});
