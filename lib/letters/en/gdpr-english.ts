import type { RequestFrame, RequestLetters } from '../schema';

/**
 * English GDPR letters, shared by the EU GDPR and the UK GDPR (same article numbers; the UK
 * version drops the CJEU reference, which does not bind UK courts after 2020, and names the ICO).
 * Written for Rightful; wording is our own.
 */
export interface EnglishGdprOptions {
  reg: string;
  /** Why specific recipients may be asked for, or '' to leave it out. */
  recipientsAuthority: string;
  /**
   * The automated-decision provisions: GDPR Art. 22 with its safeguards in 22(3); the UK GDPR's
   * Arts. 22A–22D (Data (Use and Access) Act 2025 s. 80), safeguards in Art. 22C.
   */
  automated?: { article: string; safeguards: string; inAccess: string };
  authority: string;
}

export const ENGLISH_FRAME: RequestFrame = {
  greeting: 'Dear Sir or Madam,',
  controllerFallback: 'your organisation',
  identityIntro: 'To help you find my data, here are the details you hold about me:',
  fieldLabels: {
    name: 'Name',
    email: 'Email address',
    postalAddress: 'Postal address',
    accountId: 'Customer or account number',
  },
  fieldSeparator: ': ',
  identityNote: '',
  closing: 'Kind regards,',
  quote: ': “{q}”',
  and: 'and',
  bullet: '- ',
  units: {
    Y: ['year', 'years'],
    M: ['month', 'months'],
    W: ['week', 'weeks'],
    D: ['day', 'days'],
  },
};

