/**
 * Abbreviations after which Intl.Segmenter (ICU sentence rules, UAX #29) would wrongly end a
 * sentence when the next word is capitalised or a number ("see Art. 6 GDPR", "e.g. Google").
 * Lower-case, without the final dot. Single letters ("z. B.", "p. ex.", initials) and dotted
 * letter runs ("e.g", "u.a") are handled by the interpreter, so they need not be listed.
 * Company suffixes (Inc., Ltd.) are left out on purpose: they end sentences too often.
 */
export const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  common: ['art', 'arts', 'no', 'nos', 'nr', 'para', 'sec', 'cf', 'vs', 'ca', 'approx', 'lit'],
  en: ['incl', 'dr', 'mr', 'mrs', 'ms', 'st', 'pp', 'fig', 'ref', 'e.g', 'i.e'],
  fr: ['ex', 'mme', 'mlle', 'env', 'resp', 'chap', 'réf', 'tél', 'al'],
  de: ['bzw', 'ggf', 'vgl', 'abs', 'inkl', 'evtl', 'sog', 'gem', 'ziff', 'hr', 'fr', 'tel', 'str'],
  es: ['ej', 'núm', 'sr', 'sra', 'dña', 'pág'],
  it: ['es', 'sig', 'sig.ra', 'pag'],
  nl: ['bijv', 'bv', 'nl', 'evt', 'mbt', 'ivm'],
  pt: ['ex', 'sr', 'sra', 'pág', 'n.º'],
  pl: ['np', 'tj', 'tzn', 'ust', 'pkt', 'ok', 'itd'],
};
