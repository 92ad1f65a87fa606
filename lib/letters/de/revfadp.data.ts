import type { RequestLetters } from '../schema';
import { GDPR_DE } from './gdpr.data';

// Schweiz: Bundesgesetz über den Datenschutz (DSG, SR 235.1) und Datenschutzverordnung (DSV,
// SR 235.11). Für Rightful verfasst; Schweizer Rechtschreibung (ss statt ß).
const ANTWORT = 'Bitte antworten Sie mir ohne unnötige Verzögerung schriftlich.';

export const REVFADP_DE: RequestLetters = {
  law: 'revfadp',
  language: 'de',
  frame: {
    ...GDPR_DE.frame,
    identityNote:
      'Zur Prüfung meiner Identität dürfen Sie nur das verlangen, was dafür angemessen ist.',
    closing: 'Freundliche Grüsse',
  },
  rights: {
    access: {
      subject: 'Auskunftsbegehren nach Art. 25 DSG',
      paragraphs: [
        {
          text: 'gestützt auf Art. 25 des Bundesgesetzes über den Datenschutz (DSG) ersuche ich {controller} um Auskunft darüber, ob Personendaten über mich bearbeitet werden.',
        },
        {
          text: [
            'Falls ja, teilen Sie mir bitte mit (Art. 25 Abs. 2 DSG):',
            'a) Ihre Identität und Ihre Kontaktdaten als Verantwortliche;',
            'b) die über mich bearbeiteten Personendaten als solche;',
            'c) den Zweck der Bearbeitung;',
            'd) wie lange die Daten aufbewahrt werden oder, falls das nicht möglich ist, nach welchen Kriterien sich diese Dauer bestimmt;',
            'e) die verfügbaren Angaben zur Herkunft der Daten, soweit sie nicht bei mir beschafft wurden;',
            'f) ob eine automatisierte Einzelentscheidung vorliegt und auf welcher Logik sie beruht;',
            'g) die Empfänger oder Kategorien von Empfängern, denen Daten bekanntgegeben werden, und bei Bekanntgabe ins Ausland den Staat oder das internationale Organ sowie die herangezogenen Garantien.',
          ].join('\n'),
        },
        {
          when: 'partnersMentioned',
          text: 'Gemäss Ihrer Datenschutzerklärung geben Sie Personendaten an Partner oder andere Dritte bekannt{partnersQuote}. Zu lit. g bitte ich Sie, jeden Partner zu nennen, der meine Daten erhalten hat.',
        },
        {
          when: 'sourcesMentioned',
          text: 'Gemäss Ihrer Datenschutzerklärung beschaffen Sie zudem Personendaten bei Partnern oder anderen Dritten{sourcesQuote}. Zu lit. e bitte ich Sie anzugeben, welche meiner Daten von wem stammen.',
        },
        {
          text: 'Die Auskunft ist kostenlos (Art. 25 Abs. 6 DSG) und in der Regel innert 30 Tagen zu erteilen (Art. 25 Abs. 7 DSG); ist das nicht möglich, teilen Sie mir bitte mit, bis wann Sie die Auskunft erteilen (Art. 18 DSV).',
        },
      ],
    },
    rectification: {
      subject: 'Begehren um Berichtigung nach Art. 32 Abs. 1 DSG',
      paragraphs: [
        {
          text: 'ich ersuche {controller}, unrichtige Personendaten über mich zu berichtigen (Art. 32 Abs. 1 DSG).',
        },
        { when: 'details', text: 'Zu berichtigende Daten und richtige Werte:\n{details}' },
        {
          unless: 'details',
          text: 'Zu berichtigende Daten und richtige Werte:\n[beschreiben Sie jede unrichtige Angabe und ihren richtigen Wert]',
        },
        { text: ANTWORT },
      ],
    },
    erasure: {
      subject: 'Begehren um Löschung nach Art. 32 Abs. 2 lit. c DSG',
      paragraphs: [
        {
          text: 'ich ersuche {controller}, sämtliche Personendaten über mich zu löschen. Einer weiteren Bearbeitung meiner Daten widerspreche ich ausdrücklich (Art. 30 Abs. 2 lit. b DSG).',
        },
        {
          text: 'Personendaten sind zu vernichten oder zu anonymisieren, sobald sie für den Zweck der Bearbeitung nicht mehr erforderlich sind (Art. 6 Abs. 4 DSG), und ich kann ihre Löschung verlangen (Art. 32 Abs. 2 lit. c DSG).',
        },
        {
          when: 'retentionDuration',
          text: 'Ihre Datenschutzerklärung nennt eine Aufbewahrungsdauer von {retention}{retentionQuote}. Länger aufbewahrte Daten sind jedenfalls nicht mehr erforderlich.',
        },
        {
          text: 'Sollte ein Rechtfertigungsgrund (Art. 31 DSG) Sie berechtigen, einzelne Daten aufzubewahren, nennen Sie mir bitte diese Daten, den Grund und die Dauer.',
        },
        { text: ANTWORT },
      ],
    },
    portability: {
      subject: 'Begehren um Datenherausgabe nach Art. 28 DSG',
      paragraphs: [
        {
          text: 'ich ersuche {controller}, mir die Personendaten, die ich Ihnen bekanntgegeben habe und die Sie automatisiert mit meiner Einwilligung oder im Zusammenhang mit einem Vertrag bearbeiten, in einem gängigen elektronischen Format herauszugeben (Art. 28 Abs. 1 DSG).',
        },
        {
          text: 'Ich kann auch verlangen, dass Sie diese Daten einem anderen Verantwortlichen übertragen, sofern dies keinen unverhältnismässigen Aufwand erfordert (Art. 28 Abs. 2 DSG); ich teile Ihnen gegebenenfalls mit, wenn ich das wünsche.',
        },
        { text: 'Die Herausgabe ist grundsätzlich kostenlos. ' + ANTWORT },
      ],
    },
    objection: {
      subject: 'Widerspruch gegen die Bearbeitung (Art. 30 Abs. 2 lit. b DSG)',
      paragraphs: [
        {
          text: 'hiermit widerspreche ich ausdrücklich der Bearbeitung meiner Personendaten durch {controller}. Eine Bearbeitung gegen meinen ausdrücklichen Willen verletzt meine Persönlichkeit, sofern sie nicht gerechtfertigt ist (Art. 30 Abs. 2 lit. b und Art. 31 Abs. 1 DSG).',
        },
        {
          when: 'legitimateInterest',
          text: 'Ihre Datenschutzerklärung stützt die folgenden Zwecke auf Ihr berechtigtes Interesse; mein Widerspruch erfasst jeden davon:\n{liPurposes}',
        },
        {
          when: 'marketing',
          text: 'Er betrifft insbesondere die Werbung, die Ihre Datenschutzerklärung beschreibt{marketingQuote}.',
        },
        {
          text: 'Bitte bestätigen Sie mir, welche Bearbeitungen Sie eingestellt haben. ' + ANTWORT,
        },
      ],
    },
    'automated-decision': {
      subject: 'Automatisierte Einzelentscheidung (Art. 21 DSG)',
      paragraphs: [
        {
          text: 'ich wende mich an {controller} wegen Entscheidungen, die ausschliesslich auf einer automatisierten Bearbeitung beruhen und für mich mit einer Rechtsfolge verbunden sind oder mich erheblich beeinträchtigen (Art. 21 Abs. 1 DSG).',
        },
        { when: 'details', text: 'Betroffene Entscheidung:\n{details}' },
        {
          text: 'Bitte teilen Sie mir mit, ob Sie solche Entscheidungen über mich treffen und auf welcher Logik sie beruhen (Art. 25 Abs. 2 lit. f DSG). Zu jeder davon möchte ich meinen Standpunkt darlegen, und ich verlange, dass sie von einer natürlichen Person überprüft wird (Art. 21 Abs. 2 DSG).',
        },
        { text: ANTWORT },
      ],
    },
  },
};
