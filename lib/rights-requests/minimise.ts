import { CATALOGUE, type Law, type Right } from '../legal/catalogue.data';
import type { Profile, ProfileField } from './schema';

/** Fixed order, so the identity block always reads the same way. */
const ORDER: readonly ProfileField[] = ['name', 'email', 'postalAddress', 'accountId'];

/** The profile fields a (law, right) request needs (declared in the catalogue). */
export function fieldsNeeded(law: Law, right: Right): ProfileField[] {
  const needs = CATALOGUE[law].rights[right]?.needs ?? [];
  return ORDER.filter((field) => needs.includes(field));
}

/**
 * Data minimisation (GDPR Art. 5(1)(c)): keep only the fields the request needs and the user
 * filled in; nothing else of the profile reaches the letter. `required`, when the company's own
 * identification elements are known (lib/directory/required-fields.ts), replaces the law's list.
 */
export function minimise(
  profile: Profile,
  law: Law,
  right: Right,
  required?: readonly ProfileField[],
): { fields: ProfileField[]; values: Partial<Record<ProfileField, string>> } {
  const values: Partial<Record<ProfileField, string>> = {};
  const fields: ProfileField[] = [];
  for (const field of required
    ? ORDER.filter((f) => required.includes(f))
    : fieldsNeeded(law, right)) {
    const value = profile[field]?.trim();
    if (value) {
      values[field] = value;
      fields.push(field);
    }
  }
  return { fields, values };
}
