import { createResource, Show } from 'solid-js';
import { render } from 'solid-js/web';
import { PrintableLetterView } from '../../components/letter/PrintableLetterView';
import { readPrintableLetter } from '../../lib/app/print-letter';
import { startUiLanguage } from '../../lib/ui/start-ui-language';
import { t, uiLanguage } from '../../lib/ui/i18n';

function Letter() {
  const [letter] = createResource(readPrintableLetter);
  return (
    <Show when={!letter.loading}>
      <PrintableLetterView letter={letter()} />
    </Show>
  );
}

const root = document.getElementById('app');
if (root) {
  void startUiLanguage().then(() => {
    document.documentElement.lang = uiLanguage();
    document.title = t('letter_title');
    render(() => <Letter />, root);
  });
}
