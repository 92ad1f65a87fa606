import type { RequestLetters } from '../schema';
import { ENGLISH_FRAME } from './gdpr-english';

// Brazil, Lei Geral de Proteção de Dados Pessoais (Law No. 13,709/2018). Written for Rightful.
const FREE = 'Requests are free of charge for the data subject (LGPD Art. 18 §5).';
const NOTIFY =
  'Please inform the processing agents with whom you shared my data so that they do the same (LGPD Art. 18 §6).';

export const LGPD_EN: RequestLetters = {
  law: 'lgpd',
  language: 'en',
  frame: {
    ...ENGLISH_FRAME,
    identityNote: 'You may ask me for what is reasonably needed to confirm my identity.',
  },
  rights: {
    access: {
      subject: 'Request for confirmation and access (LGPD Arts. 18 and 19)',
      paragraphs: [
        {
          text: 'I am writing to {controller} to exercise my rights under Art. 18 of Brazil’s General Data Protection Law (LGPD): confirmation that you process personal data about me (item I) and access to those data (item II).',
        },
        {
          text: [
            'Please send me a clear and complete declaration (Art. 19 II) stating:',
            '- the personal data you hold about me;',
            '- their origin;',
            '- the criteria used and the purposes of the processing;',
            '- the public and private entities with which you shared my data (Art. 18 VII).',
          ].join('\n'),
        },
        {
          when: 'partnersMentioned',
          text: 'Your privacy policy says that you share personal data with partners or other third parties{partnersQuote}. Please name each one that received my data.',
        },
        {
          when: 'sourcesMentioned',
          text: 'It also says that you obtain personal data from partners or other third parties{sourcesQuote}. Please say which of my data came from whom.',
        },
        {
          text: 'Please send it in electronic form (Art. 19 §2) and, for data processed on the basis of my consent or of a contract, a full copy in a format that allows its later use (Art. 19 §3).',
        },
        {
          text:
            // Res. CD/ANPD 2/2022 art. 14: small processing agents have double time.
            'The complete declaration is due within 15 days of this request (Art. 19 II), or 30 days if you are a small processing agent (Resolução CD/ANPD nº 2/2022, art. 14). ' +
            FREE,
        },
      ],
    },
    rectification: {
      subject: 'Request for correction (LGPD Art. 18 III)',
      paragraphs: [
        {
          text: 'I am writing to {controller} to ask you to correct incomplete, inaccurate or out-of-date personal data concerning me (LGPD Art. 18 III).',
        },
        { when: 'details', text: 'The data to correct, and the correct values:\n{details}' },
        {
          unless: 'details',
          text: 'The data to correct, and the correct values:\n[describe each inaccurate item and its correct value]',
        },
        { text: NOTIFY },
        { text: FREE },
      ],
    },
    erasure: {
      subject: 'Request for deletion (LGPD Art. 18 IV and VI)',
      paragraphs: [
        {
          text: 'I am writing to {controller} to ask you to delete the personal data you processed about me with my consent (LGPD Art. 18 VI), and to anonymise, block or delete any data that are unnecessary, excessive or processed in breach of the LGPD (Art. 18 IV).',
        },
        {
          when: 'retentionDuration',
          text: 'Your privacy policy sets a retention period of {retention}{retentionQuote}. Data must be deleted once processing ends (Art. 16), so data kept beyond that period must go in any case.',
        },
        {
          text: 'If one of the cases of Art. 16 allows you to keep some data, please tell me which data, on what ground and for how long.',
        },
        { text: NOTIFY },
        { text: FREE },
      ],
    },
    portability: {
      subject: 'Request for portability (LGPD Art. 18 V)',
      paragraphs: [
        {
          text: 'I am writing to {controller} to exercise my right to the portability of my personal data to another service or product provider (LGPD Art. 18 V).',
        },
        {
          text: 'Please provide a full copy of my data in an interoperable electronic format that allows its later use (Art. 19 §3), such as CSV or JSON.',
        },
        { text: FREE },
      ],
    },
    objection: {
      subject: 'Objection to processing (LGPD Art. 18 §2)',
      paragraphs: [
        {
          text: 'I am writing to {controller} to object to the processing of my personal data carried out without my consent, on another legal basis, where it does not comply with the LGPD (Art. 18 §2).',
        },
        {
          when: 'legitimateInterest',
          text: 'Your privacy policy bases the following purposes on legitimate interest (Art. 7 IX); processing on that basis must respect my fundamental rights and legitimate expectations (Art. 10), and my objection covers each of them:\n{liPurposes}',
        },
        {
          when: 'marketing',
          text: 'It covers in particular the marketing your privacy policy describes{marketingQuote}.',
        },
        { text: 'Please confirm which processing you have stopped. ' + FREE },
      ],
    },
    'automated-decision': {
      subject: 'Review of an automated decision (LGPD Art. 20)',
      paragraphs: [
        {
          text: 'I am writing to {controller} to ask for the review of decisions taken solely on the basis of automated processing of my personal data that affect my interests, including profiling (LGPD Art. 20).',
        },
        { when: 'details', text: 'The decision concerned:\n{details}' },
        {
          text: 'Please give me clear and adequate information about the criteria and procedures used for the decision (Art. 20 §1).',
        },
        { text: FREE },
      ],
    },
    'withdraw-consent': {
      subject: 'Withdrawal of consent (LGPD Arts. 8 §5 and 18 IX)',
      paragraphs: [
        {
          text: 'I withdraw every consent I have given to {controller} for the processing of my personal data (LGPD Art. 8 §5 and Art. 18 IX).',
        },
        {
          when: 'marketing',
          text: 'This includes the marketing your privacy policy describes{marketingQuote}.',
        },
        {
          text:
            'Please stop the processing based on that consent and delete the data processed on that basis (Art. 18 VI). ' +
            FREE,
        },
      ],
    },
  },
};
