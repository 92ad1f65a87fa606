/**
 * The ledger envelope version this build writes. Raise it only together with a new migration.
 * Its own module so that the storage items (lib/storage/items.ts, in the popup's first paint)
 * need the number without the migrations' schemas.
 */
export const LEDGER_VERSION = 2;
