import { For, Show } from 'solid-js';
import { bestContact } from '@/lib/policy-detection/best-contact';
import type { Contact, ContactReason, ContactsResult } from '@/lib/policy-detection/schema';
import { t } from '@/lib/ui/i18n';

/** Who the controller is and how to reach them: the best privacy contact first, with why. */
export function ContactsView(props: { contacts: ContactsResult }) {
  // The same first way to write as the verdict and the composer.
  const best = () => bestContact(props.contacts.contacts);
  const others = () => props.contacts.contacts.filter((c) => c !== best());
  return (
    <section aria-labelledby="contacts-heading" class="card">
      <h2 id="contacts-heading">{t('contacts_heading')}</h2>
      <dl>
        <dt>{t('contacts_controller')}</dt>
        <dd>{controllerText(props.contacts.controller)}</dd>
        <Show when={props.contacts.dpo}>
          {(dpo) => (
            <>
              <dt>{t('contacts_dpo')}</dt>
              <dd>
                {[dpo().name, dpo().email].filter(Boolean).join(' — ') || t('contacts_dpoUnnamed')}
              </dd>
            </>
          )}
        </Show>
        <Show when={props.contacts.authority}>
          {(authority) => (
            <>
              <dt>{t('contacts_authority')}</dt>
              <dd>{authority().name}</dd>
            </>
          )}
        </Show>
      </dl>
      <Show
        when={best()}
        fallback={
          // "Look below" only when something is below: else where else to look.
          <p role="status">
            {others().length > 0 ? t('contacts_noEmail') : t('contacts_noContact')}
          </p>
        }
      >
        {(contact) => (
          <div class="best-contact">
            <h3>{t('contacts_writeTo')}</h3>
            <p class="email">
              {contact().kind === 'webform' && /^https?:\/\//i.test(contact().value) ? (
                <a href={contact().value} target="_blank" rel="noopener noreferrer">
                  {contact().value}
                </a>
              ) : (
                contact().value
              )}
            </p>
            <p class="muted small">
              {t('contacts_why')} {contact().reasons.map(reasonText).join('; ')}
            </p>
            <blockquote class="evidence">{contact().evidence}</blockquote>
          </div>
        )}
      </Show>
      <Show when={others().length > 0}>
        <details>
          <summary>{t('contacts_others', others().length)}</summary>
          <ul>
            <For each={others()}>
              {(contact) => (
                <li>
                  <span class="kind">{kindLabel(contact)}</span> {contact.value}
                </li>
              )}
            </For>
          </ul>
        </details>
      </Show>
    </section>
  );
}

/** Who the controller is, and said so when it is only a guess (no sentence states it). */
function controllerText(controller: ContactsResult['controller']): string {
  if (!controller) {
    return t('contacts_controllerUnknown');
  }
  return controller.role === 'named'
    ? t('contacts_controllerGuess', controller.name)
    : controller.name;
}

function kindLabel(contact: Contact): string {
  switch (contact.kind) {
    case 'email':
      return t('contacts_kind_email');
    case 'phone':
      return t('contacts_kind_phone');
    case 'address':
      return t('contacts_kind_address');
    case 'webform':
      return t('contacts_kind_webform');
  }
}

/** A reason code in the reader's language; its parameters are the policy's own words. */
export function reasonText(reason: ContactReason): string {
  return t(`contacts_reason_${reason.code}`, ...(reason.params ?? []));
}
