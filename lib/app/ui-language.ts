import { readUiLanguage, saveUiLanguage, type UiLanguageChoice } from '../storage/ui-language';
import { useUiLanguage } from '../ui/i18n';

/**
 * Before a page's first render: the UI speaks the language the user chose in the settings, or the
 * browser's. Loads that language's messages only when it is not the browser's own path.
 */
export async function startUiLanguage(): Promise<UiLanguageChoice> {
  const choice = await readUiLanguage();
  await useUiLanguage(choice);
  return choice;
}

/**
 * Stores the choice and reloads the page: text already on screen is not re-rendered one string
 * at a time (browser.i18n cannot switch at run time; a reload switches everything at once).
 */
export async function chooseUiLanguage(
  choice: UiLanguageChoice,
  reload: () => void = () => location.reload(),
): Promise<void> {
  await saveUiLanguage(choice);
  reload();
}
