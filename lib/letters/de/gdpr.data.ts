import type { RequestLetters } from '../schema';

// DSGVO-Schreiben auf Deutsch, für Rightful verfasst. Zitierweise: „Art. 15 Abs. 1 lit. c DSGVO“.
const FRIST =
  'Bitte antworten Sie mir unverzüglich, spätestens jedoch innerhalb eines Monats nach Eingang dieses Schreibens (Art. 12 Abs. 3 DSGVO). Sollten Sie die Frist verlängern müssen, teilen Sie mir dies bitte innerhalb dieses Monats unter Angabe der Gründe mit.';
const EMPFAENGER =
  'Bitte teilen Sie diese Maßnahme allen Empfängern mit, denen meine Daten offengelegt wurden (Art. 19 DSGVO), und nennen Sie mir diese Empfänger.';

export const GDPR_DE: RequestLetters = {
  law: 'gdpr',
  language: 'de',
  frame: {
    greeting: 'Sehr geehrte Damen und Herren,',
    // Every {controller} slot is dative: "gegenüber/von Ihrem Unternehmen".
    controllerFallback: 'Ihrem Unternehmen',
    identityIntro:
      'Damit Sie meine Daten finden, hier die Angaben, die Sie über mich gespeichert haben:',
    fieldLabels: {
      name: 'Name',
      email: 'E-Mail-Adresse',
      postalAddress: 'Postanschrift',
      accountId: 'Kunden- oder Kontonummer',
    },
    fieldSeparator: ': ',
    identityNote:
      'Haben Sie begründete Zweifel an meiner Identität, dürfen Sie nur die zu ihrer Bestätigung erforderlichen zusätzlichen Informationen anfordern (Art. 12 Abs. 6 DSGVO).',
    closing: 'Mit freundlichen Grüßen',
    quote: ': „{q}“',
    and: 'und',
    bullet: '- ',
    units: {
      // Dative: the letters say "eine Speicherdauer von 14 Monaten".
      Y: ['Jahr', 'Jahren'],
      M: ['Monat', 'Monaten'],
      W: ['Woche', 'Wochen'],
      D: ['Tag', 'Tagen'],
    },
  },
  rights: {
    access: {
      subject: 'Auskunftsersuchen nach Art. 15 DSGVO',
      paragraphs: [
        {
          text: 'hiermit mache ich gegenüber {controller} mein Auskunftsrecht nach Art. 15 der Datenschutz-Grundverordnung (DSGVO) geltend.',
        },
        {
          text: 'Bitte bestätigen Sie mir, ob Sie mich betreffende personenbezogene Daten verarbeiten. Falls ja, stellen Sie mir bitte eine Kopie aller dieser Daten zur Verfügung (Art. 15 Abs. 3 DSGVO) sowie die folgenden Informationen (Art. 15 Abs. 1 lit. a bis h und Abs. 2 DSGVO):',
        },
        {
          text: [
            'a) die Verarbeitungszwecke;',
            'b) die Kategorien personenbezogener Daten, die verarbeitet werden;',
            'c) die Empfänger, gegenüber denen meine Daten offengelegt worden sind oder noch offengelegt werden, insbesondere Empfänger in Drittländern oder bei internationalen Organisationen. Ich verlange die Identität jedes einzelnen Empfängers, nicht nur Kategorien von Empfängern (EuGH, Urteil vom 12. Januar 2023, Österreichische Post, C-154/21);',
            'd) die geplante Dauer, für die meine Daten gespeichert werden, oder, falls das nicht möglich ist, die Kriterien für die Festlegung dieser Dauer;',
            'e) das Bestehen eines Rechts auf Berichtigung oder Löschung meiner Daten, auf Einschränkung der Verarbeitung oder eines Widerspruchsrechts gegen diese Verarbeitung;',
            'f) das Bestehen eines Beschwerderechts bei einer Aufsichtsbehörde;',
            'g) wenn meine Daten nicht bei mir erhoben wurden, alle verfügbaren Informationen über ihre Herkunft;',
            'h) das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling (Art. 22 Abs. 1 und 4 DSGVO) und in diesem Fall aussagekräftige Informationen über die involvierte Logik sowie die Tragweite und die angestrebten Auswirkungen dieser Verarbeitung für mich;',
            '- werden meine Daten an ein Drittland oder an eine internationale Organisation übermittelt, die geeigneten Garantien für diese Übermittlung (Art. 15 Abs. 2 und Art. 46 DSGVO).',
          ].join('\n'),
        },
        {
          when: 'partnersMentioned',
          text: 'Laut Ihrer Datenschutzerklärung geben Sie personenbezogene Daten an Partner oder andere Dritte weiter{partnersQuote}. Zu lit. c bitte ich Sie, jeden Partner zu nennen, der meine Daten erhalten hat, und anzugeben, welche Daten er wann erhalten hat.',
        },
        {
          when: 'partnersNamed',
          text: 'Die Datenschutzerklärung nennt {partners}: Bitte teilen Sie mir mit, welche davon meine Daten erhalten haben, und nennen Sie alle weiteren Empfänger.',
        },
        {
          when: 'sourcesMentioned',
          text: 'Laut Ihrer Datenschutzerklärung erhalten Sie außerdem personenbezogene Daten von Partnern oder anderen Dritten{sourcesQuote}. Zu lit. g bitte ich Sie anzugeben, welche meiner Daten Sie auf diese Weise erhalten haben, von wem und wann.',
        },
        {
          when: 'publicSources',
          text: 'Sie erheben danach auch öffentlich zugängliche Informationen{publicQuote}. Bitte nennen Sie mir die öffentlichen Quellen, die Sie zu meiner Person genutzt haben.',
        },
        {
          text: 'Da ich diesen Antrag elektronisch stelle, stellen Sie mir die Kopie und die Informationen bitte in einem gängigen elektronischen Format zur Verfügung (Art. 15 Abs. 3 DSGVO). Die erste Kopie ist unentgeltlich (Art. 12 Abs. 5 DSGVO).',
        },
        { text: FRIST },
      ],
    },
    rectification: {
      subject: 'Antrag auf Berichtigung nach Art. 16 DSGVO',
      paragraphs: [
        {
          text: 'hiermit verlange ich von {controller} nach Art. 16 DSGVO die Berichtigung unrichtiger und die Vervollständigung unvollständiger personenbezogener Daten, die mich betreffen.',
        },
        { when: 'details', text: 'Zu berichtigende Daten und richtige Werte:\n{details}' },
        {
          unless: 'details',
          text: 'Zu berichtigende Daten und richtige Werte:\n[beschreiben Sie jede unrichtige Angabe und ihren richtigen Wert]',
        },
        { text: EMPFAENGER },
        { text: FRIST },
      ],
    },
    erasure: {
      subject: 'Antrag auf Löschung nach Art. 17 DSGVO',
      paragraphs: [
        {
          text: 'hiermit verlange ich von {controller} nach Art. 17 DSGVO die unverzügliche Löschung aller mich betreffenden personenbezogenen Daten.',
        },
        {
          text: 'Mindestens einer der Gründe des Art. 17 Abs. 1 DSGVO liegt vor: Die Daten sind für die Zwecke, für die sie erhoben wurden, nicht mehr notwendig (lit. a); ich widerrufe jede Einwilligung, auf der die Verarbeitung beruht (lit. b); ich lege Widerspruch gegen die Verarbeitung ein und es liegen keine vorrangigen berechtigten Gründe vor, oder ich widerspreche der Verarbeitung zu Zwecken der Direktwerbung (lit. c); die Daten wurden unrechtmäßig verarbeitet (lit. d); die Löschung ist zur Erfüllung einer rechtlichen Verpflichtung erforderlich, der Sie unterliegen (lit. e); oder die Daten wurden in Bezug auf angebotene Dienste der Informationsgesellschaft an ein Kind erhoben (lit. f, Art. 8 Abs. 1 DSGVO).',
        },
        {
          when: 'retentionDuration',
          text: 'Ihre Datenschutzerklärung nennt eine Speicherdauer von {retention}{retentionQuote}. Daten über mich, die länger gespeichert sind, sind jedenfalls nicht mehr notwendig und zu löschen (Art. 5 Abs. 1 lit. e und Art. 17 Abs. 1 lit. a DSGVO).',
        },
        {
          when: 'retentionStatement',
          text: 'Ihre Datenschutzerklärung sagt zur Speicherdauer{retentionQuote}. Daten, die für ihren Zweck nicht mehr notwendig sind, sind zu löschen (Art. 5 Abs. 1 lit. e und Art. 17 Abs. 1 lit. a DSGVO).',
        },
        { text: EMPFAENGER },
        {
          when: 'partnersMentioned',
          text: 'Das gilt auch für die Partner, die Ihre Datenschutzerklärung erwähnt{partnersQuote}.',
        },
        {
          text: 'Haben Sie meine Daten öffentlich gemacht, treffen Sie bitte angemessene Maßnahmen, um andere Verantwortliche, die diese Daten verarbeiten, über mein Löschverlangen zu informieren (Art. 17 Abs. 2 DSGVO).',
        },
        {
          text: 'Sollte eine Ausnahme nach Art. 17 Abs. 3 DSGVO Ihnen erlauben, einzelne Daten aufzubewahren, nennen Sie mir bitte diese Daten, die Ausnahme und die Dauer, und verwenden Sie die Daten nur zu diesem Zweck.',
        },
        { text: FRIST },
      ],
    },
    restriction: {
      subject: 'Antrag auf Einschränkung der Verarbeitung nach Art. 18 DSGVO',
      paragraphs: [
        {
          text: 'hiermit verlange ich von {controller} nach Art. 18 DSGVO die Einschränkung der Verarbeitung meiner personenbezogenen Daten.',
        },
        { when: 'details', text: 'Grund der Einschränkung (Art. 18 Abs. 1 DSGVO):\n{details}' },
        {
          unless: 'details',
          text: 'Grund der Einschränkung (Art. 18 Abs. 1 DSGVO): [bitte wählen] Ich bestreite die Richtigkeit der Daten, für die Dauer ihrer Überprüfung (lit. a); die Verarbeitung ist unrechtmäßig und ich verlange statt der Löschung die Einschränkung (lit. b); Sie benötigen die Daten nicht mehr, ich benötige sie aber zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen (lit. c); ich habe nach Art. 21 Abs. 1 DSGVO Widerspruch eingelegt und die Prüfung Ihrer Gründe steht aus (lit. d).',
        },
        {
          text: 'Während der Einschränkung dürfen Sie die Daten nur speichern, soweit Art. 18 Abs. 2 DSGVO nichts anderes erlaubt. Bitte unterrichten Sie mich, bevor Sie die Einschränkung aufheben (Art. 18 Abs. 3 DSGVO).',
        },
        { text: EMPFAENGER },
        { text: FRIST },
      ],
    },
    portability: {
      subject: 'Antrag auf Datenübertragbarkeit nach Art. 20 DSGVO',
      paragraphs: [
        {
          text: 'hiermit mache ich gegenüber {controller} mein Recht auf Datenübertragbarkeit nach Art. 20 DSGVO geltend.',
        },
        {
          text: 'Bitte übermitteln Sie mir die mich betreffenden personenbezogenen Daten, die ich Ihnen bereitgestellt habe, einschließlich der durch meine Nutzung Ihrer Dienste entstandenen Daten, in einem strukturierten, gängigen und maschinenlesbaren Format wie CSV oder JSON (Art. 20 Abs. 1 DSGVO).',
        },
        {
          text: 'Soweit technisch machbar, kann ich verlangen, dass Sie diese Daten direkt an einen anderen Verantwortlichen übermitteln (Art. 20 Abs. 2 DSGVO); ich teile Ihnen gegebenenfalls mit, wenn ich das wünsche.',
        },
        { text: FRIST },
      ],
    },
    objection: {
      subject: 'Widerspruch gegen die Verarbeitung nach Art. 21 DSGVO',
      paragraphs: [
        {
          text: 'hiermit widerspreche ich gegenüber {controller} nach Art. 21 DSGVO der Verarbeitung meiner personenbezogenen Daten.',
        },
        {
          text: 'Soweit Sie meine Daten auf Grundlage berechtigter Interessen (Art. 6 Abs. 1 lit. f DSGVO) oder zur Wahrnehmung einer Aufgabe im öffentlichen Interesse oder in Ausübung öffentlicher Gewalt (Art. 6 Abs. 1 lit. e DSGVO) verarbeiten, widerspreche ich aus Gründen, die sich aus meiner besonderen Situation ergeben (Art. 21 Abs. 1 DSGVO). Sie müssen diese Verarbeitung einstellen, es sei denn, Sie weisen zwingende schutzwürdige Gründe nach, die meine Interessen, Rechte und Freiheiten überwiegen, oder die Verarbeitung dient der Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen.',
        },
        {
          when: 'legitimateInterest',
          text: 'Ihre Datenschutzerklärung stützt die folgenden Zwecke auf berechtigte Interessen; mein Widerspruch erfasst jeden davon:\n{liPurposes}',
        },
        {
          text: 'Außerdem widerspreche ich jeder Verarbeitung meiner Daten zu Zwecken der Direktwerbung, einschließlich eines damit verbundenen Profilings (Art. 21 Abs. 2 DSGVO). Dieser Widerspruch bedarf keiner Begründung: Meine Daten dürfen für diese Zwecke nicht mehr verarbeitet werden (Art. 21 Abs. 3 DSGVO).',
        },
        {
          when: 'marketing',
          text: 'Das betrifft die Werbung, die Ihre Datenschutzerklärung beschreibt{marketingQuote}.',
        },
        { text: 'Bitte bestätigen Sie mir, welche Verarbeitungen Sie eingestellt haben. ' + FRIST },
      ],
    },
    'automated-decision': {
      subject: 'Automatisierte Entscheidung im Einzelfall (Art. 22 DSGVO)',
      paragraphs: [
        {
          text: 'gegenüber {controller} mache ich mein Recht nach Art. 22 DSGVO geltend, nicht einer ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhenden Entscheidung unterworfen zu werden, die mir gegenüber rechtliche Wirkung entfaltet oder mich in ähnlicher Weise erheblich beeinträchtigt.',
        },
        { when: 'details', text: 'Betroffene Entscheidung:\n{details}' },
        {
          text: 'Bitte teilen Sie mir mit, ob Sie solche Entscheidungen über mich treffen. Für jede davon verlange ich das Eingreifen einer Person auf Ihrer Seite, möchte meinen Standpunkt darlegen und fechte die Entscheidung an (Art. 22 Abs. 3 DSGVO).',
        },
        {
          text: 'Bitte geben Sie mir außerdem aussagekräftige Informationen über die involvierte Logik sowie die Tragweite und die angestrebten Auswirkungen der Verarbeitung für mich (Art. 15 Abs. 1 lit. h DSGVO).',
        },
        { text: FRIST },
      ],
    },
    'withdraw-consent': {
      subject: 'Widerruf der Einwilligung (Art. 7 Abs. 3 DSGVO)',
      paragraphs: [
        {
          text: 'hiermit widerrufe ich mit sofortiger Wirkung jede Einwilligung, die ich {controller} zur Verarbeitung meiner personenbezogenen Daten erteilt habe (Art. 7 Abs. 3 DSGVO).',
        },
        {
          when: 'marketing',
          text: 'Das umfasst Newsletter und Werbenachrichten, die Ihre Datenschutzerklärung beschreibt{marketingQuote}.',
        },
        {
          text: 'Bitte stellen Sie jede Verarbeitung ein, die auf meiner Einwilligung beruht, und löschen Sie die allein auf dieser Grundlage verarbeiteten Daten (Art. 17 Abs. 1 lit. b DSGVO). Stützen Sie sich für einzelne Daten auf eine andere Rechtsgrundlage, nennen Sie mir bitte diese Grundlage und die betroffenen Daten.',
        },
        { text: FRIST },
      ],
    },
  },
};
