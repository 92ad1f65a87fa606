import * as z from 'zod';

/**
 * The real-world corpus' comparisons (../shared/corpus/realworld/score.mjs is the reference; this
 * port must agree with it field by field): per policy, each field right or wrong, then shares per
 * field and language, and rights precision/recall. Reads only the keys score.mjs reads from an
 * `analyze --json` output.
 */
export const RealworldGold = z.object({
  id: z.string(),
  lang: z.string(),
  source: z.object({ file: z.string() }).loose(),
  url: z.string().nullish(),
  privacyEmail: z.string().nullable(),
  privacyEmails: z.array(z.string()).nullish(),
  dpoName: z.string().nullable(),
  dpoEmail: z.string().nullable(),
  controllerName: z.string().nullable(),
  authorityNamed: z.string().nullable(),
  lastUpdated: z.string().nullable(),
  childrenAge: z.number().nullable(),
  retentionStated: z.boolean(),
  rightsListed: z.array(z.string()),
  transfersOutsideEU: z.boolean().nullable(),
  accept: z
    .object({
      controllerNames: z.array(z.string()).optional(),
      authorityAliases: z.array(z.string()).optional(),
      dpoNames: z.array(z.string()).optional(),
      dpoEmail: z.array(z.string()).optional(),
      lastUpdated: z.array(z.string()).optional(),
      lastUpdatedPrecision: z.string().optional(),
      childrenAge: z.array(z.number().nullable()).optional(),
    })
    .loose()
    .optional(),
});
export type RealworldGold = z.infer<typeof RealworldGold>;

/** The part of an analyze output the scorer reads. */
export interface ScoredOutput {
  contacts: readonly { kind: string; value: string }[];
  dpo: { name?: string | null; email?: string | null } | null;
  controller: { name: string } | null;
  authority: { name: string; country: string } | null;
  lastUpdated?: string | null;
  attributes: {
    children: { ageThresholds: readonly { value: number }[] };
    retention: readonly { duration?: string | null }[];
    rights: readonly { value: string }[];
    transfers: { outsideEea: readonly unknown[] };
  };
}

export const FIELDS = [
  'privacyEmail.first',
  'privacyEmail.firstPrimary',
  'privacyEmail.any',
  'privacyEmail.none',
  'dpoName',
  'dpoEmail',
  'controllerName',
  'authorityNamed',
  'lastUpdated',
  'childrenAge',
  'retentionStated',
  'rightsListed',
  'transfers',
  'transfers.unstated',
] as const;

export interface FieldResult {
  ok: boolean;
  gold: unknown;
  pred: unknown;
  tp?: number;
  fp?: string[];
  fn?: string[];
}
export interface PolicyResult {
  id: string;
  lang: string;
  fields: Partial<Record<(typeof FIELDS)[number], FieldResult>>;
}

const email = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2212]/g, '-')
    .trim();
export const fold = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const LEGAL = new Set(
  'sas sa s a s a se ag gmbh mbh kg co ltd limited inc llc plc bv b v ab pbc sarl sl unlimited company the und and der die das'.split(
    ' ',
  ),
);
const core = (s: string): string =>
  fold(s)
    .split(' ')
    .filter((t) => t && !LEGAL.has(t))
    .join(' ');
export function looseName(pred: string | null | undefined, accepted: readonly string[]): boolean {
  if (!pred) {
    return false;
  }
  const p = core(pred);
  return (
    p.length >= 3 &&
    accepted.some((a) => {
      const g = core(a);
      return g.length >= 3 && (p === g || p.includes(g) || g.includes(p));
    })
  );
}
const RIGHT_MAP: Record<string, string> = {
  access: 'access',
  rectification: 'rectification',
  erasure: 'erasure',
  restriction: 'restriction',
  portability: 'portability',
  objection: 'objection',
  withdrawConsent: 'withdraw-consent',
  automatedDecisions: 'automated-decisions',
  complaint: 'complaint',
  complaintToAuthority: 'complaint',
};