export function englishGdpr(o: EnglishGdprOptions): Omit<RequestLetters, 'law'> {
  const { reg } = o;
  const automated = o.automated ?? {
    article: 'Article 22',
    safeguards: 'Article 22(3)',
    inAccess: 'Article 22(1) and (4)',
  };
  const deadline = `Please reply without undue delay and in any event within one month of receiving this request (Article 12(3) ${reg}). If you need to extend that period, you must tell me so within the month, with your reasons.`;
  const notifyRecipients = `Please notify every recipient to whom my personal data have been disclosed (Article 19 ${reg}), and tell me who those recipients are.`;
  return {
    language: 'en',
    frame: {
      ...ENGLISH_FRAME,
      identityNote: `If you have reasonable doubts about my identity, you may ask me only for the additional information necessary to confirm it (Article 12(6) ${reg}).`,
    },
    rights: {
      access: {
        subject: `Subject access request (Article 15 ${reg})`,
        paragraphs: [
          {
            text: `I am writing to {controller} to exercise my right of access under Article 15 of the ${reg}.`,
          },
          {
            text: `Please confirm whether or not you process personal data concerning me. If you do, please give me a copy of all of that personal data (Article 15(3)) together with the following information (Article 15(1)(a) to (h) and Article 15(2)):`,
          },
          {
            text: [
              '(a) the purposes of the processing;',
              '(b) the categories of personal data concerned;',
              `(c) the recipients to whom my personal data have been or will be disclosed, in particular recipients in third countries or international organisations. I ask for the identity of each recipient, not only for categories of recipients${o.recipientsAuthority};`,
              '(d) the period for which my personal data will be stored or, if that is not possible, the criteria used to determine that period;',
              '(e) that I have the right to request rectification or erasure of my personal data, restriction of its processing, and to object to that processing;',
              `(f) that I have the right to lodge a complaint with a supervisory authority${o.authority};`,
              '(g) where my personal data were not collected from me, any available information as to their source;',
              `(h) whether you make automated decisions about me, including profiling (${automated.inAccess}), and if so meaningful information about the logic involved, as well as the significance and the envisaged consequences of that processing for me;`,
              `- where my personal data are transferred to a third country or to an international organisation, the appropriate safeguards for that transfer (Article 15(2) and Article 46 ${reg}).`,
            ].join('\n'),
          },
          {
            when: 'partnersMentioned',
            text: 'Your privacy policy says that you disclose personal data to partners or other third parties{partnersQuote}. For point (c), please name each partner that has received my data, and say what data each one received and when.',
          },
          {
            when: 'partnersNamed',
            text: 'The policy names {partners}: please confirm which of them received my data, and name any other recipient.',
          },
          {
            when: 'sourcesMentioned',
            text: 'Your privacy policy also says that you obtain personal data from partners or other third parties{sourcesQuote}. For point (g), please tell me which of my data you obtained that way, from whom, and when.',
          },
          {
            when: 'publicSources',
            text: 'It also says that you collect publicly available information{publicQuote}. Please tell me which public sources you used about me.',
          },
          {
            text: `As I am making this request electronically, please provide the copy and the information in a commonly used electronic form (Article 15(3)). The first copy is free of charge (Article 12(5) ${reg}).`,
          },
          { text: deadline },
        ],
      },
      rectification: {
        subject: `Request for rectification (Article 16 ${reg})`,
        paragraphs: [
          {
            text: `I am writing to {controller} to ask you to rectify inaccurate personal data concerning me, and to complete incomplete data, under Article 16 of the ${reg}.`,
          },
          { when: 'details', text: 'The data to correct, and the correct values:\n{details}' },
          {
            unless: 'details',
            text: 'The data to correct, and the correct values:\n[describe each inaccurate item and its correct value]',
          },
          { text: notifyRecipients },
          { text: deadline },
        ],
      },
      erasure: {
        subject: `Request for erasure (Article 17 ${reg})`,
        paragraphs: [
          {
            text: `I am writing to {controller} to ask you to erase all personal data concerning me without undue delay, under Article 17 of the ${reg}.`,
          },
          {
            text: 'At least one of the grounds of Article 17(1) applies: the data are no longer necessary for the purposes for which they were collected (point (a)); I withdraw any consent on which processing is based (point (b)); I object to the processing and there are no overriding legitimate grounds for it, or I object to processing for direct marketing (point (c)); the data have been processed unlawfully (point (d)); the data have to be erased for compliance with a legal obligation to which you are subject (point (e)); or the data were collected in relation to the offer of information society services to a child (point (f), with Article 8(1)).',
          },
          {
            when: 'retentionDuration',
            text: `Your privacy policy sets a retention period of {retention}{retentionQuote}. Any of my data kept beyond that period is in any case no longer necessary and must be erased (Articles 5(1)(e) and 17(1)(a) ${reg}).`,
          },
          {
            when: 'retentionStatement',
            text: `Your privacy policy says about retention{retentionQuote}. Data that are no longer necessary for their purpose must be erased (Articles 5(1)(e) and 17(1)(a) ${reg}).`,
          },
          { text: notifyRecipients },
          {
            when: 'partnersMentioned',
            text: 'This includes the partners your privacy policy mentions{partnersQuote}.',
          },
          {
            text: 'If you have made my data public, please take reasonable steps to inform the other controllers processing them that I have asked for their erasure (Article 17(2)).',
          },
          {
            text: 'If you believe an exception in Article 17(3) lets you keep some data, please tell me which data, which exception and for how long, and keep those data only for that purpose.',
          },
          { text: deadline },
        ],
      },
      restriction: {
        subject: `Request for restriction of processing (Article 18 ${reg})`,
        paragraphs: [
          {
            text: `I am writing to {controller} to ask you to restrict the processing of my personal data under Article 18 of the ${reg}.`,
          },
          { when: 'details', text: 'The ground for restriction (Article 18(1)):\n{details}' },
          {
            unless: 'details',
            text: 'The ground for restriction (Article 18(1)) is: [choose one] I contest the accuracy of the data, for the time you need to verify it (point (a)); the processing is unlawful and I ask for restriction instead of erasure (point (b)); you no longer need the data but I need them for legal claims (point (c)); I have objected under Article 21(1), pending the verification of your grounds (point (d)).',
          },
          {
            text: 'While processing is restricted, you may only store the data, except as Article 18(2) allows. Please inform me before you lift the restriction (Article 18(3)).',
          },
          { text: notifyRecipients },
          { text: deadline },
        ],
      },
      portability: {
        subject: `Request for data portability (Article 20 ${reg})`,
        paragraphs: [
          {
            text: `I am writing to {controller} to exercise my right to data portability under Article 20 of the ${reg}.`,
          },
          {
            text: 'Please send me the personal data concerning me that I have provided to you, including the data generated by my use of your services, in a structured, commonly used and machine-readable format such as CSV or JSON (Article 20(1)).',
          },
          {
            text: 'Where it is technically feasible, I may ask you to transmit these data directly to another controller (Article 20(2)); I will tell you if I wish to do so.',
          },
          { text: deadline },
        ],
      },
      objection: {
        subject: `Objection to processing (Article 21 ${reg})`,
        paragraphs: [
          {
            text: `I am writing to {controller} to object to the processing of my personal data under Article 21 of the ${reg}.`,
          },
          {
            text: `Insofar as you process my data on the basis of legitimate interests (Article 6(1)(f) ${reg}), or on the basis that processing is necessary for a task carried out in the public interest or in the exercise of official authority (Article 6(1)(e)), I object on grounds relating to my particular situation (Article 21(1)). You must stop that processing unless you demonstrate compelling legitimate grounds which override my interests, rights and freedoms, or need it for legal claims.`,
          },
          {
            when: 'legitimateInterest',
            text: 'Your privacy policy bases the following purposes on legitimate interest, and my objection covers each of them:\n{liPurposes}',
          },
          {
            text: 'I also object to any processing of my personal data for direct marketing, including profiling related to it (Article 21(2)). This objection needs no justification: my data must no longer be processed for those purposes (Article 21(3)).',
          },
          {
            when: 'marketing',
            text: 'This covers the marketing your privacy policy describes{marketingQuote}.',
          },
          { text: 'Please confirm which processing you have stopped. ' + deadline },
        ],
      },
      'automated-decision': {
        subject: `Automated decision-making (${automated.article} ${reg})`,
        paragraphs: [
          {
            text: `I am writing to {controller} about my rights under ${automated.article} of the ${reg} concerning decisions based solely on automated processing, including profiling, which produce legal effects concerning me or similarly significantly affect me.`,
          },
          { when: 'details', text: 'The decision concerned:\n{details}' },
          {
            text: `Please tell me whether you take such decisions about me. For each one, I ask you to obtain human intervention on your part, to let me express my point of view, and I contest the decision (${automated.safeguards}).`,
          },
          {
            text: 'Please also give me meaningful information about the logic involved, and the significance and the envisaged consequences of the processing for me (Article 15(1)(h)).',
          },
          { text: deadline },
        ],
      },
      'withdraw-consent': {
        subject: `Withdrawal of consent (Article 7(3) ${reg})`,
        paragraphs: [
          {
            text: `I withdraw, with effect from today, every consent I have given to {controller} for the processing of my personal data (Article 7(3) ${reg}).`,
          },
          {
            when: 'marketing',
            text: 'This includes newsletters and marketing messages, which your privacy policy describes{marketingQuote}.',
          },
          {
            text: 'Please stop every processing based on my consent, and erase the data you processed only on that basis (Article 17(1)(b)). If you rely on another legal basis for some of these data, please tell me which basis and for which data.',
          },
          { text: deadline },
        ],
      },
    },
  };
}
