import type { RequestLetters } from '../schema';
import { ENGLISH_FRAME } from './gdpr-english';

// Switzerland, Federal Act on Data Protection of 25 September 2020 (FADP, SR 235.1), in force
// 1 September 2023, and the Data Protection Ordinance (DPO, SR 235.11). Written for Rightful.
const REPLY = 'Please reply in writing without undue delay.';

export const REVFADP_EN: RequestLetters = {
  law: 'revfadp',
  language: 'en',
  frame: {
    ...ENGLISH_FRAME,
    identityNote: 'You may ask me for what is reasonably needed to confirm my identity.',
  },
  rights: {
    access: {
      subject: 'Request for information (Art. 25 FADP)',
      paragraphs: [
        {
          text: 'I am writing to {controller} to ask whether you process personal data concerning me, under Art. 25 of the Swiss Federal Act on Data Protection (FADP).',
        },
        {
          text: [
            'If you do, please give me the information that Art. 25(2) FADP requires:',
            '(a) your identity and contact details as controller;',
            '(b) the personal data processed, as such;',
            '(c) the purpose of the processing;',
            '(d) the retention period of the data or, if that is not possible, the criteria used to determine it;',
            '(e) the available information about the origin of the data, where they were not collected from me;',
            '(f) whether an automated individual decision is taken, and the logic on which it is based;',
            '(g) the recipients or categories of recipients to whom the data are disclosed and, for disclosures abroad, the State or international body concerned and the safeguards relied on.',
          ].join('\n'),
        },
        {
          when: 'partnersMentioned',
          text: 'Your privacy policy says that you disclose personal data to partners or other third parties{partnersQuote}. For point (g), please name each one that received my data.',
        },
        {
          when: 'sourcesMentioned',
          text: 'It also says that you obtain personal data from partners or other third parties{sourcesQuote}. For point (e), please say which of my data came from whom.',
        },
        {
          text: 'This information is free of charge (Art. 25(6) FADP) and is to be provided in general within 30 days (Art. 25(7) FADP); if you cannot meet that period, please tell me by when you will (Art. 18 DPO).',
        },
      ],
    },
    rectification: {
      subject: 'Request for rectification (Art. 32(1) FADP)',
      paragraphs: [
        {
          text: 'I am writing to {controller} to ask you to rectify inaccurate personal data concerning me (Art. 32(1) FADP).',
        },
        { when: 'details', text: 'The data to correct, and the correct values:\n{details}' },
        {
          unless: 'details',
          text: 'The data to correct, and the correct values:\n[describe each inaccurate item and its correct value]',
        },
        { text: REPLY },
      ],
    },
    erasure: {
      subject: 'Request for deletion (Art. 32(2)(c) FADP)',
      paragraphs: [
        {
          text: 'I am writing to {controller} to ask you to delete all personal data concerning me. I expressly object to any further processing of my data (Art. 30(2)(b) FADP).',
        },
        {
          text: 'Personal data must be destroyed or anonymised as soon as they are no longer required for the purpose of processing (Art. 6(4) FADP), and I may ask for their deletion (Art. 32(2)(c) FADP).',
        },
        {
          when: 'retentionDuration',
          text: 'Your privacy policy sets a retention period of {retention}{retentionQuote}. Data kept beyond it are in any case no longer required.',
        },
        {
          text: 'If you consider that a justification lets you keep some data (Art. 31 FADP), please tell me which data, on what ground and for how long.',
        },
        { text: REPLY },
      ],
    },
    portability: {
      subject: 'Request for delivery of my data (Art. 28 FADP)',
      paragraphs: [
        {
          text: 'I am writing to {controller} to ask you to deliver to me, in a commonly used electronic format, the personal data I have disclosed to you and that you process by automated means with my consent or in connection with a contract (Art. 28(1) FADP).',
        },
        {
          text: 'I may also ask you to transmit these data to another controller where that does not require disproportionate effort (Art. 28(2) FADP); I will tell you if I wish to.',
        },
        { text: 'The delivery is in principle free of charge. ' + REPLY },
      ],
    },
    objection: {
      subject: 'Objection to processing (Art. 30(2)(b) FADP)',
      paragraphs: [
        {
          text: 'I am writing to {controller} to expressly object to the processing of my personal data. Processing against my express will is a breach of my privacy unless you can justify it (Arts. 30(2)(b) and 31(1) FADP).',
        },
        {
          when: 'legitimateInterest',
          text: 'Your privacy policy bases the following purposes on your legitimate interest; my objection covers each of them:\n{liPurposes}',
        },
        {
          when: 'marketing',
          text: 'It covers in particular the marketing your privacy policy describes{marketingQuote}.',
        },
        { text: 'Please confirm which processing you have stopped. ' + REPLY },
      ],
    },
    'automated-decision': {
      subject: 'Automated individual decision (Art. 21 FADP)',
      paragraphs: [
        {
          text: 'I am writing to {controller} about decisions based exclusively on automated processing that have a legal consequence for me or significantly affect me (Art. 21(1) FADP).',
        },
        { when: 'details', text: 'The decision concerned:\n{details}' },
        {
          text: 'Please tell me whether you take such decisions about me and on what logic they are based (Art. 25(2)(f) FADP). For each one, I wish to state my point of view and I ask that the decision be reviewed by a natural person (Art. 21(2) FADP).',
        },
        { text: REPLY },
      ],
    },
  },
};
