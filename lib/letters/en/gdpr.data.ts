import type { RequestLetters } from '../schema';
import { englishGdpr } from './gdpr-english';

export const GDPR_EN: RequestLetters = {
  law: 'gdpr',
  ...englishGdpr({
    reg: 'GDPR',
    // CJEU 12 Jan 2023, C-154/21 Österreichische Post, ECLI:EU:C:2023:3.
    recipientsAuthority:
      ' (Court of Justice of the EU, judgment of 12 January 2023, Österreichische Post, C-154/21)',
    authority: '',
  }),
};
