import { render } from 'solid-js/web';
import { PrivacyStatement } from '@/components/privacy/PrivacyStatement';
import { startUiLanguage } from '@/lib/ui/start-ui-language';
import { t, uiLanguage } from '@/lib/ui/i18n';
// The statement is bundled (no fetch): the extension shows the very text the repository has.
import statement from '@/PRIVACY.md?raw';

const root = document.getElementById('app');
if (root) {
  void startUiLanguage().then(() => {
    document.documentElement.lang = uiLanguage();
    document.title = t('privacy_title');
    render(() => <PrivacyStatement markdown={statement} />, root);
  });
}
