/**
 * Words naming a legal instrument, in the eight languages: a date right after one is the
 * instrument's ("Regulation (EU) 2016/679 of 27 April 2016", "standard contractual clauses,
 * version of 4 June 2021"), never the policy's own update.
 */
export const LEGAL_INSTRUMENT =
  /(?<!\p{L})(?:regulation|directive|decision|clauses|act|law|règlement|directive|décision|clauses|loi|verordnung|richtlinie|beschluss|klauseln|gesetz|reglamento|directiva|decisión|cláusulas|ley|regolamento|direttiva|decisione|clausole|legge|verordening|richtlijn|besluit|clausules|wet|regulamento|diretiva|decisão|lei|rozporządzeni\p{L}*|dyrektyw\p{L}*|decyzj\p{L}*|klauzul\p{L}*|ustaw\p{L}*|\d{4}\/\d{2,4})(?!\p{L})/iu;

/** How far before a date's cue a legal instrument still owns it. */
export const INSTRUMENT_REACH = 80;

/**
 * "… enter into force until August 2026", "gilt bis zum 1. Juni": a date after "until" is a
 * deadline in the text, not the day the policy changed.
 */
export const UNTIL =
  /(?<!\p{L})(?:until|till|up\s+to|jusqu['’]\s*(?:au|à|en)?|bis(?:\s+(?:zum|zur))?|hasta|fino\s+(?:a|al|alla)|entro|tot|até)(?!\p{L})/iu;
