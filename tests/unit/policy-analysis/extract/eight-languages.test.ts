import { describe, expect, it } from 'vitest';
import { extractLastUpdated } from '../../../../lib/policy-analysis/extract/dates';
import { extractRights } from '../../../../lib/policy-analysis/extract/rights';
import { extractTransfers } from '../../../../lib/policy-analysis/extract/transfers';
import { contextOf } from './support';

const values = (list: { value: unknown }[]) => list.map((v) => v.value).sort();

/** Our own sentences, one per language: rights, dates and transfers read in es, it, nl, pt, pl. */
describe('rights in the languages beyond en/fr/de', () => {
  it.each([
    [
      'es',
      'Puede ejercer sus derechos de acceso, rectificación, supresión y portabilidad.',
      ['access', 'erasure', 'portability', 'rectification'],
    ],
    [
      'it',
      'Lei ha il diritto di revocare il consenso e di proporre reclamo al Garante per la protezione dei dati personali.',
      ['complaintToAuthority', 'withdrawConsent'],
    ],
    [
      'nl',
      'U heeft het recht op inzage, rectificatie en beperking van de verwerking.',
      ['access', 'rectification', 'restriction'],
    ],
    [
      'pt',
      'Tem o direito de oposição e o direito à limitação do tratamento.',
      ['objection', 'restriction'],
    ],
    [
      'pl',
      'Przysługuje Pani/Panu prawo do usunięcia danych oraz prawo do przenoszenia danych.',
      ['erasure', 'portability'],
    ],
  ])('%s: %s', (lang, text, rights) => {
    expect(values(extractRights(contextOf(lang, text)))).toEqual(rights);
  });
});

describe('last update in the languages beyond en/fr/de', () => {
  it.each([
    ['es', 'Última actualización: 3 de marzo de 2025', '2025-03-03'],
    ['it', 'Ultimo aggiornamento: 12 settembre 2024', '2024-09-12'],
    ['nl', 'Laatst gewijzigd op 18 november 2020', '2020-11-18'],
    ['pt', 'Última atualização: 05/02/2026', '2026-02-05'],
    ['pl', 'Data ostatniej aktualizacji: 14.01.2025', '2025-01-14'],
  ])('%s: %s', (lang, text, date) => {
    expect(extractLastUpdated(contextOf(lang, text))?.date).toBe(date);
  });
});

describe('transfers: a denial, a condition or a bare heading states no transfer', () => {
  it.each([
    ['en', 'Third country transfers: none.'],
    [
      'en',
      'If it should ever be necessary to transfer data outside the EEA, we will use safeguards.',
    ],
    ['es', 'No se realizarán transferencias internacionales de sus datos.'],
    ['nl', 'Uw persoonsgegevens worden niet doorgegeven naar landen buiten de EER.'],
    ['it', 'I dati non sono trasferiti verso paesi terzi.'],
    ['pt', 'Os dados não são transferidos para fora da União Europeia.'],
    ['pl', 'Administrator nie przekazuje danych do państw trzecich.'],
    ['fr', 'Nous n’effectuons aucun transfert de données hors de l’UE.'],
  ])('%s: %s', (lang, text) => {
    expect(extractTransfers(contextOf(lang, text)).outsideEea).toEqual([]);
  });

  it.each([
    [
      'en',
      'Some of our providers run their services from outside the UK and the European Economic Area.',
    ],
    ['it', 'I dati potranno essere trasferiti in paesi non facenti parte dell’Unione Europea.'],
    [
      'de',
      'Wir übermitteln Daten an Dienstleister in Drittländern auf Grundlage von Standardvertragsklauseln.',
    ],
    ['nl', 'Wij geven gegevens door aan verwerkers buiten de EER.'],
  ])('%s: a plain transfer still counts: %s', (lang, text) => {
    expect(extractTransfers(contextOf(lang, text)).outsideEea.length).toBeGreaterThan(0);
  });
});

