import { profileItem } from './items';
import { Profile } from '../rights-requests/schema';
import { setAside } from './quarantine';

/** Nothing filled in: every field of the profile is optional. */
export const EMPTY_PROFILE: Profile = {};

/**
 * The user's own details for rights requests (name, email, postal address, customer id), kept in
 * browser.storage.local only: never synced, never sent anywhere but in a letter the user sends.
 */
export { profileItem };

/** Trimmed, without empty fields: what is stored is exactly what the user filled in. */
export function cleanProfile(profile: Profile): Profile {
  const clean: Profile = {};
  for (const [key, value] of Object.entries(profile) as [keyof Profile, string | undefined][]) {
    const trimmed = value?.trim();
    if (trimmed) {
      clean[key] = trimmed;
    }
  }
  return clean;
}

/**
 * Reads the profile, validated (DESIGN.md, house style 6): a stored value that is not a profile
 * is set aside in the quarantine (never dropped), removed, and the empty profile is returned.
 */
export async function readProfile(
  now: () => string = () => new Date().toISOString(),
): Promise<Profile> {
  const raw: unknown = await profileItem.getValue();
  const parsed = Profile.safeParse(raw);
  if (parsed.success) {
    return parsed.data;
  }
  const reason = parsed.error.issues
    .map((i) => `${i.path.join('.') || 'value'}: ${i.message}`)
    .join('; ');
  await setAside('local:profile', raw, reason, now());
  await profileItem.removeValue();
  return EMPTY_PROFILE;
}

/** Saves the profile after validation; returns what was stored. */
export async function saveProfile(profile: Profile): Promise<Profile> {
  const clean = cleanProfile(Profile.parse(profile));
  await profileItem.setValue(clean);
  return clean;
}

/** Calls back with each new valid profile (an invalid one reads as empty until set aside). */
export function watchProfile(callback: (profile: Profile) => void): () => void {
  return profileItem.watch((value) => {
    const parsed = Profile.safeParse(value);
    callback(parsed.success ? parsed.data : EMPTY_PROFILE);
  });
}
