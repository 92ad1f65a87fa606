import * as D from './facts-from-text.data';
import { NO_FACTS, type PolicyFacts } from './schema';

/**
 * A small, documented keyword heuristic that reads PolicyFacts from a policy's plain text, for the
 * CLI until the analysis domain (lib/policy-analysis, analyzePolicy) is wired in its place.
 * It looks, sentence by sentence, for: disclosure to partners, data obtained from partners or
 * public sources, a retention period, purposes based on legitimate interest (the bullet list
 * after a "legitimate interest … :" line), marketing. It keeps the first matching sentence as
 * the quote. It names no partner (that needs the analysis's recipient extraction).
 */
export function factsFromText(text: string): PolicyFacts {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const sentences = lines.flatMap(splitSentences);
  const matches = (cues: D.Cue[]) => (s: string) =>
    cues.some((c) => c.verb.test(s) && c.object.test(s));
  const sourceQuote = sentences.find(matches(D.SOURCES));
  const partnerQuote = sentences.find(
    (s) =>
      s !== sourceQuote &&
      !D.NEGATION.test(s) &&
      !matches(D.SOURCES)(s) &&
      matches(D.DISCLOSURE)(s),
  );
  const publicQuote = sentences.find((s) => D.PUBLIC_SOURCES.test(s));
  // A sentence describing the user's rights ("right to object … direct marketing") is no statement of practice.
  const marketingQuote = sentences.find((s) => D.MARKETING.test(s) && !D.RIGHTS_TALK.test(s));
  const controllerName = D.CONTROLLER.map((p) => p.exec(text)?.[1]?.trim()).find(Boolean);
  return {
    ...NO_FACTS,
    ...(controllerName ? { controllerName } : {}),
    policyLanguage: guessLanguage(text),
    partners: {
      mentioned: partnerQuote !== undefined,
      named: [],
      ...(partnerQuote ? { quote: partnerQuote } : {}),
    },
    partnerSources: {
      mentioned: sourceQuote !== undefined,
      ...(sourceQuote ? { quote: sourceQuote } : {}),
    },
    ...(publicQuote ? { publicSources: { mentioned: true, quote: publicQuote } } : {}),
    ...retention(sentences),
    legitimateInterestPurposes: legitimateInterest(lines).map((t) => ({ text: t })),
    ...(marketingQuote ? { marketing: { quote: marketingQuote } } : {}),
  };
}

function splitSentences(line: string): string[] {
  return line
    .replace(D.BULLET, '')
    .split(/(?<=[.!?;])\s+(?=[A-ZÀ-ÖØ-Þ"“«„])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 3);
}

function retention(sentences: string[]): Pick<PolicyFacts, 'retention'> {
  const candidates = sentences.filter((s) => D.RETENTION_VERB.test(s));
  for (const sentence of candidates) {
    for (const { pattern, unit } of D.DURATION) {
      const n = pattern.exec(sentence)?.[1];
      if (n) {
        return { retention: { duration: `P${Number(n)}${unit}`, quote: sentence } };
      }
    }
  }
  const statement = sentences.find(
    (s) => (D.RETENTION_VERB.test(s) || D.DELETION_VERB.test(s)) && D.RETENTION_STATEMENT.test(s),
  );
  return statement ? { retention: { quote: statement } } : {};
}

/** The purposes listed after a line that announces legitimate interest and ends with a colon. */
function legitimateInterest(lines: string[]): string[] {
  const purposes: string[] = [];
  lines.forEach((line, i) => {
    if (!D.LEGITIMATE_INTEREST.test(line)) {
      return;
    }
    if (!/:\s*$/.test(line)) {
      const sentence = splitSentences(line).find((s) => D.LEGITIMATE_INTEREST.test(s));
      if (sentence && /\b(for|to|pour|afin|für|zu)\b/i.test(sentence) && purposes.length === 0) {
        purposes.push(sentence);
      }
      return;
    }
    for (const next of lines.slice(i + 1)) {
      if (!D.BULLET.test(next)) {
        break;
      }
      // Footnote markers ("offers *") are layout, not words.
      purposes.push(
        next
          .replace(D.BULLET, '')
          .replace(/\s\*+(?=\s)/g, '')
          .replace(/[\s;.,*]+$/, '')
          .trim(),
      );
    }
  });
  return [...new Set(purposes)].filter((p) => p.length > 0);
}

function guessLanguage(text: string): string {
  const sample = text.slice(0, 5000);
  const scores = Object.entries(D.STOPWORDS).map(
    ([lang, re]) => [lang, sample.match(re)?.length ?? 0] as const,
  );
  return scores.reduce((best, s) => (s[1] > best[1] ? s : best))[0];
}
