import { PLZ_LAND } from './german-land.data';

/** "Musterstraße 1, 80331 München", "D-10115 Berlin": a five-digit postcode before a place name. */
const POSTCODE = /(?:^|[\s,(])(?:D-|DE-)?(\d{5})\s+\p{Lu}/u;

/** The Land of a German postcode ('80331' → 'DE-BY'), longest known prefix first. */
export function landOfPostcode(postcode: string): string | undefined {
  if (!/^\d{5}$/.test(postcode)) {
    return undefined;
  }
  for (let length = 4; length >= 2; length--) {
    const land = PLZ_LAND[postcode.slice(0, length)];
    if (land) {
      return `DE-${land}`;
    }
  }
  return undefined;
}

/**
 * The Land a German controller's postal address points to, from its postcode: under BDSG § 40 the
 * Land authority of the seat supervises private controllers, and the Land's public holidays count
 * for its deadlines (Reg. 1182/71 Art. 3(4)). A proposal: the user can change it.
 */
export function landOfAddress(address: string): string | undefined {
  const match = POSTCODE.exec(address);
  return match?.[1] ? landOfPostcode(match[1]) : undefined;
}
