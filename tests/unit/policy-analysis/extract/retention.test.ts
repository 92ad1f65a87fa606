import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../../../../lib/policy-analysis/extract/lexicons';
import {
  extractRetention,
  parseDurations,
} from '../../../../lib/policy-analysis/extract/retention';
import { contextOf } from './support';

describe('parseDurations', () => {
  it.each([
    ['en', 'for 14 months', 'P14M', 'exact'],
    ['en', 'not longer than 14 months', 'P14M', 'max'],
    ['en', 'for 2 years', 'P2Y', 'exact'],
    ['en', 'for two (2) years', 'P2Y', 'exact'],
    ['en', 'after 30 days', 'P30D', 'exact'],
    ['en', 'for up to six weeks', 'P6W', 'max'],
    ['en', 'for at least 10 years', 'P10Y', 'min'],
    ['en', 'for a 12-month period', 'P12M', 'exact'],
    ['en', 'a year', 'P1Y', 'exact'],
    ['fr', 'pendant 14 mois', 'P14M', 'exact'],
    ['fr', 'pas plus de 14 mois', 'P14M', 'max'],
    ['fr', 'pendant trois ans', 'P3Y', 'exact'],
    ['fr', 'au moins un an', 'P1Y', 'min'],
    ['fr', 'durant 30 jours', 'P30D', 'exact'],
    ['de', 'für zwei Jahre', 'P2Y', 'exact'],
    ['de', 'für 2 Jahre', 'P2Y', 'exact'],
    ['de', 'nach Ablauf von zehn Jahren', 'P10Y', 'exact'],
    ['de', 'höchstens 14 Monate', 'P14M', 'max'],
    ['de', 'mindestens sechs Monaten', 'P6M', 'min'],
    ['de', 'nach 30 Tagen', 'P30D', 'exact'],
    ['de', 'nach Ablauf der Aufbewahrungsfrist von 10 Jahren', 'P10Y', 'exact'],
    ['fr', 'pendant 3 ans à compter du dernier contact', 'P3Y', 'exact'],
    ['pt', 'pelo prazo de 6 (seis) meses', 'P6M', 'exact'],
    ['it', 'per 10 (dieci) anni', 'P10Y', 'exact'],
    // Each language's own bounds and number words (they used to be English's).
    ['es', 'hasta 5 años', 'P5Y', 'max'],
    ['es', 'durante dos años', 'P2Y', 'exact'],
    ['es', 'como mínimo seis meses', 'P6M', 'min'],
    ['it', 'fino a 10 anni', 'P10Y', 'max'],
    ['it', 'per due anni', 'P2Y', 'exact'],
    ['nl', 'tot 12 maanden na afloop', 'P12M', 'max'],
    ['nl', 'gedurende twee jaar', 'P2Y', 'exact'],
    ['nl', 'ten minste zeven jaar', 'P7Y', 'min'],
    ['pt', 'até 5 anos', 'P5Y', 'max'],
    ['pt', 'durante dois anos', 'P2Y', 'exact'],
    ['pl', 'do 25 miesięcy', 'P25M', 'max'],
    ['pl', 'maksymalnie dwa lata', 'P2Y', 'max'],
    ['pl', 'co najmniej pięć lat', 'P5Y', 'min'],
    // The end of a range is at most.
    ['en', 'for five to ten years', 'P10Y', 'max'],
    ['en', 'between 3 and 6 months', 'P6M', 'max'],
    ['fr', 'entre 3 et 6 mois', 'P6M', 'max'],
    ['de', 'zwei bis drei Jahre', 'P3Y', 'max'],
    ['es', 'de 1 a 3 años', 'P3Y', 'max'],
    ['it', 'da 2 a 5 anni', 'P5Y', 'max'],
    ['nl', 'tussen 3 en 6 maanden', 'P6M', 'max'],
    ['pt', 'entre 2 e 5 anos', 'P5Y', 'max'],
    ['pl', '2-5 lat', 'P5Y', 'max'],
    // One unit without a figure: an inactivity period.
    ['en', 'if nobody has signed in during the past year', 'P1Y', 'exact'],
    ['fr', 'sans connexion au cours de la dernière année', 'P1Y', 'exact'],
    ['de', 'ohne Anmeldung im letzten Monat', 'P1M', 'exact'],
    ['es', 'sin actividad durante el último año', 'P1Y', 'exact'],
    ['it', 'senza accessi nell’ultimo anno', 'P1Y', 'exact'],
    ['nl', 'zonder gebruik in het afgelopen jaar', 'P1Y', 'exact'],
    ['pt', 'sem utilização no último mês', 'P1M', 'exact'],
    ['pl', 'bez logowania w ciągu ostatniego roku', 'P1Y', 'exact'],
    ['pl', 'bez logowania w ostatnim tygodniu', 'P1W', 'exact'],
  ])('%s "%s" → %s (%s)', (lang, text, duration, bound) => {
    expect(parseDurations(text, lexiconFor(lang))).toEqual([
      expect.objectContaining({ duration, bound }),
    ]);
  });

  it.each([
    ['en', 'the 2 parties'],
    ['en', 'on the last day of the month'],
    ['en', 'as we have grown in the past years'],
    ['de', 'in den letzten Jahren'],
    ['fr', 'au cours des dernières années'],
    ['en', '24/7 support'],
    ['fr', 'les 3 sociétés'],
    ['de', 'die Anlage 2'],
    ['en', 'children under 13 years'],
    ['en', 'users 18 years old or older'],
    ['fr', 'les enfants âgés de moins de 15 ans'],
    ['de', 'Kinder unter 16 Jahren'],
    ['de', 'Personen, die 16 Jahre alt sind'],
    ['pl', 'zgodnie z ustawą z dnia 14 lipca 1983 roku o archiwach'],
    ['en', 'a visitor less than 13-years-of-age'],
    ['es', 'los menores de 14 años'],
    ['it', 'i minori di 14 anni'],
    ['nl', 'kinderen jonger dan 16 jaar'],
    ['pt', 'crianças menores de 13 anos'],
    ['pl', 'dzieci poniżej 16 lat'],
    ['pl', 'do ukończenia 16 roku życia'],
    // "a" is an article or a preposition there, not "one"
    ['pt', 'durante a semana'],
    ['it', 'una volta a settimana'],
  ])('%s "%s" has no duration', (lang, text) => {
    expect(parseDurations(text, lexiconFor(lang))).toEqual([]);
  });

  // Issue 11: a figure is a period of keeping only in a clause about keeping; in a clause about
  // answering a request, extending that deadline, a notice, a contract's terms or a time limit to
  // sue it is that, even beside words about deleting data.
  it.each([
    ['en', 'If you write to us, we have one month to respond.'],
    ['en', 'Sometimes it may take us longer than two months.'],
    ['en', 'We can extend this period by two further months.'],
    ['en', 'We will notify you 14 days before we delete your account.'],
    ['en', 'Any claim under these terms must be brought as a cause of action within 1 year.'],
    ['en', 'The previous terms of use apply for 30 days after a change.'],
    ['en', 'After 3 years without a visit, we will ask you whether you wish to stay.'],
    ['fr', 'Ce délai peut être prolongé de deux mois.'],
    ['fr', 'Nous vous informerons 15 jours avant la suppression de votre compte.'],
    [
      'fr',
      'Sans connexion pendant 2 ans, nous pourrons vous demander si vous souhaitez rester inscrit.',
    ],
    ['de', 'Wir benachrichtigen Sie 14 Tage vor der Löschung Ihres Kontos.'],
    ['de', 'Diese Frist kann um weitere zwei Monate verlängert werden.'],
    ['es', 'Este plazo podrá prorrogarse por otros 2 meses.'],
    ['es', 'Le avisaremos 15 días antes de suprimir su cuenta.'],
    ['it', 'Il termine può essere prorogato di ulteriori 2 mesi.'],
    ['nl', 'Deze termijn kan met twee maanden worden verlengd.'],
    ['nl', 'Wij zullen 2 weken voordat wij uw account verwijderen, u informeren.'],
    ['pt', 'Este prazo pode ser prorrogado por mais 2 meses.'],
    ['pl', 'Termin ten może zostać przedłużony o 2 miesiące.'],
    ['de', 'Wir werden Sie 14 Tage vor der Löschung informieren.'],
    // the time to handle a request
    ['en', 'Deletion requests are processed within one month.'],
    ['fr', 'Nous traiterons votre demande de suppression sous un mois.'],
    ['de', 'Löschanfragen bearbeiten wir binnen eines Monats.'],
    ['es', 'Tramitaremos su solicitud de supresión dentro del plazo de un mes.'],
    ['it', 'Evaderemo la richiesta di cancellazione entro un mese.'],
    ['nl', 'Wij behandelen uw verzoek tot verwijdering binnen een maand.'],
    ['pt', 'Vamos atender o seu pedido de eliminação no prazo de um mês.'],
    ['pl', 'Żądanie usunięcia danych rozpatrzymy w ciągu jednego miesiąca.'],
    ['en', 'You will get a reply to your erasure request no later than one month after it.'],
    ['en', 'If we cannot act on your request within 30 days, we will tell you why.'],
    ['en', 'If we need more than 30 days, we will inform you of the reason.'],
    ['nl', 'Wij zullen uw verzoek uiterlijk binnen een maand behandelen.'],
    ['pl', 'Postaramy się odpowiedzieć na wiadomość w terminie do 14 dni.'],
    // the time the reader has to act, a fee, a look-back window
    ['en', 'You have 30 days to object before your profile is removed.'],
    ['fr', 'Vous disposez de 30 jours pour vous opposer à la suppression.'],
    ['de', 'Sie haben 30 Tage Zeit, der Löschung zu widersprechen.'],
    ['es', 'Usted dispone de 30 días para oponerse a la supresión.'],
    ['it', 'Lei dispone di 30 giorni per opporsi alla cancellazione.'],
    ['pt', 'O titular dispõe de 30 dias para se opor à eliminação.'],
    ['en', 'A fee applies to a second copy requested within 12 months.'],
    ['en', 'We have not sold any personal data in the preceding 12 months.'],
    ['en', 'A changed notice will be posted on this page for 30 days.'],
    ['en', 'Please allow 10 days for the change to take effect.'],
    ['en', 'Claims must be brought before a court within one year.'],
    ['en', 'The account holder will get a reply within 30 days.'],
    // a refund
    ['en', 'We refund unused credit within 14 days.'],
    ['fr', 'Nous vous remboursons sous 14 jours.'],
    ['de', 'Wir erstatten den Betrag innerhalb von 14 Tagen.'],
    ['es', 'Le reembolsaremos el importe en 14 días.'],
    ['pl', 'Zwrot środków nastąpi w ciągu 14 dni.'],
    // a frequency
    ['en', 'We review our records every 12 months, and delete what we no longer need.'],
    ['fr', 'Nous vérifions nos fichiers tous les 6 mois.'],
    ['de', 'Wir prüfen alle 12 Monate, welche Daten wir löschen.'],
    ['es', 'Revisamos nuestros ficheros cada 6 meses.'],
    ['it', 'Verifichiamo i nostri archivi ogni 6 mesi.'],
    ['nl', 'Wij controleren onze bestanden elke 3 maanden.'],
    ['pt', 'Verificamos os nossos ficheiros a cada 6 meses.'],
    ['pl', 'Co 6 miesięcy sprawdzamy nasze pliki.'],
    ['es', 'Recibirá un aviso 15 días antes de que suprimamos su cuenta.'],
    ['pl', 'Powiadomimy Cię e-mailem 7 dni przed usunięciem konta.'],
  ])('%s "%s": a figure about something else than keeping', (lang, text) => {
    expect(parseDurations(text, lexiconFor(lang))).toEqual([]);
  });

  it.each([
    // the clause keeps: a reply, a notice or an extension named after the figure does not matter
    ['fr', 'Ces données sont conservées 12 mois après que nous vous avons répondu.', 'P12M'],
    ['es', 'Conservamos la solicitud durante 3 años desde que le respondemos.', 'P3Y'],
    ['de', 'Nach der Beantwortung Ihrer Anfrage werden die Daten 6 Monate gespeichert.', 'P6M'],
    ['en', 'We delete your account after 2 years, and we notify you first.', 'P2Y'],
    ['en', 'Backups are kept 30 days before being overwritten.', 'P30D'],
    ['en', 'Server logs are deleted every 30 days.', 'P30D'],
    ['de', 'Protokolle werden alle 7 Tage gelöscht.', 'P7D'],
    ['en', 'We keep the ticket until the request is handled, and for 2 years after.', 'P2Y'],
    [
      'de',
      'Wir speichern Ihre Nachricht, bis wir sie bearbeitet haben, höchstens 6 Monate.',
      'P6M',
    ],
    ['fr', 'Les journaux sont conservés 6 mois avant d’être supprimés.', 'P6M'],
    // a clause without a subject takes its sentence's: keeping
    ['en', 'Logs are deleted, as a rule, after 14 days.', 'P14D'],
    ['en', 'We will notify you before we erase your data, which happens after 2 years.', 'P2Y'],
    ['de', 'Die Protokolle werden gespeichert, in der Regel 14 Tage.', 'P14D'],
    ['pt', 'Os registos são conservados e, depois de 2 anos, anonimizados.', 'P2Y'],
    ['it', 'I dati sono cancellati, di norma, dopo 2 anni.', 'P2Y'],
    ['nl', 'Uw gegevens worden verwijderd, uiterlijk na 2 jaar.', 'P2Y'],
    ['pl', 'Dane przechowujemy do czasu udzielenia odpowiedzi, nie dłużej niż 2 lata.', 'P2Y'],
    // an extension that is no deadline to answer (no figure after it) leaves the period alone
    ['pt', '6 meses (prazo legal), prorrogáveis quando a lei o exigir', 'P6M'],
  ])('%s "%s": a period of keeping stays one', (lang, text, duration) => {
    expect(parseDurations(text, lexiconFor(lang)).map((d) => d.duration)).toEqual([duration]);
  });
});

