/**
 * The words of the clause-level stance rule (stance.ts), per language, lower case, in our own
 * words. Adding a language is adding an entry here (DESIGN.md, house style 3).
 */
export interface StanceWords {
  /** Deny what follows them in the clause: "not", "no", "never". */
  negators: readonly string[];
  /** Deny what comes just before them (negation after the verb: "übermitteln wir nicht"). */
  negatorsAfter: readonly string[];
  /** Negative answers after a question mark or a label's colon: "? No.", ": None". */
  answers: readonly string[];
  /** Make what follows them in the clause a supposition: "if", "whether", "wenn", "qualora". */
  conditionals: readonly string[];
  /** The same, only when they open the sentence ("Should it be necessary…", "Werden Daten…"). */
  openers: readonly string[];
  /** After the found words, a condition on them: "only if", "nur wenn". */
  onlyIf: readonly string[];
  /** "only" before the found words, then a condition after them: "we only share it if…". */
  only: readonly string[];
  /** Start a new clause, which a negation does not reach past: "but", "however". */
  breaks: readonly string[];
  /** Negations that deny nothing: "not only", "whether or not". */
  notNegating: readonly string[];
  /** Soften a denial into "usually not" (exceptions follow): "as a rule", "grundsätzlich". */
  hedges: readonly string[];
  /** After a denial, the exceptions to it: "except", "unless", "außer", "salvo". */
  exceptions: readonly string[];
}

