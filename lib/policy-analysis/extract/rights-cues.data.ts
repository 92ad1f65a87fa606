import type { Right } from '../schema';

/**
 * Cues that name a right the same way in every language we read, so they hold on policies whose
 * wording the per-language lexicons do not foresee.
 *
 * GDPR articles: a rights sentence citing "art. 20 GDPR" / "Art. 20 DSGVO" / "art. 20 del
 * Regolamento" grants portability whatever words surround it (GDPR Art. 15–22, 7(3), 77).
 */
export const GDPR_ARTICLE_RIGHTS: Readonly<Record<string, Right>> = {
  '15': 'access',
  '16': 'rectification',
  '17': 'erasure',
  '18': 'restriction',
  '20': 'portability',
  '21': 'objection',
  '22': 'automatedDecisions',
  '77': 'complaintToAuthority',
};

/** "Art. 20", "Artikel 20", "artículo 20", "articolo 20", "artigo 20", "artykuł 20", "art 20". */
export const ARTICLE =
  /(?<!\p{L})(?:art(?:icle|ikel|ículo|iculo|icolo|igo|ykuł|\.)?|§)\s*(\d{1,2})(?!\d)(?:\s*(?:\(\d\)|abs(?:atz|\.)?\s*\d|(?:ust|para|par)\.?\s*\d))?/giu;

/** The GDPR by any of its names: an article number alone may be another law's. */
export const GDPR_NAME =
  /\b(?:GDPR|RGPD|DSGVO|DS-GVO|AVG|RODO|UK GDPR|2016\/679|General Data Protection Regulation|Regolamento|Reglamento|Regulamento|Règlement|Verordnung|Rozporządzeni|Regulation)\b/iu;

/** Art. 7(3): "art. 7(3)", "Art. 7 Abs. 3", "article 7, paragraph 3". */
export const ARTICLE_7_3 =
  /(?<!\p{L})art(?:icle|ikel|ículo|icolo|igo|ykuł|\.)?\s*7\s*(?:\(3\)|,?\s*(?:abs(?:atz|\.)?|para(?:graph)?|par\.|ust\.?|comma|lid|paragraphe|apartado)\s*3)/iu;

/**
 * Portability, by what it gives: the data "in a structured, commonly used, machine-readable
 * format", in the words of each language (GDPR Art. 20(1)).
 */
export const STRUCTURED_FORMAT =
  /\b(?:structured|estructurad|strutturat|structuré|strukturiert|gestructureerd|estruturad|ustrukturyzowan)/iu;

/**
 * Portability, by where the data go: "transmitted to another controller" (GDPR Art. 20(1)-(2)),
 * in the words of each language. Counted only in a sentence about rights.
 */
export const ANOTHER_CONTROLLER =
  /(?<!\p{L})(?:to (?:another|a new|a different) (?:data )?controller|à un autre responsable|einem anderen Verantwortlichen|a otro responsable|a(?:d)? un altro titolare|aan een andere (?:verwerkings)?verantwoordelijke|(?:a|para) outro (?:responsável|controlador)|innemu administratorowi)(?!\p{L})/iu;

/** "Art. 15 ff.", "artt. 15 e ss", "art. 15 et seq.": a range of articles, not one right. */
export const ARTICLE_RANGE =
  /^\.?\s*(?:(?:e|y|et|und|i|and|en)\s+)?(?:ss|ff|seq|segg|seguenti|siguientes|suiv|folgende|nast)\b/iu;

/**
 * The right not to be subject to a decision based solely on automated processing, by its
 * safeguard: a human review of the decision (GDPR Art. 22(3)).
 */
export const HUMAN_INTERVENTION =
  /\b(?:human (?:review|intervention)|intervention humaine|menschliche\p{L}* (?:Eingreifen|Überprüfung|Entscheidung)|intervenci[oó]n humana|intervento umano|menselijke (?:tussenkomst|beoordeling)|interven[cç][aã]o humana|revis[aã]o humana|interwencji (?:ze strony )?człowieka)/iu;

/**
 * The negation that is the right's own wording (GDPR Art. 22(1): "the right not to be subject to
 * a decision based solely on automated processing"), which must not read as a denial.
 */
export const RIGHT_NOT_TO_BE =
  /\b(?:not (?:to )?|to not )be subject(?:ed)? to\b|\bne pas (?:faire l['’]objet|être soumis)|\b(?:nicht|keiner)\b[^.;]{0,160}\bunterworfen|\bno (?:ser|quedar) (?:objeto|sometid)|\bnon essere sottopost|\bniet (?:te worden )?onderworpen|\bnão (?:ficar|estar) sujeit|\bnie podlega/giu;

/**
 * "the existence of automated decision-making" (GDPR Art. 15(1)(h)): what an access request
 * returns, not the Art. 22 right itself.
 */
export const EXISTENCE_OF =
  /(?<!\p{L})(?:existence|Bestehen|Vorliegen|existencia|esistenza|bestaan|existência|istnieni\p{L}*)(?!\p{L})[^.;:]{0,120}$/iu;

/**
 * Directives about one's data after death (France: loi Informatique et Libertés art. 85; Italy:
 * Codice privacy art. 2-terdecies; Spain: LOPDGDD art. 3): "the right to set directives on the
 * storage, erasure and communication of your data after your death" is that right, not erasure
 * or access. A right's word between a directive word (before) and death (after) is its object.
 */
export const DIRECTIVES_BEFORE =
  /(?<!\p{L})(?:directives?|instructions?|wishes|Verfügung(?:en)?|Anweisungen|instrucciones|directrices|disposizioni|istruzioni|instructies|wensen|diretivas|instruções|dyspozycj\p{L}*)(?!\p{L})[^.;:!?]{0,100}$/iu;
export const AFTER_DEATH =
  /^[^.;!?]{0,120}?(?<!\p{L})(?:après (?:le |leur |votre |son |sa )?(?:décès|mort)|post[- ]mortem|after (?:your |their |his |her |the )?death|nach (?:dem |Ihrem |ihrem |seinem )?Tod|tras (?:su |el )?fallecimiento|después de (?:su |la )?muerte|dopo (?:la (?:tua |sua )?morte|il (?:tuo |suo )?decesso)|na (?:uw |het |zijn |haar )?overlijden|após (?:a (?:sua )?morte|o (?:seu )?falecimento)|po (?:\p{L}+ )?śmierci)(?!\p{L})/iu;
