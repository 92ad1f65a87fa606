import type { RequestLetters } from '../schema';
import { englishGdpr } from './gdpr-english';

export const UK_GDPR_EN: RequestLetters = {
  law: 'uk-gdpr',
  ...englishGdpr({
    reg: 'UK GDPR',
    recipientsAuthority: '',
    authority: ', the Information Commissioner',
    // Art. 22 replaced by Arts. 22A–22D (Data (Use and Access) Act 2025 s. 80); safeguards: 22C.
    // Art. 15(1)(h) now refers to the decisions of Art. 22A; Art. 22 no longer exists.
    automated: {
      article: 'Articles 22A to 22D',
      safeguards: 'Article 22C',
      inAccess: 'Article 22A',
    },
  }),
};
