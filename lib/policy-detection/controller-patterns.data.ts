/**
 * How policies say who the controller is, per language. Group 1 captures the start of the name;
 * find-controller cuts it at a legal form, comma or parenthesis. Keywords are case-insensitive
 * (ci); the name must start with a capital, which a regex-wide `i` flag would break.
 */
const ci = (s: string): string =>
  s.replace(/\p{L}/gu, (c) =>
    c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`,
  );
const NAME = String.raw`(["“]?[\p{Lu}\d][^\n]{1,120})`;
const NAME_LAZY = String.raw`(["“]?[\p{Lu}\d][^\n]{1,80}?)`;
const re = (s: string): RegExp => new RegExp(s, 'u');

export const CONTROLLER_PATTERNS: readonly RegExp[] = [
  re(
    String.raw`\b(?:${ci('data')}\s+)?${ci('controller')}(?:\s+(?:of|for|responsible for)\s+[^,.:]{1,60})?\s*(?:is|:|shall be|will be)\s+${NAME}`,
  ),
  re(
    String.raw`${ci('responsable')} (?:du|de|des) ${ci('traitement')}s?(?: des données)?(?: personnelles)?\s*(?:est|:)\s+${NAME}`,
  ),
  re(
    String.raw`${ci('verantwortlich')}(?:e|er)?(?:\s+Stelle)?(?:\s+(?:im Sinne|gemäß|nach)[^:]{0,80})?\s*(?:ist|:)\s+${NAME}`,
  ),
  re(
    String.raw`${ci('responsable del tratamiento')}(?: de (?:sus|los) datos(?: personales)?)?\s*(?:es|:)\s+${NAME}`,
  ),
  re(
    String.raw`${ci('titolare del trattamento')}(?: dei dati(?: personali)?)?\s*(?:è|e'|:)\s+${NAME}`,
  ),
  re(String.raw`${ci('verwerkingsverantwoordelijke')}\s*(?:is|:)\s+${NAME}`),
  re(
    String.raw`${ci('responsável pelo tratamento')}(?: dos (?:seus )?dados(?: pessoais)?)?\s*(?:é|:)\s+${NAME}`,
  ),
  re(
    String.raw`${ci('administrator')}(?:em)? (?:danych|Twoich danych)(?: osobowych)?\s*(?:jest|:)\s+${NAME}`,
  ),
  re(
    String.raw`${NAME_LAZY},?\s+(?:is|acts as|will be|remains)\s+(?:the\s+)?(?:${ci('data')}\s+)?${ci('controller')}\b`,
  ),
];

/** Definitions of "we": "We / us – Velotte", `Velotte SAS ("Velotte", "we", "us")`, `"We" means Velotte`. */
const WE = `["“]?(?:${ci('we')}|${ci('us')}|${ci('our')}|${ci('nous')}|${ci('wir')})["”]?`;
export const DEFINITION_PATTERNS: readonly RegExp[] = [
  re(
    String.raw`^\s*${WE}(?:\s*(?:[/,]|or|and|ou|et|oder|und)\s*${WE})*(?:\s*\([^)]{0,40}\))?\s*[–—:=-]\s*${NAME}`,
  ),
  re(
    String.raw`["“](?:${ci('we')}|${ci('us')}|${ci('our')})["”](?:[^.]{0,60})?\s+(?:means|refers to|refer to|is)\s+${NAME}`,
  ),
  re(
    String.raw`${NAME_LAZY}\s*\((?:[^)]{0,60})?(?:hereinafter\s+)?(?:referred to as\s+)?["“](?:${ci('we')}|${ci('us')}|${ci('our')}|${ci('the company')}|${ci('company')}|${ci('nous')}|${ci('wir')})["”]`,
  ),
];
