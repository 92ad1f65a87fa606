import * as z from 'zod';
import { uiLanguageItem } from './items';
import { UI_LANGUAGES } from '../shared/ui-languages';
import { setAside } from './quarantine';

/** The language the user chose for Rightful's own screens; 'auto' follows the browser. */
export const UiLanguageChoice = z.union([z.literal('auto'), z.enum(UI_LANGUAGES)]);
export type UiLanguageChoice = z.infer<typeof UiLanguageChoice>;

export { uiLanguageItem };

/**
 * The stored choice, validated (DESIGN.md, house style 6): anything else (a language since
 * removed, a damaged value) is set aside, removed, and the UI follows the browser.
 */
export async function readUiLanguage(
  now: () => string = () => new Date().toISOString(),
): Promise<UiLanguageChoice> {
  const raw: unknown = await uiLanguageItem.getValue();
  const parsed = UiLanguageChoice.safeParse(raw);
  if (parsed.success) {
    return parsed.data;
  }
  await setAside('local:uiLanguage', raw, 'not a UI language', now());
  await uiLanguageItem.removeValue();
  return 'auto';
}

export async function saveUiLanguage(choice: UiLanguageChoice): Promise<void> {
  await uiLanguageItem.setValue(UiLanguageChoice.parse(choice));
}