describe('extractRetention', () => {
  it.each([
    ['en', 'We keep your data as long as necessary to provide the service.'],
    ['fr', 'Nous conservons vos données aussi longtemps que nécessaire.'],
    ['de', 'Wir speichern Ihre Daten nur so lange, wie es für den Zweck erforderlich ist.'],
  ])('%s: "as long as necessary" is an unspecified period', (lang, text) => {
    const periods = extractRetention(contextOf(lang, text));
    expect(periods).toEqual([expect.objectContaining({ bound: 'unspecified' })]);
    expect(periods[0]).not.toHaveProperty('duration');
  });

  it('prefers the figure to the vague words in the same sentence, and names the data', () => {
    const ctx = contextOf(
      'en',
      'We keep invoices as long as necessary for accounting, but not longer than 14 months.',
    );
    expect(extractRetention(ctx)).toEqual([
      expect.objectContaining({ duration: 'P14M', bound: 'max', dataTypes: ['billing'] }),
    ]);
  });

  it('ignores durations outside sentences about keeping data', () => {
    expect(extractRetention(contextOf('en', 'We answer requests within 30 days.'))).toEqual([]);
  });

  it('reads the entries of a list or table a retention sentence introduces', () => {
    const ctx = contextOf(
      'pt',
      'Os prazos de conservação dependem da finalidade e são os seguintes:',
      '- Faturação: 10 (dez) anos.',
      '- Candidaturas: 2 (dois) anos.',
    );
    expect(extractRetention(ctx).map((p) => p.duration)).toEqual(['P10Y', 'P2Y']);
  });

  it('reads every item of a long list a retention sentence introduces', () => {
    const ctx = contextOf(
      'fr',
      'Nous conservons vos données :',
      '- 1 mois pour les messages du formulaire ;',
      '- 2 mois pour les journaux techniques ;',
      '- 3 mois pour les paniers abandonnés ;',
      '- 4 mois pour les candidatures spontanées ;',
      '- 5 mois pour les avis publiés ;',
      '- 6 mois pour les réponses aux enquêtes.',
    );
    expect(extractRetention(ctx).map((p) => p.duration)).toEqual([
      'P1M',
      'P2M',
      'P3M',
      'P4M',
      'P5M',
      'P6M',
    ]);
  });

  it('but not a figure further on, or in another section', () => {
    const ctx = contextOf(
      'en',
      'We keep your data as long as necessary.',
      'We explain your rights below.',
      '# Your rights',
      'We answer within 30 days.',
    );
    expect(extractRetention(ctx).map((p) => p.duration ?? p.bound)).toEqual(['unspecified']);
  });

  // The time to answer a request, in a sentence beside one about deleting or keeping data, is a
  // deadline, not how long data is kept (it used to show as "keeps data at most 30 days").
  it.each([
    [
      'en',
      'You may ask us to delete the data we store about you.',
      'We will respond to such a request within 30 days.',
    ],
    [
      'fr',
      'Vous pouvez demander la suppression des données que nous conservons.',
      'Nous répondrons à votre demande dans un délai de 30 jours.',
    ],
    [
      'de',
      'Sie können die Löschung der gespeicherten Daten verlangen.',
      'Wir beantworten Ihre Anfrage innerhalb von 30 Tagen.',
    ],
    [
      'es',
      'Puede solicitar la supresión de los datos que conservamos.',
      'Le daremos respuesta en un plazo de 30 días.',
    ],
    [
      'it',
      'Può chiedere la cancellazione dei dati che conserviamo.',
      'Risponderemo alla sua richiesta entro 30 giorni.',
    ],
    [
      'nl',
      'U kunt vragen de gegevens die wij bewaard hebben te verwijderen.',
      'Wij reageren binnen 30 dagen op uw verzoek.',
    ],
    [
      'pt',
      'Pode pedir o apagamento dos dados que conservamos.',
      'Responderemos ao seu pedido no prazo de 30 dias.',
    ],
    [
      'pl',
      'Może Pan/Pani żądać usunięcia przechowywanych danych.',
      'Odpowiemy na żądanie w terminie 30 dni.',
    ],
  ])('%s: a deadline to answer a request is no retention period', (lang, keep, answer) => {
    expect(extractRetention(contextOf(lang, keep, answer))).toEqual([]);
  });

  it('but a period of keeping in a sentence that also answers stays one', () => {
    const ctx = contextOf(
      'en',
      'We will reply to your request within 30 days and delete inactive accounts after 2 years.',
    );
    expect(extractRetention(ctx).map((p) => p.duration)).toEqual(['P2Y']);
  });

  // A short line after a retention sentence used to read as its table entry even when it was the
  // next step of a request ("it may take longer than a month"): its own subject now decides.
  it.each([
    [
      'en',
      'We delete inactive accounts after 2 years.',
      'Sometimes it takes us longer than a month.',
    ],
    [
      'fr',
      'Nous supprimons les comptes inactifs après 2 ans.',
      'Ce délai peut être prolongé de deux mois.',
    ],
    ['de', 'Inaktive Konten löschen wir nach 2 Jahren.', 'Wir benachrichtigen Sie 14 Tage vorher.'],
    ['es', 'Suprimimos las cuentas inactivas tras 2 años.', 'Le avisaremos 15 días antes.'],
    ['it', 'Cancelliamo gli account inattivi dopo 2 anni.', 'Il termine è prorogato di 2 mesi.'],
    [
      'nl',
      'Inactieve accounts verwijderen wij na 2 jaar.',
      'De termijn kan met 2 maanden worden verlengd.',
    ],
    [
      'pt',
      'As contas inativas são conservadas durante 2 anos.',
      'O prazo pode ser prorrogado por mais 30 dias.',
    ],
    [
      'pl',
      'Dane nieaktywnych kont przechowujemy przez 2 lata.',
      'Termin może zostać przedłużony o 2 miesiące.',
    ],
  ])(
    '%s: the line after a retention sentence about something else is no entry',
    (lang, keep, next) => {
      expect(extractRetention(contextOf(lang, keep, next)).map((p) => p.duration)).toEqual(['P2Y']);
    },
  );

  it('"werden … gespeichert" is a German sentence about keeping data', () => {
    const ctx = contextOf(
      'de',
      'Die Protokolle werden höchstens 14 Tage auf dem Server gespeichert.',
    );
    expect(extractRetention(ctx)).toEqual([
      expect.objectContaining({ duration: 'P14D', bound: 'max' }),
    ]);
  });

  it('"keep your details up to date" is not about keeping data', () => {
    const ctx = contextOf(
      'en',
      'Please keep your profile details up to date. Sign-up stays open for three months.',
    );
    expect(extractRetention(ctx)).toEqual([]);
  });

  it('reads a sentence under a retention heading', () => {
    const ctx = contextOf('en', '# Data retention', 'Account data: 3 years after your last login.');
    expect(extractRetention(ctx)).toEqual([expect.objectContaining({ duration: 'P3Y' })]);
  });
});

describe('extractRetention: an inactivity period said without a figure', () => {
  it('"closed if not used in the last year" under a retention heading is a period of one year', () => {
    const ctx = contextOf(
      'en',
      '# How long do we store your data?',
      '- We may remove a reader card that has not been used in the last year.',
    );
    expect(extractRetention(ctx)).toEqual([expect.objectContaining({ duration: 'P1Y' })]);
  });
});
