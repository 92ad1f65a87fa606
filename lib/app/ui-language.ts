import { saveUiLanguage, type UiLanguageChoice } from '../storage/ui-language';

// Reading the choice at start-up is lib/ui/start-ui-language.ts (it sets the UI's messages).

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
