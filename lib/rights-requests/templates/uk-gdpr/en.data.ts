import type { TemplateSet } from '../../template-schema';
import { englishGdpr } from '../gdpr/english';

export const UK_GDPR_EN: TemplateSet = {
  law: 'uk-gdpr',
  ...englishGdpr({
    reg: 'UK GDPR',
    recipientsAuthority: '',
    authority: ', the Information Commissioner',
  }),
};
