import type { UsStateLawId } from '../shared/law';

/**
 * US state comprehensive privacy laws in force in 2026 (California's CCPA lives in its own entry,
 * law id 'ccpa' = 'us-ca'). Each protects the residents of its state only, so the law of a request
 * is chosen from the user's state of residence, never from the business's seat.
 *
 * Sources: the statutes as quoted in the "GDPR and US States General Privacy Laws Deskbook"
 * (online.flipbuilder.com/bzaa/mvgs) and research/legal-facts.md §1.4 (Va. Code §59.1-577;
 * C.R.S. §6-1-1306; Conn. Gen. Stat. §42-518; Ind. Code §24-15-3-1; Iowa Code §715D.3); the rest
 * from the author's knowledge of the enacted bills. Where a section number or a detail was not
 * checked against the statute's text, `toReverify` says so: the letters cite only `statute` (the
 * Act as a whole where the section is unverified) and the catalogue shows the note.
 */
export interface UsStateLaw {
  /** ISO 3166-2 subdivision without the country: 'VA'. */
  state: string;
  stateName: string;
  /** The Act's name and its usual abbreviation. */
  name: string;
  short: string;
  /** Where the Act sits, as cited in letters. */
  statute: string;
  /** The section that lists the consumer rights and sets the response period. */
  rightsSection: string;
  inForce: string;
  /** Days to respond after receipt; the extension adds `extension` more, once, with notice. */
  period: number;
  extension: number;
  /** Days the controller has to decide an appeal (undefined: no appeal right in the Act). */
  appeal?: number;
  rights: {
    correct: boolean;
    /** Utah and Iowa: deletion of data the consumer provided only. */
    deleteProvidedOnly: boolean;
    /** Opt-out of targeted advertising (Iowa: sale only). */
    targetedAds: boolean;
    profiling: boolean;
  };
  toReverify?: string;
}

const ALL = { correct: true, deleteProvidedOnly: false, targetedAds: true, profiling: true };

