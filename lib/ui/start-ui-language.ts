import { readUiLanguage, type UiLanguageChoice } from '../storage/ui-language';
import { useUiLanguage, type MessageLoader } from './i18n';

/**
 * Before a page's first render: the UI speaks the language the user chose in the settings, or the
 * browser's. Loads that language's messages only when it is not the browser's own path.
 */
export async function startUiLanguage(load?: MessageLoader): Promise<UiLanguageChoice> {
  const choice = await readUiLanguage();
  await useUiLanguage(choice, load);
  return choice;
}
