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
}

/**
 * The supervisory authority for a controller. Germany: the Land authority of the controller's seat
 * supervises private controllers (BDSG § 40) — Bavaria has two, we take the private-sector one —
 * so without a Land we name none (never the BfDI, which supervises only federal bodies, telecoms
 * and postal services) and the user picks the Land. Elsewhere, the national authority.
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
