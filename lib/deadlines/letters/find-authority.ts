import { AUTHORITIES, nationalAuthority } from '../../legal/authorities';
import type { Authority } from '../../legal/authorities';

/**
 * The supervisory authority for a controller: in Germany the Land authority of the controller's
 * seat handles the private sector (BDSG §40), so a subdivision picks it — Bavaria has two, we take
 * the private-sector one; elsewhere, and without a subdivision, the national authority.
 * Undefined where our data has none (outside the EU/EEA, the UK and Switzerland).
 */
export function findAuthority(country: string, subdivision?: string): Authority | undefined {
  const cc = country.toUpperCase();
  if (subdivision) {
    const regional = AUTHORITIES.filter(
      (a) => a.country === cc && a.subdivision === subdivision.toUpperCase(),
    );
    const privateSector = regional.find((a) => !/public sector/i.test(a.name));
    if (privateSector ?? regional[0]) {
      return privateSector ?? regional[0];
    }
  }
  return nationalAuthority(cc);
}