describe('transfers: a recipient named with its seat in a third country', () => {
  it.each([
    [
      'en',
      [
        'Support tickets are handled by our service provider Helpdesk Labs Inc., 500 Market Street, San Francisco, CA 94105, United States.',
      ],
      'Helpdesk Labs Inc., 500 Market Street, San Francisco, CA 94105, United States',
    ],
    [
      'de',
      [
        '# Newsletter',
        'Für den Versand nutzen wir Mailwelle, betrieben von der Mailwelle LLC, 12 Harbor Road, Boston, MA 02110, USA.',
      ],
      'Mailwelle LLC, 12 Harbor Road, Boston, MA 02110, USA',
    ],
    [
      'fr',
      [
        'Nos lettres d’information sont envoyées par notre prestataire Envoi Rapide Inc., New York, États-Unis.',
      ],
      'Envoi Rapide Inc., New York, États-Unis',
    ],
    [
      'es',
      [
        'Utilizamos el proveedor de alojamiento Nube Segura LLC, con domicilio en Austin, Texas, Estados Unidos.',
      ],
      'Nube Segura LLC, con domicilio en Austin, Texas, Estados Unidos',
    ],
    [
      'it',
      [
        'I dati sono ospitati dal fornitore Server Uno Corp., 410 Pine Street, Seattle, WA 98101, USA.',
      ],
      'Server Uno Corp., 410 Pine Street, Seattle, WA 98101, USA',
    ],
    [
      'nl',
      ['Wij gebruiken de dienstverlener Mail Snel Inc., 1600 Broadway, Denver, CO 80202, USA.'],
      'Mail Snel Inc., 1600 Broadway, Denver, CO 80202, USA',
    ],
    [
      'pt',
      ['Utilizamos o fornecedor Nuvem Rápida Inc., 200 Lake Street, Chicago, IL 60601, USA.'],
      'Nuvem Rápida Inc., 200 Lake Street, Chicago, IL 60601, USA',
    ],
    [
      'pl',
      ['Korzystamy z usług dostawcy Chmura Szybka Inc., 9 Ocean Drive, Miami, FL 33139, USA.'],
      'Chmura Szybka Inc., 9 Ocean Drive, Miami, FL 33139, USA',
    ],
  ])('%s: a transfer, the organisation and its seat as evidence', (lang, lines, quote) => {
    const transfers = extractTransfers(contextOf(lang, ...lines));
    expect(transfers.outsideEea.map((e) => e.quote)).toEqual([quote]);
    expect(values(transfers.countries)).toEqual(['US']);
  });

  it.each([
    [
      'en: an EU entity serves EU users',
      'en',
      [
        'For users in the EEA, the video service is provided by Example Video Ireland Limited, a subsidiary of Example Video LLC, Mountain View, CA 94043, USA.',
      ],
    ],
    [
      'de: the EU subsidiary serves, the US parent is named',
      'de',
      [
        'Unser Anbieter für Videos ist die Beispiel Ireland Limited, eine Tochtergesellschaft der Beispiel LLC, 1 Example Way, Palo Alto, CA 94301, USA.',
      ],
    ],
    [
      'en: the policy says no data leave the EEA',
      'en',
      [
        'Our hosting provider is Example Host Inc., 1 Main Street, Dover, DE 19901, USA.',
        'Your personal data are not transferred outside the EEA.',
      ],
    ],
    [
      'en: the sentence denies it',
      'en',
      ['We do not use any provider such as Example Cloud Inc., Seattle, WA 98101, USA.'],
    ],
    [
      'en: the controller’s own US address',
      'en',
      ['This website is operated by Example Apps Inc., 1 Main Street, Austin, TX 78701, USA.'],
    ],
    [
      'de: the controller’s own US address',
      'de',
      ['Anbieter dieser Website ist die Beispiel Apps Inc., 1 Main Street, Austin, TX 78701, USA.'],
    ],
    [
      'en: the controller as a defined term',
      'en',
      [
        'Example Apps Inc. ("we"), 1 Main Street, Austin, TX 78701, USA, works with service providers.',
      ],
    ],
    [
      'en: an EU representative',
      'en',
      [
        'Example Apps Inc., 1 Main Street, Austin, TX 78701, USA, has appointed Example Rep GmbH, Berlin, as its representative in the EU; third parties may write to it.',
      ],
    ],
    [
      'fr: the controller',
      'fr',
      [
        'Le responsable du traitement est Exemple Apps Inc., dont les serveurs sont à Austin, États-Unis.',
      ],
    ],
    [
      'en: a US address outside a passage about recipients',
      'en',
      ['Example Apps Inc., 1 Main Street, Austin, TX 78701, USA, respects your privacy.'],
    ],
  ])('%s: no transfer', (_name, lang, lines) => {
    expect(extractTransfers(contextOf(lang, ...lines)).outsideEea).toEqual([]);
  });
});