export const US_STATE_LAWS: readonly UsStateLaw[] = [
  {
    state: 'VA',
    stateName: 'Virginia',
    name: 'Virginia Consumer Data Protection Act',
    short: 'VCDPA',
    statute: 'Va. Code §59.1-575 et seq.',
    rightsSection: 'Va. Code §59.1-577',
    inForce: '2023-01-01',
    period: 45,
    extension: 45,
    appeal: 60,
    rights: ALL,
  },
  {
    state: 'CO',
    stateName: 'Colorado',
    name: 'Colorado Privacy Act',
    short: 'CPA',
    statute: 'C.R.S. §6-1-1301 et seq.',
    rightsSection: 'C.R.S. §6-1-1306',
    inForce: '2023-07-01',
    // §6-1-1306(3): appeal decided within 45 days, extendable by 60 (legal-facts: UNVERIFIED).
    period: 45,
    extension: 45,
    appeal: 45,
    rights: ALL,
    toReverify: 'appeal period (45 days, extendable by 60) from secondary sources',
  },
  {
    state: 'CT',
    stateName: 'Connecticut',
    name: 'Connecticut Data Privacy Act',
    short: 'CTDPA',
    statute: 'Conn. Gen. Stat. §42-515 et seq.',
    rightsSection: 'Conn. Gen. Stat. §42-518',
    inForce: '2023-07-01',
    period: 45,
    extension: 45,
    appeal: 60,
    rights: ALL,
  },
  {
    state: 'UT',
    stateName: 'Utah',
    name: 'Utah Consumer Privacy Act',
    short: 'UCPA',
    statute: 'Utah Code §13-61-101 et seq.',
    rightsSection: 'Utah Code §13-61-201',
    inForce: '2023-12-31',
    period: 45,
    extension: 45,
    rights: { correct: false, deleteProvidedOnly: true, targetedAds: true, profiling: false },
    toReverify:
      'no appeal right and no right to correct as enacted; a 2025 amendment may add correction',
  },
  {
    state: 'TX',
    stateName: 'Texas',
    name: 'Texas Data Privacy and Security Act',
    short: 'TDPSA',
    statute: 'Tex. Bus. & Com. Code ch. 541',
    rightsSection: 'Tex. Bus. & Com. Code §541.051',
    inForce: '2024-07-01',
    period: 45,
    extension: 45,
    appeal: 60,
    rights: ALL,
    toReverify: 'section numbers of the response (§541.052) and appeal (§541.053) provisions',
  },
  {
    state: 'OR',
    stateName: 'Oregon',
    name: 'Oregon Consumer Privacy Act',
    short: 'OCPA',
    statute: 'ORS 646A.570 to 646A.589',
    rightsSection: 'ORS 646A.574',
    inForce: '2024-07-01',
    period: 45,
    extension: 45,
    appeal: 45,
    rights: ALL,
    toReverify: 'appeal period (45 days, extendable by 60) and section of the response period',
  },
  {
    state: 'MT',
    stateName: 'Montana',
    name: 'Montana Consumer Data Privacy Act',
    short: 'MCDPA',
    statute: 'Mont. Code Ann. §30-14-2801 et seq.',
    rightsSection: 'Mont. Code Ann. §30-14-2808',
    inForce: '2024-10-01',
    period: 45,
    extension: 45,
    appeal: 60,
    rights: ALL,
    toReverify: 'section numbers',
  },
  {
    state: 'IA',
    stateName: 'Iowa',
    name: 'Iowa Consumer Data Protection Act',
    short: 'ICDPA',
    statute: 'Iowa Code ch. 715D',
    rightsSection: 'Iowa Code §715D.3',
    inForce: '2025-01-01',
    // §715D.3(2): 90 days, extendable once by 45 — the longest of the state laws.
    period: 90,
    extension: 45,
    appeal: 60,
    rights: { correct: false, deleteProvidedOnly: true, targetedAds: false, profiling: false },
    toReverify: '90 + 45 days and the 60-day appeal from author knowledge',
  },
  {
    state: 'DE',
    stateName: 'Delaware',
    name: 'Delaware Personal Data Privacy Act',
    short: 'DPDPA',
    statute: 'Del. Code tit. 6, ch. 12D',
    rightsSection: 'Del. Code tit. 6, §12D-104',
    inForce: '2025-01-01',
    period: 45,
    extension: 45,
    appeal: 60,
    rights: ALL,
  },
  {
    state: 'NH',
    stateName: 'New Hampshire',
    name: 'New Hampshire Privacy Act',
    short: 'NHPA',
    statute: 'RSA ch. 507-H',
    rightsSection: 'RSA 507-H:4',
    inForce: '2025-01-01',
    period: 45,
    extension: 45,
    appeal: 60,
    rights: ALL,
    toReverify: 'section numbers',
  },
  {
    state: 'NE',
    stateName: 'Nebraska',
    name: 'Nebraska Data Privacy Act',
    short: 'NDPA',
    statute: 'Neb. Rev. Stat. §87-1101 et seq.',
    rightsSection: 'Neb. Rev. Stat. §87-1107',
    inForce: '2025-01-01',
    period: 45,
    extension: 45,
    appeal: 60,
    rights: ALL,
    toReverify: 'section numbers',
  },
  {
    state: 'NJ',
    stateName: 'New Jersey',
    name: 'New Jersey Data Privacy Act',
    short: 'NJDPA',
    statute: 'N.J. Stat. §56:8-166.4 et seq.',
    rightsSection: 'N.J. Stat. §56:8-166.10',
    inForce: '2025-01-15',
    period: 45,
    extension: 45,
    appeal: 45,
    rights: ALL,
    toReverify: 'section numbers and the appeal period',
  },
  {
    state: 'TN',
    stateName: 'Tennessee',
    name: 'Tennessee Information Protection Act',
    short: 'TIPA',
    statute: 'Tenn. Code Ann. §47-18-3301 et seq.',
    rightsSection: 'Tenn. Code Ann. §47-18-3304',
    inForce: '2025-07-01',
    period: 45,
    extension: 45,
    appeal: 60,
    rights: ALL,
    toReverify: 'section numbers',
  },
  {
    state: 'MN',
    stateName: 'Minnesota',
    name: 'Minnesota Consumer Data Privacy Act',
    short: 'MCDPA',
    statute: 'Minn. Stat. ch. 325M',
    rightsSection: 'Minn. Stat. §325M.14',
    inForce: '2025-07-31',
    period: 45,
    extension: 45,
    appeal: 45,
    rights: ALL,
    toReverify: 'section numbers and the appeal period; also a right to question profiling results',
  },
  {
    state: 'MD',
    stateName: 'Maryland',
    name: 'Maryland Online Data Privacy Act',
    short: 'MODPA',
    statute: 'Md. Code, Com. Law §14-4601 et seq.',
    rightsSection: 'Md. Code, Com. Law §14-4605',
    inForce: '2025-10-01',
    period: 45,
    extension: 45,
    appeal: 60,
    rights: ALL,
    toReverify: 'section numbers',
  },
  {
    state: 'IN',
    stateName: 'Indiana',
    name: 'Indiana Consumer Data Protection Act',
    short: 'INCDPA',
    statute: 'Ind. Code art. 24-15',
    rightsSection: 'Ind. Code §24-15-3-1',
    inForce: '2026-01-01',
    period: 45,
    extension: 45,
    appeal: 60,
    rights: ALL,
  },
  {
    state: 'KY',
    stateName: 'Kentucky',
    name: 'Kentucky Consumer Data Protection Act',
    short: 'KCDPA',
    statute: 'KRS 367.3611 et seq.',
    rightsSection: 'KRS 367.3615',
    inForce: '2026-01-01',
    period: 45,
    extension: 45,
    appeal: 60,
    rights: ALL,
    toReverify: 'section numbers',
  },
  {
    state: 'RI',
    stateName: 'Rhode Island',
    name: 'Rhode Island Data Transparency and Privacy Protection Act',
    short: 'RIDTPPA',
    statute: 'R.I. Gen. Laws ch. 6-48.1',
    rightsSection: 'R.I. Gen. Laws §6-48.1-5',
    inForce: '2026-01-01',
    period: 45,
    extension: 45,
    appeal: 60,
    rights: ALL,
    toReverify: 'section numbers and the appeal period',
  },
];

/** 'us-va' ← 'VA'. */
export const usLawId = (state: string) => `us-${state.toLowerCase()}`;

/** The state laws by law id. */
export function usStateLaw(id: string): UsStateLaw | undefined {
  return US_STATE_LAWS.find((law) => usLawId(law.state) === id);
}

/** Names of every state law in a language's grammar: `name(law)` → e.g. 'the Texas … Act (TDPSA)'. */
export function usStateNames(name: (law: UsStateLaw) => string): Record<UsStateLawId, string> {
  return Object.fromEntries(US_STATE_LAWS.map((law) => [usLawId(law.state), name(law)])) as Record<
    UsStateLawId,
    string
  >;
}
