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
  // The other laws' period provisions (periods.data.ts): the law's official acronym per language
  // (revFADP: DSG/LPD; PIPEDA: LPRPDE in French), the article written the language's way.
  'LGPD Art. 19, II': {
    en: 'LGPD Art. 19, II',
    fr: 'LGPD (loi n° 13.709/2018), art. 19, II',
    de: 'LGPD (Gesetz Nr. 13.709/2018) Art. 19 II',
    es: 'LGPD (Ley n.º 13.709/2018), art. 19, II',
    it: 'LGPD (legge n. 13.709/2018), art. 19, II',
    nl: 'LGPD (wet nr. 13.709/2018), art. 19, II',
    pt: 'Lei n.º 13.709/2018 (LGPD), art. 19, II',
    pl: 'LGPD (ustawa nr 13.709/2018), art. 19 pkt II',
  },
  'FADP Art. 28': {
    en: 'FADP Art. 28',
    fr: 'LPD, art. 28',
    de: 'Art. 28 DSG',
    es: 'LPD suiza, art. 28',
    it: 'LPD, art. 28',
    nl: 'DSG (Zwitserland), art. 28',
    pt: 'LPD suíça, art. 28.º',
    pl: 'DSG (Szwajcaria), art. 28',
  },
  'FADP Art. 25(7)': {
    en: 'FADP Art. 25(7)',
    fr: 'LPD, art. 25, al. 7',
    de: 'Art. 25 Abs. 7 DSG',
    es: 'LPD suiza, art. 25, apdo. 7',
    it: 'LPD, art. 25 cpv. 7',
    nl: 'DSG (Zwitserland), art. 25, lid 7',
    pt: 'LPD suíça, art. 25.º, n.º 7',
    pl: 'DSG (Szwajcaria), art. 25 ust. 7',
  },
  'PIPEDA s. 8(3)': {
    en: 'PIPEDA s. 8(3)',
    fr: 'LPRPDE, paragraphe 8(3)',
    de: 'PIPEDA Abschn. 8(3)',
    es: 'PIPEDA, art. 8(3)',
    it: 'PIPEDA, art. 8(3)',
    nl: 'PIPEDA, art. 8(3)',
    pt: 'PIPEDA, art. 8.º, n.º 3',
    pl: 'PIPEDA, art. 8 ust. 3',
  },
  'UK GDPR Arts. 12(3) and 12A': {
    en: 'UK GDPR Arts. 12(3) and 12A',
    fr: 'RGPD britannique, art. 12(3) et 12A',
    de: 'UK-DSGVO Art. 12 Abs. 3 und 12A',
    es: 'RGPD del Reino Unido, arts. 12(3) y 12A',
    it: 'GDPR del Regno Unito, artt. 12(3) e 12A',
    nl: 'Britse AVG, art. 12(3) en 12A',
    pt: 'RGPD do Reino Unido, art. 12.º, n.º 3, e 12.º-A',
    pl: 'brytyjskie RODO, art. 12 ust. 3 i 12A',
  },
  'LGPD Art. 18 §§3–5': {
    en: 'LGPD Art. 18 §§3–5',
    fr: 'LGPD, art. 18, §§ 3 à 5',
    de: 'LGPD Art. 18 §§ 3–5',
    es: 'LGPD, art. 18, §§ 3 a 5',
    it: 'LGPD, art. 18, §§ 3-5',
    nl: 'LGPD, art. 18, §§ 3-5',
    pt: 'LGPD, art. 18, §§ 3.º a 5.º',
    pl: 'LGPD, art. 18 §§ 3–5',
  },
  'FADP Art. 32(1)': {
    en: 'FADP Art. 32(1)',
    fr: 'LPD, art. 32, al. 1',
    de: 'Art. 32 Abs. 1 DSG',
    es: 'LPD suiza, art. 32, apdo. 1',
    it: 'LPD, art. 32 cpv. 1',
    nl: 'DSG (Zwitserland), art. 32, lid 1',
    pt: 'LPD suíça, art. 32.º, n.º 1',
    pl: 'DSG (Szwajcaria), art. 32 ust. 1',
  },
  'FADP Art. 30(2)(b)': {
    en: 'FADP Art. 30(2)(b)',
    fr: 'LPD, art. 30, al. 2, let. b',
    de: 'Art. 30 Abs. 2 lit. b DSG',
    es: 'LPD suiza, art. 30, apdo. 2, letra b)',
    it: 'LPD, art. 30 cpv. 2 lett. b',
    nl: 'DSG (Zwitserland), art. 30, lid 2, onder b',
    pt: 'LPD suíça, art. 30.º, n.º 2, alínea b)',
    pl: 'DSG (Szwajcaria), art. 30 ust. 2 lit. b',
  },
  'FADP Art. 21(1)': {
    en: 'FADP Art. 21(1)',
    fr: 'LPD, art. 21, al. 1',
    de: 'Art. 21 Abs. 1 DSG',
    es: 'LPD suiza, art. 21, apdo. 1',
    it: 'LPD, art. 21 cpv. 1',
    nl: 'DSG (Zwitserland), art. 21, lid 1',
    pt: 'LPD suíça, art. 21.º, n.º 1',
    pl: 'DSG (Szwajcaria), art. 21 ust. 1',
  },
  'PIPEDA Sch. 1, 4.9.5': {
    en: 'PIPEDA Sch. 1, 4.9.5',
    fr: 'LPRPDE, annexe 1, art. 4.9.5',
    de: 'PIPEDA Anhang 1, 4.9.5',
    es: 'PIPEDA, anexo 1, 4.9.5',
    it: 'PIPEDA, allegato 1, 4.9.5',
    nl: 'PIPEDA, bijlage 1, 4.9.5',
    pt: 'PIPEDA, anexo 1, 4.9.5',
    pl: 'PIPEDA, załącznik 1, 4.9.5',
  },
  'PIPEDA Sch. 1, 4.3.8': {
    en: 'PIPEDA Sch. 1, 4.3.8',
    fr: 'LPRPDE, annexe 1, art. 4.3.8',
    de: 'PIPEDA Anhang 1, 4.3.8',
    es: 'PIPEDA, anexo 1, 4.3.8',
    it: 'PIPEDA, allegato 1, 4.3.8',
    nl: 'PIPEDA, bijlage 1, 4.3.8',
    pt: 'PIPEDA, anexo 1, 4.3.8',
    pl: 'PIPEDA, załącznik 1, 4.3.8',
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