export function scorePolicy(g: RealworldGold, o: ScoredOutput): PolicyResult {
  const acc = g.accept ?? {};
  const fields: PolicyResult['fields'] = {};
  const put = (f: (typeof FIELDS)[number], ok: boolean, gold: unknown, pred: unknown, extra = {}) =>
    (fields[f] = { ok, gold, pred, ...extra });

  const emails = o.contacts.filter((c) => c.kind === 'email').map((c) => email(c.value));
  const okSet = new Set((g.privacyEmails ?? []).map(email));
  if (g.privacyEmail) {
    okSet.add(email(g.privacyEmail));
    const first = emails[0];
    put(
      'privacyEmail.first',
      first !== undefined && okSet.has(first),
      g.privacyEmail,
      first ?? null,
    );
    put(
      'privacyEmail.firstPrimary',
      first === email(g.privacyEmail),
      g.privacyEmail,
      first ?? null,
    );
    put(
      'privacyEmail.any',
      emails.some((e) => okSet.has(e)),
      [...okSet],
      emails,
    );
  } else {
    const first = emails[0];
    put('privacyEmail.none', first === undefined || okSet.has(first), null, first ?? null);
  }

  const dpoName = o.dpo?.name ?? null;
  put(
    'dpoName',
    g.dpoName
      ? looseName(dpoName, [g.dpoName])
      : !dpoName || looseName(dpoName, acc.dpoNames ?? []),
    g.dpoName,
    dpoName,
  );
  const dpoEmail = o.dpo?.email ? email(o.dpo.email) : null;
  put(
    'dpoEmail',
    g.dpoEmail
      ? dpoEmail === email(g.dpoEmail)
      : !dpoEmail || (acc.dpoEmail ?? []).map(email).includes(dpoEmail),
    g.dpoEmail,
    dpoEmail,
  );

  const ctrl = o.controller?.name ?? null;
  put(
    'controllerName',
    g.controllerName ? looseName(ctrl, [g.controllerName, ...(acc.controllerNames ?? [])]) : !ctrl,
    g.controllerName,
    ctrl,
  );

  const n = fold(o.authority?.name ?? '');
  put(
    'authorityNamed',
    g.authorityNamed
      ? !!o.authority && (acc.authorityAliases ?? []).some((a) => n.includes(fold(a)))
      : !o.authority,
    g.authorityNamed,
    o.authority ? `${o.authority.name} (${o.authority.country})` : null,
  );

  const lu = o.lastUpdated ?? null;
  const goodDates = g.lastUpdated ? [g.lastUpdated, ...(acc.lastUpdated ?? [])] : [];
  const byMonth = acc.lastUpdatedPrecision === 'month';
  put(
    'lastUpdated',
    g.lastUpdated
      ? !!lu && goodDates.some((d) => (byMonth ? lu.slice(0, 7) === d.slice(0, 7) : lu === d))
      : !lu,
    g.lastUpdated,
    lu,
  );

  const ages = [...new Set(o.attributes.children.ageThresholds.map((a) => a.value))];
  const okAges = acc.childrenAge ?? [g.childrenAge];
  put(
    'childrenAge',
    (okAges.includes(null) && ages.length === 0) ||
      ages.some((a) => okAges.includes(a)) ||
      (g.childrenAge === null && ages.length === 0),
    g.childrenAge,
    ages,
  );

  const periods = o.attributes.retention.filter((x) => x.duration).map((x) => x.duration);
  put(
    'retentionStated',
    periods.length > 0 === g.retentionStated,
    g.retentionStated,
    periods.length > 0,
  );

  const predRights = [
    ...new Set(o.attributes.rights.map((x) => RIGHT_MAP[x.value]).filter((x): x is string => !!x)),
  ];
  const goldRights = new Set(g.rightsListed);
  const fp = predRights.filter((x) => !goldRights.has(x));
  const fn = [...goldRights].filter((x) => !predRights.includes(x));
  put('rightsListed', fp.length === 0 && fn.length === 0, g.rightsListed, predRights, {
    tp: predRights.length - fp.length,
    fp,
    fn,
  });

  const xfer = o.attributes.transfers.outsideEea.length > 0;
  if (g.transfersOutsideEU === null) {
    put('transfers.unstated', !xfer, null, xfer);
  } else {
    put('transfers', xfer === g.transfersOutsideEU, g.transfersOutsideEU, xfer);
  }
  return { id: g.id, lang: g.lang, fields };
}

export interface Cell {
  ok: number;
  n: number;
}
export interface RealworldScore {
  langs: string[];
  table: Record<string, Record<string, Cell>>;
  rightsPR: Record<
    string,
    { precision: number | null; recall: number | null; tp: number; fp: number; fn: number }
  >;
  errors: { id: string; lang: string; field: string; gold: unknown; pred: unknown }[];
  rows: PolicyResult[];
}

export function aggregate(rows: readonly PolicyResult[]): RealworldScore {
  const langs = [...new Set(rows.map((r) => r.lang)), 'all'];
  const inLang = (L: string) => rows.filter((r) => L === 'all' || r.lang === L);
  const table: RealworldScore['table'] = {};
  for (const f of FIELDS) {
    table[f] = {};
    for (const L of langs) {
      const rs = inLang(L).filter((r) => r.fields[f]);
      table[f][L] = { ok: rs.filter((r) => r.fields[f]?.ok).length, n: rs.length };
    }
  }
  const rightsPR: RealworldScore['rightsPR'] = {};
  for (const L of langs) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const r of inLang(L)) {
      const x = r.fields.rightsListed;
      tp += x?.tp ?? 0;
      fp += x?.fp?.length ?? 0;
      fn += x?.fn?.length ?? 0;
    }
    rightsPR[L] = {
      precision: tp + fp ? tp / (tp + fp) : null,
      recall: tp + fn ? tp / (tp + fn) : null,
      tp,
      fp,
      fn,
    };
  }
  const errors = rows.flatMap((r) =>
    Object.entries(r.fields)
      .filter(([, x]) => !x.ok)
      .map(([field, x]) => ({ id: r.id, lang: r.lang, field, ...x })),
  );
  return { langs, table, rightsPR, errors, rows: [...rows] };
}
