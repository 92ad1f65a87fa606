import { cue, cueCs, type LanguageRules } from './rule-types';

/**
 * English cues. Patterns are matched as whole words (the interpreter adds the boundaries);
 * `~` stands for "any letters" (collect~ = collect, collects, collected, collection…).
 * Weights: 1 decides alone, 0.5 needs a second cue or a heading; negatives argue against.
 * Written from how policies are commonly phrased, not lifted from any annotated corpus.
 */
const PERSONAL =
  '(personal|personally identifiable|your|user|customer|such|this|the|certain|non-personal|aggregate~|anonymous|de-identified|usage|device|account|contact|location) (information|data|details)';
const DATA_TYPES =
  '(e-?mail address~|(postal|mailing|billing|home|street) address~|phone number~|telephone number~|mobile number~|first and last name|full name|your name|date of birth|birth ?date|gender|age|ip address~|device (id|identifier)~|advertising (id|identifier)~|(android|apple) advertising id|idfa|mac address|browser type|operating system|geo-?location|location data|precise location|gps|credit card|payment (information|details|data)|bank account|purchase history|photos?|contacts list|usage data|log (data|files|information)|crash (data|reports|logs)|cookie identifiers?|username|password|social security number|health (information|data)|biometric|zip code|postal code)';

export const EN_RULES: LanguageRules = {
  sentence: [
    // ── first-party collection and use
    cue(
      'we (may |also |will |only |automatically |might |do )?(collect|gather|obtain|receive|record|log|store|process|use|retain and use)',
      1,
      'opp:first-party',
    ),
    cue(
      '(information|data) (that |which )?(we|you) (collect|provide|submit|give|enter)~',
      1,
      'opp:first-party',
      'gdpr:data-categories',
    ),
    cue(
      '(collect|gather|obtain)~ (and use |and process )?(certain |some |the following |your |personal |information|data)',
      0.8,
      'opp:first-party',
      'gdpr:data-categories',
    ),
    cue(
      '(when|if) you (register|sign up|create an account|subscribe|place an order|make a purchase|contact us|fill out|complete|participate|enter a|use our|visit our|download|install|log in)',
      0.6,
      'opp:first-party',
    ),
    cue(
      'automatically (collect~|record~|receive~|log~)',
      1,
      'opp:first-party',
      'gdpr:data-categories',
    ),
    cue(
      '(we|us) (use|process) (your |this |the |such |that |personal )?(information|data)',
      1,
      'opp:first-party',
      'gdpr:processing-purpose',
    ),
    cue(
      '(use|process)~? (your |this |the |such |collected )?(personal )?(information|data) (to|for|in order to)',
      0.8,
      'opp:first-party',
      'gdpr:processing-purpose',
    ),
    cue(PERSONAL, 0.4, 'opp:first-party', 'gdpr:data-categories'),
    cue(DATA_TYPES, 0.6, 'gdpr:data-categories'),
    cue(DATA_TYPES, 0.3, 'opp:first-party'),
    cue(
      '(such as|including|include~|e\\.g\\.,?) (your )?' + DATA_TYPES,
      0.6,
      'gdpr:data-categories',
    ),
    cue(
      "(we|our (app|application|service|website|site)) (does not|do not|doesn't|don't|never) (collect|store|gather)",
      -0.8,
      'gdpr:data-categories',
    ),
    // purposes
    cue(
      '(in order to|so that we can|for the purposes? of|used? (it |this |them )?(to|for)|helps? us( to)?) (provide|improve|personali[sz]e|analy[sz]e|deliver|send|communicate|process|operate|maintain|understand|prevent|detect|comply|measure|show|display|serve|respond|fulfil+|customi[sz]e|develop|enhance|administer|manage|verify|protect|market|advertis)~',
      1,
      'gdpr:processing-purpose',
      'opp:first-party',
    ),
    cue('(purposes?|for the following reasons)', 0.5, 'gdpr:processing-purpose'),
    cue(
      'to (provide|improve|personali[sz]e|analy[sz]e|operate|maintain|enhance|optimi[sz]e|develop) (and (improve|maintain|operate|personali[sz]e) )?(our|the|your) (app|application|services?|website|site|products?|experience|content|features)',
      0.8,
      'gdpr:processing-purpose',
      'opp:first-party',
    ),
    cue(
      '(to|for) (send|deliver|show|display|serve) (you )?(personali[sz]ed |targeted |relevant |interest-based )?(ads|advertis~|newsletters?|notifications|marketing|promotional|offers)',
      0.8,
      'gdpr:processing-purpose',
    ),
    // ── third parties and recipients
    cue('third[- ]part(y|ies)', 0.7, 'opp:third-party', 'gdpr:data-recipients'),
    cue(
      '(share~|disclos~|transfer~|provid~|sell~|rent~|sold|made available|make available|pass~ on) (your |this |such |the |certain |personal |some |aggregate~ |non-personal~ |anonymi[sz]ed |de-identified )*(information|data)',
      1,
      'opp:third-party',
      'gdpr:data-recipients',
    ),
    cue(
      '(service providers|vendors|contractors|processors|sub-?processors|business partners|partners|affiliat~|subsidiar~|advertis(ers|ing (partners|networks|companies))|analytics (providers|services|partners|companies)|payment (processors|providers))',
      0.6,
      'opp:third-party',
      'gdpr:data-recipients',
    ),
    cue(
      '(law enforcement|government (authorities|agencies)|public authorities|court order|subpoena|legal process|comply with (the |any |a |applicable )?(law|legal|regulation))',
      0.6,
      'opp:third-party',
      'gdpr:data-recipients',
    ),
    cue(
      '(merger|acquisition|bankruptcy|reorgani[sz]ation|sale of (all or )?(a portion of |substantially all of )?(our|its) (assets|business))',
      0.7,
      'opp:third-party',
      'gdpr:data-recipients',
    ),
    cueCs(
      '(Google|Facebook|Meta|Firebase|AdMob|Amazon Web Services|AWS|Apple|Microsoft|Stripe|PayPal|Mailchimp|Crashlytics|AppsFlyer|Unity Ads|Twitter|Adjust|OneSignal)',
      0.5,
      'gdpr:data-recipients',
      'opp:third-party',
    ),
    cue(
      "(does not|do not|don't|never|will not|won't) (sell|share|disclose|rent|trade)",
      0.5,
      'opp:third-party',
    ),
    cue(
      'third[- ]party (web)?sites?|links? to (other|third[- ]party|external) (web)?sites|(their|its) own privacy (policies|policy|practices)',
      -0.5,
      'opp:third-party',
      'gdpr:data-recipients',
    ),
    // ── choice and control
    cue('opt(ing)?[- ]?(out|in)', 1, 'opp:user-choice'),
    cue('unsubscrib~', 1, 'opp:user-choice', 'topic:direct-marketing'),
    cue(
      '(you (may|can|have the (option|choice|right) to)|choose (to|not to)|at any time) (choose|decline|disable|refuse|reject|block|turn off|delete cookies|adjust|change your|manage|withdraw|elect|opt)',
      1,
      'opp:user-choice',
    ),
    cue(
      '(browser|device|privacy|account) settings|your (choices|preferences)|preference cent(er|re)|(set|configure|adjust) your (browser|device)',
      0.8,
      'opp:user-choice',
    ),
    cue(
      '(with|without|give|your|prior|explicit|express) consent|consent to',
      0.5,
      'opp:user-choice',
    ),
    cue(
      "(do not|don't) wish to receive|no longer (wish|want) to receive|stop receiving",
      1,
      'opp:user-choice',
    ),
    // ── access, edit, deletion
    cue(
      '(access|review|update|correct|edit|modify|change|delete|remove|amend) (and (update|correct|delete|change) )?(your |the )?(personal |account |profile )*(information|data|profile|account|details|record)',
      1,
      'opp:user-access',
    ),
    cue(
      '(delete|deactivate|close|cancel|terminate) (your|the) account|account (deletion|settings)',
      1,
      'opp:user-access',
    ),
    // ── retention
    cue(
      '(retain~|retention|keep~? (your |the |such |this |personal )*(information|data)|stored? (for|until)|as long as (necessary|needed|required|reasonably)|for (a|the) period of|no longer (than|needed|necessary|required))',
      1,
      'opp:data-retention',
      'gdpr:retention-period',
    ),
    cue(
      '(delete~|erase~|destroy~|anonymi[sz]e~|purge~)( it| them| the data| your data| such information)? (after|within) [0-9]+',
      1,
      'opp:data-retention',
      'gdpr:retention-period',
    ),
    cue(
      '(for|up to|after|within|of) ([0-9]+|one|two|three|six|twelve|thirty|ninety) (days|weeks|months|years)',
      0.5,
      'opp:data-retention',
      'gdpr:retention-period',
    ),
    // ── security
    cue(
      '(secur~|encrypt~|ssl|tls|https|firewall~|safeguard~|unauthori[sz]ed (access|use|disclosure)|protect~ (the |your |our )?(personal )?(information|data|privacy|security)|technical and organi[sz]ational measures|pseudonymi[sz]~|access controls?)',
      1,
      'opp:data-security',
      'topic:security',
    ),
    cue(
      '(no (method|system|transmission)|cannot guarantee|not (be )?100% secure|completely secure)',
      1,
      'opp:data-security',
      'topic:security',
    ),
    cue('(secure|security) (your|the) account|password', 0.3, 'opp:data-security'),
    // ── policy change
    cue(
      '(change~|modif~|update~|amend~|revis~) (to )?(this|our|the) (privacy )?(policy|statement|notice)',
      1,
      'opp:policy-change',
      'topic:policy-changes',
    ),
    cue(
      '(this|our|the) (privacy )?(policy|statement|notice) (may|will|might) (be )?(change|updat|modif|revis|amend)~',
      1,
      'opp:policy-change',
      'topic:policy-changes',
    ),
    cue(
      '(last|latest) (updated|modified|revised|amended)|effective (date|as of)|changes (will be|are) effective|material changes|check (this page|back) (periodically|regularly|from time to time)',
      0.8,
      'opp:policy-change',
      'topic:policy-changes',
    ),
    // ── do not track
    cue('do[- ]not[- ]track|dnt signals?|dnt', 1.5, 'opp:do-not-track'),
    cue('(tracking|track) (signals?|requests?)|global privacy control', 0.8, 'opp:do-not-track'),
    // ── specific audiences
    cue(
      'children|child|kids|minors?|under (the age of |age )?(13|16|18|thirteen|sixteen)|coppa|parent(s|al)? (consent|permission|or guardian)',
      1,
      'opp:specific-audiences',
      'topic:children',
    ),
    cue(
      'california (residents|consumers|civil code|law|privacy rights)|shine the light|1798\\.8|nevada|vermont|(european|eu|eea|uk|swiss) (residents|users|citizens|individuals|data subjects)|safe harbou?r|privacy shield|international users|outside (of )?the united states|residents of',
      1,
      'opp:specific-audiences',
    ),
    // ── other: scope, introduction, contact
    cue(
      '(questions|concerns|comments|complaints) (about|regarding|concerning|on|relating to) (this|our|the) (privacy )?(policy|statement|practices|notice)',
      1,
      'opp:other',
      'gdpr:controller-contact',
    ),
    cue(
      'contact us|write to us|reach us|e-?mail us|call us',
      0.6,
      'opp:other',
      'gdpr:controller-contact',
    ),
    cue(
      'this (privacy )?(policy|statement|notice) (applies|describes|explains|covers|sets out|governs|informs|is (incorporated|part))|(by|when) (using|accessing|visiting|downloading) (the|our|this) (site|website|app|application|services?)~,? you (agree|consent|accept|acknowledge)|terms of (use|service)|welcome to',
      1,
      'opp:other',
    ),
    cue(
      '(not responsible|no responsibility) for|does not apply to|outside (the scope|our control)',
      0.8,
      'opp:other',
    ),
    // ── GDPR: controller identity and contact
    cueCs(
      "[A-Z][\\w&.,'-]*( [A-Z][\\w&.,'-]*)* (Inc|Ltd|LLC|L\\.L\\.C|GmbH|S\\.A\\.S?|SAS|SARL|B\\.V|BV|S\\.r\\.l|S\\.L|AG|Limited|Corp|Corporation|Pty|OÜ|AB|Oy|SpA|S\\.p\\.A|Co)\\b\\.?",
      0.7,
      'gdpr:controller-name',
    ),
    cue(
      '(is|acts as|as) (the )?(data )?controller|controller (of|for|responsible)|responsible for (the )?(processing|your (personal )?data)|(operated|owned|provided|developed|published) by|("|“|\\()(we|us|our|company)("|”|\\))',
      1,
      'gdpr:controller-name',
    ),
    cue('[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+', 1, 'gdpr:controller-contact'),
    cue(
      '(contact|reach|write to|email|e-mail) us (at|by|via|using|through|on)|(postal|mailing) address|registered (office|address)',
      0.6,
      'gdpr:controller-contact',
    ),
    cue('data protection officer|dpo', 1, 'gdpr:dpo-contact'),
    // ── legal bases
    cue(
      'legal (basis|bases|ground)|lawful (basis|bases|ground)|art(icle|\\.)? ?6|on the basis of|based on your consent|(performance|perform|necessary for) (of )?(a|the|our|your) contract|legal obligation|vital interests?|public interest',
      1,
      'gdpr:legal-basis',
    ),
    cue('legitimate (business )?interests?', 1, 'gdpr:legitimate-interests', 'gdpr:legal-basis'),
    // ── sources
    cue(
      '(receive|obtain|collect|get)~ (certain |some |personal |additional )?(information|data) (about you )?from (third[- ]part|other sources|our partners|partners|social|publicly|public|service providers|advertis|data brokers|other users|affiliates)',
      1,
      'gdpr:source-of-data',
      'opp:third-party',
    ),
    cue(
      'publicly (available|accessible) (sources|information)|from other sources|(sign|log) in (with|via|using) (your )?(facebook|google|apple|twitter|social)',
      0.8,
      'gdpr:source-of-data',
    ),
    // ── transfers
    cue(
      '(transfer~|stor~|process~|hosted|located) (to|in|outside|on servers) (of )?(other countries|countries|the united states|the us|the eea|the eu|the european|your country|servers located)|outside (of )?(the )?(eea|european economic area|eu|european union|your (country|jurisdiction))|standard contractual clauses|adequacy decision|(international|cross-border) (data )?transfers?|third countr~|binding corporate rules',
      1,
      'gdpr:third-country-transfers',
    ),
    // ── mandatory disclosure (Art. 13(2)(e))
    cue(
      '(required|mandatory|obligatory|necessary) (to|in order to|for) (use|create|register|provide|access|enter into|complete)|(not|never) (required|obliged|obligated) to provide|(failure|fail|refuse|choose not|decline) to provide|if you do not provide|(statutory|contractual) (requirement|obligation)|marked (as )?(mandatory|required|with an asterisk)',
      1,
      'gdpr:mandatory-disclosure',
    ),
    // ── automated decisions
    cue(
      'automated (individual )?decision~|profiling|article 22|solely on automated',
      1,
      'gdpr:automated-decision-making',
    ),
    // ── rights
    cue(
      'right (of|to) access|access (to )?(the |your )?(personal )?(data|information) (we hold|that we|about you|concerning you)|(request|obtain) (a copy|access|confirmation)|copy of (your|the) (personal )?(data|information)|subject access',
      1,
      'gdpr:right-access',
    ),
    cue(
      'rectif~|(correct|update|amend)~ (of )?(any )?(your |the )?(inaccurate|incorrect|incomplete|outdated|personal)|right to (correct|update)',
      1,
      'gdpr:right-rectification',
    ),
    cue(
      'erasure|right to (be forgotten|delet~|erase)|(delet~|eras~|remov~) (of )?(your |the |all )?(personal )?(data|information|account)|request (the )?(deletion|removal)',
      1,
      'gdpr:right-erasure',
    ),
    cue(
      'restrict~ (the )?(processing|use)|restriction of (the )?processing|right to (restrict|limit)',
      1,
      'gdpr:right-restrict',
    ),
    cue(
      'right to object|object to (the |our |any |such )?(processing|use)|objection',
      1,
      'gdpr:right-object',
    ),
    cue(
      'portab~|machine[- ]readable|structured,? commonly[- ]used|(transmit|transfer) (your |the )?(data|information) to another',
      1,
      'gdpr:right-portability',
    ),
    cue(
      '(withdraw|revoke|retract)~ (your |the |this |such |any )?(consent|permission)|withdrawal of (your )?consent|consent (at any time|may be withdrawn|can be withdrawn)',
      1,
      'gdpr:right-withdraw-consent',
      'opp:user-choice',
    ),
    cue(
      '(lodge|file|make|submit|bring) a complaint|supervisory authority|data protection (authority|authorities|regulator)|information commissioner|\\bico\\b|cnil',
      1,
      'gdpr:right-lodge-complaint',
    ),
    // ── topics
    cue(
      'cookies?|web beacons?|pixel (tags?)?|tracking (technolog~|tools|pixels)|local storage|clear gifs|flash cookies|sdks?|fingerprint~',
      1,
      'topic:cookies-tracking',
    ),
    cue('cookies?|web beacons?|pixel tags?|tracking technolog~|clear gifs', 0.5, 'opp:first-party'),
    cue(
      '(direct|e-?mail|promotional) marketing|marketing (communications|e-?mails|messages|purposes)|newsletters?|promotional (e-?mails|messages|offers|communications)|special offers|offers (from|of) (our )?(partners|third parties)',
      1,
      'topic:direct-marketing',
    ),
    cue(
      '(sell|sale|sold|selling) (of )?(your |the |any )?personal (information|data)|do not sell|ccpa|cpra|california consumer privacy act|cross-context behavioral advertising|(sell|share) my personal',
      1,
      'topic:sale-sharing-ccpa',
    ),
    cue(
      'children|child|minors?|under (the age of |age )?(13|14|15|16|18|thirteen|sixteen)|coppa|parental (consent|permission)',
      1,
      'topic:children',
    ),
  ],
  heading: [
    cue(
      'collect~|information we|data we|what (information|data)|personal (information|data)',
      1,
      'opp:first-party',
      'gdpr:data-categories',
    ),
    cue(
      '(how|why) we use|use of (your )?(information|data)|purposes?',
      1,
      'opp:first-party',
      'gdpr:processing-purpose',
    ),
    cue(
      'shar~|disclos~|third part~|recipients|who (we|do we) (share|disclose)',
      1,
      'opp:third-party',
      'gdpr:data-recipients',
    ),
    cue('choice~|opt~|control~|preferences', 1, 'opp:user-choice'),
    cue('access~|correct~|updat~ your|delet~|your rights', 1, 'opp:user-access'),
    cue(
      'retention|retain~|how long|storage (period|duration)',
      1.5,
      'opp:data-retention',
      'gdpr:retention-period',
    ),
    cue('secur~|protect~', 1, 'opp:data-security', 'topic:security'),
    cue('changes?|updates? to|amendments?', 1, 'opp:policy-change', 'topic:policy-changes'),
    cue('do not track', 1.5, 'opp:do-not-track'),
    cue(
      'children|child|minors|kids|california|international|european|eea|residents',
      1,
      'opp:specific-audiences',
    ),
    cue('contact|questions|about us|who we are|introduction|scope|overview', 1, 'opp:other'),
    cue('cookies?|tracking', 1, 'topic:cookies-tracking', 'opp:first-party'),
    cue('legal basis|lawful basis|legal grounds?', 1, 'gdpr:legal-basis'),
    cue('transfer~|international', 1, 'gdpr:third-country-transfers'),
    cue('your rights|rights of|data subject', 0.5, 'opp:user-access'),
    cue('marketing|newsletter', 1, 'topic:direct-marketing'),
  ],
};