describe('transfers: the controller’s US address given to write to is no recipient', () => {
  it.each([
    [
      'en',
      'For questions about how we share your data with service providers, write to Example Apps Inc., 1 Main Street, Austin, TX 78701, USA.',
    ],
    [
      'de',
      'Bei Fragen zur Weitergabe Ihrer Daten schreiben Sie an die Beispiel Apps Inc., 1 Main Street, Austin, TX 78701, USA.',
    ],
    [
      'en',
      'Our data protection officer, reachable at Example Apps Inc., 1 Main Street, Austin, TX 78701, USA, oversees our service providers.',
    ],
    [
      'en',
      'Example Apps Inc. and its service providers participate in the EU-U.S. Data Privacy Framework.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(extractTransfers(contextOf(lang, text)).outsideEea).toEqual([]);
  });
});
describe('transfers: a seat abroad, but the recipient’s EU entity serves or the user’s app store', () => {
  it.each([
    [
      'en',
      'Our video provider is Example Video Inc., 1 Main Street, Austin, TX 78701, USA, and for users in the EEA its affiliate Example Video Ireland Limited, Dublin, Ireland.',
    ],
    [
      'fr',
      'Notre prestataire est Exemple Vidéo Inc., 1 Main Street, Austin, TX 78701, USA, et pour les utilisateurs de l’Union, Exemple Vidéo Ireland Limited, Dublin, Irlande.',
    ],
    [
      'de',
      'Die App laden Sie aus dem App Store, betrieben von der Apple Inc., One Apple Park Way, Cupertino, CA 95014, USA.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(extractTransfers(contextOf(lang, text)).outsideEea).toEqual([]);
  });
});

describe('transfers: a seat abroad, where the controller is the grammatical subject', () => {
  it.each([
    ['pl', 'Administrator korzysta z usług Chmura Inc., 1 Main Street, Dallas, TX 75201, USA.'],
    [
      'it',
      'Il Titolare si avvale del fornitore Nuvola Inc., 1 Main Street, Dallas, TX 75201, USA.',
    ],
    ['de', 'Die Daten werden an die Beispiel Cloud LLC in den USA übertragen.'],
  ])('%s: a transfer: %s', (lang, text) => {
    expect(extractTransfers(contextOf(lang, text)).outsideEea.length).toBe(1);
  });

  it.each([
    [
      'pl',
      'Administratorem danych jest Chmura Inc., 1 Main Street, Dallas, TX 75201, USA, która korzysta z usług dostawców.',
    ],
    [
      'it',
      'Titolare del trattamento è Nuvola Inc., 1 Main Street, Dallas, TX 75201, USA, che si avvale di fornitori.',
    ],
  ])('%s: the controller itself: %s', (lang, text) => {
    expect(extractTransfers(contextOf(lang, text)).outsideEea).toEqual([]);
  });
});
