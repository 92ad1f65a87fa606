import type { Authority } from '../legal/authorities';
import { authorityName as nameForReader } from '../legal/authority-name';
import { isUiLanguage, type UiLanguage } from '../shared/ui-languages';
import { uiLanguage } from './i18n';

/**
 * Law names, citations and authority names in the UI language (issue 15: they stayed English in
 * the French and German UI). Data per language; a citation we cannot render whole stays English
 * rather than coming out half translated.
 */

/** The GDPR's own abbreviation in each official language version. */
const GDPR: Record<UiLanguage, string> = {
  en: 'GDPR',
  fr: 'RGPD',
  de: 'DSGVO',
  es: 'RGPD',
  it: 'GDPR',
  nl: 'AVG',
  pt: 'RGPD',
  pl: 'RODO',
};

const UK_GDPR: Record<UiLanguage, string> = {
  en: 'UK GDPR',
  fr: 'RGPD britannique',
  de: 'UK-DSGVO',
  es: 'RGPD del Reino Unido',
  it: 'GDPR del Regno Unito',
  nl: 'Britse AVG',
  pt: 'RGPD do Reino Unido',
  pl: 'brytyjskie RODO',
};

/** "Art." and "recital" as each language version of the GDPR writes them. */
const ARTICLE: Record<UiLanguage, string> = {
  en: 'Art.',
  fr: 'art.',
  de: 'Art.',
  es: 'art.',
  it: 'art.',
  nl: 'art.',
  pt: 'art.',
  pl: 'art.',
};
const RECITAL: Record<UiLanguage, string> = {
  en: 'recital',
  fr: 'considérant',
  de: 'Erwägungsgrund',
  es: 'considerando',
  it: 'considerando',
  nl: 'overweging',
  pt: 'considerando',
  pl: 'motyw',
};

/** Whole citations that are not "<law> Art. n": the time-limits regulation, the EDPB guidance. */
const WHOLE: Record<string, Record<UiLanguage, string>> = {
  'Regulation (EEC, Euratom) No 1182/71 Art. 3': {
    en: 'Regulation (EEC, Euratom) No 1182/71 Art. 3',
    fr: 'règlement (CEE, Euratom) n° 1182/71, art. 3',
    de: 'Verordnung (EWG, Euratom) Nr. 1182/71 Art. 3',
    es: 'Reglamento (CEE, Euratom) n.º 1182/71, art. 3',
    it: 'regolamento (CEE, Euratom) n. 1182/71, art. 3',
    nl: 'Verordening (EEG, Euratom) nr. 1182/71, art. 3',
    pt: 'Regulamento (CEE, Euratom) n.º 1182/71, art. 3.º',
    pl: 'rozporządzenie (EWG, Euratom) nr 1182/71, art. 3',
  },
  'EDPB Guidelines 01/2022, §159': {
    en: 'EDPB Guidelines 01/2022, §159',
    fr: 'lignes directrices 01/2022 du CEPD, point 159',
    de: 'Leitlinien 01/2022 des EDSA, Rn. 159',
    es: 'Directrices 01/2022 del CEPD, apdo. 159',
    it: "linee guida 01/2022 dell'EDPB, punto 159",
    nl: 'Richtsnoeren 01/2022 van het EDPB, punt 159',
    pt: 'Diretrizes 01/2022 do CEPD, ponto 159',
    pl: 'wytyczne EROD 01/2022, pkt 159',
  },
};

const LAW_ARTICLE = /^(UK GDPR|GDPR) (Art\.|recital) (\d+[A-Za-z]?(?:\(\d+\))*)$/;

function part(text: string, lang: UiLanguage): string | undefined {
  const whole = WHOLE[text]?.[lang];
  if (whole !== undefined) {
    return whole;
  }
  const m = LAW_ARTICLE.exec(text);
  if (!m) {
    return undefined;
  }
  const law = m[1] === 'GDPR' ? GDPR[lang] : UK_GDPR[lang];
  return `${law} ${m[2] === 'Art.' ? ARTICLE[lang] : RECITAL[lang]} ${m[3] ?? ''}`;
}

/**
 * "GDPR Art. 12(3); Regulation (EEC, Euratom) No 1182/71 Art. 3" in the UI language (or `lang`):
 * each part from the tables above; if any part is unknown, the citation stays as written.
 */
export function localCitation(citation: string, lang: string = uiLanguage()): string {
  if (!isUiLanguage(lang) || lang === 'en') {
    return citation;
  }
  const parts = citation.split('; ').map((p) => part(p, lang));
  return parts.every((p) => p !== undefined) ? parts.join('; ') : citation;
}

/**
 * An authority's name for a reader of `lang` (default: the UI's): its official name in that
 * language where it has one, else its Latin-script official name, else English
 * (lib/legal/authority-name.ts, shared with the letters).
 */
export function authorityName(
  named: Pick<Authority, 'name'> & Partial<Authority>,
  lang: string = uiLanguage(),
): string {
  return nameForReader(named, lang);
}
