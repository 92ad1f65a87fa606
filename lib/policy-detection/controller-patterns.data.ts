/**
 * How policies say who the controller is, per language. Group 1 captures text around the name;
 * `take` says where the name is in it: at the head ("The controller is Velotte SAS, 12 rue…") or
 * at the tail ("This notice applies to Velotte (hereinafter "we")"). Keywords are case-insensitive
 * (ci); names start with a capital, which a regex-wide `i` flag would break.
 */
export interface ControllerPattern {
  re: RegExp;
  take: 'head' | 'tail';
  /** App developers often write their name lowercase ("nichgames built the … app"). */
  anyCase?: boolean;
  /** Only when what is operated is the site's own offering (find-controller operatesOurs). */
  ourOffering?: boolean;
  /** Not when the sentence gives the name as an example ("e.g., X, which operates …"). */
  notExample?: boolean;
  /**
   * A quick test every match passes, for a pattern lib/shared/may-match reads no guard from: the
   * pattern runs only on the sentences that pass it (speed, issue 11, item 8).
   */
  need?: RegExp;
}

const ci = (s: string): string =>
  s.replace(/\p{L}/gu, (c) =>
    c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`,
  );
const NAME = String.raw`(["“]?[\p{Lu}\d][^\n]{1,120})`;
const NAME_LAZY = String.raw`(["“]?[\p{Lu}\d][^\n]{1,80}?)`;
const head = (s: string): ControllerPattern => ({ re: new RegExp(s, 'u'), take: 'head' });
const tail = (s: string): ControllerPattern => ({ re: new RegExp(s, 'u'), take: 'tail' });

/** The policy says who the controller is. */
export const CONTROLLER_PATTERNS: readonly ControllerPattern[] = [
  head(
    String.raw`\b(?:${ci('data')}\s+)?${ci('controller')}(?:\s+(?:of|for|responsible for)\s+[^,.:]{1,60})?\s*(?:is|:|shall be|will be)\s+${NAME}`,
  ),
  head(
    String.raw`${ci('responsable')} (?:du|de|des) ${ci('traitement')}s?(?: des données)?(?: personnelles)?\s*(?:est|:)\s+${NAME}`,
  ),
  head(
    String.raw`${ci('verantwortlich')}(?:e|er)?(?:\s+Stelle)?(?:\s+(?:im Sinne|gemäß|nach)[^:]{0,80})?\s*(?:ist|:)\s+${NAME}`,
  ),
  head(
    String.raw`${ci('responsable del tratamiento')}(?: de (?:sus|los) datos(?: personales)?)?\s*(?:es|:)\s+${NAME}`,
  ),
  head(
    String.raw`${ci('titolare del trattamento')}(?: dei dati(?: personali)?)?\s*(?:è|e'|:)\s+${NAME}`,
  ),
  head(String.raw`${ci('verwerkingsverantwoordelijke')}\s*(?:is|:)\s+${NAME}`),
  head(
    String.raw`${ci('responsável pelo tratamento')}(?: dos (?:seus )?dados(?: pessoais)?)?\s*(?:é|:)\s+${NAME}`,
  ),
  head(
    String.raw`${ci('administrator')}(?:em)? (?:danych|Twoich danych)(?: osobowych)?\s*(?:jest|:)\s+${NAME}`,
  ),
  tail(
    String.raw`^(.{1,120}?),?\s+(?:is|acts as|will be|remains)\s+(?:the\s+)?(?:${ci('data')}\s+)?${ci('controller')}\b`,
  ),
];

/**
 * What every pattern of a list needs, tested once per sentence before the list's patterns (speed,
 * issue 11, item 8): a role word for CONTROLLER_PATTERNS (each spells one, ci() or as written),
 * "by", "built" or ", which/who" for OPERATOR_PATTERNS.
 */
export const CONTROLLER_NEED =
  /controller|traitement|verantwortlich|tratamiento|trattamento|verwerkingsverantwoordelijke|tratamento|administrator/i;
export const OPERATOR_NEED = /\sby\s|built|,\s+(?:which|who)\s/i;
/**
 * DEFINITION_PATTERNS' need: the dash or colon after "We / us", or the quote around "we" or the
 * quoted party.
 */
export const DEFINITION_NEED = /[–—:=\-"“‘']/;

/** Who runs the service: "X built the Y app", "This service is provided by X", "operated by X". */
export const OPERATOR_PATTERNS: readonly ControllerPattern[] = [
  { re: /^\s*([\p{L}\d][^\n]{0,60}?)\s+built\s+(?:the|this)\b/u, take: 'head', anyCase: true },
  head(
    String.raw`\b(?:${ci('service')}|${ci('app')}|${ci('application')}|${ci('website')}|${ci('site')}|${ci('platform')})\s+is\s+(?:provided|operated|owned|run|managed|published|developed)\s+by\s+${NAME}`,
  ),
  { ...head(String.raw`\b(?:operated|owned|published|run)\s+by\s+${NAME}`), ourOffering: true },
  // "… the Velotte app for mobile devices that was created by jo lindqvist": developers' names are
  // often written in lower case, so the name is read in any case (and must still look like one).
  {
    re: /\b(?:app|application|game|service|software|website|site|platform|tool)\b[^.\n]{0,80}?\b(?:was|is|has\s+been|were)\s+(?:created|developed|built|made|designed)\s+by\s+([\p{L}\d][^\n]{0,80})/iu,
    take: 'head',
    anyCase: true,
  },
  {
    ...tail(String.raw`^(.{1,160}?),\s+(?:which|who)\s+(?:manages|operates|owns|runs|publishes)\b`),
    notExample: true,
  },
];

/** Definitions of "we": "We / us – Velotte", `Velotte SAS ("Velotte", "we", "us")`, `"We" means Velotte`. */
const WE = `["“]?(?:${ci('we')}|${ci('us')}|${ci('our')}|${ci('nous')}|${ci('wir')})["”]?`;
const QUOTED_PARTY = `(?:${ci('we')}|${ci('us')}|${ci('our')}|${ci('the company')}|${ci('company')}|${ci('developer')}|${ci('service provider')}|${ci('provider')}|${ci('operator')}|${ci('owner')}|${ci('publisher')}|${ci('nous')}|${ci('wir')})`;
export const DEFINITION_PATTERNS: readonly ControllerPattern[] = [
  head(
    String.raw`^\s*${WE}(?:\s*(?:[/,]|or|and|ou|et|oder|und)\s*${WE})*(?:\s*\([^)]{0,40}\))?\s*[–—:=-]\s*${NAME}`,
  ),
  head(
    String.raw`["“](?:${ci('we')}|${ci('us')}|${ci('our')})["”](?:[^.]{0,60})?\s+(?:means|refers to|refer to|is)\s+${NAME}`,
  ),
  {
    ...tail(
      String.raw`${NAME_LAZY}\s*\((?:[^)]{0,60})?(?:hereinafter\s+)?(?:referred to as\s+)?["“‘']${QUOTED_PARTY}["”’']`,
    ),
    // The quoted party alone (QUOTED_PARTY's words, in any case as ci() spells them).
    need: /["“‘'](?:we|us|our|the company|company|developer|service provider|provider|operator|owner|publisher|nous|wir)["”’']/i,
  },
];
