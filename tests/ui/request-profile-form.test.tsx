import { fireEvent, getByLabelText, getByRole } from '@testing-library/dom';
import { render } from 'solid-js/web';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProfileForm } from '../../components/request/ProfileForm';

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.innerHTML = '';
});

describe('ProfileForm', () => {
  it('edits every optional field and saves trimmed, non-empty values', () => {
    const onSave = vi.fn();
    const container = document.createElement('div');
    document.body.append(container);
    dispose = render(() => <ProfileForm profile={{ name: 'Alice' }} onSave={onSave} />, container);
    expect(container.textContent).toContain('Kept only on this device');
    expect(getByLabelText<HTMLInputElement>(container, 'Name').value).toBe('Alice');
    const email = getByLabelText<HTMLInputElement>(container, 'Email address');
    expect(email.type).toBe('email');
    fireEvent.input(email, { target: { value: ' alice@example.org ' } });
    fireEvent.input(getByLabelText(container, 'Postal address'), {
      target: { value: '12 rue des Lilas\n75011 Paris' },
    });
    fireEvent.input(getByLabelText(container, 'Customer or account number'), {
      target: { value: '  ' },
    });
    fireEvent.click(getByRole(container, 'button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith({
      name: 'Alice',
      email: 'alice@example.org',
      postalAddress: '12 rue des Lilas\n75011 Paris',
    });
    expect(getByRole(container, 'status').textContent).toBe('Saved on this device.');
  });

  it('hands every keystroke on, so the letter shows the name before any Save', () => {
    const onInput = vi.fn();
    const onSave = vi.fn();
    const container = document.createElement('div');
    document.body.append(container);
    dispose = render(
      () => <ProfileForm profile={{}} onSave={onSave} onInput={onInput} />,
      container,
    );
    fireEvent.input(getByLabelText(container, 'Name'), { target: { value: 'Camille Martin' } });
    expect(onInput).toHaveBeenLastCalledWith({ name: 'Camille Martin' });
    expect(onSave).not.toHaveBeenCalled();
  });

  it('keeps the state of residence, which picks the US state law, and saves a change', () => {
    const onSave = vi.fn();
    const container = document.createElement('div');
    document.body.append(container);
    dispose = render(
      () => <ProfileForm profile={{ email: 'a@b.org', residence: 'US-TX' }} onSave={onSave} />,
      container,
    );
    const select = getByLabelText<HTMLSelectElement>(container, 'Where you live');
    expect(select.value).toBe('US-TX');
    expect(select.selectedOptions[0]?.textContent).toBe('Texas');
    fireEvent.change(select, { target: { value: 'US-IN' } });
    fireEvent.click(getByRole(container, 'button', { name: 'Save' }));
    expect(onSave).toHaveBeenLastCalledWith({ email: 'a@b.org', residence: 'US-IN' });
    fireEvent.change(select, { target: { value: '' } });
    fireEvent.click(getByRole(container, 'button', { name: 'Save' }));
    expect(onSave).toHaveBeenLastCalledWith({ email: 'a@b.org' });
  });
});
