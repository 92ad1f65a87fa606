import { getByRole, getByText } from '@testing-library/dom';
import { render } from 'solid-js/web';
import { afterEach, describe, expect, it } from 'vitest';
import { PrintableLetterView } from '../../components/letter/PrintableLetterView';
import type { PrintableLetter } from '../../lib/app/print-letter';

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.innerHTML = '';
});

function mount(letter: PrintableLetter | undefined): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  dispose = render(() => <PrintableLetterView letter={letter} />, container);
  return container;
}

const LETTER: PrintableLetter = {
  sender: { name: 'Camille Martin', postalAddress: '12 rue des Lilas\n75011 Paris' },
  recipient: { name: 'Harbour Tea Company Ltd', postalAddress: '8 Quay Street, Bristol BS1 4DJ' },
  date: '2026-12-06',
  subject: 'Subject access request',
  body: 'Dear Sir or Madam,\n\n<b>not html</b>',
  language: 'en',
};

describe('PrintableLetterView', () => {
  it('lays out sender, recipient, date, subject and text, as text only', () => {
    const view = mount(LETTER);
    const sender = getByRole(view, 'group', { name: 'Sender' });
    expect(sender.textContent).toBe('Camille Martin12 rue des Lilas75011 Paris');
    const recipient = getByRole(view, 'group', { name: 'Recipient' });
    expect(recipient.textContent).toBe('Harbour Tea Company Ltd8 Quay StreetBristol BS1 4DJ');
    expect(getByText(view, 'Subject access request').tagName).toBe('STRONG');
    expect(view.querySelector('b')).toBeNull();
    expect(getByRole(view, 'button', { name: 'Print or save as PDF' })).toBeTruthy();
  });

  it('says what is missing, and leaves a blank to fill in by hand', () => {
    const view = mount({ ...LETTER, sender: {}, recipient: { name: 'Harbour Tea Company Ltd' } });
    expect(view.textContent).toContain('Your name or postal address is missing');
    expect(view.textContent).toContain('The policy gives no postal address');
    expect(getByRole(view, 'group', { name: 'Sender' }).textContent).toBe('Your name and address');
  });

  it('explains when there is no letter to print', () => {
    expect(getByRole(mount(undefined), 'alert').textContent).toContain('No letter to print');
  });
});
