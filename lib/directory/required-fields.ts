import type { ProfileField } from '../rights-requests/schema';
import type { RequiredElement } from './schema';

/**
 * The profile fields a company's confirmed identification elements ask for (datenanfragen/data
 * `required-elements`: "the absolute minimum the user has to specify"), so the request carries
 * those and no more (GDPR Art. 5(1)(c)). `input` and `textarea` are free fields the record
 * describes: a customer, contract or account number is the profile's account ID; others (and a
 * birth date, which the profile does not hold) are left to the user, named in `unmatched`.
 */
export function requiredProfileFields(elements: readonly RequiredElement[]): {
  fields: ProfileField[];
  unmatched: string[];
} {
  const fields = new Set<ProfileField>();
  const unmatched: string[] = [];
  for (const e of elements) {
    const field = fieldOf(e);
    if (field) {
      fields.add(field);
    } else {
      unmatched.push(e.desc);
    }
  }
  const order: ProfileField[] = ['name', 'email', 'postalAddress', 'accountId'];
  return { fields: order.filter((f) => fields.has(f)), unmatched };
}

/** A free field the record describes, by its words (de, en, fr: the records' languages). */
const FREE_FIELDS: readonly [RegExp, ProfileField | undefined][] = [
  [/e-?mail/i, 'email'],
  [/phone|telefon|handy|numéro d'appel|ligne/i, undefined],
  [
    /kunde|customer|client|vertrag|contract|contrat|account|konto|mitglied|member|user ?id|username|benutzer|abo\b|abo-/i,
    'accountId',
  ],
];

function fieldOf(e: RequiredElement): ProfileField | undefined {
  switch (e.type) {
    case 'name':
      return 'name';
    case 'email':
      return 'email';
    case 'address':
      return 'postalAddress';
    case 'input':
    case 'textarea':
      return FREE_FIELDS.find(([words]) => words.test(e.desc))?.[1];
    default:
      return undefined;
  }
}
