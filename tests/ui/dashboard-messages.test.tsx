import { usStateLaw } from '../../lib/legal/us-states.data';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../components/dashboard/RequestActions';
import { EXPLANATION_PARAMS, READING_PARAMS } from '../../components/dashboard/explanations';
import { Law, RequestEvent, RequestStatus, Right } from '../../lib/deadlines/schema';
import { loadMessages } from '../support/fake-i18n';

const part = (value: string) => value.replace(/-/g, '_');
const eventTypes = RequestEvent.options.map((o) => o.shape.type.value);

// Keys built at run time (`dash_status_${status}`) escape a plain search of the code: list them.
const dynamicKeys = [
  ...RequestStatus.options.map((s) => `dash_status_${s}`),
  // US state laws are labelled from their data (usStateLawLabel), the same in every language.
  ...Law.options.filter((l) => !usStateLaw(l)).map((l) => `dash_law_${part(l)}`),
  ...Right.options.map((r) => `dash_right_${part(r)}`),
  ...eventTypes.filter((e) => e !== 'escalated').map((e) => `dash_event_${part(e)}`),
  ...ACTIONS.map((a) => `dash_action_${part(a)}`),
  ...Object.keys(EXPLANATION_PARAMS).map((k) => `dash_explain_${part(k)}`),
  ...Object.keys(READING_PARAMS).map((k) => `dash_reading_${part(k)}`),
];

describe('dashboard messages', () => {
  it.each(['en', 'fr', 'de'])('%s has every key built at run time', (lang) => {
    const messages = loadMessages(lang);
    expect(dynamicKeys.filter((key) => !(key in messages))).toEqual([]);
  });

  it.each(['fr', 'de'])('%s has the same dashboard keys as en', (lang) => {
    const dash = (l: string) =>
      Object.keys(loadMessages(l))
        .filter((k) => k.startsWith('dash_'))
        .sort();
    expect(dash(lang)).toEqual(dash('en'));
  });

  it.each(['en', 'fr', 'de'])('%s uses as many $n placeholders as en', (lang) => {
    const en = loadMessages('en');
    const other = loadMessages(lang);
    const count = (m: string) => new Set(m.match(/\$\d/g) ?? []).size;
    const differing = Object.keys(en)
      .filter((k) => k.startsWith('dash_'))
      .filter((k) => count(en[k]?.message ?? '') !== count(other[k]?.message ?? ''));
    expect(differing).toEqual([]);
  });
});
