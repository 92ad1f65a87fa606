import { US_STATE_LAWS, usLawId } from '../../legal/us-states.data';
import type { UsStateLaw } from '../../legal/us-states.data';
import type { RequestLetters, RequestTemplate } from '../schema';
import { ENGLISH_FRAME } from './gdpr-english';

/**
 * English letters for the US state privacy laws, one generator for all of them (their rights and
 * periods are data: lib/legal/us-states.data.ts). The letter cites the rights section the data
 * gives and states the period that section sets; the residency sentence names the user's state,
 * whose law was chosen from their residence. Written for Rightful.
 */
function deadline(law: UsStateLaw): string {
  return `Please respond without undue delay and in any event within ${law.period} days of receiving this request (${law.sections.response}). If you need to extend that period, you must tell me so, with your reasons, within those ${law.period} days.`;
}

function rights(law: UsStateLaw): Partial<Record<string, RequestTemplate>> {
  const act = `the ${law.name} (${law.sections.rights})`;
  const end = { text: deadline(law) };
  const optOut = [
    law.rights.targetedAds ? 'targeted advertising' : '',
    'the sale of my personal data',
    law.rights.profiling
      ? 'profiling in furtherance of decisions that produce legal or similarly significant effects concerning me'
      : '',
  ].filter(Boolean);
  return {
    access: {
      subject: `Request to confirm and access my personal data (${law.short})`,
      paragraphs: [
        { text: `I am writing to {controller} to exercise my rights under ${act}.` },
        {
          text: 'Please confirm whether you process personal data concerning me and, if you do, give me access to that personal data.',
        },
        {
          when: 'partnersMentioned',
          text: 'Your privacy policy says that you disclose personal data to partners or other third parties{partnersQuote}. Please say which of them received my personal data.',
        },
        end,
      ],
    },
    ...(law.rights.correctFrom
      ? {
          rectification: {
            subject: `Request to correct my personal data (${law.short})`,
            paragraphs: [
              {
                text: `I am writing to {controller} to ask you to correct inaccuracies in my personal data, under ${act}.`,
              },
              { when: 'details', text: 'The data to correct, and the correct values:\n{details}' },
              {
                unless: 'details',
                text: 'The data to correct, and the correct values:\n[describe each inaccurate item and its correct value]',
              },
              end,
            ],
          },
        }
      : {}),
    erasure: {
      subject: `Request to delete my personal data (${law.short})`,
      paragraphs: [
        {
          text: law.rights.deleteProvidedOnly
            ? `I am writing to {controller} to ask you to delete the personal data I provided to you, under ${act}.`
            : `I am writing to {controller} to ask you to delete personal data provided by or obtained about me, under ${act}.`,
        },
        end,
      ],
    },
    portability: {
      subject: `Request for a copy of my personal data (${law.short})`,
      paragraphs: [
        {
          text: `I am writing to {controller} to obtain a copy of the personal data I previously provided to you, in a portable and, to the extent technically feasible, readily usable format, under ${act}.`,
        },
        end,
      ],
    },
    'opt-out-sale': {
      subject: `Request to opt out (${law.short})`,
      paragraphs: [
        {
          text: `I am writing to {controller} to opt out of the processing of my personal data for purposes of ${optOut.join(', and of ')}, under ${act}.`,
        },
        end,
      ],
    },
  };
}

function setOf(law: UsStateLaw): RequestLetters {
  return {
    law: usLawId(law.state),
    language: 'en',
    frame: {
      ...ENGLISH_FRAME,
      identityNote: `I am a resident of ${law.stateName}. Please authenticate this request with commercially reasonable efforts, using the details above.`,
    },
    rights: rights(law),
  };
}

export const US_STATE_EN: readonly RequestLetters[] = US_STATE_LAWS.map(setOf);

/** A US resident whose state has no comprehensive privacy law: a request, with no statute claimed. */
export const US_NONE_EN: RequestLetters = {
  law: 'us-none',
  language: 'en',
  frame: { ...ENGLISH_FRAME, identityNote: '' },
  rights: {
    access: {
      subject: 'Request for access to my personal information',
      paragraphs: [
        {
          text: 'I am writing to {controller} to ask whether you hold personal information about me and, if so, for a copy of it, together with where you obtained it and to whom you have disclosed it.',
        },
        { text: 'I would be grateful for your reply within a reasonable time.' },
      ],
    },
    erasure: {
      subject: 'Request to delete my personal information',
      paragraphs: [
        {
          text: 'I am writing to {controller} to ask you to delete the personal information you hold about me, except what you are required by law to keep, and to confirm the deletion.',
        },
        { text: 'I would be grateful for your reply within a reasonable time.' },
      ],
    },
    'opt-out-sale': {
      subject: 'Request to stop selling or sharing my personal information',
      paragraphs: [
        {
          text: 'I am writing to {controller} to ask you to stop selling or sharing my personal information, and to stop using it for targeted advertising.',
        },
        { text: 'I would be grateful for your confirmation within a reasonable time.' },
      ],
    },
  },
};
