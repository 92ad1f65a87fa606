import { AUTHORITIES, nationalAuthority } from './authorities';
import type { Authority } from './authorities';
import type { Law } from '../shared/law';
import { usAuthority } from './us-agencies.data';

export interface AuthorityOptions {
  /**
   * Germany: the controller is a federal public body or a telecoms or postal provider, which the
   * BfDI supervises (BDSG § 9; TDDDG § 29 for telecoms; the Postgesetz for postal services)
   * instead of a Land authority.
   */
  federal?: boolean;
  /**
   * Spain: the controller is a public body of its autonomous community or of a local entity there
   * (or acts for one), which that community's authority supervises where it has one — Catalonia
   * (APDCAT), the Basque Country (AVPD), Andalusia (CTPDA) — under LOPDGDD art. 57.1. Every
   * other controller, every private company included, answers to the AEPD.
   */
  regionalPublicBody?: boolean;
}

/**
 * The supervisory authority for a controller. Germany: the Land authority of the controller's seat
 * supervises private controllers (BDSG § 40) — Bavaria has two, we take the private-sector one —
 * so without a Land we name none (never the BfDI, which supervises only federal bodies, telecoms
 * and postal services) and the user picks the Land. Spain: the AEPD, unless the controller is a
 * regional public body of a community with its own authority. Elsewhere, the national authority.
 * Undefined where our data has none (outside the EU/EEA, the UK and Switzerland).
 */
export function findAuthority(
  country: string,
  subdivision?: string,
  options: AuthorityOptions = {},
): Authority | undefined {
  const cc = country.toUpperCase();
  if (cc === 'DE' && options.federal) {
    return nationalAuthority(cc);
  }
  // LOPDGDD art. 57.1 gives the regional authorities the processing of their community's public
  // sector only; the APDCAT sends a complaint about anyone else on to the AEPD
  // (https://apdcat.gencat.cat/es/seu_electronica/transparencia/autoritat/ambit_competencial/,
  // https://tramits.apdcat.cat/Ciutadania/DetallTramit.aspx?IdTramit=158).
  if (cc === 'ES' && !options.regionalPublicBody) {
    return nationalAuthority(cc);
  }
  if (subdivision) {
    const regional = AUTHORITIES.filter(
      (a) => a.country === cc && a.subdivision === subdivision.toUpperCase(),
    );
    const privateSector = regional.find((a) => !/public sector/i.test(a.name));
    if (privateSector ?? regional[0]) {
      return privateSector ?? regional[0];
    }
  }
  return cc === 'DE' ? undefined : nationalAuthority(cc);
}

/**
 * The authority that hears a complaint about a request under `law`: for a US state law the office
 * the Act names (its Attorney General; California: the CPPA), whatever the controller's seat —
 * these laws protect their own residents; otherwise the controller's supervisory authority.
 */
export function findAuthorityFor(
  law: Law,
  country: string,
  subdivision?: string,
  options: AuthorityOptions = {},
): Authority | undefined {
  return usAuthority(law) ?? findAuthority(country, subdivision, options);
}
