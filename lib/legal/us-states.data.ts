import type { UsStateLawId } from '../shared/law';

/**
 * US state comprehensive privacy laws in force by 2026 (California's CCPA has its own entry, law
 * id 'ccpa' = 'us-ca'). Each protects the residents of its state only, so the law of a request is
 * chosen from the user's state of residence, never from the business's seat; a law whose
 * `inForce` date is after the request date does not apply (choose-law.ts, render.ts).
 *
 * Checked on 2026-12-06 against: the codified or enrolled texts at the `source` URLs as cited and
 * quoted by two independent public compilations that say they read them (a statute table dated
 * 2026-10-07 giving act, effective date and response days, and a per-state citation table giving
 * the rights / response / appeal subsections), and research/legal-facts.md §1.4 for VA, CO, CT.
 * Every response period is "without undue delay, but not later than N days after receipt",
 * extendable once by 45 days when reasonably necessary with notice within the first period.
 * `toReverify` says what rests on one secondary source only.
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
  /** The subsections: consumer rights, the response period, the appeal. */
  sections: { rights: string; response: string; appeal?: string };
  /** First day the consumer rights can be exercised. */
  inForce: string;
  /** Days to respond after receipt; the extension adds `extension` more, once, with notice. */
  period: number;
  extension: number;
  /** Days to decide an appeal, and any extension of that (absent: no appeal in the Act). */
  appeal?: { days: number; extension?: number };
  rights: {
    /** The day a right to correct starts (absent: none). Utah: from 2026-07-01. */
    correctFrom?: string;
    /** Utah and Iowa: deletion of data the consumer provided only. */
    deleteProvidedOnly: boolean;
    /** Opt-out of targeted advertising (Iowa: sale only). */
    targetedAds: boolean;
    /** Opt-out of profiling in furtherance of decisions with legal or similar effects. */
    profiling: boolean;
  };
  source: string;
  toReverify?: string;
}

const ALL = (inForce: string) => ({
  correctFrom: inForce,
  deleteProvidedOnly: false,
  targetedAds: true,
  profiling: true,
});
const APPEAL_60 = { days: 60 };

