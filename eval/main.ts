/**
 * Evaluation against annotated corpora (formats: see README, Accuracy), over the same lib/ code:
 * npm run eval -- <command> [args]. Each command lives in eval/commands/<command>.ts.
 */
import { dispatch, type Command } from '../cli/support/dispatch';

dispatch(
  'eval',
  {
    contacts: 'privacy-contact email precision/recall on GDPR-200 and OPP-115 files',
    categories: 'OPP-115 segment classification: per-category P/R/F1, macro and micro F1',
    gdpr: 'GDPR-200 Art. 13/14 disclosure detection: policy accuracy and passage F1',
    realworld:
      'real current policies (8 languages): each field per language against hand-written gold',
  },
  (name) => import(`./commands/${name}.ts`) as Promise<Command>,
);
