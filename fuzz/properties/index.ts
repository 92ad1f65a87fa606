import type { FuzzProperty } from '../property';
import { EMAIL_PROPERTIES } from './email';
import { FILE_PROPERTIES } from './files';
import { HTML_PROPERTIES } from './html';
import { LEDGER_PROPERTIES } from './ledger';
import { TEXT_PROPERTIES } from './text';

/** Every fuzzed property, in the order the runner prints them. */
export const PROPERTIES = [
  ...HTML_PROPERTIES,
  ...TEXT_PROPERTIES,
  ...EMAIL_PROPERTIES,
  ...LEDGER_PROPERTIES,
  ...FILE_PROPERTIES,
] as FuzzProperty[];