export const STANCE_WORDS: Readonly<Record<string, StanceWords>> = {
  en: {
    negators: ['not', 'no', 'never', 'none', 'neither', 'nor', "n't", 'n’t', 'nothing'],
    negatorsAfter: [],
    answers: ['no', 'none', 'not applicable', 'n/a', 'nil'],
    conditionals: ['if', 'whether', 'in case', 'in the event', 'unless', 'insofar as'],
    openers: ['should', 'were'],
    onlyIf: ['only if', 'only where', 'only when', 'only in the event', 'unless'],
    only: ['only', 'solely', 'exclusively'],
    breaks: ['but', 'however', 'except', 'although', 'whereas', 'while', 'apart from'],
    notNegating: ['not only', 'whether or not', 'no matter', 'not limited to', 'no later than'],
    hedges: ['as a rule', 'in principle', 'generally', 'in general', 'usually', 'normally'],
    exceptions: ['except', 'unless', 'other than', 'save where', 'apart from'],
  },
  fr: {
    negators: ['ne', 'n’', "n'", 'aucun', 'aucune', 'jamais', 'ni', 'nul', 'nulle'],
    negatorsAfter: ['pas', 'jamais', 'aucun', 'aucune', 'nullement'],
    answers: ['non', 'aucun', 'aucune', 'néant', 'sans objet', 'non applicable'],
    conditionals: ['si', 's’il', "s'il", 'dans le cas où', 'au cas où', 'en cas de'],
    openers: [],
    onlyIf: ['que si', 'uniquement si', 'seulement si', 'sauf si', 'à moins que'],
    only: ['uniquement', 'seulement', 'exclusivement'],
    breaks: ['mais', 'cependant', 'toutefois', 'sauf', 'excepté', 'alors que', 'tandis que'],
    notNegating: ['non seulement', 'sans préjudice'],
    hedges: ['en principe', 'en règle générale', 'généralement', 'par principe'],
    exceptions: ['sauf', 'à moins', 'excepté', 'hormis'],
  },
  de: {
    negators: ['nicht', 'kein', 'keine', 'keiner', 'keinen', 'keinem', 'keines', 'niemals', 'nie'],
    negatorsAfter: [
      'nicht',
      'niemals',
      'keinesfalls',
      'nie',
      'keine',
      'keinen',
      'keiner',
      'keinem',
    ],
    answers: ['nein', 'keine', 'entfällt', 'nicht zutreffend', 'findet nicht statt'],
    conditionals: ['wenn', 'falls', 'sofern', 'soweit', 'ob', 'im falle'],
    openers: ['werden', 'wird', 'sollte', 'sollten'],
    onlyIf: ['nur wenn', 'nur soweit', 'nur sofern', 'nur falls', 'es sei denn'],
    only: ['nur', 'ausschließlich', 'lediglich'],
    breaks: ['aber', 'jedoch', 'allerdings', 'außer', 'ausgenommen', 'während', 'sondern'],
    notNegating: ['nicht nur', 'nicht zuletzt', 'nicht abschließend'],
    hedges: ['grundsätzlich', 'in der regel', 'im regelfall', 'generell', 'üblicherweise'],
    exceptions: ['außer', 'ausgenommen', 'es sei denn', 'mit ausnahme'],
  },
  es: {
    negators: ['no', 'ningún', 'ninguna', 'ninguno', 'nunca', 'jamás', 'ni'],
    negatorsAfter: [],
    answers: ['no', 'ninguna', 'ninguno', 'no aplica', 'no procede'],
    conditionals: ['si', 'en caso de que', 'en el caso de que', 'en caso de'],
    openers: [],
    onlyIf: ['solo si', 'sólo si', 'únicamente si', 'salvo que', 'a menos que'],
    only: ['solo', 'sólo', 'únicamente', 'exclusivamente'],
    breaks: ['pero', 'sin embargo', 'no obstante', 'excepto', 'salvo', 'mientras que'],
    notNegating: ['no solo', 'no sólo', 'no obstante', 'sin perjuicio'],
    hedges: ['en principio', 'por regla general', 'como norma general', 'generalmente'],
    exceptions: ['salvo', 'excepto', 'a menos que', 'con excepción'],
  },
  it: {
    negators: ['non', 'nessun', 'nessuno', 'nessuna', 'mai', 'né'],
    negatorsAfter: [],
    answers: ['no', 'nessuno', 'nessuna', 'non applicabile', 'non previsto', 'non prevista'],
    conditionals: ['se', 'qualora', 'nel caso in cui', 'nel caso', 'ove', 'laddove'],
    openers: [],
    onlyIf: ['solo se', 'soltanto se', 'unicamente se', 'salvo che', 'a meno che'],
    only: ['solo', 'soltanto', 'unicamente', 'esclusivamente'],
    breaks: ['ma', 'tuttavia', 'però', 'eccetto', 'salvo', 'mentre'],
    notNegating: ['non solo', 'non soltanto', 'non appena'],
    hedges: ['in linea di principio', 'in linea generale', 'di norma', 'generalmente'],
    exceptions: ['salvo', 'tranne', 'eccetto', 'a meno che', 'ad eccezione'],
  },
  nl: {
    negators: ['niet', 'geen', 'nooit', 'noch'],
    negatorsAfter: ['niet', 'nooit', 'geen'],
    answers: ['nee', 'neen', 'geen', 'niet van toepassing', 'n.v.t.'],
    conditionals: ['indien', 'in het geval', 'ingeval'],
    openers: ['als', 'mocht', 'mochten'],
    onlyIf: ['alleen als', 'alleen indien', 'uitsluitend indien', 'tenzij', 'slechts indien'],
    only: ['alleen', 'uitsluitend', 'slechts'],
    breaks: ['maar', 'echter', 'behalve', 'tenzij', 'terwijl', 'uitgezonderd'],
    notNegating: ['niet alleen', 'niet uitputtend'],
    hedges: ['in principe', 'in de regel', 'doorgaans', 'over het algemeen'],
    exceptions: ['behalve', 'tenzij', 'met uitzondering'],
  },
  pt: {
    negators: ['não', 'nenhum', 'nenhuma', 'nunca', 'jamais', 'nem'],
    negatorsAfter: [],
    answers: ['não', 'nenhum', 'nenhuma', 'não aplicável', 'não se aplica'],
    conditionals: ['na eventualidade', 'no caso de', 'nos casos em que', 'em caso de'],
    openers: ['se', 'caso'],
    onlyIf: ['apenas se', 'só se', 'somente se', 'unicamente se', 'salvo se', 'a menos que'],
    only: ['apenas', 'só', 'somente', 'exclusivamente'],
    breaks: ['mas', 'contudo', 'no entanto', 'todavia', 'exceto', 'salvo', 'enquanto'],
    notNegating: ['não só', 'não apenas', 'sem prejuízo'],
    hedges: ['em princípio', 'por regra', 'regra geral', 'geralmente'],
    exceptions: ['salvo', 'exceto', 'a menos que', 'com exceção'],
  },
  pl: {
    negators: ['nie', 'żaden', 'żadna', 'żadne', 'żadnych', 'nigdy', 'ani'],
    negatorsAfter: [],
    answers: ['nie', 'brak', 'żadne', 'nie dotyczy'],
    conditionals: ['jeżeli', 'jeśli', 'gdyby', 'w przypadku', 'o ile', 'czy'],
    openers: [],
    onlyIf: ['tylko jeśli', 'tylko jeżeli', 'wyłącznie jeśli', 'wyłącznie w przypadku', 'chyba że'],
    only: ['tylko', 'wyłącznie', 'jedynie'],
    breaks: ['ale', 'jednak', 'jednakże', 'lecz', 'z wyjątkiem', 'natomiast'],
    notNegating: ['nie tylko', 'nie później niż'],
    hedges: ['co do zasady', 'z zasady', 'zasadniczo', 'z reguły'],
    exceptions: ['z wyjątkiem', 'chyba że', 'poza przypadkami'],
  },
};
