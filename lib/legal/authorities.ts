import * as z from 'zod';
import data from './authorities.data.json';

/**
 * EU/EEA/UK/CH supervisory authorities. Data: datenanfragen/data `supervisory-authorities/`
 * (CC0-1.0), snapshot 0a29c3d6 (2026-07-21), fields last substantively updated 2023-02 — see
 * README "Data sources". German Länder carry their ISO 3166-2 subdivision (e.g. "DE-BY"). Added by
 * us (issue 15), from the authorities' own sites: Spain's regional authorities ES-CT (APDCAT,
 * apdcat.gencat.cat), ES-PV (AVPD, avpd.euskadi.eus; named Autoridad since Ley 16/2023 of the
 * Basque Parliament) and ES-AN (CTPDA, ctpdandalucia.es), for regional public bodies only; Brazil's
 * ANPD (LGPD Art. 55-A; official names from its site, gov.br/anpd).
 */
export const Authority = z.object({
  country: z.string().length(2),
  subdivision: z.string().nullable(),
  name: z.string(),
  localName: z.string().nullable(),
  website: z.string().nullable(),
  complaintUrl: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  complaintLanguage: z.string().nullable(),
});
export type Authority = z.infer<typeof Authority>;

export const AUTHORITIES: readonly Authority[] = z.array(Authority).parse(data);

/** The national authority of a country (ISO 3166-1 alpha-2), or undefined where we have none. */
export function nationalAuthority(country: string): Authority | undefined {
  const cc = country.toUpperCase();
  return AUTHORITIES.find((a) => a.country === cc && a.subdivision === null);
}