export const US_STATE_LAWS: readonly UsStateLaw[] = [
  {
    state: 'VA',
    stateName: 'Virginia',
    name: 'Virginia Consumer Data Protection Act',
    short: 'VCDPA',
    statute: 'Va. Code §59.1-575 et seq.',
    // §59.1-577(A) rights, (B) 45 + 45 days, (C) appeal decided within 60 days.
    sections: {
      rights: 'Va. Code §59.1-577(A)',
      response: 'Va. Code §59.1-577(B)',
      appeal: 'Va. Code §59.1-577(C)',
    },
    inForce: '2023-01-01',
    period: 45,
    extension: 45,
    appeal: APPEAL_60,
    rights: ALL('2023-01-01'),
    source: 'https://law.lis.virginia.gov/vacodefull/title59.1/chapter53/',
  },
  {
    state: 'CO',
    stateName: 'Colorado',
    name: 'Colorado Privacy Act',
    short: 'CPA',
    statute: 'C.R.S. §6-1-1301 et seq.',
    // §6-1-1306(3): appeal decided within 45 days, extendable by 60 more.
    sections: {
      rights: 'C.R.S. §6-1-1306(1)',
      response: 'C.R.S. §6-1-1306(2)',
      appeal: 'C.R.S. §6-1-1306(3)',
    },
    inForce: '2023-07-01',
    period: 45,
    extension: 45,
    appeal: { days: 45, extension: 60 },
    rights: ALL('2023-07-01'),
    source: 'https://leg.colorado.gov/sites/default/files/2021a_190_signed.pdf',
  },
  {
    state: 'CT',
    stateName: 'Connecticut',
    name: 'Connecticut Data Privacy Act',
    short: 'CTDPA',
    statute: 'Conn. Gen. Stat. §42-515 et seq.',
    sections: {
      rights: 'Conn. Gen. Stat. §42-518(a)',
      response: 'Conn. Gen. Stat. §42-518(c)',
      appeal: 'Conn. Gen. Stat. §42-518(e)',
    },
    inForce: '2023-07-01',
    period: 45,
    extension: 45,
    appeal: APPEAL_60,
    rights: ALL('2023-07-01'),
    source: 'https://www.cga.ct.gov/current/pub/chap_743jj.htm',
  },
  {
    state: 'UT',
    stateName: 'Utah',
    name: 'Utah Consumer Privacy Act',
    short: 'UCPA',
    statute: 'Utah Code §13-61-101 et seq.',
    // No appeal in the Act. Correction added by 2025 Laws ch. 468 from 2026-07-01.
    sections: { rights: 'Utah Code §13-61-201', response: 'Utah Code §13-61-203' },
    inForce: '2023-12-31',
    period: 45,
    extension: 45,
    rights: {
      correctFrom: '2026-07-01',
      deleteProvidedOnly: true,
      targetedAds: true,
      profiling: false,
    },
    source: 'https://le.utah.gov/xcode/Title13/Chapter61/13-61.html',
    toReverify: 'the 2026-07-01 start of the right to correct (one secondary source)',
  },
  {
    state: 'TX',
    stateName: 'Texas',
    name: 'Texas Data Privacy and Security Act',
    short: 'TDPSA',
    statute: 'Tex. Bus. & Com. Code ch. 541',
    sections: {
      rights: 'Tex. Bus. & Com. Code §541.051',
      response: 'Tex. Bus. & Com. Code §541.052',
      appeal: 'Tex. Bus. & Com. Code §541.053',
    },
    inForce: '2024-07-01',
    period: 45,
    extension: 45,
    appeal: APPEAL_60,
    rights: ALL('2024-07-01'),
    source: 'https://statutes.capitol.texas.gov/Docs/BC/htm/BC.541.htm',
  },
  {
    state: 'OR',
    stateName: 'Oregon',
    name: 'Oregon Consumer Privacy Act',
    short: 'OCPA',
    statute: 'ORS 646A.570 to 646A.589',
    // ORS 646A.576(6): appeal decided within 45 days, extendable by 45 more.
    sections: {
      rights: 'ORS 646A.574(1)',
      response: 'ORS 646A.576(5)',
      appeal: 'ORS 646A.576(6)',
    },
    inForce: '2024-07-01',
    period: 45,
    extension: 45,
    appeal: { days: 45, extension: 45 },
    rights: ALL('2024-07-01'),
    source: 'https://www.oregonlegislature.gov/bills_laws/ors/ors646A.html',
  },
  {
    state: 'MT',
    stateName: 'Montana',
    name: 'Montana Consumer Data Privacy Act',
    short: 'MCDPA',
    statute: 'Mont. Code Ann. §30-14-2801 et seq.',
    sections: {
      rights: 'Mont. Code Ann. §30-14-2808(1)',
      response: 'Mont. Code Ann. §30-14-2808(4)',
      appeal: 'Mont. Code Ann. §30-14-2808(5)',
    },
    inForce: '2024-10-01',
    period: 45,
    extension: 45,
    appeal: APPEAL_60,
    rights: ALL('2024-10-01'),
    source: 'https://mca.legmt.gov/bills/mca/title_0300/chapter_0140/part_0280/sections_index.html',
  },
  {
    state: 'IA',
    stateName: 'Iowa',
    name: 'Iowa Consumer Data Protection Act',
    short: 'ICDPA',
    statute: 'Iowa Code ch. 715D',
    // §715D.3(1)(a)-(d): access, deletion of data the consumer provided, a portable copy, and an
    // opt-out of sale only; 90 days to respond, the longest of the state laws, + 45.
    sections: {
      rights: 'Iowa Code §715D.3(1)',
      response: 'Iowa Code §715D.3',
      appeal: 'Iowa Code §715D.3',
    },
    inForce: '2025-01-01',
    period: 90,
    extension: 45,
    appeal: APPEAL_60,
    rights: { deleteProvidedOnly: true, targetedAds: false, profiling: false },
    source: 'https://www.legis.iowa.gov/docs/code/715D.pdf',
    toReverify: 'the subsection numbers of the response period and of the 60-day appeal',
  },
  {
    state: 'DE',
    stateName: 'Delaware',
    name: 'Delaware Personal Data Privacy Act',
    short: 'DPDPA',
    statute: 'Del. Code tit. 6, ch. 12D',
    sections: {
      rights: 'Del. Code tit. 6, §12D-104(a)',
      response: 'Del. Code tit. 6, §12D-104(c)',
      appeal: 'Del. Code tit. 6, §12D-104(d)',
    },
    inForce: '2025-01-01',
    period: 45,
    extension: 45,
    appeal: APPEAL_60,
    rights: ALL('2025-01-01'),
    source: 'https://delcode.delaware.gov/title6/c012d/index.html',
  },
  {
    state: 'NH',
    stateName: 'New Hampshire',
    name: 'New Hampshire Privacy Act',
    short: 'NHPA',
    statute: 'RSA ch. 507-H',
    sections: { rights: 'RSA 507-H:4, I', response: 'RSA 507-H:4, III', appeal: 'RSA 507-H:4, IV' },
    inForce: '2025-01-01',
    period: 45,
    extension: 45,
    appeal: APPEAL_60,
    rights: ALL('2025-01-01'),
    source: 'https://gc.nh.gov/rsa/html/LII/507-H/507-H-mrg.htm',
  },
  {
    state: 'NE',
    stateName: 'Nebraska',
    name: 'Nebraska Data Privacy Act',
    short: 'NDPA',
    statute: 'Neb. Rev. Stat. §87-1101 et seq.',
    sections: {
      rights: 'Neb. Rev. Stat. §87-1107',
      response: 'Neb. Rev. Stat. §87-1108',
      appeal: 'Neb. Rev. Stat. §87-1109',
    },
    inForce: '2025-01-01',
    period: 45,
    extension: 45,
    appeal: APPEAL_60,
    rights: ALL('2025-01-01'),
    source: 'https://nebraskalegislature.gov/FloorDocs/108/PDF/Slip/LB1074.pdf',
  },
  {
    state: 'NJ',
    stateName: 'New Jersey',
    name: 'New Jersey Data Privacy Act',
    short: 'NJDPA',
    statute: 'N.J.S.A. 56:8-166.4 et seq.',
    // 56:8-166.7(f): an appeal is decided within 45 days (not 60).
    sections: {
      rights: 'N.J.S.A. 56:8-166.10',
      response: 'N.J.S.A. 56:8-166.7(a)',
      appeal: 'N.J.S.A. 56:8-166.7(f)',
    },
    inForce: '2025-01-15',
    period: 45,
    extension: 45,
    appeal: { days: 45 },
    rights: ALL('2025-01-15'),
    source: 'https://pub.njleg.state.nj.us/Bills/2022/PL23/266_.PDF',
    toReverify: 'the rights section (56:8-166.10) and whether the 45-day appeal can be extended',
  },
  {
    state: 'TN',
    stateName: 'Tennessee',
    name: 'Tennessee Information Protection Act',
    short: 'TIPA',
    statute: 'Tenn. Code Ann. §47-18-3201 et seq.',
    sections: {
      rights: 'Tenn. Code Ann. §47-18-3203(a)',
      response: 'Tenn. Code Ann. §47-18-3203(b)',
      appeal: 'Tenn. Code Ann. §47-18-3203(c)',
    },
    inForce: '2025-07-01',
    period: 45,
    extension: 45,
    appeal: APPEAL_60,
    rights: ALL('2025-07-01'),
    source: 'https://publications.tnsosfiles.com/acts/113/pub/pc0408.pdf',
  },
  {
    state: 'MN',
    stateName: 'Minnesota',
    name: 'Minnesota Consumer Data Privacy Act',
    short: 'MCDPA',
    statute: 'Minn. Stat. §§325M.10–325M.21',
    // Appeal decided within 45 days, extendable by 60 more.
    sections: {
      rights: 'Minn. Stat. §325M.14, subd. 1',
      response: 'Minn. Stat. §325M.14',
      appeal: 'Minn. Stat. §325M.14',
    },
    inForce: '2025-07-31',
    period: 45,
    extension: 45,
    appeal: { days: 45, extension: 60 },
    rights: ALL('2025-07-31'),
    source: 'https://www.revisor.mn.gov/statutes/cite/325M',
    toReverify: 'the subdivision numbers of the response period and of the appeal',
  },
  {
    state: 'MD',
    stateName: 'Maryland',
    name: 'Maryland Online Data Privacy Act',
    short: 'MODPA',
    // Enacted as §14-4601 et seq. (SB 541), codified as §14-4701 et seq.
    statute: 'Md. Code, Com. Law §14-4701 et seq.',
    sections: {
      rights: 'Md. Code, Com. Law §14-4705(a)',
      response: 'Md. Code, Com. Law §14-4705',
      appeal: 'Md. Code, Com. Law §14-4705',
    },
    inForce: '2025-10-01',
    period: 45,
    extension: 45,
    appeal: APPEAL_60,
    rights: ALL('2025-10-01'),
    source: 'https://mgaleg.maryland.gov/2024RS/bills/sb/sb0541E.pdf',
    toReverify: 'the subsections of the response period and of the 60-day appeal',
  },
  {
    state: 'IN',
    stateName: 'Indiana',
    name: 'Indiana Consumer Data Protection Act',
    short: 'INCDPA',
    statute: 'Ind. Code art. 24-15',
    sections: {
      rights: 'Ind. Code §24-15-3-1(b)',
      response: 'Ind. Code §24-15-3-1(c)',
      appeal: 'Ind. Code §24-15-3-1(d)',
    },
    inForce: '2026-01-01',
    period: 45,
    extension: 45,
    appeal: APPEAL_60,
    rights: ALL('2026-01-01'),
    source: 'https://iga.in.gov/laws/2025/ic/titles/24',
  },
  {
    state: 'KY',
    stateName: 'Kentucky',
    name: 'Kentucky Consumer Data Protection Act',
    short: 'KCDPA',
    statute: 'KRS 367.3611 et seq.',
    sections: {
      rights: 'KRS 367.3615(2)',
      response: 'KRS 367.3615(3)',
      appeal: 'KRS 367.3615(4)',
    },
    inForce: '2026-01-01',
    period: 45,
    extension: 45,
    appeal: APPEAL_60,
    rights: ALL('2026-01-01'),
    source: 'https://apps.legislature.ky.gov/recorddocuments/bill/24RS/hb15/bill.pdf',
  },
  {
    state: 'RI',
    stateName: 'Rhode Island',
    name: 'Rhode Island Data Transparency and Privacy Protection Act',
    short: 'RIDTPPA',
    statute: 'R.I. Gen. Laws §6-48.1-1 et seq.',
    // §6-48.1-5(e)(4): the profiling opt-out covers solely automated decisions.
    sections: {
      rights: 'R.I. Gen. Laws §6-48.1-5(e)',
      response: 'R.I. Gen. Laws §6-48.1-6(b)',
      appeal: 'R.I. Gen. Laws §6-48.1-6(b)',
    },
    inForce: '2026-01-01',
    period: 45,
    extension: 45,
    appeal: APPEAL_60,
    rights: ALL('2026-01-01'),
    source: 'https://webserver.rilegislature.gov/Statutes/TITLE6/6-48.1/INDEX.HTM',
  },
];

/** 'us-va' ← 'VA'. */
export const usLawId = (state: string) => `us-${state.toLowerCase()}` as UsStateLawId;

/** The state laws by law id. */
export function usStateLaw(id: string): UsStateLaw | undefined {
  return US_STATE_LAWS.find((law) => usLawId(law.state) === id);
}

/** The state law of a state ('TX') in force on `today`, if any. */
export function usStateLawInForce(state: string, today: string): UsStateLaw | undefined {
  const law = US_STATE_LAWS.find((l) => l.state === state.toUpperCase());
  return law && law.inForce <= today ? law : undefined;
}

/** Names of every state law in a language's grammar: `name(law)` → e.g. 'the Texas … Act (TDPSA)'. */
export function usStateNames(name: (law: UsStateLaw) => string): Record<UsStateLawId, string> {
  return Object.fromEntries(US_STATE_LAWS.map((law) => [usLawId(law.state), name(law)])) as Record<
    UsStateLawId,
    string
  >;
}

/** A state law's label in any UI language: its own short name and the state ('TDPSA (Texas)'). */
export function usStateLawLabel(id: string): string | undefined {
  const law = usStateLaw(id);
  return law ? `${law.short} (${law.stateName})` : undefined;
}
