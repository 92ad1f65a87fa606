import type { Law } from '../shared/law';
import type { Authority } from './authorities';
import { usStateLaw } from './us-states.data';

/**
 * Where a US consumer complains when a business ignores or refuses a privacy request: the state's
 * Attorney General (or the office the Act names), or, in California, the California Privacy
 * Protection Agency. Names are proper names (no article), the same in every letter language;
 * websites are the offices' home pages; `complaintUrl` the complaint form where confirmed.
 *
 * The Acts with an appeal (lib/legal/us-states.data.ts `appeal`) say, in the appeal subsection
 * itself, that a business denying an appeal must tell the consumer how to contact the Attorney
 * General to submit a complaint (model text: Va. Code §59.1-577(C)); that subsection is cited.
 * Utah has no appeal: its Division of Consumer Protection receives the complaints (Utah Code
 * §13-61-401). The CCPA has no appeal either: the Agency investigates on a sworn complaint (Cal.
 * Civ. Code §1798.199.45). Checked from memory of the statutes, not against their text here: see
 * lib/legal/README.md, "To re-verify".
 */
interface Agency {
  name: string;
  website: string;
  /**
   * The office's own page for a privacy complaint, where a search of its site confirmed the
   * address (issue 13, 2026-12-06); else the home page stands in for it.
   */
  complaintUrl?: string;
  citation?: string;
}

const AGENCIES: Readonly<Record<string, Agency>> = {
  VA: { name: 'Virginia Attorney General', website: 'https://www.oag.state.va.us/' },
  CO: {
    name: 'Colorado Attorney General',
    website: 'https://coag.gov/',
    // The Department of Law's complaint page, which the Colorado Privacy Act page points to.
    complaintUrl: 'https://coag.gov/file-complaint/',
  },
  CT: { name: 'Connecticut Attorney General', website: 'https://portal.ct.gov/ag' },
  UT: {
    name: 'Utah Division of Consumer Protection',
    website: 'https://dcp.utah.gov/',
    citation: 'Utah Code §13-61-401',
  },
  TX: { name: 'Texas Attorney General', website: 'https://www.texasattorneygeneral.gov/' },
  OR: { name: 'Oregon Department of Justice', website: 'https://www.doj.state.or.us/' },
  MT: { name: 'Montana Attorney General', website: 'https://dojmt.gov/' },
  IA: { name: 'Iowa Attorney General', website: 'https://www.iowaattorneygeneral.gov/' },
  DE: { name: 'Delaware Department of Justice', website: 'https://attorneygeneral.delaware.gov/' },
  NH: { name: 'New Hampshire Attorney General', website: 'https://www.doj.nh.gov/' },
  NE: { name: 'Nebraska Attorney General', website: 'https://ago.nebraska.gov/' },
  NJ: { name: 'New Jersey Attorney General', website: 'https://www.njoag.gov/' },
  TN: {
    name: 'Tennessee Attorney General and Reporter',
    website: 'https://www.tn.gov/attorneygeneral.html',
  },
  MN: { name: 'Minnesota Attorney General', website: 'https://www.ag.state.mn.us/' },
  MD: {
    name: 'Maryland Attorney General, Consumer Protection Division',
    website: 'https://www.marylandattorneygeneral.gov/',
  },
  IN: { name: 'Indiana Attorney General', website: 'https://www.in.gov/attorneygeneral/' },
  KY: { name: 'Kentucky Attorney General', website: 'https://www.ag.ky.gov/' },
  RI: { name: 'Rhode Island Attorney General', website: 'https://riag.ri.gov/' },
  CA: {
    name: 'California Privacy Protection Agency',
    website: 'https://cppa.ca.gov/',
    // The Agency's complaint form (launched July 2023).
    complaintUrl: 'https://cppa.ca.gov/webapplications/complaint',
    citation: 'Cal. Civ. Code §1798.199.45',
  },
};

/** After a refusal: the appeal the Act grants, then the office that takes complaints. */
export interface UsComplaintRoute {
  agency: string;
  website: string;
  complaintUrl: string;
  /** Where the Act says so: the appeal subsection, or the complaint provision (UT, CA). */
  citation: string;
  appeal?: { days: number; extension?: number; citation: string };
}

/** The route for a US law ('ccpa' or 'us-xx'); undefined for other laws and for 'us-none'. */
export function usComplaintRoute(law: Law): UsComplaintRoute | undefined {
  const state = law === 'ccpa' ? undefined : usStateLaw(law);
  const agency = AGENCIES[law === 'ccpa' ? 'CA' : (state?.state ?? '')];
  if (!agency || (law !== 'ccpa' && !state)) {
    return undefined;
  }
  const appealAt = state?.sections.appeal;
  const appeal = state?.appeal && appealAt ? { ...state.appeal, citation: appealAt } : undefined;
  const citation = appeal?.citation ?? agency.citation;
  if (!citation) {
    throw new Error(`${law}: no provision for the complaint route`);
  }
  return {
    agency: agency.name,
    website: agency.website,
    complaintUrl: agency.complaintUrl ?? agency.website,
    citation,
    ...(appeal ? { appeal } : {}),
  };
}

/**
 * The office as the complaint letter and the dashboard show an authority: its complaint page, or
 * its home page where we have not confirmed one; no e-mail address (they take complaints online).
 */
export function usAuthority(law: Law): Authority | undefined {
  const route = usComplaintRoute(law);
  if (!route) {
    return undefined;
  }
  const state = law === 'ccpa' ? 'CA' : (usStateLaw(law)?.state ?? '');
  return {
    country: 'US',
    subdivision: `US-${state}`,
    name: route.agency,
    localName: null,
    website: route.website,
    complaintUrl: route.complaintUrl,
    email: null,
    address: null,
    phone: null,
    complaintLanguage: 'en',
  };
}
