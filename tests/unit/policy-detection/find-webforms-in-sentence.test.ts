import { describe, expect, it } from 'vitest';
import { findContacts } from '../../../lib/policy-detection/find-contacts';
import { htmlToBlocks } from '../../../lib/policy-text/html-to-blocks';
import { parseHtml } from '../../../cli/support/parse-html';

const URL_ = 'https://velotte.example/privacy';

/** The policy page's contacts as [kind, value, reason code]. */
function contactsOf(body: string, nav = ''): [string, string, string | undefined][] {
  const doc = parseHtml(
    `<html><body><nav>${nav}</nav><main><h1>Privacy policy</h1>${body}</main></body></html>`,
  );
  return findContacts(htmlToBlocks(doc, URL_), { doc, pageUrl: URL_ }).contacts.map((c) => [
    c.kind,
    c.value,
    c.reasons[0]?.code,
  ]);
}
const webforms = (body: string, nav = ''): string[] =>
  contactsOf(body, nav)
    .filter(([kind]) => kind === 'webform')
    .map(([, value]) => value);

describe('a link in a sentence about the reader’s rights is a request form', () => {
  it.each([
    [
      'en',
      '<p>If you would like to see, correct or erase the personal data we keep, please <a href="/help/ticket?type=request">write to us</a> and we will reply within a month.</p>',
      'https://velotte.example/help/ticket?type=request',
    ],
    [
      'fr',
      '<p>Pour accéder à vos données ou les supprimer, remplissez <a href="https://aide.velotte.example/formulaire">ce formulaire</a> en ligne.</p>',
      'https://aide.velotte.example/formulaire',
    ],
    [
      'de',
      '<p>Sie können Ihre Rechte jederzeit über <a href="https://velotte.example/hilfe/anfrage">unseren Kundendienst</a> geltend machen.</p>',
      'https://velotte.example/hilfe/anfrage',
    ],
    [
      'es (the sentence before it)',
      '<p>Puede acceder a sus datos y pedir que los borremos. Para ello, envíenos una solicitud en <a href="https://velotte.example/ayuda/solicitud">esta página</a>.</p>',
      'https://velotte.example/ayuda/solicitud',
    ],
    [
      'it',
      '<p>Puoi chiedere la cancellazione dei tuoi dati personali compilando <a href="https://velotte.example/supporto?tipo=richiesta">questo modulo</a> sul nostro sito.</p>',
      'https://velotte.example/supporto?tipo=richiesta',
    ],
    [
      'nl',
      '<p>U kunt uw gegevens inzien of laten verwijderen via <a href="https://velotte.example/klantenservice/formulier">onze klantenservice</a> op de website.</p>',
      'https://velotte.example/klantenservice/formulier',
    ],
    [
      'pt',
      '<p>Pode aceder aos seus dados pessoais ou pedir a sua eliminação através do <a href="https://velotte.example/apoio/pedido">apoio ao cliente</a> da loja.</p>',
      'https://velotte.example/apoio/pedido',
    ],
    [
      'pl',
      '<p>Aby uzyskać dostęp do swoich danych lub je usunąć, wypełnij <a href="https://velotte.example/pomoc/wniosek">ten formularz</a> na naszej stronie.</p>',
      'https://velotte.example/pomoc/wniosek',
    ],
    [
      'nl (the data protection officer)',
      '<p>Onze functionaris gegevensbescherming is bereikbaar via <a href="https://velotte.example/contact/formulier">dit contactformulier</a> op de website.</p>',
      'https://velotte.example/contact/formulier',
    ],
    [
      'en (the sentence before it: deactivating one’s data)',
      '<p>A parent may ask us to deactivate the personal information of a child. If you wish to do so, please use our <a href="https://velotte.example/?page=form">contact page</a>.</p>',
      'https://velotte.example/?page=form',
    ],
  ])('%s', (_lang, body, url) => {
    expect(contactsOf(body)).toEqual([['webform', url, 'formInSentence']]);
  });

  it('quotes the link in its sentence', () => {
    const doc = parseHtml(
      '<p>To correct your personal information, use <a href="/support/form">our help desk</a> at any time.</p>',
    );
    const [form] = findContacts(htmlToBlocks(doc, URL_), { doc, pageUrl: URL_ }).contacts;
    expect(form?.reasons).toEqual([
      { code: 'formInSentence', params: ['correct … personal information'] },
    ]);
    expect(form?.at?.quote).toBe('our help desk');
  });

  it('after the policy’s privacy address, even one only in a mailto link; before any other', () => {
    expect(
      contactsOf(
        '<p>To delete your personal data, please <a href="/help/request">contact us</a> or write to <a href="mailto:privacy@velotte.example">our privacy team</a>.</p>' +
          '<p>Questions about an order go to <a href="mailto:orders@velotte.example">the shop</a>.</p>',
      ).map(([kind, value]) => [kind, value]),
    ).toEqual([
      ['email', 'privacy@velotte.example'],
      ['webform', 'https://velotte.example/help/request'],
      ['email', 'orders@velotte.example'],
    ]);
  });
});

describe('and no other link is', () => {
  const RIGHTS = '<p>You may access, correct or delete your personal data at any time.</p>';

  it('a menu’s link', () => {
    expect(webforms(RIGHTS, '<a href="/support/request">Submit a request</a>')).toEqual([]);
  });

  it('a row of links in the text, however its labels read', () => {
    expect(
      webforms(
        `${RIGHTS}<p><a href="/support/request">Submit a request</a> · <a href="/data">Your data</a> · <a href="/account/delete">Delete account</a></p>`,
      ),
    ).toEqual([]);
  });

  it.each([
    [
      'a help link in a sentence about something else',
      '<p>If your parcel has not arrived, please <a href="/support/request">contact our help desk</a> with your order number.</p>',
    ],
    [
      'a help link about an order (de)',
      '<p>Bei Fragen zu Ihrer Bestellung oder zur Lieferung nutzen Sie bitte <a href="/hilfe/anfrage">unser Kontaktformular</a>.</p>',
    ],
    [
      'a help link about an order (fr)',
      '<p>Pour modifier votre commande ou suivre sa livraison, remplissez <a href="/aide/formulaire">ce formulaire</a> en ligne.</p>',
    ],
    [
      '“information” alone is no one’s data',
      '<p>For more information on how to access our services, <a href="/support/request">submit a request</a> to our team.</p>',
    ],
    [
      'the rights sentence in another paragraph',
      '<p>To order spare parts, please use <a href="/shop/order-form">our order page</a> in the shop.</p>',
    ],
    [
      'a link without a form word',
      '<p>To delete your personal data, please read <a href="/help/delete">this article</a> first.</p>',
    ],
  ])('%s', (_name, body) => {
    expect(webforms(RIGHTS + body)).toEqual([]);
  });

  // Segments as a caller may give them: htmlToBlocks keeps no such link.
  const sentence = (label: string, href: string) => [
    {
      index: 0,
      block: 0,
      start: 0,
      end: 64,
      text: 'To delete your personal data, please use our form on the server.',
      headingPath: [],
      links: [{ text: label, href }],
    },
  ];
  it.each([
    ['a link that is no web address', 'use our form', 'ftp://velotte.example/request-form'],
    [
      'a link whose label the sentence does not hold',
      'the request form',
      'https://velotte.example/x',
    ],
  ])('%s', (_name, label, href) => {
    expect(
      findContacts([], { segments: sentence(label, href) }).contacts.filter(
        (c) => c.kind === 'webform',
      ),
    ).toEqual([]);
  });
});
