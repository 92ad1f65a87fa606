import { describe, expect, it } from 'vitest';
import { findContacts } from '../../../lib/policy-detection/find-contacts';
import type { Block } from '../../../lib/shared/policy-text';

const para = (text: string, headingPath: string[] = []): Block => ({
  kind: 'paragraph',
  text,
  headingPath,
});
const emailsOf = (blocks: Block[]) =>
  findContacts(blocks, { pageUrl: 'https://musterstadt.de/privacy' })
    .contacts.filter((c) => c.kind === 'email')
    .map((c) => c.value);

/** An imprint giving three addresses alike (none says privacy or DPO), then the policy. */
const imprint = [
  para(
    'Stadtverwaltung Musterstadt, Marktplatz 1, 12345 Musterstadt. E-Mail: rathaus@musterstadt.de',
  ),
  para('Bürgermeisterin Erika Muster. E-Mail: buergermeisterin@musterstadt.de'),
  para('Inhaltlich verantwortlich: Team Web, Hauptstraße 2. E-Mail: web@musterstadt.de'),
];

describe('contact emails: "the address above" points to the address just before it', () => {
  it('of addresses the policy presents alike, the one a later sentence sends the reader to comes first', () => {
    const blocks = [
      ...imprint,
      para('Wir speichern Ihre Anfrage, um sie zu bearbeiten.', ['Datenschutzerklärung']),
      para('Sie haben das Recht auf Auskunft und Löschung.', ['Datenschutzerklärung']),
      para('Bitte richten Sie Ihren Widerspruch formlos an oben genannte Adresse.', [
        'Datenschutzerklärung',
      ]),
    ];
    // Without the pointer the three tie and the page order decides (rathaus@ first).
    expect(emailsOf(blocks.slice(0, 5))[0]).toBe('rathaus@musterstadt.de');
    expect(emailsOf(blocks)[0]).toBe('web@musterstadt.de');
    const web = findContacts(blocks, { pageUrl: 'https://musterstadt.de/privacy' }).contacts.find(
      (c) => c.value === 'web@musterstadt.de',
    );
    expect(web?.reasons).toContainEqual({ code: 'pointedTo', params: ['oben genannte adresse'] });
  });

  it('quotes the pointer as the policy writes it, accents kept', () => {
    const blocks = [
      para('Pedidos: pedidos@velotte.es. Tienda: tienda@velotte.es'),
      para(
        'Puede ejercer sus derechos escribiendo a la dirección indicada anteriormente, con copia de su DNI.',
      ),
    ];
    const contacts = findContacts(blocks, { pageUrl: 'https://velotte.es/privacidad' }).contacts;
    expect(contacts[0]?.value).toBe('tienda@velotte.es');
    expect(contacts[0]?.reasons).toContainEqual({
      code: 'pointedTo',
      params: ['dirección indicada anteriormente'],
    });
  });

  it.each([
    ['fr', 'Vous pouvez exercer vos droits en écrivant à l’adresse indiquée ci-dessus.'],
    ['it', 'Puoi esercitare i tuoi diritti scrivendo all’indirizzo sopra indicato.'],
    ['nl', 'U kunt uw rechten uitoefenen via het bovenstaande e-mailadres.'],
    ['pt', 'Pode exercer os seus direitos através do endereço acima indicado.'],
    ['pl', 'Swoje prawa możesz realizować, pisząc na adres podany powyżej.'],
    ['en', 'You may exercise these rights by writing to the above-mentioned address.'],
  ])('%s: the pointer sends the reader to the last address before it', (_lang, sentence) => {
    const blocks = [para('Shop: shop@velotte.eu. Orders: orders@velotte.eu'), para(sentence)];
    expect(emailsOf(blocks.slice(0, 1))[0]).toBe('shop@velotte.eu');
    expect(emailsOf(blocks)[0]).toBe('orders@velotte.eu');
  });

  it('does not outrank a privacy or DPO address', () => {
    const blocks = [
      para('For privacy questions write to privacy@velotte.com.'),
      para('Our office: 1 Main Street, Springfield. Email: office@velotte.com'),
      para('You may also send your request to the address above.'),
    ];
    expect(emailsOf(blocks)[0]).toBe('privacy@velotte.com');
  });

  it('a pointer many passages further on means the controller at the top, not the last address', () => {
    const filler = Array.from({ length: 20 }, (_, k) =>
      para(`We use the data for purpose number ${k + 1} of this list.`),
    );
    const blocks = [
      ...imprint,
      ...filler,
      para('Bitte richten Sie Ihren Widerspruch formlos an oben genannte Adresse.'),
    ];
    expect(emailsOf(blocks)[0]).toBe('rathaus@musterstadt.de');
  });
});
