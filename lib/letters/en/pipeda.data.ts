import type { RequestLetters } from '../schema';
import { ENGLISH_FRAME } from './gdpr-english';

// Canada, Personal Information Protection and Electronic Documents Act (S.C. 2000, c. 5),
// s. 8 and Schedule 1 (CSA Model Code principles). Written for Rightful.
export const PIPEDA_EN: RequestLetters = {
  law: 'pipeda',
  language: 'en',
  frame: {
    ...ENGLISH_FRAME,
    identityNote:
      'You may ask me for the information needed to confirm my identity; it will be used only for that purpose (Schedule 1, Principle 4.9.2).',
  },
  rights: {
    access: {
      subject: 'Request for access to my personal information (PIPEDA, Principle 4.9)',
      paragraphs: [
        {
          text: 'I am writing to {controller} to make a written request for access to my personal information under the Personal Information Protection and Electronic Documents Act (s. 8 and Schedule 1, Principle 4.9).',
        },
        {
          text: [
            'Please:',
            '- tell me whether you hold personal information about me, and give me access to all of it (Principle 4.9.1);',
            '- give me an account of the use that has been made, or is being made, of it (Principle 4.9.1);',
            '- give me an account of the third parties to which it has been disclosed, as specific as possible (Principles 4.9.1 and 4.9.3);',
            '- indicate the source of the information (Principle 4.9.1).',
          ].join('\n'),
        },
        {
          when: 'partnersMentioned',
          text: 'Your privacy policy says that you disclose personal information to partners or other third parties{partnersQuote}. Please name each one that received my information.',
        },
        {
          when: 'sourcesMentioned',
          text: 'It also says that you obtain personal information from partners or other third parties{sourcesQuote}. Please say which of my information came from whom.',
        },
        {
          text: 'Please provide the information in a form that is generally understandable, at minimal or no cost (Principle 4.9.4).',
        },
        {
          text: 'You must respond no later than 30 days after receiving this request (s. 8(3)). An extension of up to 30 days requires a notice to me within those 30 days (s. 8(4)); a failure to respond in time is a deemed refusal (s. 8(5)).',
        },
      ],
    },
    rectification: {
      subject: 'Request for correction of my personal information (PIPEDA, Principle 4.9.5)',
      paragraphs: [
        {
          text: 'I am writing to {controller} to challenge the accuracy and completeness of personal information you hold about me, and to ask you to amend it (Schedule 1, Principle 4.9.5).',
        },
        { when: 'details', text: 'The information to correct, and the correct values:\n{details}' },
        {
          unless: 'details',
          text: 'The information to correct, and the correct values:\n[describe each inaccurate item and its correct value]',
        },
        {
          text: 'Where appropriate, please transmit the amended information to third parties having access to it (Principle 4.9.5). If you do not agree to amend it, please record the substance of my challenge and tell those third parties about it (Principle 4.9.6).',
        },
        { text: 'Please confirm the correction in writing.' },
      ],
    },
    'withdraw-consent': {
      subject: 'Withdrawal of my consent (PIPEDA, Principle 4.3.8)',
      paragraphs: [
        {
          text: 'I am writing to {controller} to withdraw my consent to the collection, use and disclosure of my personal information, as Principle 4.3.8 of Schedule 1 allows on reasonable notice.',
        },
        {
          when: 'marketing',
          text: 'This includes the marketing your privacy policy describes{marketingQuote}.',
        },
        {
          text: 'If legal or contractual restrictions prevent you from acting on part of this withdrawal, please tell me which, and tell me of the implications of the withdrawal (Principle 4.3.8).',
        },
        { text: 'Please confirm in writing when you have acted on it.' },
      ],
    },
  },
};
