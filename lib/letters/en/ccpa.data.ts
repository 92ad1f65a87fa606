import type { RequestLetters } from '../schema';
import { ENGLISH_FRAME } from './gdpr-english';

// California Consumer Privacy Act as amended by the CPRA (Cal. Civ. Code §1798.100 ff.) and its
// regulations (Cal. Code Regs. tit. 11, §7000 ff.). Written for Rightful.
const DEADLINE_45 =
  'Please confirm receipt within 10 business days and respond within 45 calendar days of receiving this request (Cal. Civ. Code §1798.130(a)(2); 11 CCR §7021). If you need an extension, you must tell me so, with your reasons, within those 45 days.';
const DEADLINE_15 =
  'Please comply as soon as feasibly possible and no later than 15 business days from receiving this request';

export const CCPA_EN: RequestLetters = {
  law: 'ccpa',
  language: 'en',
  frame: {
    ...ENGLISH_FRAME,
    identityNote:
      'I am a California resident. Please verify this request using the details above, and ask only for what verification reasonably requires (11 CCR §7060).',
  },
  rights: {
    access: {
      subject: 'Request to know (Cal. Civ. Code §§1798.100, 1798.110, 1798.115)',
      paragraphs: [
        {
          text: 'I am writing to {controller} to exercise my right to know under the California Consumer Privacy Act (Cal. Civ. Code §§1798.100, 1798.110 and 1798.115). Please disclose to me:',
        },
        {
          text: [
            '- the specific pieces of personal information you have collected about me (§1798.110(a)(5));',
            '- the categories of personal information you have collected about me (§1798.110(a)(1));',
            '- the categories of sources from which you collected it (§1798.110(a)(2));',
            '- the business or commercial purpose for collecting, selling or sharing it (§1798.110(a)(3));',
            '- the categories of third parties to whom you disclose it (§1798.110(a)(4));',
            '- the categories of my personal information you sold or shared, and the categories of third parties to whom each was sold or shared (§1798.115(a)(2));',
            '- the categories of my personal information you disclosed for a business purpose, and the categories of persons to whom each was disclosed (§1798.115(a)(3)).',
          ].join('\n'),
        },
        {
          when: 'partnersMentioned',
          text: 'Your privacy policy says that you disclose personal information to partners or other third parties{partnersQuote}. Please identify these partners, or at least their categories, and say what of my information each received.',
        },
        {
          when: 'partnersNamed',
          text: 'The policy names {partners}: please say which of them received my personal information.',
        },
        {
          when: 'sourcesMentioned',
          text: 'Your privacy policy also says that you receive personal information from partners or other third parties{sourcesQuote}. Please say which of my information you obtained that way and from which sources.',
        },
        {
          text: 'Please cover all personal information collected since 1 January 2022, not only the last 12 months (§1798.130(a)(2)(B)), and deliver the specific pieces in a portable and readily usable format, free of charge.',
        },
        { text: DEADLINE_45 },
      ],
    },
    erasure: {
      subject: 'Request to delete (Cal. Civ. Code §1798.105)',
      paragraphs: [
        {
          text: 'I am writing to {controller} to request that you delete any personal information about me that you have collected from me, under Cal. Civ. Code §1798.105.',
        },
        {
          text: 'Please also notify your service providers and contractors to delete my personal information, and notify all third parties to whom you sold or shared it to do the same, unless this proves impossible or involves disproportionate effort (§1798.105(c)).',
        },
        {
          when: 'retentionDuration',
          text: 'Your privacy policy sets a retention period of {retention}{retentionQuote}. Information kept beyond that period should in any case be deleted (§1798.100(a)(3)).',
        },
        {
          text: 'If you rely on an exception in §1798.105(d) to keep some information, please tell me which information and which exception, and use it only for that purpose.',
        },
        { text: DEADLINE_45 },
      ],
    },
    rectification: {
      subject: 'Request to correct (Cal. Civ. Code §1798.106)',
      paragraphs: [
        {
          text: 'I am writing to {controller} to request that you correct inaccurate personal information you maintain about me, under Cal. Civ. Code §1798.106.',
        },
        { when: 'details', text: 'The information to correct, and the correct values:\n{details}' },
        {
          unless: 'details',
          text: 'The information to correct, and the correct values:\n[describe each inaccurate item and its correct value]',
        },
        {
          text: 'Please use commercially reasonable efforts to correct it (§1798.106(c)) and tell your service providers and contractors to correct it too.',
        },
        { text: DEADLINE_45 },
      ],
    },
    'opt-out-sale': {
      subject: 'Do not sell or share my personal information (Cal. Civ. Code §1798.120)',
      paragraphs: [
        {
          text: 'I am writing to {controller} to opt out of the sale and of the sharing of my personal information, under Cal. Civ. Code §1798.120. This includes sharing for cross-context behavioral advertising.',
        },
        {
          when: 'partnersMentioned',
          text: 'This covers the disclosures to partners your privacy policy describes{partnersQuote}.',
        },
        {
          text: 'A request to opt out does not need to be a verifiable consumer request (11 CCR §7026). Please notify the third parties to whom you sold or shared my personal information after this request and direct them to comply.',
        },
        { text: `${DEADLINE_15} (11 CCR §7026(f)).` },
      ],
    },
    'limit-sensitive': {
      subject: 'Limit the use of my sensitive personal information (Cal. Civ. Code §1798.121)',
      paragraphs: [
        {
          text: 'I am writing to {controller} to direct you to limit the use and disclosure of my sensitive personal information, under Cal. Civ. Code §1798.121.',
        },
        {
          text: 'Please use and disclose it only as necessary to perform the services or provide the goods that an average consumer who requests them would reasonably expect, and for the other purposes §1798.121(a) allows.',
        },
        {
          text: 'A request to limit does not need to be a verifiable consumer request (11 CCR §7027).',
        },
        { text: `${DEADLINE_15} (11 CCR §7027(g)).` },
      ],
    },
  },
};
