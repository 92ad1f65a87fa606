import type { RequestLetters } from '../schema';

// Lettere GDPR in italiano, redatte per Rightful. Citazioni nello stile della GUUE
// («articolo 15, paragrafo 1, lettera c)»).
const TERMINE =
  'Vi chiedo di rispondere senza ingiustificato ritardo e comunque entro un mese dal ricevimento della presente richiesta (articolo 12, paragrafo 3, del GDPR). Se doveste prorogare tale termine, dovete informarmene entro lo stesso mese, indicandone i motivi.';
const DESTINATARI =
  'Vi chiedo di comunicare questa misura a ciascuno dei destinatari cui sono stati trasmessi i miei dati (articolo 19 del GDPR) e di indicarmi chi sono.';

export const GDPR_IT: RequestLetters = {
  law: 'gdpr',
  language: 'it',
  frame: {
    greeting: 'Spettabile Titolare del trattamento,',
    controllerFallback: 'la vostra organizzazione',
    // "Mi rivolgo a {controller}": a + la → alla.
    contractions: [['a la vostra', 'alla vostra']],
    identityIntro:
      'Per consentirvi di individuare i miei dati, ecco le informazioni in vostro possesso che mi riguardano:',
    fieldLabels: {
      name: 'Nome e cognome',
      email: 'Indirizzo e-mail',
      postalAddress: 'Indirizzo postale',
      accountId: 'Numero cliente o di account',
    },
    fieldSeparator: ': ',
    identityNote:
      'In caso di ragionevoli dubbi sulla mia identità, potete chiedermi soltanto le informazioni aggiuntive necessarie a confermarla (articolo 12, paragrafo 6, del GDPR).',
    closing: 'Distinti saluti,',
    quote: ': «{q}»',
    and: 'e',
    bullet: '- ',
    units: {
      Y: ['anno', 'anni'],
      M: ['mese', 'mesi'],
      W: ['settimana', 'settimane'],
      D: ['giorno', 'giorni'],
    },
  },
  rights: {
    access: {
      subject: 'Richiesta di accesso ai dati personali (articolo 15 del GDPR)',
      paragraphs: [
        {
          text: "Mi rivolgo a {controller} per esercitare il mio diritto di accesso ai sensi dell'articolo 15 del Regolamento generale sulla protezione dei dati (GDPR).",
        },
        {
          text: 'Vi chiedo di confermarmi se è in corso o meno un trattamento di dati personali che mi riguardano. In caso affermativo, vi chiedo una copia di tutti tali dati (articolo 15, paragrafo 3) e le seguenti informazioni (articolo 15, paragrafo 1, lettere da a) a h), e paragrafo 2):',
        },
        {
          text: [
            'a) le finalità del trattamento;',
            'b) le categorie di dati personali in questione;',
            "c) i destinatari a cui i miei dati sono stati o saranno comunicati, in particolare se destinatari di paesi terzi o organizzazioni internazionali. Chiedo l'identità di ciascun destinatario, e non soltanto le categorie di destinatari (Corte di giustizia dell'Unione europea, sentenza del 12 gennaio 2023, Österreichische Post, C-154/21);",
            'd) il periodo di conservazione dei miei dati oppure, se non è possibile, i criteri utilizzati per determinarlo;',
            "e) l'esistenza del diritto di chiedere la rettifica o la cancellazione dei miei dati, la limitazione del trattamento, o di oppormi al trattamento;",
            "f) il diritto di proporre reclamo a un'autorità di controllo;",
            'g) qualora i miei dati non siano stati raccolti presso di me, tutte le informazioni disponibili sulla loro origine;',
            "h) l'esistenza di un processo decisionale automatizzato, compresa la profilazione (articolo 22, paragrafi 1 e 4), e in tal caso informazioni significative sulla logica utilizzata, nonché l'importanza e le conseguenze previste di tale trattamento per me;",
            "- qualora i miei dati siano trasferiti a un paese terzo o a un'organizzazione internazionale, le garanzie adeguate relative al trasferimento (articolo 15, paragrafo 2, e articolo 46 del GDPR).",
          ].join('\n'),
        },
        {
          when: 'partnersMentioned',
          text: 'La vostra informativa sulla privacy afferma che comunicate dati personali a partner o ad altri terzi{partnersQuote}. Ai sensi della lettera c), vi chiedo di indicare ciascun partner che ha ricevuto i miei dati, precisando quali dati e in quale data.',
        },
        {
          when: 'partnersNamed',
          text: "L'informativa cita {partners}: vi chiedo di precisare quali di essi hanno ricevuto i miei dati e di indicare ogni altro destinatario.",
        },
        {
          when: 'sourcesMentioned',
          text: 'Afferma inoltre che ottenete dati personali da partner o da altri terzi{sourcesQuote}. Ai sensi della lettera g), vi chiedo di indicare quali dei miei dati avete ottenuto in questo modo, da chi e in quale data.',
        },
        {
          when: 'publicSources',
          text: 'Afferma infine che raccogliete informazioni accessibili al pubblico{publicQuote}. Vi chiedo di indicare quali fonti pubbliche avete utilizzato sul mio conto.',
        },
        {
          text: 'Poiché presento questa richiesta con mezzi elettronici, vi chiedo di fornire la copia e le informazioni in un formato elettronico di uso comune (articolo 15, paragrafo 3). La prima copia è gratuita (articolo 12, paragrafo 5, del GDPR).',
        },
        { text: TERMINE },
      ],
    },
    rectification: {
      subject: 'Richiesta di rettifica (articolo 16 del GDPR)',
      paragraphs: [
        {
          text: "Mi rivolgo a {controller} per chiedere la rettifica dei dati personali inesatti che mi riguardano e l'integrazione dei dati incompleti, ai sensi dell'articolo 16 del GDPR.",
        },
        { when: 'details', text: 'Dati da correggere e valori corretti:\n{details}' },
        {
          unless: 'details',
          text: 'Dati da correggere e valori corretti:\n[indicare ogni dato inesatto e il valore corretto]',
        },
        { text: DESTINATARI },
        { text: TERMINE },
      ],
    },
    erasure: {
      subject: 'Richiesta di cancellazione (articolo 17 del GDPR)',
      paragraphs: [
        {
          text: "Mi rivolgo a {controller} per chiedere la cancellazione senza ingiustificato ritardo di tutti i dati personali che mi riguardano, ai sensi dell'articolo 17 del GDPR.",
        },
        {
          text: "Sussiste almeno uno dei motivi dell'articolo 17, paragrafo 1: i dati non sono più necessari rispetto alle finalità per le quali sono stati raccolti (lettera a)); revoco ogni consenso su cui si basa il trattamento (lettera b)); mi oppongo al trattamento e non sussiste alcun motivo legittimo prevalente, oppure mi oppongo al trattamento per finalità di marketing diretto (lettera c)); i dati sono stati trattati illecitamente (lettera d)); i dati devono essere cancellati per adempiere un obbligo giuridico al quale siete soggetti (lettera e)); oppure i dati sono stati raccolti relativamente all'offerta di servizi della società dell'informazione a un minore (lettera f), articolo 8, paragrafo 1).",
        },
        {
          when: 'retentionDuration',
          text: 'La vostra informativa sulla privacy fissa un periodo di conservazione di {retention}{retentionQuote}. I miei dati conservati oltre tale periodo non sono comunque più necessari e devono essere cancellati (articolo 5, paragrafo 1, lettera e), e articolo 17, paragrafo 1, lettera a), del GDPR).',
        },
        {
          when: 'retentionStatement',
          text: 'La vostra informativa sulla privacy afferma, in merito alla conservazione{retentionQuote}. I dati non più necessari per la loro finalità devono essere cancellati (articolo 5, paragrafo 1, lettera e), e articolo 17, paragrafo 1, lettera a), del GDPR).',
        },
        { text: DESTINATARI },
        {
          when: 'partnersMentioned',
          text: 'Ciò vale anche per i partner menzionati nella vostra informativa{partnersQuote}.',
        },
        {
          text: 'Se avete reso pubblici i miei dati, vi chiedo di adottare misure ragionevoli per informare della mia richiesta di cancellazione gli altri titolari che li trattano (articolo 17, paragrafo 2).',
        },
        {
          text: "Se ritenete che un'eccezione dell'articolo 17, paragrafo 3, vi consenta di conservare alcuni dati, vi chiedo di indicarmi quali, quale eccezione e per quanto tempo, e di utilizzarli solo a tale scopo.",
        },
        { text: TERMINE },
      ],
    },
    restriction: {
      subject: 'Richiesta di limitazione del trattamento (articolo 18 del GDPR)',
      paragraphs: [
        {
          text: "Mi rivolgo a {controller} per chiedere la limitazione del trattamento dei miei dati personali, ai sensi dell'articolo 18 del GDPR.",
        },
        {
          when: 'details',
          text: 'Motivo della limitazione (articolo 18, paragrafo 1):\n{details}',
        },
        {
          unless: 'details',
          text: "Motivo della limitazione (articolo 18, paragrafo 1): [sceglierne uno] contesto l'esattezza dei dati, per il periodo necessario a verificarla (lettera a)); il trattamento è illecito e chiedo la limitazione anziché la cancellazione (lettera b)); i dati non vi servono più, ma mi sono necessari per l'accertamento, l'esercizio o la difesa di un diritto in sede giudiziaria (lettera c)); ho presentato opposizione al trattamento ai sensi dell'articolo 21, paragrafo 1, in attesa della verifica dei vostri motivi (lettera d)).",
        },
        {
          text: "Durante la limitazione potete soltanto conservare i dati, salvo quanto previsto dall'articolo 18, paragrafo 2. Vi chiedo di informarmi prima di revocare la limitazione (articolo 18, paragrafo 3).",
        },
        { text: DESTINATARI },
        { text: TERMINE },
      ],
    },
    portability: {
      subject: 'Richiesta di portabilità dei dati (articolo 20 del GDPR)',
      paragraphs: [
        {
          text: "Mi rivolgo a {controller} per esercitare il mio diritto alla portabilità dei dati ai sensi dell'articolo 20 del GDPR.",
        },
        {
          text: 'Vi chiedo di fornirmi i dati personali che mi riguardano e che vi ho fornito, compresi quelli generati dal mio utilizzo dei vostri servizi, in un formato strutturato, di uso comune e leggibile da dispositivo automatico, come CSV o JSON (articolo 20, paragrafo 1).',
        },
        {
          text: 'Ove tecnicamente fattibile, potrò chiedervi di trasmettere tali dati direttamente a un altro titolare (articolo 20, paragrafo 2); ve lo comunicherò se del caso.',
        },
        { text: TERMINE },
      ],
    },
    objection: {
      subject: 'Opposizione al trattamento (articolo 21 del GDPR)',
      paragraphs: [
        {
          text: "Mi rivolgo a {controller} per oppormi al trattamento dei miei dati personali, ai sensi dell'articolo 21 del GDPR.",
        },
        {
          text: "Nella misura in cui trattate i miei dati sulla base del legittimo interesse (articolo 6, paragrafo 1, lettera f), del GDPR) o dell'esecuzione di un compito di interesse pubblico o connesso all'esercizio di pubblici poteri (lettera e) dello stesso paragrafo), mi oppongo per motivi connessi alla mia situazione particolare (articolo 21, paragrafo 1). Dovete astenervi dal trattarli, salvo che dimostriate l'esistenza di motivi legittimi cogenti che prevalgono sui miei interessi, diritti e libertà, oppure per l'accertamento, l'esercizio o la difesa di un diritto in sede giudiziaria.",
        },
        {
          when: 'legitimateInterest',
          text: 'La vostra informativa fonda le seguenti finalità sul legittimo interesse; la mia opposizione riguarda ciascuna di esse:\n{liPurposes}',
        },
        {
          text: 'Mi oppongo inoltre a qualsiasi trattamento dei miei dati per finalità di marketing diretto, compresa la profilazione connessa (articolo 21, paragrafo 2). Questa opposizione non richiede motivazione: i miei dati non potranno più essere trattati per tali finalità (articolo 21, paragrafo 3).',
        },
        {
          when: 'marketing',
          text: 'Ciò riguarda il marketing descritto nella vostra informativa{marketingQuote}.',
        },
        { text: 'Vi chiedo di confermarmi quali trattamenti avete cessato. ' + TERMINE },
      ],
    },
    'automated-decision': {
      subject: 'Processo decisionale automatizzato (articolo 22 del GDPR)',
      paragraphs: [
        {
          text: "Mi rivolgo a {controller} in merito al diritto dell'interessato, previsto dall'articolo 22 del GDPR, di non essere sottoposto a una decisione basata unicamente sul trattamento automatizzato, compresa la profilazione, che produca effetti giuridici che lo riguardano o che incida in modo analogo significativamente sulla sua persona.",
        },
        { when: 'details', text: 'Decisione in questione:\n{details}' },
        {
          text: "Vi chiedo di indicarmi se adottate decisioni di questo tipo nei miei confronti. Per ciascuna di esse chiedo l'intervento umano da parte vostra, desidero esprimere la mia opinione e contesto la decisione (articolo 22, paragrafo 3).",
        },
        {
          text: "Vi chiedo inoltre informazioni significative sulla logica utilizzata, nonché sull'importanza e sulle conseguenze previste di tale trattamento per me (articolo 15, paragrafo 1, lettera h)).",
        },
        { text: TERMINE },
      ],
    },
    'withdraw-consent': {
      subject: 'Revoca del consenso (articolo 7, paragrafo 3, del GDPR)',
      paragraphs: [
        {
          text: 'Revoco, con effetto immediato, ogni consenso da me prestato a {controller} per il trattamento dei miei dati personali (articolo 7, paragrafo 3, del GDPR).',
        },
        {
          when: 'marketing',
          text: 'La revoca riguarda in particolare le newsletter e le comunicazioni commerciali descritte nella vostra informativa{marketingQuote}.',
        },
        {
          text: "Vi chiedo di cessare ogni trattamento basato sul mio consenso e di cancellare i dati trattati unicamente su tale base (articolo 17, paragrafo 1, lettera b)). Se invocate un'altra base giuridica per alcuni di questi dati, vi chiedo di indicarmi quale e per quali dati.",
        },
        { text: TERMINE },
      ],
    },
  },
};
