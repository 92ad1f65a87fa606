import { usStateNames } from '../../legal/us-states.data';
import type { EscalationLetters } from '../schema';
import { usVocabulary } from '../us-vocabulary';

/** Escalation letters in English (our own words). */
const US_AUTHORITY: [string, string][] = [
  ['the competent supervisory authority', 'the competent authority'],
  ['the supervisory authority', 'the competent authority'],
];
const US_BUSINESS: [string, string][] = [
  ['The controller', 'The business'],
  ['the following controller', 'the following business'],
  ['the controller', 'the business'],
];

export const ESCALATION_EN: EscalationLetters = {
  locale: 'en-GB',
  colon: ': ',
  appealExtension: ' (extendable by {n})',
  days: { one: '{n} day', other: '{n} days' },
  smallAgent:
    ' Small processing agents have {smallPeriod} ({smallCitation}); I have counted that longer period.',
  laws: {
    ...usStateNames((l) => `the ${l.name} (${l.short})`),
    'us-none': 'US law (no comprehensive state privacy law)',
    gdpr: 'the General Data Protection Regulation (GDPR)',
    'uk-gdpr': 'the UK GDPR',
    ccpa: 'the California Consumer Privacy Act (CCPA)',
    lgpd: 'the Brazilian General Data Protection Law (LGPD)',
    revfadp: 'the Swiss Federal Act on Data Protection (FADP)',
    pipeda: 'the Personal Information Protection and Electronic Documents Act (PIPEDA)',
  },
  lawsOf: {
    ...usStateNames((l) => `the ${l.name} (${l.short})`),
    'us-none': 'US law (no comprehensive state privacy law)',
    gdpr: 'the General Data Protection Regulation (GDPR)',
    'uk-gdpr': 'the UK GDPR',
    ccpa: 'the California Consumer Privacy Act (CCPA)',
    lgpd: 'the Brazilian General Data Protection Law (LGPD)',
    revfadp: 'the Swiss Federal Act on Data Protection (FADP)',
    pipeda: 'the Personal Information Protection and Electronic Documents Act (PIPEDA)',
  },
  citations: {},
  rights: {
    access: 'access to my personal data',
    rectification: 'rectification of my personal data',
    erasure: 'erasure of my personal data',
    restriction: 'restriction of the processing of my personal data',
    portability: 'a portable copy of my personal data',
    objection: 'objection to the processing of my personal data',
    'automated-decision': 'human review of an automated decision about me',
    'withdraw-consent': 'withdrawal of my consent',
    know: 'disclosure of the personal information you hold about me',
    delete: 'deletion of my personal information',
    correct: 'correction of my personal information',
    'opt-out-sale': 'an end to the sale or sharing of my personal information',
    'limit-sensitive': 'a limit on the use of my sensitive personal information',
  },
  units: {
    months: { one: 'one month', other: '{n} months' },
    'calendar-days': { one: 'one day', other: '{n} days' },
    'business-days': { one: 'one business day', other: '{n} business days' },
  },
  events: {
    sent: 'I sent my request to {recipient}.',
    acknowledged: 'The controller acknowledged receipt.',
    extended: 'The controller announced an extension.',
    'id-requested': 'The controller asked me to confirm my identity.',
    'id-provided': 'I provided the information asked for.',
    'clarification-requested': 'The controller asked me to clarify my request.',
    'clarification-provided': 'I clarified my request.',
    answered: 'The controller replied.',
    escalated: 'I sent a follow-up to {to}.',
    closed: 'I closed the request.',
    note: 'Note.',
  },
  complaintLodged: 'I lodged a complaint with {to}.',
  theAuthority: 'the supervisory authority',
  complaintLodgedWith: 'I lodged a complaint with the supervisory authority: {to}.',

  followUp: {
    subject: 'Reminder: my request of {sent} ({right}) — the deadline passed on {due}',
    subjectNoPeriod: 'Reminder: my request of {sent} ({right}) is still unanswered',
    ukComplaintSubject:
      'Complaint under section 164A of the Data Protection Act 2018: my request of {sent} ({right})',
    ukComplaint:
      'I am making this complaint to you under section 164A of the Data Protection Act 2018. Please acknowledge it within 30 days of receipt, look into it, and tell me the outcome without undue delay.',
    paragraphs: [
      'Dear Sir or Madam,',
      '{intro}',
      'On {sent} I sent you a request under {law} for {right}.',
      '{deadline}',
      'Please answer my request without further delay.',
      '{warn}',
      'Yours faithfully,',
    ],
    deadline:
      'Under {law}, you had to reply within {period} of receipt ({citation}).{smallAgent}{extended}{paused} That period ended on {due}. As of {today}, {daysLate} later, I have not received your reply.',
    noPeriod:
      '{law} sets no fixed period for answering this request. As of {today}, {daysSince} after I sent it, I have not received your reply.',
    extended: ' You extended this period, which ended on {due}.',
    paused:
      ' I have taken into account the {pausedDays} during which you waited for information from me.',
    warnUsAppeal:
      'If you decline to act on my request, I will appeal under {law}: you must decide the appeal within {appealPeriod} of receipt{appealExtension} and, if you deny it, tell me how to submit a complaint to the {agency} ({appealCitation}).',
    warnUsAgency:
      'If I do not receive your reply, I will lodge a complaint with the {agency} ({agencyCitation}).',
    warnAuthority:
      'If I do not receive your reply, I will lodge a complaint with the supervisory authority: {authority}.',
    warnGeneric:
      'If I do not receive your reply, I will lodge a complaint with the competent supervisory authority.',
  },
  complaint: {
    subject: 'Complaint against {controller}: request of {sent} not answered in time',
    subjectNoPeriod: 'Complaint against {controller}: request of {sent} not answered',
    paragraphs: [
      'Dear Sir or Madam,',
      'I wish to lodge a complaint{legalBasis} against the following controller:',
      '{controller}\nWebsite: {site}\nContact used: {recipient}',
      'On {sent} I asked the controller for {right} under {law}. {deadline} {status}',
      '{priorComplaint}',
      'Timeline of my request:\n{timeline}',
      'I ask you to examine this complaint and to take the measures needed so that the controller answers my request. I can send you a copy of my request and of all correspondence on request.',
      'Yours faithfully,',
    ],
    deadline: 'The legal deadline ({citation}) ended on {due}.',
    noPeriod:
      'The law sets no fixed period for this request; {daysSince} have passed since I sent it.',
    usAppeal:
      'Under {law}, a consumer may appeal a refusal to act on a request; the controller must decide the appeal within {appealPeriod} of receipt{appealExtension} and, if it denies it, tell the consumer how to submit a complaint to you ({appealCitation}).',
    usAgency:
      'I address this complaint to you as the office that receives complaints under {law} ({agencyCitation}).',
    ukPriorComplaint:
      'On {date} I first complained to the controller under section 164A of the Data Protection Act 2018.',
    legalBasis: {
      gdpr: ' under Article 77 GDPR',
      'uk-gdpr': ' under Article 77 UK GDPR',
    },
    statusUnanswered: 'As of {today} I have received no reply.',
    statusAnswered:
      'The reply I received on {answered} came after the deadline or does not answer my request.',
  },
  vocabulary: usVocabulary(US_AUTHORITY, US_BUSINESS),
  fallback: 'We have no template in this language ({wanted}); this letter is in English.',
};
