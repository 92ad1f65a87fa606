import type { Block, Segment } from '../../shared/policy-text';
import type {
  DataType,
  LegalBasis,
  Purpose,
  RecipientKind,
  Right,
  SecurityMeasure,
  Source,
  TransferSafeguard,
} from '../schema';

/** Patterns for one value: a sentence matching any of them states the value. */
export type Patterns = readonly RegExp[];
export type Table<K extends string> = Readonly<Record<K, Patterns>>;

/**
 * What the extractors look for, per language (DESIGN.md, style 3: adding a language is a data
 * change). Each language file fills the whole shape, so a missing pattern is a type error.
 */
export interface ExtractLexicon {
  /** BCP 47 base subtag of the language these patterns are for. */
  language: string;
  dataTypes: Table<DataType>;
  purposes: Table<Purpose>;
  legalBases: Table<LegalBasis>;
  /** A sentence introducing a list of purposes ("for the following purposes:"). */
  purposeListIntro: Patterns;
  recipients: Table<Exclude<RecipientKind, 'named'>>;
  /**
   * Disclosure verbs: a recipient word counts only in a sentence that shares or discloses, and
   * not when the sentence denies it ("We do not sell or share…": stance.ts decides, in every language).
   */
  sharing: Patterns;
  sources: Table<Source>;
  security: Table<SecurityMeasure>;
  rights: Table<Right>;
  /** A sentence or heading about the data subject's rights. */
  rightsContext: Patterns;
  transfers: {
    outsideEea: Patterns;
    /** A sentence about transfers at all: safeguards and countries count only there. */
    context: Patterns;
    /** A denial ("no transfer takes place", "none"): the sentence states no transfer. */
    negation: Patterns;
    /** A condition ("if it should be necessary to transfer"): a hypothesis, not a transfer. */
    conditional: Patterns;
    safeguards: Table<TransferSafeguard>;
    countries: Readonly<Record<string, RegExp>>;
    /**
     * A recipient named with its seat in a third country ("GitHub, Inc., 88 Colin P Kelly Jr
     * Street, San Francisco, CA 94107, USA", transfers.ts `seatAbroad`): a transfer outside the EEA.
     */
    seatAbroad: {
      /**
       * The country ending an address or naming a seat, by ISO code. Not the UK nor Switzerland:
       * both have adequacy decisions, and the UK or Swiss entity an EU policy names is mostly its
       * own group or its representative, which no annotator reads as a transfer. Not EEA states.
       */
      countries: Readonly<Record<string, Patterns>>;
      /** A passage about recipients, processors, hosting or services used (with `sharing`). */
      recipient: Patterns;
      /** Not a recipient: the controller's own identity or address, its representative. */
      notRecipient: Patterns;
      /**
       * The organisation is only the parent of the entity that serves ("a subsidiary of Google
       * LLC"), or an entity serves EU users ("for users in the EEA, Google Ireland…"), before or
       * after it in the sentence or the one before.
       */
      euEntity: Patterns;
    };
  };
  profiling: Patterns;
  automatedDecisions: Patterns;
  partnerMarketing: { partners: Patterns; marketing: Patterns };
  partnersListPromised: Patterns;
  retention: {
    /** Keep/store/delete verbs: a duration counts only in such a sentence. */
    context: Patterns;
    unspecified: Patterns;
    /** "not longer than", "at most" before the figure. */
    max: RegExp;
    min: RegExp;
    /** The word joining a range's two numbers ("5 to 10 years": to): the second is a maximum. */
    range: RegExp;
    units: Readonly<Record<'D' | 'W' | 'M' | 'Y', RegExp>>;
    /** One unit without a figure ("in the last year", "im letzten Jahr"): the unit word in group 1. */
    lastOne: RegExp;
    /** Around a figure that is an age, not a period: "under 13 years", "18 years old". */
    age: { before: RegExp; after: RegExp };
    /**
     * The time to answer a request, not a period of keeping: a sentence with a verb of replying
     * (`verb`) and "within" just before the figure ("we will respond to your request within 30 days").
     */
    reply: { verb: RegExp; within: RegExp };
    /**
     * What the clause around a figure is about (retention.ts, `subjects`): `keep` are words of
     * keeping, deleting, closing an account or a cookie's lifetime; `other` the other subjects a
     * figure in a retention passage can belong to: answering a request or extending that
     * deadline, a notice given before something happens, a contract's terms, a time limit to go
     * to court, a free trial. Neither holds the nouns both share ("durée", "plazo", "okres").
     */
    clause: {
      keep: RegExp;
      other: RegExp;
      /**
       * Just after a figure: it counts back from an event ("14 days before we delete it",
       * "14 Tage vorher"), a notice, unless a word of keeping comes before it in its clause
       * ("kept 3 years before being deleted").
       */
      before: RegExp;
      /**
       * Just before a figure: a frequency ("every 3 months", "tous les 6 mois"), not a period,
       * unless its clause keeps or deletes ("logs are deleted every 7 days").
       */
      every: RegExp;
    };
    numbers: Readonly<Record<string, number>>;
  };
  /** `age` patterns capture the age (digits or a number word of `retention.numbers`) in group 1. */
  children: { context: Patterns; age: Patterns; coppa: Patterns };
  dates: { cue: Patterns; months: Readonly<Record<string, number>>; dayFirst: boolean };
  dpo: Patterns;
  authority: { mentioned: Patterns };
}

/** What every extractor receives: the sentences, the blocks they come from, and the patterns. */
export interface ExtractContext {
  segments: readonly Segment[];
  blocks: readonly Block[];
  lex: ExtractLexicon;
}
