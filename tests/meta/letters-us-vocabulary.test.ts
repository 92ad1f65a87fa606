import { describe, expect, it } from 'vitest';
import type { TrackedRequest } from '../../lib/deadlines/schema';
import { Law, rightsOf } from '../../lib/legal/catalogue.data';
import { usStateLaw } from '../../lib/legal/us-states.data';
import { LETTERS } from '../../lib/letters/registry';
import { renderComplaint } from '../../lib/letters/render-complaint';
import { renderFollowUp } from '../../lib/letters/render-follow-up';
import { trackedRequest } from '../fixtures/tracked-requests';

/** The GDPR's name for the controller, per language (the CCPA says "business"). */
const CONTROLLER: Record<string, RegExp> = {
  en: /controller/i,
  es: /responsable del tratamiento|este responsable/i,
  fr: /responsable du traitement|ce responsable/i,
  de: /Verantwortliche/i,
  it: /titolare/i,
  nl: /verwerkingsverantwoordelijke/i,
  pt: /responsável pelo tratamento/i,
  pl: /administrator/i,
};
/** The GDPR's "supervisory authority" (no US office is one). */
const SUPERVISORY: Record<string, RegExp> = {
  en: /supervisory/i,
  es: /autoridad de control/i,
  fr: /autorité de contrôle/i,
  de: /Aufsichtsbehörde/i,
  it: /autorità di controllo/i,
  nl: /toezichthoudende/i,
  pt: /autoridade de controlo/i,
  pl: /nadzorcz/i,
};

const LANGUAGES = Object.entries(LETTERS).flatMap(([language, l]) =>
  l.escalation ? [language] : [],
);
const US_LAWS = Law.options.filter((law) => law === 'ccpa' || law === 'us-none' || usStateLaw(law));

function request(law: Law, right: TrackedRequest['right'], language: string): TrackedRequest {
  return trackedRequest({
    id: 'r',
    controller: 'Shop',
    right,
    law,
    language,
    country: 'US',
    subdivision:
      law === 'ccpa' ? 'US-CA' : law === 'us-none' ? undefined : `US-${law.slice(3).toUpperCase()}`,
    sentDate: '2026-03-02',
    events: [
      { id: 's', type: 'sent', date: '2026-03-02' },
      { id: 'a', type: 'acknowledged', date: '2026-03-03' },
      { id: 'i', type: 'id-requested', date: '2026-03-04' },
      { id: 'e', type: 'escalated', date: '2026-05-01', to: 'authority', recipient: 'AG' },
    ],
  });
}

// Issue 15: a Spanish follow-up under the CCPA said "responsable del tratamiento".
describe('US letters speak the US statutes, not the GDPR', () => {
  it.each(LANGUAGES.flatMap((language) => US_LAWS.map((law) => ({ language, law }))))(
    '$law in $language (follow-up and the user’s copy of the complaint)',
    ({ language, law }) => {
      expect(CONTROLLER[language], language).toBeDefined();
      for (const right of rightsOf(law)) {
        const r = request(law, right, language);
        for (const letter of [
          renderFollowUp(r, '2026-07-20', language, { language }),
          renderComplaint(r, '2026-07-20', language, { language }),
        ]) {
          expect(letter.language).toBe(language);
          const text = `${letter.subject}\n${letter.body}`;
          expect(text, `${law}/${right}`).not.toMatch(SUPERVISORY[language] ?? /$^/);
          if (law === 'ccpa' || law === 'us-none') {
            expect(text, `${law}/${right}`).not.toMatch(CONTROLLER[language] ?? /$^/);
          }
        }
      }
    },
  );
});
