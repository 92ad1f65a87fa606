import { EMAIL_CUE, cue, cueCs, type LanguageRules } from './rule-types';

/**
 * German cues (same conventions as en.data.ts). German compounds ("Bestandsdaten",
 * "Speicherdauer") are matched by stems with `~` on either side where needed.
 */
const DATEN = '(\\p{L}*daten|informationen|angaben)';
const TYPES =
  '(namen?|vorname|(e-?mail|post|liefer|rechnungs|ip)-?adressen?|telefonnummer|geburtsdatum|alter|geschlecht|kennung~|kontaktdaten|bestandsdaten|nutzungsdaten|standortdaten|zahlungsdaten|rechnungsdaten|kreditkarte~|bankverbindung|passwort|fotos?|geräte~)';

// prettier-ignore
export const DE_RULES: LanguageRules = {
  sentence: [
    cue('google analytics|matomo|hotjar|(facebook|meta) pixel|firebase analytics|crashlytics|appsflyer|doubleclick|adsense|admob', 1, 'gdpr:data-recipients', 'opp:third-party', 'topic:cookies-tracking'),
    cue('wir (erheben|erfassen|sammeln|speichern|erhalten|verarbeiten)[^.]{0,60}(daten|angaben|informationen|adresse|namen|nummer|kennung|cookies|verlauf|standort)', 1, 'opp:first-party', 'gdpr:data-categories'),
    cue(`(erhoben~|erfasst~|gesammelt~|verarbeitet~)( werden)?|${DATEN} (erheben|erfassen|verarbeiten)`, 0.6, 'opp:first-party', 'gdpr:data-categories'),
    cue(TYPES, 0.6, 'gdpr:data-categories'),
    cue(TYPES, 0.3, 'opp:first-party'),
    cue(`(wir (nutzen|verwenden|verarbeiten)|werden (genutzt|verwendet|verarbeitet))( (ihre |diese |die )?${DATEN})?`, 1, 'opp:first-party', 'gdpr:processing-purpose'),
    cue('(um|zur|zum|für die|zwecks) (\\p{L}+ )?(bereitstellung|abwicklung|erfüllung|verbesserung|personalisierung|analyse|messung|zustellung|bearbeitung|beantwortung|verhinderung|versand)|zu (liefern|verbessern|personalisieren|analysieren|messen|bearbeiten|versenden|kontaktieren|erbringen)|zwecke?n?', 1, 'gdpr:processing-purpose', 'opp:first-party'),
    cue('(weitergeb|übermitt|offenleg|weiterleit|verkauf|teilen)~|geben [^.]{0,100} weiter|empfänger~|dritte~?|~dienstleister(n|s)?|auftragsverarbeiter~|~partner(n|s)?|konzernunternehmen', 1, 'opp:third-party', 'gdpr:data-recipients'),
    cue('(behörden|strafverfolgung~|gerichtliche~ anordnung)', 0.6, 'opp:third-party', 'gdpr:data-recipients'),
    // Daten veröffentlichen („wir können Ihren Namen veröffentlichen", „öffentlich angezeigt") ist eine Offenlegung
    cue('öffentlich (angezeigt|sichtbar gemacht|veröffentlicht)|(können|dürfen|werden) (wir )?(ihren|ihre|ihr|diese) [^.]{0,30}veröffentlichen', 1, 'opp:third-party', 'gdpr:data-recipients'),
    cue('(abmelde|abbestell|widerspruchs)~|abmelden|abbestellen|browser-?einstellungen|einstellungen (ihres|des) browsers|cookies (ab)?lehnen|präferenzen|ihre (wahl|auswahl)', 1, 'opp:user-choice'),
    // die Angabe verweigern, ein Abonnement kündigen: eine Wahl, die der Nutzer hat
    cue('(angabe|bereitstellung|mitteilung)~ [^.]{0,30}verweigern|(ihr |das |ein )?abonnement [^.]{0,30}kündigen', 1, 'opp:user-choice'),
    cue('(ihre |die )?(daten|angaben|informationen|ihr (konto|profil)) (einsehen|ändern|korrigieren|aktualisieren|löschen)|(konto|profil) (löschen|bearbeiten)', 1, 'opp:user-access'),
    // im Passiv („Ihre Adresse kann telefonisch geändert werden") oder als Anleitung („ändern Sie Ihr Profil")
    cue('(daten|angaben|informationen|adresse|profil|konto)[^.]{0,60} (können|kann) [^.]{0,40}(geändert|aktualisiert|berichtigt|korrigiert|bearbeitet) werden|^(ändern|aktualisieren|bearbeiten|korrigieren) sie (ihre|ihr|ihren)', 1, 'opp:user-access'),
    cue('(speicherdauer|aufbewahr~|speichern (wir )?(ihre )?(daten )?(für|bis|höchstens|maximal)|gespeichert (für|bis|solange)|solange (dies|es) (erforderlich|notwendig)|löschfrist~|(höchstens|maximal|längstens|nicht länger als|für|nach|bis zu|innerhalb von|von) ([0-9]+|einem|einen|zwei|drei|vier|fünf|sechs|sieben|zehn|zwölf|dreißig|neunzig) (tage|tagen|wochen|monate|monaten|jahre|jahren)|([0-9]+|zwei|drei|vier|fünf|sechs|sieben|zehn|zwölf) (tage|wochen|monate|jahre) (lang|aufbewahrt|gespeichert))', 1, 'opp:data-retention', 'gdpr:retention-period'),
    // die Frist, in der eine Anfrage beantwortet wird, ist keine Speicherdauer
    cue('(beantwort|antwort|bearbeit|reagier|erledig)~ [^.]{0,100}innerhalb (von )?([0-9]+|einem|einer|zwei|drei|vier|dreißig) (tag|woche|monat)~', -1, 'opp:data-retention', 'gdpr:retention-period'),
    cue('(verschlüssel|sicherheit|pseudonymisier|anonymisier|gesichert|schütz)~|https|ssl|tls|technische und organisatorische maßnahmen|unbefugt~', 1, 'opp:data-security', 'topic:security'),
    // was wir offenlegen, wenn wir in gutem Glauben annehmen, es sei „zum Schutz der Sicherheit" nötig, ist eine gesetzliche Ausnahme, keine Schutzmaßnahme
    cue('in gutem glauben|nach treu und glauben', -1, 'opp:data-security', 'topic:security'),
    cue('(ändern|aktualisieren|anpassen) (diese|unsere) datenschutz~|datenschutz~ (kann|wird|können) (jederzeit )?(geändert|angepasst|aktualisiert)|(änderung|anpassung|aktualisierung)~ (dieser|der) datenschutz~|datenschutz~ [^.]{0,40}(ändern|aktualisieren|anpassen)|stand:|zuletzt (geändert|aktualisiert)', 1, 'opp:policy-change', 'topic:policy-changes'),
    // das Datum der Erklärung selbst kündigt keine Änderungspraxis an (OPP-115 "Policy Change")
    cue('(stand|zuletzt (geändert|aktualisiert|angepasst)( am)?|gültig ab|gilt ab) ?:? ?[0-9]{1,2}[./][0-9]{1,2}', -1, 'opp:policy-change'),
    cue('do[- ]not[- ]track~|dnt|nicht verfolgen', 1.5, 'opp:do-not-track'),
    cue('kinder~?|minderjährig~|unter (13|14|16|18) jahren|eltern|erziehungsberechtigt~', 1, 'opp:specific-audiences', 'topic:children'),
    // eine Altersspanne oder -grenze nennt junge Nutzer („zwischen 13 und 17 Jahren", „ab 16 Jahren")
    cue('zwischen ([0-9]{1,2}) und ([0-9]{1,2}) jahren|ab ([0-9]{1,2}) jahren', 1, 'opp:specific-audiences', 'topic:children'),
    cue('(einwohner|nutzer) (aus|in) (kalifornien|der schweiz|den usa)|kalifornien', 1, 'opp:specific-audiences'),
    cue('(fragen|anliegen) (zu|zum|zur|bezüglich) (dieser |unserer )?(datenschutz~|verarbeitung)|kontaktieren sie uns|schreiben sie uns', 1, 'opp:other', 'gdpr:controller-contact'),
    // DSGVO Art. 13(1)(a), (b)
    cueCs("(?<![\\p{L}&.'-])[A-ZÄÖÜ][\\p{L}&.'-]*( [A-ZÄÖÜ][\\p{L}&.'-]*){0,5} (GmbH|AG|KG|OHG|UG|e\\.K|e\\.V|GmbH & Co\\. KG)(?![\\p{L}])\\.?", 1, 'gdpr:controller-name'),
    cue('verantwortliche~|verantwortlich (für die|im sinne)|(betrieben|angeboten|herausgegeben) von', 1, 'gdpr:controller-name'),
    // eine Begriffsbestimmung („unter personenbezogenen Daten verstehen wir …") sagt, was ein Wort bedeutet, keine Praxis
    cue('verstehen wir|(bezeichnet|bezeichnen|meint|meinen|sind) (alle|sämtliche|jede) (informationen|daten|angaben)', 1, 'opp:other'),
    cue('verstehen wir|(bezeichnet|bezeichnen|meint|meinen|sind) (alle|sämtliche|jede) (informationen|daten|angaben)', -1, 'opp:first-party'),
    // ein Dank eröffnet die Erklärung (eine Einleitung, OPP-115 „Other")
    cue('(vielen )?dank für ihren besuch|danke, dass sie', 1, 'opp:other'),
    cue(EMAIL_CUE, 1, 'gdpr:controller-contact', 'opp:other'),
    cue('datenschutzbeauftragte~|dsb', 1, 'gdpr:dpo-contact'),
    cue('rechtsgrundlage~|art\\. ?6|artikel 6|ihre~ einwilligung|vertragserfüllung|erfüllung (eines|des) vertrag~|rechtliche~ verpflichtung|lebenswichtige~ interesse~|öffentliche~ interesse~', 1, 'gdpr:legal-basis'),
    cue('berechtigte~ interesse~', 1, 'gdpr:legitimate-interests', 'gdpr:legal-basis'),
    // consent given by the visitor, however worded, is a legal basis (DSGVO Art. 6 Abs. 1 lit. a)
    cue('willig~ (sie )?[^.]{0,60} ein|(mit|ohne) (ihre~ )?(ausdrückliche~ )?zustimmung|stimmen sie [^.]{0,60}zu', 1, 'gdpr:legal-basis'),
    cue('(von|über) (unseren |unsere )?(dritten|~partnern|sozialen netzwerken)|öffentlich (zugänglichen|verfügbaren) quellen|aus (öffentlichen|anderen) quellen', 1, 'gdpr:source-of-data'),
    cue('drittländer~|drittstaat~|außerhalb (der|des) (eu|europäischen|ewr)|standardvertragsklauseln|angemessenheitsbeschluss|verbindliche~ interne~ datenschutzvorschriften', 1, 'gdpr:third-country-transfers'),
    cue('(pflichtangabe|pflichtfeld|erforderlich|freiwillig|verpflichtet)~|nicht verpflichtet|ohne diese (daten|angaben)', 1, 'gdpr:mandatory-disclosure'),
    cue('(in den |die )?(usa|vereinigte~ staaten)|(gespeichert|verarbeitet|übermittelt) [^.]{0,40}außerhalb|server~ (in|außerhalb)', 1, 'gdpr:third-country-transfers'),
    cueCs('(Google|Facebook|Meta|Firebase|AdMob|Amazon Web Services|AWS|Microsoft|Stripe|PayPal|Mailchimp|Matomo|Hotjar|Hetzner|Shopify)', 0.6, 'gdpr:data-recipients', 'opp:third-party'),
    cue('anbieter (dieser|der|des) (website|webseite|app|dienste?s?|online-?angebot~)|impressum', 1, 'gdpr:controller-name'),
    cue('automatisierte~ (einzel)?entscheidung~|profiling', 1, 'gdpr:automated-decision-making'),
    cue('auskunft~|recht auf (zugang|auskunft)|kopie (ihrer|der) daten', 1, 'gdpr:right-access'),
    cue('berichtigung~|(daten|angaben) (berichtigen|korrigieren|vervollständigen)', 1, 'gdpr:right-rectification'),
    cue('löschung~|recht auf vergessenwerden|(daten|konto) löschen', 1, 'gdpr:right-erasure'),
    cue('einschränkung~ (der|ihrer)? ?verarbeitung|verarbeitung einschränken', 1, 'gdpr:right-restrict'),
    cue('widerspruch~|widersprechen', 1, 'gdpr:right-object'),
    cue('datenübertragbarkeit|übertragbarkeit|maschinenlesbar~|strukturierten, gängigen', 1, 'gdpr:right-portability'),
    cue('einwilligung~ (jederzeit )?(widerrufen|zurückziehen)|widerruf~ (ihrer|der) einwilligung', 1, 'gdpr:right-withdraw-consent', 'opp:user-choice'),
    cue('beschwerde~|aufsichtsbehörde~|datenschutzbehörde~', 1, 'gdpr:right-lodge-complaint'),
    cue('cookies?|tracking|pixel~|zählpixel|reichweitenmessung|webanalyse', 1, 'topic:cookies-tracking'),
    cue('newsletter~|werbung|direktwerbung|werbliche~|marketing|angebote (unserer|von) partner~', 1, 'topic:direct-marketing'),
    cue('(verkaufen|verkauf) (ihrer |von )?(personenbezogenen )?daten|verkaufen [^.]{0,40}daten|daten [^.]{0,40}(verkauft|vermietet)|ccpa', 1, 'topic:sale-sharing-ccpa'),
  ],
  heading: [
    cue('erhebung|welche daten|erfasste daten', 1, 'opp:first-party', 'gdpr:data-categories'),
    cue('zweck~|nutzung|verwendung', 1, 'opp:first-party', 'gdpr:processing-purpose'),
    cue('weitergabe|empfänger|dritte', 1, 'opp:third-party', 'gdpr:data-recipients'),
    cue('speicherdauer|aufbewahrung|löschfristen', 1.5, 'opp:data-retention', 'gdpr:retention-period'),
    cue('sicherheit', 1, 'opp:data-security', 'topic:security'),
    cue('änderung~|aktualisierung~', 1, 'opp:policy-change', 'topic:policy-changes'),
    cue('kinder|minderjährige', 1, 'opp:specific-audiences'),
    cue('kontakt|verantwortliche~', 1, 'opp:other'),
    cue('cookies|tracking', 1, 'topic:cookies-tracking', 'opp:first-party'),
    cue('rechtsgrundlage~', 1, 'gdpr:legal-basis'),
    cue('drittland|übermittlung', 1, 'gdpr:third-country-transfers'),
    cue('ihre rechte|betroffenenrechte', 0.5, 'opp:user-access'),
  ],
};
