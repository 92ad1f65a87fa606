/**
 * Frequent function words per language, for language detection. Words shared by several
 * languages ("de", "a", "in", "die"…) are kept only where they are most typical, or left out.
 */
// prettier-ignore
export const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'and', 'of', 'to', 'you', 'we', 'our', 'your', 'is', 'are', 'that', 'this', 'with', 'for', 'or', 'by', 'may', 'will', 'not', 'from', 'have', 'which', 'be', 'it', 'any', 'such', 'use', 'information', 'on', 'as'],
  fr: ['le', 'la', 'les', 'des', 'du', 'et', 'vous', 'nous', 'vos', 'votre', 'est', 'sont', 'une', 'pour', 'dans', 'sur', 'par', 'qui', 'que', 'ou', 'pas', 'avec', 'ces', 'aux', 'au', 'données', 'nos', 'notre', 'être', 'leur'],
  de: ['der', 'die', 'das', 'und', 'ist', 'sie', 'wir', 'ihre', 'ihren', 'nicht', 'mit', 'den', 'dem', 'des', 'für', 'auf', 'oder', 'werden', 'wird', 'eine', 'einer', 'zu', 'von', 'sind', 'auch', 'daten', 'uns', 'bei', 'diese', 'nach'],
  es: ['el', 'los', 'las', 'y', 'en', 'del', 'que', 'para', 'por', 'con', 'su', 'sus', 'una', 'usted', 'nosotros', 'datos', 'es', 'son', 'se', 'lo', 'como', 'al', 'o', 'este', 'esta', 'puede', 'podemos', 'sobre', 'también', 'cuando'],
  it: ['il', 'lo', 'gli', 'della', 'delle', 'dei', 'di', 'e', 'che', 'per', 'con', 'sono', 'è', 'una', 'non', 'suoi', 'tuoi', 'nostri', 'dati', 'nel', 'nella', 'alla', 'al', 'come', 'questo', 'questa', 'possono', 'anche', 'o', 'loro'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'zijn', 'wij', 'we', 'uw', 'u', 'niet', 'met', 'voor', 'op', 'aan', 'dat', 'die', 'deze', 'ook', 'worden', 'wordt', 'gegevens', 'onze', 'ons', 'bij', 'naar', 'als', 'kunnen', 'om'],
  pt: ['o', 'os', 'as', 'e', 'do', 'da', 'dos', 'das', 'que', 'para', 'com', 'não', 'uma', 'um', 'em', 'seus', 'suas', 'você', 'nós', 'dados', 'são', 'pelo', 'pela', 'ao', 'como', 'este', 'esta', 'podemos', 'também', 'ou'],
  pl: ['i', 'w', 'z', 'na', 'do', 'się', 'nie', 'jest', 'są', 'oraz', 'lub', 'dla', 'że', 'to', 'przez', 'od', 'jak', 'dane', 'danych', 'twoje', 'państwa', 'może', 'być', 'który', 'które', 'których', 'po', 'ich', 'tym', 'przy'],
};
