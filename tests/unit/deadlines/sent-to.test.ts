import { describe, expect, it } from 'vitest';
import { sentTo } from '../../../lib/deadlines/sent-to';
import { renderComplaint } from '../../../lib/letters/render-complaint';
import { renderFollowUp } from '../../../lib/letters/render-follow-up';
import { frenchRequest } from '../../fixtures/deadlines/requests';
import { withoutRecipient } from '../../fixtures/tracked-requests';

const form = { kind: 'web-form', url: 'https://boutique.example/rgpd' } as const;
const post = {
  kind: 'postal',
  address: 'Boutique Exemple SAS\n 1 rue Exemple \n\n75001 Paris',
} as const;

describe('sentTo: where a request went, on one line', () => {
  it.each([
    [
      'e-mail',
      { recipient: 'dpo@boutique.example', channel: { kind: 'email' } },
      'dpo@boutique.example',
    ],
    ['web form', { channel: form }, 'https://boutique.example/rgpd'],
    ['post', { channel: post }, 'Boutique Exemple SAS, 1 rue Exemple, 75001 Paris'],
    [
      'web form, address on record',
      { recipient: 'dpo@boutique.example', channel: form },
      'dpo@boutique.example',
    ],
  ] as const)('%s', (_, request, expected) => {
    expect(sentTo(request)).toBe(expected);
  });
});

describe('a follow-up to a request sent through a web form', () => {
  const noAddress = withoutRecipient(frenchRequest());
  const letter = renderFollowUp({ ...noAddress, channel: form }, '2026-04-20', 'en');

  it('has no e-mail address to go to (the user sends it the way the request went)', () => {
    expect(letter.to).toBeUndefined();
  });

  it('the complaint names the form in the history instead of an address', () => {
    const complaint = renderComplaint({ ...noAddress, channel: form }, '2026-04-20', 'en');
    expect(complaint.body).toContain('https://boutique.example/rgpd');
    expect(complaint.body).not.toContain('undefined');
  });
});
