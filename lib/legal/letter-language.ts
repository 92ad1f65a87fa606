import { CATALOGUE, Language, type Law } from './catalogue.data';

const primary = (tag: string) => tag.split('-')[0] ?? tag;
const normal = (tag: string) => tag.trim().replace(/_/g, '-').toLowerCase();

/**
 * The letter language `law` offers for a BCP 47 tag ('pt', 'pt-br', 'fr-CA'): the same tag, else
 * the law's letters in the same language — so plain or Brazilian Portuguese means the European
 * Portuguese letters under the GDPR and the Brazilian ones under the LGPD.
 */
export function letterLanguage(law: Law, tag: string | undefined): Language | undefined {
  const wanted = tag ? normal(tag) : '';
  if (!wanted) {
    return undefined;
  }
  const offered = CATALOGUE[law].languages;
  return (
    offered.find((l) => l.toLowerCase() === wanted) ??
    offered.find((l) => primary(l) === primary(wanted))
  );
}

/** A letter language as the user may type it ('pt-pt', 'PT_br'), in the catalogue's spelling. */
export function parseLanguageTag(tag: string): Language | undefined {
  const wanted = normal(tag);
  return Language.options.find((l) => l.toLowerCase() === wanted);
}
