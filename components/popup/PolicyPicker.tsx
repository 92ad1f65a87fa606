import { createSignal, For, Show } from 'solid-js';
import type { PolicyLink } from '@/lib/policy-detection/schema';
import { t } from '@/lib/ui/i18n';

/**
 * The policy candidates, best first, as a radio group; the user can pick another one or paste
 * a URL. "Read" is the click that allows the one network request Rightful makes.
 */
export function PolicyPicker(props: {
  candidates: PolicyLink[];
  onRead: (url: string) => void;
  busy?: boolean;
}) {
  const [picked, setChosen] = createSignal<string>();
  const chosen = () => picked() ?? props.candidates[0]?.url ?? '';
  const [pasted, setPasted] = createSignal('');
  const [pasteError, setPasteError] = createSignal(false);

  const readPasted = (event: SubmitEvent) => {
    event.preventDefault();
    const value = pasted().trim();
    const valid = /^https?:\/\/[^\s]+$/i.test(value) && URL.canParse(value);
    setPasteError(!valid);
    if (valid) {
      props.onRead(value);
    }
  };

  return (
    <div class="picker">
      <Show when={props.candidates.length > 0}>
        <fieldset>
          <legend>{t('picker_legend')}</legend>
          <For each={props.candidates}>
            {(link, index) => (
              <label class="candidate">
                <input
                  type="radio"
                  name="policy"
                  value={link.url}
                  checked={index() === 0}
                  onChange={() => setChosen(link.url)}
                />
                <span>
                  {link.text || link.url}
                  <span class="muted"> — {kindLabel(link.kind)}</span>
                </span>
              </label>
            )}
          </For>
          <button
            type="button"
            class="primary"
            disabled={props.busy}
            onClick={() => props.onRead(chosen())}
          >
            {t('popup_readPolicy')}
          </button>
          <p class="muted small">{t('picker_privacyNote')}</p>
        </fieldset>
      </Show>
      <form class="paste" onSubmit={readPasted}>
        <label for="policy-url">{t('picker_pasteLabel')}</label>
        <input
          id="policy-url"
          type="url"
          inputmode="url"
          placeholder="https://"
          aria-invalid={pasteError()}
          aria-describedby={pasteError() ? 'policy-url-error' : undefined}
          value={pasted()}
          onInput={(event) => setPasted(event.currentTarget.value)}
        />
        <button type="submit" disabled={props.busy}>
          {t('picker_pasteRead')}
        </button>
        <Show when={pasteError()}>
          <p id="policy-url-error" role="alert">
            {t('picker_pasteInvalid')}
          </p>
        </Show>
      </form>
    </div>
  );
}

function kindLabel(kind: PolicyLink['kind']): string {
  switch (kind) {
    case 'privacy':
      return t('picker_kind_privacy');
    case 'cookies':
      return t('picker_kind_cookies');
    case 'terms':
      return t('picker_kind_terms');
    case 'legal':
      return t('picker_kind_legal');
  }
}
