import { For, createSignal } from 'solid-js';
import { US_STATE_NAMES } from '../../lib/legal/us-state-names.data';
import { LAW_BY_COUNTRY } from '../../lib/rights-requests/choose-law.data';
import { ProfileField, type Profile } from '../../lib/rights-requests/schema';
import { t, uiLanguage } from '../../lib/ui/i18n';
import { fieldLabel } from './labels';

const INPUT_TYPE: Record<ProfileField, string> = {
  name: 'text',
  email: 'email',
  postalAddress: 'textarea',
  accountId: 'text',
};
/** Countries whose law we know, by name in the UI language; the US is chosen by state. */
function countries(): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([uiLanguage()], { type: 'region' });
  return Object.keys(LAW_BY_COUNTRY)
    .filter((code) => code !== 'US')
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

const AUTOCOMPLETE: Record<ProfileField, string> = {
  name: 'name',
  email: 'email',
  postalAddress: 'street-address',
  accountId: 'off',
};

/**
 * The user's details for requests, all optional. Says where they are kept (this device only) and
 * that each request uses only the fields it needs.
 */
export function ProfileForm(props: {
  profile: Profile;
  onSave: (profile: Profile) => void;
  /** Every keystroke: the letter shows the values before they are saved. */
  onInput?: (profile: Profile) => void;
}) {
  // The form edits a copy; saving hands it back. Initial values only, by design.
  // eslint-disable-next-line solid/reactivity
  const [draft, setDraft] = createSignal<Profile>({ ...props.profile });
  const [status, setStatus] = createSignal('');
  const set = (field: ProfileField, value: string) => {
    setDraft({ ...draft(), [field]: value });
    props.onInput?.(draft());
  };
  const save = (event: SubmitEvent) => {
    event.preventDefault();
    const clean: Profile = draft().residence ? { residence: draft().residence } : {};
    for (const field of ProfileField.options) {
      const value = draft()[field]?.trim();
      if (value) {
        clean[field] = value;
      }
    }
    props.onSave(clean);
    setStatus(t('req_profile_saved'));
  };
  return (
    <form class="req-profile" onSubmit={save} aria-labelledby="req-profile-title">
      <h2 id="req-profile-title">{t('req_profile_title')}</h2>
      <p>{t('req_profile_intro')}</p>
      <For each={ProfileField.options}>
        {(field) => (
          <div>
            <label for={`req-profile-${field}`}>{fieldLabel(field)}</label>
            {INPUT_TYPE[field] === 'textarea' ? (
              <textarea
                id={`req-profile-${field}`}
                rows={3}
                autocomplete={AUTOCOMPLETE[field]}
                value={draft()[field] ?? ''}
                onInput={(e) => set(field, e.currentTarget.value)}
              />
            ) : (
              <input
                id={`req-profile-${field}`}
                type={INPUT_TYPE[field]}
                autocomplete={AUTOCOMPLETE[field]}
                value={draft()[field] ?? ''}
                onInput={(e) => set(field, e.currentTarget.value)}
              />
            )}
          </div>
        )}
      </For>
      <div>
        <label for="req-profile-residence">{t('req_profile_residence')}</label>
        <select
          id="req-profile-residence"
          aria-describedby="req-profile-residence-hint"
          onChange={(e) => {
            const next = { ...draft() };
            delete next.residence;
            const value = e.currentTarget.value;
            setDraft(value ? { ...next, residence: value } : next);
            props.onInput?.(draft());
          }}
        >
          <option value="" selected={!draft().residence}>
            {t('req_profile_residence_unset')}
          </option>
          <optgroup label={t('req_profile_residence_us')}>
            <For each={Object.entries(US_STATE_NAMES)}>
              {([code, name]) => (
                <option value={`US-${code}`} selected={draft().residence === `US-${code}`}>
                  {name}
                </option>
              )}
            </For>
          </optgroup>
          <optgroup label={t('req_profile_residence_other')}>
            <For each={countries()}>
              {(c) => (
                <option value={c.code} selected={draft().residence === c.code}>
                  {c.name}
                </option>
              )}
            </For>
          </optgroup>
        </select>
        <p id="req-profile-residence-hint">{t('req_profile_residence_hint')}</p>
      </div>
      <button type="submit">{t('req_profile_save')}</button>
      <p role="status" aria-live="polite">
        {status()}
      </p>
    </form>
  );
}
