import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cleanProfile, readProfile, saveProfile, watchProfile } from '../../lib/storage/profile';
import { readQuarantine } from '../../lib/storage/quarantine';

const NOW = () => '2026-11-26T10:00:00.000Z';

describe('profile storage', () => {
  it('is empty until the user fills it in', async () => {
    expect(await readProfile(NOW)).toEqual({});
  });

  it('saves trimmed values without empty fields, in storage.local only', async () => {
    const saved = await saveProfile({
      name: '  Alice Martin ',
      email: 'alice@example.org',
      postalAddress: '   ',
    });
    expect(saved).toEqual({ name: 'Alice Martin', email: 'alice@example.org' });
    expect(await readProfile(NOW)).toEqual(saved);
    expect(await fakeBrowser.storage.local.get('profile')).toEqual({ profile: saved });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it.each([
    ['a number', 42],
    ['a field of the wrong type', { name: 'Alice', email: ['a@b.fr'] }],
    ['a string', 'Alice'],
  ])('sets aside %s and falls back to empty', async (_, raw) => {
    await fakeBrowser.storage.local.set({ profile: raw });
    expect(await readProfile(NOW)).toEqual({});
    const quarantine = await readQuarantine();
    expect(quarantine).toHaveLength(1);
    expect(quarantine[0]).toMatchObject({
      key: 'local:profile',
      raw,
      at: '2026-11-26T10:00:00.000Z',
    });
    expect(quarantine[0]?.reason).not.toBe('');
    expect(await fakeBrowser.storage.local.get('profile')).toEqual({});
  });

  it('drops unknown keys on read (they never reach a letter)', async () => {
    await fakeBrowser.storage.local.set({ profile: { name: 'Alice', password: 'x' } });
    expect(await readProfile(NOW)).toEqual({ name: 'Alice' });
  });

  it('notifies watchers of a new profile', async () => {
    const seen: unknown[] = [];
    const stop = watchProfile((p) => seen.push(p));
    await saveProfile({ email: 'a@b.fr' });
    stop();
    expect(seen).toEqual([{ email: 'a@b.fr' }]);
  });

  it('cleanProfile keeps only filled fields', () => {
    expect(cleanProfile({ name: '', email: ' a@b.fr ', accountId: 'C-1' })).toEqual({
      email: 'a@b.fr',
      accountId: 'C-1',
    });
  });
});
