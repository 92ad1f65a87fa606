import { render } from 'solid-js/web';
import { afterEach, describe, expect, it } from 'vitest';
import { VerdictCard } from '../../components/popup/VerdictCard';
import { analyzePolicy } from '../../lib/policy-analysis/analyze-policy';
import type { ContactsResult } from '../../lib/policy-detection/schema';
import type { Block } from '../../lib/shared/policy-text';
import { textToBlocks } from '../../lib/policy-text/text-to-blocks';
import { buildVerdict } from '../../lib/ui/verdict';
import { loadFixturePolicy } from '../fixtures/policies/load';
import { installFakeI18n } from '../support/fake-i18n';

// Written for this test: an ordinary Swedish privacy paragraph (no cues exist for Swedish).
const SWEDISH =
  'Vi behandlar dina personuppgifter i enlighet med dataskyddsförordningen. Du har rätt att begära tillgång till de personuppgifter som vi har om dig, och att få felaktiga uppgifter rättade. Kontakta oss om du har frågor om hur vi behandlar dina uppgifter. Vi sparar uppgifterna så länge det behövs för ändamålet och därefter raderas de.';
const NONE: ContactsResult = { contacts: [], controller: null, dpo: null, authority: null };

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.innerHTML = '';
});

function card(text: string | Block[], lang?: string): HTMLElement {
  const blocks = typeof text === 'string' ? textToBlocks(text) : text;
  const analysis = analyzePolicy(blocks, { today: '2026-12-06', ...(lang ? { lang } : {}) });
  const container = document.createElement('div');
  document.body.append(container);
  dispose = render(
    () => (
      <VerdictCard
        verdict={buildVerdict(analysis, NONE)}
        segments={analysis.segments}
        source=""
        actions={<></>}
      />
    ),
    container,
  );
  return container;
}

describe('the verdict says when the policy’s language is not covered', () => {
  it('names the language, in the UI language', () => {
    expect(card(SWEDISH, 'sv').querySelector('.verdict-language')?.textContent).toBe(
      'Rightful does not fully read this policy’s language (Swedish) yet: the summary may miss things.',
    );
    dispose?.();
    installFakeI18n('fr');
    expect(card(SWEDISH, 'sv').querySelector('.verdict-language')?.textContent).toContain(
      '(suédois)',
    );
  });

  it('says so without a name when the language could not be told', () => {
    expect(card(SWEDISH).querySelector('.verdict-language')?.textContent).toBe(
      'Rightful could not tell this policy’s language: the summary may miss things.',
    );
  });

  it('says nothing for a covered language', () => {
    expect(card(loadFixturePolicy('en-lumen.txt')).querySelector('.verdict-language')).toBeNull();
  });
});
