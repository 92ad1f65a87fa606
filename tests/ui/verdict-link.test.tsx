import { render } from 'solid-js/web';
import { afterEach, describe, expect, it } from 'vitest';
import { VerdictCard } from '../../components/popup/VerdictCard';
import { analyzePolicy } from '../../lib/policy-analysis/analyze-policy';
import type { Contact, ContactsResult } from '../../lib/policy-detection/schema';
import { textToBlocks } from '../../lib/policy-text/text-to-blocks';
import { buildVerdict } from '../../lib/ui/verdict';
import { installFakeI18n } from '../support/fake-i18n';

const analysis = analyzePolicy(
  textToBlocks('We collect your email address to send you our newsletter.'),
  { today: '2026-12-06', lang: 'en' },
);
const form = (url: string, reasons: Contact['reasons'] = []): ContactsResult => ({
  contacts: [{ kind: 'webform', value: url, role: 'privacy', score: 32, reasons, evidence: '' }],
  controller: null,
  dpo: null,
  authority: null,
});

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.innerHTML = '';
});

function contactLine(contacts: ContactsResult): HTMLElement | null {
  installFakeI18n('en');
  const container = document.createElement('div');
  document.body.append(container);
  dispose = render(
    () => (
      <VerdictCard
        verdict={buildVerdict(analysis, contacts)}
        segments={analysis.segments}
        source=""
        actions={<></>}
      />
    ),
    container,
  );
  return container.querySelector('[data-line="contact"]');
}

describe('the verdict’s contact line links the page it names', () => {
  it('the site’s contact page: its address in the sentence is the link', () => {
    const url = 'https://velotte.example/contact';
    const line = contactLine(form(url, [{ code: 'contactPage', params: ['Contact us'] }]));
    const link = line?.querySelector<HTMLAnchorElement>('a');
    expect(link?.href).toBe(url);
    expect(link?.textContent).toBe(url);
    expect(link?.target).toBe('_blank');
    expect(line?.textContent).toContain(`the site’s contact page: ${url}`);
  });

  it('a request form the line does not spell out: the whole line is the link', () => {
    const url = 'https://velotte.example/privacy-request';
    const link = contactLine(form(url))?.querySelector<HTMLAnchorElement>('a');
    expect(link?.href).toBe(url);
    expect(link?.textContent).toBe('Contact them through the site’s web form.');
  });

  it('an email line has no link', () => {
    const mail: ContactsResult = {
      ...form('x'),
      contacts: [
        {
          kind: 'email',
          value: 'privacy@velotte.eu',
          role: 'privacy',
          score: 70,
          reasons: [],
          evidence: '',
        },
      ],
    };
    const line = contactLine(mail);
    expect(line?.textContent).toContain('Write to: privacy@velotte.eu');
    expect(line?.querySelector('a')).toBeNull();
  });
});
