import { EMAIL_CUE, cue, cueCs, type LanguageRules } from './rule-types';

/**
 * English cues. Patterns match whole words (the interpreter adds the boundaries); `~` stands
 * for "more letters" (collect~ = collects, collected, collection…). Weights: 1 decides alone,
 * 0.5 needs a second cue or a heading, negatives argue against. Written from how policies are
 * commonly phrased (general vocabulary), not lifted from any annotated corpus.
 */
const INFO = '(information|data|details|info)';
const DET =
  '(your |this |the |such |that |certain |some |any |all |personal |personally identifiable |non-personal |non-personally identifiable |aggregate~ |anonymous |collected |user |customer |account |contact |usage |location |profile |device )*';
const DATA_TYPES =
  '(e-?mail address~|(postal|mailing|billing|home|street|physical) address~|(phone|telephone|mobile) numbers?|first and last name|full name|your name|names?|date of birth|birth ?date|gender|age|ip address~|device (id|identifier)~|advertising (id|identifier)~|idfa|mac address|browser type|operating system|geo-?location|location (data|information)|precise location|gps|credit card|payment (information|details|data)|bank account|purchase history|photos?|contacts? list|usage (data|information)|log (data|files|information)|crash (data|reports|logs)|username|password|social security number|health (information|data)|biometric~|zip code|postal code|demographic~|interests|search (history|queries)|browsing history|pages (you )?visit~|referring (url|web ?site|page)s?)';
const WE = '(we|us|our company|the company)';
const THEY =
  '(they|these (companies|third parties|partners|providers|networks|services|vendors|features|widgets|plug-?ins|buttons|tools|advertisers|ad servers)|third[- ]part(y|ies)|advertis(ers|ing (networks|partners|companies))|(ad|analytics) (networks|providers|partners|companies)|such (companies|third parties|partners)|service providers|partners|vendors)';

// prettier-ignore
export const EN_RULES: LanguageRules = {
  sentence: [
    cue('google analytics|matomo|hotjar|(facebook|meta) pixel|firebase analytics|crashlytics|appsflyer|doubleclick|adsense|admob', 1, 'gdpr:data-recipients', 'opp:third-party', 'topic:cookies-tracking'),
    // ── first-party collection and use
    cue(`${WE} (may |also |will |might |do |can |only |automatically |generally |often |then |further |)*(collect|gather|obtain|receive|record|log)~?`, 1, 'opp:first-party', 'gdpr:data-categories'),
    cue(`${WE} (may |also |will |might |do |can |only |then |further |)*(use|process|analy[sz]e|combine|store)~? ${DET}${INFO}`, 1, 'opp:first-party', 'gdpr:processing-purpose'),
    cue(`${WE} (may |also |will |might |)use`, 0.4, 'opp:first-party'),
    cue(`${INFO} (that |which )?(we|you) (collect|provide|submit|give|enter|share with us)~`, 0.5, 'opp:first-party', 'gdpr:data-categories'),
    cue(`(collected|gathered|obtained|received) (by us|automatically|from you|when you)`, 1, 'opp:first-party', 'gdpr:data-categories'),
    cue('automatically (collect~|record~|receive~|log~|gather~)', 1, 'opp:first-party', 'gdpr:data-categories'),
    cue('(when|if|whenever) you (register|sign up|create an account|subscribe|place an order|make a purchase|fill out|complete|participate|enter a|use our|visit our|download|install|log in|interact|apply|request|access our)', 0.5, 'opp:first-party'),
    cue('(you )?(provide|submit|give) (us )?(with )?(your|certain|some|personal)', 0.5, 'opp:first-party', 'gdpr:data-categories'),
    cue(`(personal|personally identifiable|non-personal|user|customer|usage|device|account|contact|location|demographic) ${INFO}`, 0.3, 'opp:first-party', 'gdpr:data-categories'),
    cue(DATA_TYPES, 0.6, 'gdpr:data-categories'),
    cue(DATA_TYPES, 0.3, 'opp:first-party'),
    cue(`(is|are|be|being) (automatically )?(collected|gathered|stored|recorded|logged|saved|obtained)|(may|will|can|might) (also )?(collect|gather|record|log)|(require|ask)~? (that )?you (to )?(supply|provide|submit|enter|give)|reserve~ the right to (access|use|collect)|(use|uses|used|using) ${DET}(${DATA_TYPES}|${INFO})`, 1, 'opp:first-party', 'gdpr:data-categories'),
    cue('(tailored|targeted|customi[sz]ed|personali[sz]ed|relevant) (to your interests|advertis~|ads|content|offers|experience|recommendations)', 0.6, 'opp:first-party', 'gdpr:processing-purpose'),
    cueCs('((?<![\\w.-])[A-Z][\\w.-]+|[Tt]he (company|site|website|service|app|Company|Site|Website|Service|App)) (automatically )?(collects|gathers|obtains|receives|uses|tracks)', 1, 'opp:first-party', 'gdpr:data-categories'),
    cue('(server|web) logs?|(information|data) about your (device|computer|equipment|use|usage|visit|interactions|browser)|(information|data) (about|regarding) (your|the) (transactions?|purchases?|orders?|activit~)', 0.6, 'opp:first-party', 'gdpr:data-categories'),
    cue(`(such as|including|include~|e\\.g\\.,?|like) (your )?${DATA_TYPES}`, 0.6, 'gdpr:data-categories', 'opp:first-party'),
    cue(`${WE} use (cookies|web beacons|pixels|tracking technolog~|analytics)`, 1, 'opp:first-party', 'topic:cookies-tracking'),
    cue("(we|our (app|application|service|website|site)) (does not|do not|doesn't|don't|never) (collect|store|gather|request)", -0.8, 'gdpr:data-categories'),
    // purposes (Art. 13(1)(c)); a noun at the start ("Enforcement", "Protection of …", "Management") is no purpose
    cue('^(to |for )?(provide|send|improve|personali[sz]e|respond|process|fulfil+|administer|communicate|notify|deliver|analy[sz]e|conduct|operate|prevent|detect|enforce|customi[sz]e|display|show|offer|verify|measure|understand|maintain|manage|track|tailor|develop|enhance|allow|enable|help|create|implement|protect|investigate|diagnose|evaluate|assess|identify|determine|remember|recogni[sz]e)(?!(ions?|ments?|y|ful|ers?|ors?|ive)(?![a-z]))~', 1, 'opp:first-party', 'gdpr:processing-purpose'),
    cue('used (for|to)|for purposes such as|summary statistics|statistical (analysis|purposes|research)|internal (purposes|business purposes|research)', 0.6, 'opp:first-party', 'gdpr:processing-purpose'),
    cue('(required|asked|requested|prompted|need) to (provide|submit|enter|give|supply)|request that you provide|ask (you )?(for|to provide)|we (will )?(request|ask for|require)', 1, 'opp:first-party', 'gdpr:data-categories'),
    cue('(in order to|so that we can|for the purposes? of|used? (it |this |them |such information |the information )?(to|for)|helps? us( to)?|allows? us to|enables? us to) (provide|improve|personali[sz]e|analy[sz]e|deliver|send|communicate|process|operate|maintain|understand|prevent|detect|comply|measure|show|display|serve|respond|fulfil+|customi[sz]e|develop|enhance|administer|manage|verify|protect|market|advertis|contact|notify|research|tailor|offer)~', 1, 'gdpr:processing-purpose', 'opp:first-party'),
    cue('(purposes?|for the following reasons|reasons we)', 0.5, 'gdpr:processing-purpose'),
    cue(`(use[sd]?|using|process(es|ed|ing)?) ${DET}${INFO} (to|for|in order to)`, 1, 'gdpr:processing-purpose', 'opp:first-party'),
    cue('to (provide|improve|personali[sz]e|analy[sz]e|operate|maintain|enhance|optimi[sz]e|develop|deliver|customi[sz]e) (and (improve|maintain|operate|personali[sz]e|enhance) )?(our|the|your|its) (app|application|services?|website|site|products?|experience|content|features|platform|game)', 0.8, 'gdpr:processing-purpose', 'opp:first-party'),
    cue('(to|for) (send|deliver|show|display|serve|provide) (you )?(with )?(personali[sz]ed |targeted |relevant |interest-based |tailored )?(ads|advertis~|newsletters?|notifications|marketing|promotional|offers|updates)', 0.8, 'gdpr:processing-purpose', 'opp:first-party'),
    // ── third parties, recipients (Art. 13(1)(e))
    cue('third[- ]part(y|ies)', 0.6, 'opp:third-party', 'gdpr:data-recipients'),
    cue(`(share~|disclos~|transfer~|sell~|rent~|sold|trade|lease|releas~|made available|make available|pass(es|ed|ing)? (on|along)) ${DET}(${INFO}|${DATA_TYPES})`, 1, 'opp:third-party', 'gdpr:data-recipients'),
    cue(`provid(e|es|ed|ing) ${DET}(${INFO} |it |them )(to|with) (third|other|our (partners|affiliates|service|vendors|advertis~)|partners|affiliates|advertis~|service providers|companies|vendors)`, 1, 'opp:third-party', 'gdpr:data-recipients'),
    cue('(share~|disclos~|provid(e|es|ed|ing)|sell~|rent~|transfer~|releas~|made available|available) [^.]{0,60}(with|to) (third|other (companies|businesses|organi[sz]ations|parties|mobile|apps)|our (partners|affiliates|service|vendors|advertis~|business|corporate|family|parent|subsidiar~)|partners|affiliates|advertis~|service providers|companies|vendors|operating system|platforms?|carriers|law enforcement|government|any (third|other|outside))', 1, 'opp:third-party', 'gdpr:data-recipients'),
    cue('(employ|hire|hired|engage~|retain~|contract~ with|use) (other|third[- ]part(y|ies)|outside|external) (companies|businesses|individuals|vendors|service providers|firms|parties|contractors)|on (our|its) behalf|transferred assets|(sell|buy|merge|partner) (with )?(other )?(companies|businesses)', 1, 'opp:third-party', 'gdpr:data-recipients'),
    cue('(you|users) (share~|provid(e|es|ed|ing)|submit~|disclos~|give) [^.]{0,40}(with|to) us|(share|disclose) (information )?with us', 1.2, 'opp:first-party'),
    cue('(you|users) (share~|provid(e|es|ed|ing)|submit~|disclos~|give) [^.]{0,40}(with|to) us|(share|disclose) (information )?with us', -1, 'opp:third-party', 'gdpr:data-recipients'),
    cue("(read|collected|used|viewed|seen|accessible|visible) by (other users|others|the public|anyone)|publicly (posted|displayed|visible|available)|open communit~|co-branded|partner.s privacy policy|along with third parties|we and (our )?(third[- ]party |service provider |online |advertising )?(partners|service providers|third parties|vendors|advertisers)|content providers|(embedded|third[- ]party) content|shar~ (only |also |solely )?with|disclos~ (it|them|such information|this information)|(to|with) whom [^.]{0,40}(disclosed|shared|transferred)", 1, 'opp:third-party', 'gdpr:data-recipients'),
    cue('(disclosed|disclose|described|explained) to you|share~ (it |them |information )?with us', -1, 'opp:third-party', 'gdpr:data-recipients'),
    cue('(share~|disclos~|releas~) (it |them )?(with|to)|such (disclosure|sharing)|disclosed to (third|other|our|any|them|affiliates|partners|service|companies|law)', 1, 'opp:third-party', 'gdpr:data-recipients'),
    cue('(service providers|vendors|contractors|processors|sub-?processors|business partners|partners|affiliat~|subsidiar~|sponsors|agents)', 0.5, 'opp:third-party', 'gdpr:data-recipients'),
    cue('(advertis(ers|ing (partners|networks|companies|services))|ad (networks|partners|servers?|providers)|analytics (providers|services|partners|companies|tools)|payment (processors|providers)|social (media )?(networks|plugins|widgets))', 0.8, 'opp:third-party', 'gdpr:data-recipients'),
    cue(`${THEY} (may |might |can |will |also )*(collect|use|place|set|receive|track|access|obtain|serve)~?`, 1, 'opp:third-party', 'gdpr:data-recipients'),
    cue('third[- ]party (cookies|advertis~|analytics|tracking|ads?|services|plug-?ins|sdks?)', 1, 'opp:third-party'),
    // handing data over to someone ("give your address to the delivery company", "make your information available to service providers")
    cue(`(give|gives|gave|giving|send|sends|sent|sending|pass(es|ed|ing)?|provid(e|es|ed|ing)) ${DET}(${INFO}|${DATA_TYPES}|lists?|((physical|mailing|postal|home|e-?mail) )*address(es)?)( \\([^)]{0,40}\\))? to (a|an|the|our|other|people|companies|third|partners|service|any|those|these|such|selected|trusted|outside|carefully)|(mak(e|es|ing)|made) [^.]{0,60}available to (a|an|the|our|other|people|companies|third|partners|service|any|those|these|such|certain|selected|trusted|outside)`, 1, 'opp:third-party', 'gdpr:data-recipients'),
    // "we may disclose …" states sharing whatever follows ("we may disclose Posting Information in connection with …")
    cue('(we|the company|the site) (may |will |also |can |might |then |sometimes |occasionally )*(disclose|share|sell|rent|release)s?', 1, 'opp:third-party', 'gdpr:data-recipients'),
    // publishing data ("we may publish your name", "display it publicly"), or data among the assets passing to a buyer, is disclosing it
    cue('(publish|display|post|show)~ (it|them|this|such information|your \\p{L}+( \\p{L}+)?) publicly|we (may |will |can |also )*publish (your|the|such|this|any|it|them)|assets (that are |which are |to be )?(transferred|sold|acquired)', 1, 'opp:third-party', 'gdpr:data-recipients'),
    // what a third party collects or what we share is not first-party collection
    cue(`${THEY} (may |might |can |will |also )*(collect|use|place|set|receive|track|access|obtain|serve)~?|collected by (third|other|an?)|(sell|buy|merge|transfer)~ [^.]{0,30}(business|assets|units)`, -1, 'opp:first-party'),
    cue(`(share~|disclos~|sell~|rent~|releas~) ${DET}${INFO}`, -0.5, 'opp:first-party'),
    // receiving a complaint ("when we receive formal written complaints, we will contact …") is how disputes are handled, not collection
    cue('(receive|receives|received|receiving|get|gets) (a |any |such )?(formal |written |such )*complaints?', -1, 'opp:first-party'),
    // what we require of another party ("we require these companies not to use it …", "the vendor is prohibited from using it …") is their use, not ours
    cue('(require|ask|oblige|instruct|direct|prohibit|contractually (require|oblige))~ (that )?(these|such|those|our|all|its|any|the|them|third)[^.]{0,40}(compan(y|ies)|entit(y|ies)|part(y|ies)|providers?|vendors?|partners?|contractors?|agents?|affiliates?|processors?|recipients?|transferees?|advertisers?|sponsors?|merchants?|them) (not )?to|(is|are|will be) (strictly |contractually )?(prohibited|forbidden|not permitted|not allowed|not authori[sz]ed) (from|to) (using|use|sharing|share|disclosing|disclose|selling|sell)', -3, 'opp:first-party'),
    cue('(law enforcement|government (authorities|agencies|officials)|public authorities|court order|subpoena|legal process|required (to do so )?by law|comply with (the |any |a |applicable )?(law|legal|regulation)~)', 0.8, 'opp:third-party', 'gdpr:data-recipients'),
    cue('(merger|acquisition|acquired|bankruptcy|reorgani[sz]ation|sale of (all or )?(a portion of |substantially all of |part of )?(our|its|the company|the) (assets|business|company|stock))', 1, 'opp:third-party', 'gdpr:data-recipients'),
    cueCs('(Google|Facebook|Meta|Firebase|AdMob|Amazon Web Services|AWS|Microsoft|Stripe|PayPal|Mailchimp|Crashlytics|AppsFlyer|Unity|Twitter|Adjust|OneSignal|AppLovin|DoubleClick|Omniture|Adobe|comScore|Nielsen|Quantcast)', 0.4, 'gdpr:data-recipients', 'opp:third-party'),
    cue("(does not|do not|don't|never|will not|won't) (sell|share|disclose|rent|trade|give)", 1, 'opp:third-party'),
    cue('(allow~|enabl~|permit~|let(s|ting)?) (third[- ]part(y|ies)|advertisers|other companies|companies|them|partners|vendors|(ad|advertising) networks)[^.]{0,20} to (place|collect|use|set|serve|access|recogni[sz]e|track)|forward (your |the |this )?(information|quote|request|details|order)|(cooperate|comply) with (official |government~ )?(investigations|subpoenas|warrants)|litigation|legal (proceedings|rights|claims)|fraud protection|(becomes?|is|are|will be) (made )?(publicly )?(available|visible|viewable) to (the public|other users|anyone)|public (areas|forums)|collected by an?|we partner with|in partnership with|ad (serving|targeting)|(serve|deliver|display)~ (ads|advertisements)', 1, 'opp:third-party', 'gdpr:data-recipients'),
    cue('(links? to|linked) (other|third[- ]party|external)? ?(web)?sites|(their|its|the) (own )?privacy (policies|policy|practices|statements?)|not responsible for the (privacy )?(practices|content|policies)', -0.7, 'opp:third-party', 'gdpr:data-recipients', 'opp:first-party'),
    // ── choice and control
    cue('opt(ing|ed)?[- ]?(out|in)', 1, 'opp:user-choice'),
    // what the visitor can opt out of (a network's ads, its cookies) is a choice, not a disclosure to it
    cue('opt(ing|ed)?[- ]?out (of|from) [^.]{0,50}(third[- ]part~|advertis~|ad networks?|cookies?|partners?|networks?|interest-based|targeted)', -0.6, 'opp:third-party'),
    cue('unsubscrib~', 1, 'opp:user-choice', 'topic:direct-marketing', 'gdpr:right-object'),
    cue('(you (may|can|have the (option|choice|ability|right) to)|choose (to|not to)|at any time) (choose|decline|disable|refuse|reject|block|turn off|delete cookies|adjust|change your (settings|preferences)|manage|withdraw|elect|opt|stop|remove (cookies|yourself))', 1, 'opp:user-choice'),
    cue('(disabl|reject|declin|block|delet|clear|refus|turn~ off|manag|control|prevent|remov)~ [^.]{0,30}(cookies|tracking technolog~|local shared objects|web beacons|location (services|information))|(cookies|tracking technolog~)[^.]{0,40} (disabled|rejected|declined|blocked|deleted|managed|controlled)|choose (not|whether|who|which)|(decline|refuse) to (supply|provide|give|share|submit|disclose|enter)|(change|update|manage|edit|set) (your )?(email|e-mail|communication|marketing|newsletter|subscription|privacy|notification) (preferences|settings|options)|withhold|disassociate|uncheck~|(check|tick)~ (the )?box|preferences page|(configure|set) (your |the )?(browser|device)~? (to|not)', 1, 'opp:user-choice'),
    cue('browser (help|menu|tools|controls|options)|settings menu|help (menu|section|feature)', 0.6, 'opp:user-choice'),
    cue('(ask for|obtain|request|require~|seek) (your )?(affirmative |express |prior |explicit )?consent|requires your (affirmative |express |prior |explicit )?consent|(approved|authori[sz]ed) by you|(visit|use|browse|access) [^.]{0,30}without (sharing|telling|revealing|providing|submitting|registering|giving)|refus~ to (submit|provide|give)|refusal|(option|options|opportunity|choice) to (decline|choose|opt|refuse|limit|block|stop|cancel|unsubscribe)|(adjust|modify|change|update|manage) (your )?([a-z]+ )?(advertising|ad|email|e-mail|communication|marketing|cookie|notification|subscription) (preferences|settings|choices)|cancel~ (your |the |any )?(free |e-?mail |newsletter |marketing )*subscriptions?|limit (the way|how|the use)', 1, 'opp:user-choice'),
    cue('voluntar~', 0.6, 'opp:user-choice'),
    cue('(browser|device|privacy|ad|cookie) (settings|preferences|controls)|preference cent(er|re)|(set|configure|adjust) your (browser|device)|your (choices|preferences)|choices? (about|regarding|with respect to)', 0.6, 'opp:user-choice'),
    cue('(do not|don\'t) wish to receive|no longer (wish|want) to receive|stop receiving|prefer (not|that we not)', 1, 'opp:user-choice'),
    cue('if you (do not|don\'t) (want|wish)', 0.6, 'opp:user-choice'),
    cue('(with|without|give|your|prior|explicit|express|affirmative) (consent|permission)|consent to', 0.3, 'opp:user-choice'),
    cue('(you|users) (can|may) (still )?(use|browse|visit|access) (the|our) (site|services?|website)~ without|(decline|refuse) (to provide|cookies)|some (features|parts) (of|may)', 0.6, 'opp:user-choice'),
    // ── access, edit, deletion
    cue('(you|users?|customers?|members?|he or she) (can|may|might|have the (right|ability|option|opportunity) to|are (able|entitled) to|will be able to)( also| at any time)? [^.]{0,30}(access~|review|updat~|correct~|edit(s|ed|ing)?|modif~|chang~|delet~|remov~|amend~|view)[^.]{0,50}(information|data|profile|account|record|details)', 1, 'opp:user-access'),
    cue(`(access~|review~|updat~|correct~|edit(s|ed|ing)?|modif~|chang~|delet~|remov~|amend~)( and| or|,|/)+ [^.]{0,30}(your|their|his or her|my|this|that|the) [^.]{0,30}(information|data|profile|account|record|details)`, 1, 'opp:user-access'),
    cue('(delete|deactivate|reactivate|close|cancel|terminate) (your|the|their|my) (user )?(account|profile|registration)', 1, 'opp:user-access'),
    cue('(ability|opportunity|option|able|way|ways) to (access|view|review|correct|update|delete|change|modify|edit|remove)|(wish|want|would like|like|need) to (make changes|access|view|review|correct|update|delete|change|modify|edit|remove)|(error|it|information|data) (be )?(corrected|updated|removed|deleted|amended)|(requested|request~ (for )?) (changes|corrections|removal|deletion)|information (you|that you) can access', 1, 'opp:user-access'),
    cue('account (deletion|settings|page|preferences)|my account|update account|(edit|update) (your )?profile', 0.5, 'opp:user-access'),
    // reaching content or a site ("your ability to access some content", "able to access third party websites") is not reaching one's data
    cue('(ability|able|option|opportunity|way|ways) to (access|view|visit|browse|use) (some |certain |all |the |our |these |third[- ]party |other |any )*(content|features?|functionality|functions|parts|areas|web ?sites?|sites?|pages|services|portions|videos|articles|games)', -1, 'opp:user-access'),
    cue('(request|ask|contact us)[^.]{0,20} (access|delet|correct|remov|updat|chang)~|(inaccurate|incorrect|out of date|outdated|incomplete)', 0.6, 'opp:user-access'),
    cue('(provide|provides|providing|have|get|grant|gives?) (you )?(with )?access to (your|the|such)', 1, 'opp:user-access'),
    // said in the passive ("your address can be updated by calling us") or as an instruction ("update your profile at any time")
    cue('(information|data|details|profile|account|address|preferences|record)[^.]{0,60} (can|may|could) (also |easily |simply |then |always )?be (updated|corrected|changed|edited|modified|amended)|^(please )?(update|edit|change|correct|review) (your|their) (account|profile|personal|information|data|details)', 1, 'opp:user-access'),
    // ── retention (Art. 13(2)(a))
    cue(`retain~ ${DET}(${INFO}|records|copies|content|it|them)`, 0.8, 'opp:data-retention', 'gdpr:retention-period'),
    cue(`(retention|(keep|store|maintain|hold)~? ${DET}(${INFO}|it|them|records|copies) (for|until|as long|while|only as long|after)|stored (for|until)|as long as (is )?(necessary|needed|required|reasonably|your account|you)|for (a|the) period of|no longer (than|needed|necessary|required)|how long we)`, 1, 'opp:data-retention', 'gdpr:retention-period'),
    cue('retain~|preserv~', 0.5, 'opp:data-retention', 'gdpr:retention-period'),
    cue('indefinitely|permanently|(information|data|records|copies|content|addresses|logs?)[^.]{0,30} (will|are|is|may|might|can) (be )?(continue to )?(retained|kept|preserved)|retain~ (indefinitely|for|until|backup|copies)', 1, 'opp:data-retention', 'gdpr:retention-period'),
    cue('stor(e|es|ed|ing|age)|sav(e|es|ed|ing)|keep~|kept|remov~|delet~|log(s|ged|ging)?|maintain~|anonymi[sz]~|de-identif~', 0.25, 'opp:data-retention'),
    // data left on the user's own device is not kept by us: no retention period is stated
    cue("(retained|stored|kept|saved|remains?) (locally |only )?(on|in) (your|the user.s|users.) (own )?(device|phone|computer|browser|handset)", -1, 'opp:data-retention', 'gdpr:retention-period'),
    cue('retain~ (the right|(other )?(companies|third|service|vendors|agents|counsel))', -1, 'opp:data-retention', 'gdpr:retention-period'),
    // "permanently" said of an action ("permanently opt out", "permanently delete your account") is not a time data is kept
    cue('(permanently|indefinitely) (opt~|delet~|remov~|eras~|disabl~|block~|clos~|deactivat~|cancel~|unsubscrib~|turn~ off)', -1, 'opp:data-retention', 'gdpr:retention-period'),
    // a denial of keeping ("we do not retain …", "they will not keep it") states no retention period
    // (not "we do not keep it longer than …", which states one)
    cue("((do|does|did|will|shall|would|may) not|don't|doesn't|won't|never) (retain|keep|store)~(?![^.]{0,60}(longer|beyond|more than|after|past|once))", -1, 'opp:data-retention'),
    // the time within which a request is answered is a deadline, not how long data is kept
    cue('(respond|reply|answer|process|fulfil+|honou?r|act on|comply with|complete)~ [^.]{0,100}within ([0-9]+|one|two|three|five|six|seven|ten|twelve|thirty|ninety) (business |working |calendar )?(days|weeks|months)', -0.75, 'opp:data-retention', 'gdpr:retention-period'),
    // "stored for the sole purpose of …" says why, not how long
    cue('(kept|keep~|stor~|maintain~|hold~|retain~) [^.]{0,40}for (the )?(sole|limited|specific|express) purposes? (of|to)', -0.8, 'opp:data-retention'),
    cue('(delete~|erase~|destroy~|anonymi[sz]e~|purge~)( it| them| the data| your data| such information| this information)? (after|within|once|when no longer)', 1, 'opp:data-retention', 'gdpr:retention-period'),
    cue('(for|up to|after|within|period of|at least|maximum of) ([0-9]+|one|two|three|five|six|seven|ten|twelve|thirty|ninety) (days|weeks|months|years)', 0.75, 'opp:data-retention', 'gdpr:retention-period'),
    cue('(back-?up|archiv)~ (copies|storage|systems|files|records)|residual copies|remain (in|on) (our )?(back-?up|servers|systems|archives|records)|(deleted|removed|purged) from our (servers|systems|records|databases?)|(scheduled|routinely|regularly) [^.]{0,20}(destruction|destroyed|deleted)|(routinely|periodically|regularly) (delete|purge|destroy)', 1, 'opp:data-retention', 'gdpr:retention-period'),
    cue('(keep|store|save|maintain) (a copy|copies|a (complete )?(log|record|history))', 0.7, 'opp:data-retention', 'gdpr:retention-period'),
    cue('(keep~?|kept) [^.]{0,40}(secure|safe|up to date|up-to-date|current|confidential|accurate|private)|(collection|use|disclosure),? (use,? )?(and|or) retention|retained (to|by us to) (perform|provide|help)|we have retained', -1, 'opp:data-retention', 'gdpr:retention-period'),
    // ── security
    cue('(encrypt~|ssl|tls|(over|via|using|uses|use) https|https (protocol|connections?|encryption)|firewalls? (to protect|and|,)|safeguard~|(against|prevent~|from|protect~) [^.]{0,40}unauthori[sz]ed|unauthori[sz]ed (access|disclosure|alteration)|technical and organi[sz]ational measures|(physical|electronic|administrative|technical|managerial),? (and |or )?(physical|electronic|administrative|technical|procedural|managerial)|pseudonymi[sz]~|secure (servers?|socket|environment|connection|facilities|network)|security (measures|safeguards|procedures|technolog~|precautions|practices|standards|controls))', 1, 'opp:data-security', 'topic:security'),
    cue('secur~', 0.5, 'opp:data-security', 'topic:security'),
    cue('(limit|restrict)~ (the )?access|restricted (database |access )?(servers?|areas?|access)|need to know|password[- ]protected|compromis~|intercept~|(properly|responsibly) (manage|handle|protect|treat)|manage [^.]{0,40} properly', 1, 'opp:data-security', 'topic:security'),
    cue('(loss|misuse|theft|alteration|hack~|malicious)', 0.5, 'opp:data-security', 'topic:security'),
    cue('(password|passwords|account access information|credentials)[^.]{0,60}(safe|secret|confidential|divulge|disclose|share)|(not|never) (to )?divulge|sign (off|out) (of )?your account|(be sure to|remember to|always|should|please|and) (close|log out of) your browser', 1, 'opp:data-security', 'topic:security'),
    cue(`protect~ ${DET}${INFO}`, 0.6, 'opp:data-security', 'topic:security'),
    cue('(require~|obligat~|bound) [^.]{0,50}(to )?(keep|protect|maintain|safeguard|treat)[^.]{0,40}(confidential~|secur~|protect~)', 0.6, 'opp:data-security', 'topic:security'),
    cue('(no (method|system|transmission|data transmission)|cannot (guarantee|ensure) (the )?(security|safety|confidentiality|that [^.]{0,60}(secure|safe|unauthori[sz]ed|intercept~))|not (be )?(100%?|completely|entirely|perfectly) secure|(be )?guaranteed to be (100%?|completely|entirely|perfectly) secure|breach)', 1, 'opp:data-security', 'topic:security'),
    cue('password', 0.3, 'opp:data-security'),
    // what we may disclose when we believe in good faith it is needed "to protect against misuse" is a legal exception to sharing, no safeguard
    cue('good[- ]faith belief|(believe~|belief),? in good faith|in good faith,? (we )?(believe~|belief)', -1, 'opp:data-security', 'topic:security'),
    // a cookie that saves or remembers a password ("to save your password in password-protected areas") is a convenience, no safeguard
    cue('(save|saves|saved|saving|remember|remembers|remembered|remembering) (your |the |their |a user.s )?(passwords?|log-?in (details|information|credentials))', -1, 'opp:data-security', 'topic:security'),
    // a social security number is a kind of data, not security; others' security we disclaim is not ours
    cue('social security (numbers?|nos?)', -0.5, 'opp:data-security', 'topic:security'),
    cue('(not responsible|no responsibility|not liable|no liability) (for|of) [^.]{0,60}secur~', -1, 'opp:data-security', 'topic:security'),
    // ── policy change
    cue('(change~|modif~|updat~|amend~|revis~) (to )?(this|our|the|these) (privacy )?(policy|statement|notice)', 1, 'opp:policy-change', 'topic:policy-changes'),
    cue('(this|our|the) (privacy )?(policy|statement|notice) (may|will|might|can) (be )?(change|updat|modif|revis|amend)~', 1, 'opp:policy-change', 'topic:policy-changes'),
    cue('(material|significant) changes|notify you (of|about|if) (any )?(such )?(material )?changes|check (this page|back|this policy) (periodically|regularly|from time to time|often)|continued use', 1, 'opp:policy-change', 'topic:policy-changes'),
    cue('(last|latest) (updated|modified|revised|amended)|effective (date|as of|on)', 0.5, 'opp:policy-change', 'topic:policy-changes'),
    cue('(was|were|been) (most recently |last )?(updated|revised|changed|modified|amended)|last changed|what (has|have) changed|most recent~ (update|version|revision)', 1, 'opp:policy-change', 'topic:policy-changes'),
    cue('(we|company|the company) (reserve~ the right to|may|might|will|can) (at any time )?(change|modify|amend|update|revise)|(amend|modify|change|update|revise)~? [^.]{0,30}(privacy )?(policy|notice|statement|terms)|(go|goes|come|comes|take|takes) into effect|in effect at the time|(posted|post) (on this page|here)|prior to the change|(will|may) change (also|from time to time|at any time)', 0.8, 'opp:policy-change', 'topic:policy-changes'),
    cue('(last|latest) (updated|modified|revised|amended)|effective (date|as of|on)', 1, 'opp:other'),
    // the policy's own date states no practice of telling users about changes (OPP-115 "Policy Change")
    cue('(updated|revised|modified|amended|effective|posted|published)( on| as of| in| from)?:?,? (january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(\\.? [0-9]+|\\.$)', -0.6, 'opp:policy-change'),
    cue('(updated|revised|modified|amended|effective|posted|published)( on| as of| in| from)?:?,? ([0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2,4}|[0-9]{4}-[0-9]{2}-[0-9]{2}|the date (indicated|shown|stated|given|set out|listed) (above|below|at the top))', -0.6, 'opp:policy-change'),
    // ── do not track
    cue('do[- ]not[- ]track|dnt', 1.5, 'opp:do-not-track'),
    cue('(tracking|track) (signals?|requests?|preferences)|global privacy control', 0.8, 'opp:do-not-track'),
    // ── specific audiences
    cue('children|child|kids|minors?(?! (changes?|updates?|edits?|modifications?|revisions?|amendments?|errors?|bugs?|issues?|corrections?|adjustments?|differences?|improvements?|fixes|tweaks?))|under (the age of |age )?(13|16|18|thirteen|sixteen)|coppa|parent(s|al)? (consent|permission|or guardian)|teens?', 1, 'opp:specific-audiences', 'topic:children'),
    // an age range or bound names an audience of young users ("between the ages of 13 and 17", "students 13 and older", "Thirteen to Seventeen")
    cue('(between )?the ages of ([0-9]{1,2}|thirteen|fourteen|fifteen|sixteen) (and|to) ([0-9]{1,2}|seventeen|eighteen)|([0-9]{1,2}|thirteen|sixteen|eighteen) (years of age |years old )?(and|or) (older|over|above|younger|under)|(thirteen|fourteen|fifteen|sixteen) to (seventeen|eighteen)', 1, 'opp:specific-audiences', 'topic:children'),
    cue('california|shine the light|1798\\.8|nevada|vermont|(european|eu|eea|uk|swiss) (residents|users|citizens|individuals|data subjects)|safe harbou?r|privacy shield|international (users|visitors|transfers)|outside (of )?the united states|residents of|(if you|users who|visitors who|those who|individuals who|anyone who)( are)? (located|reside|live|living|access~|visit~)[^.]{0,20} (in|outside|from)', 1, 'opp:specific-audiences'),
    // ── other: introduction, scope, contact, practices not covered
    cue('(committed to|respects?|respecting|values?|care~ about|take~ (your )?privacy) (protecting |respecting |safeguarding )?(your |the |our |customer |user |visitor |consumer )?(privacy|personal information)|privacy is important|(knows?|understand~) (that )?you care|thank(s| you) for (visiting|using|choosing)|this (privacy )?(policy|statement|notice|document) (is intended|explains|describes|applies|covers|sets|was|has been|tells|discloses|will help)|we have (prepared|created|adopted|developed) this|(privacy )?(policy|statement|notice) (explains|describes) how', 1.5, 'opp:other'),
    cue('(this|our|the) (privacy )?(policy|statement|notice|document) (explains|describes|tells you|sets out|discloses|covers|informs you|is intended to)[^.]{0,20} how|(how|why|what|the kinds of|the types of) (personal |other )?(information |data )?we (may )?(collect|use|share|gather|process|protect|disclose|handle|treat)', -0.8, 'opp:first-party', 'opp:third-party', 'opp:data-security'),
    cue('\\[at\\]|\\(at\\)|\\[dot\\]', 1, 'opp:other', 'gdpr:controller-contact'),
    // a definition ("when we use the term 'personal information' we mean …") says what a word means, no practice
    cue('(when|where|wherever|as) (we|this (privacy )?(policy|notice|statement)) (use|uses|refer to|refers to|say|says) (the )?(terms?|phrases?|words?|expressions?)|we mean (any )?(information|data)|(means|refers to|is defined as) (any )?(information|data) (that|which)', 1, 'opp:other'),
    cue('(when|where|wherever|as) (we|this (privacy )?(policy|notice|statement)) (use|uses|refer to|refers to|say|says) (the )?(terms?|phrases?|words?|expressions?)|we mean (any )?(information|data)|(means|refers to|is defined as) (any )?(information|data) (that|which)', -1, 'opp:first-party'),
    cue('(questions|concerns|comments|complaints|inquiries|queries|suggestions|feedback)( or (questions|concerns|comments|complaints|suggestions|feedback))? (about|regarding|concerning|on|relating to|related to|with respect to) (this|our|the) (privacy )?(policy|statement|practices|notice)', 1, 'opp:other', 'gdpr:controller-contact'),
    cue('contact us|write to us|reach us|e-?mail us|call us|contact (information|details)', 0.6, 'gdpr:controller-contact'),
    cue('(contact|notify|e-?mail|write to|call|reach) (us|our (privacy|customer|data protection))|(please|you (may|can)) contact|contact (information|details)', 0.6, 'opp:other'),
    cue('this (privacy )?(policy|statement|notice) (applies|describes|explains|covers|sets out|governs|informs|outlines|is (incorporated|part))|(by|when) (using|accessing|visiting|downloading) (the|our|this) (site|website|app|application|services?)~,? you (agree|consent|accept|acknowledge)|welcome to|(respect|value|committed to (protecting )?) ?your privacy|privacy (policy|statement|notice)$', 1, 'opp:other'),
    cue('terms (of|and conditions of) (use|service)|governed by|governing law|jurisdiction of', 0.5, 'opp:other'),
    // practices the policy does not cover (OPP-115 "Other: practice not covered"): other sites' and
    // parties' own policies, which we disclaim; such a sentence says nothing about our sharing or collection
    cue("(no|not have|without) (any )?control (over|of)|(do not|don't|cannot|can't|can not) control|(consult|review|read|check|refer to) (the |their |its |that (site|service|company|party)'s )?(respective |separate |own )?(privacy )?(policies|policy|notices?|statements?|practices|terms) (of|for)|(their|its) own (privacy )?(policies|policy|rules|practices|terms)|(may be|are|is) (different|differ) (from|than) (ours|our)|separate privacy (policy|policies|notice|statement)", 1, 'opp:other'),
    cue("(no|not have|without) (any )?control (over|of)|(do not|don't|cannot|can't|can not) control|(consult|review|read|check|refer to) (the |their |its |that (site|service|company|party)'s )?(respective |separate |own )?(privacy )?(policies|policy|notices?|statements?|practices|terms) (of|for)|(their|its) own (privacy )?(policies|policy|rules|practices|terms)|(may be|are|is) (different|differ) (from|than) (ours|our)|separate privacy (policy|policies|notice|statement)", -0.6, 'opp:third-party', 'opp:first-party'),
    // what the policy is and what it explains: an introduction (OPP-115 "Other: introductory/generic")
    cue('(our|this|the) (privacy )?(policy|notice|statement|document)(, which)? (explains|describes|outlines|covers|sets out|tells you|summari[sz]es)|(read|review) ([^.]{0,30} )?(this|our|the) (updated |revised |new )?(privacy )?(policy|notice|statement) (carefully|in full|thoroughly)', 1.5, 'opp:other'),
    // "read our updated policy carefully" invites reading; it tells no practice of notifying changes
    cue('(read|review) ([^.]{0,30} )?(this|our|the) (updated|revised|new) (privacy )?(policy|notice|statement) (carefully|in full|thoroughly)', -0.8, 'opp:policy-change'),
    // seal programmes, self-regulation and independent dispute resolution
    cue('truste|esrb|better business bureaus?|bbb|seal (program|programme|provider)s?|dispute resolution|self-regulatory (program|programme|framework|principles)s?', 1, 'opp:other'),
    cue('(not responsible|no responsibility|not liable) for|does not (apply|cover)|outside (the scope|our control)|(links? to|linked) (other|third[- ]party|external) (web)?sites', 1, 'opp:other'),
    // ── GDPR: controller identity and contact (Art. 13(1)(a), (b))
    cueCs("(?<![\\w&.,'-])[A-Z][\\w&.,'-]*( [A-Z][\\w&.,'-]*){0,5} (Inc|Ltd|LLC|L\\.L\\.C|GmbH|S\\.A\\.S?|SAS|SARL|B\\.V|BV|S\\.r\\.l|S\\.L|AG|Limited|Corp|Corporation|Pty|OÜ|AB|Oy|SpA|S\\.p\\.A|Co|LLP|PLC|plc)(?!\\w)\\.?", 1, 'gdpr:controller-name'),
    cue('(is|acts as|as) (the )?(data )?controller|controller (of|for|responsible)|responsible for (the )?(processing|your (personal )?data)|(operated|owned|provided|developed|published|created|built|made) by|("|“|\\()(we|us|our|company|developer)("|”|\\))', 1, 'gdpr:controller-name'),
    cueCs("^(At )?(?!(We|Our|Us|You|Your|This|These|That|Those|If|The|It|Its|They|Their|Some|All|Any|In|For|When|Where|Please|To|As|By|Such|Each|No|Most|Many|Other|Personal|Information|Data|Cookies|Users?|Children|Parents|Google|Facebook|Apple|Third)\\b)[A-Z][\\w&'.-]*( (of |for |and |& )?[A-Z(][\\w&'.)-]*){0,5},? (respects|is committed|processes|provides|follows|operates|intends|appreciates|values|takes|is an?|built|developed|created|collects|uses|may|does not|will|we|\\()", 1, 'gdpr:controller-name'),
    cue(EMAIL_CUE, 1, 'gdpr:controller-contact'),
    cue(EMAIL_CUE, 0.6, 'opp:other'),
    cue('(\\+?1[-. ])?\\(?[0-9]{3}\\)?[-. ][0-9]{3}[-. ][0-9]{4}|(p\\.?o\\.? box|suite|attn:?) [0-9a-z]', 0.6, 'opp:other', 'gdpr:controller-contact'),
    cue('(contact|reach|write to|email|e-mail) us (at|by|via|using|through|on)|(postal|mailing) address|registered (office|address)', 0.6, 'gdpr:controller-contact'),
    cue('data protection officer|dpo', 1, 'gdpr:dpo-contact'),
    // ── legal bases (Art. 6)
    cue('legal (basis|bases|ground)|lawful (basis|bases|ground)|art(icle|\\.)? ?6|on the basis of|based on (your )?consent|(performance|perform|necessary for|fulfil~) (of )?(a|the|our|your) (contract|agreement)|legal obligation|vital interests?|public interest|your (explicit |express )?consent', 1, 'gdpr:legal-basis'),
    cue('(comply|compliance) with (the |any |a |our |applicable )*(law|legal|regulat)~|required (to do so )?by law', 0.6, 'gdpr:legal-basis'),
    // consent given by the visitor is a legal basis (Art. 6(1)(a)), however it is worded
    cue('you (hereby )?(expressly )?consent to (the |our |my |its |this |such )?(collection|use|processing|disclosure|transfer|privacy policy)|(only |solely )?(with|upon|after obtaining) (your )?(explicit|express|prior|affirmative) consent', 1, 'gdpr:legal-basis'),
    cue('legitimate (business )?interests?', 1, 'gdpr:legitimate-interests', 'gdpr:legal-basis'),
    cue('legitimate (business|technical) (reason|purpose)s?', 1, 'gdpr:legitimate-interests'),
    // ── sources (Art. 14(2)(f))
    cue(`(receive|obtain|collect|get|acquire)~ ${DET}${INFO} (about you )?(from|through|via) (third[- ]part~|other sources|other companies|our partners|partners|social|publicly|public|service providers|advertis~|data brokers|other users|affiliates|google|facebook|apple)`, 1, 'gdpr:source-of-data', 'opp:first-party'),
    cue('(collect|receive|obtain|get)~ [^.]{0,40}from (our |trusted |selected |carefully selected |business |advertising |marketing )*(partners|third parties|affiliates)|(is|are) publicly available|publicly available (information|data|sources)', 1, 'gdpr:source-of-data'),
    // what the visitor's own browser or device sends is collected from them (Art. 13), not a source (Art. 14(2)(f))
    cue('through third[- ]party (products|services|tools|sdks?)|(from|via|through|connect~ to|received from|obtained from|linked to) (your |the |a |other |certain )?(social (networking|media)|third[- ]part~|business partners|data brokers|public (databases|sources|records)|google|facebook|apple|twitter)|(log|sign)~ (in|on|up) [^.]{0,20}(google|facebook|apple|twitter|social)|(provided|given|supplied|disclosed|submitted) (to us )?(voluntarily |directly )?by (you|users|third parties)|collected from (you|users|customers|other|third|publicly|public)|regardless of the source|sources? of (the |your )?(personal )?(information|data)', 1, 'gdpr:source-of-data'),
    cue('publicly (available|accessible) (sources|information|data)|from (other|third[- ]party|external) sources|(sign|log)~ (in|up|on) (with|via|using|through) (your )?(facebook|google|apple|twitter|social)|(facebook|google|social media) (login|connect|sign-in)', 1, 'gdpr:source-of-data'),
    cue(`${INFO} (that )?(you|we) (provide|submit|give|enter)~|(provided|submitted) by you|directly from you|automatically (collect~|gather~)`, 0.6, 'gdpr:source-of-data'),
    // ── transfers (Art. 13(1)(f))
    cue('(transfer~|stor(e|es|ed|ing|age)|process~|hosted|located|maintained) (to|in|outside|on servers|and (processed|stored|maintained) in)[^.]{0,40}(countr~|united states|usa|u\\.s|eea|eu|europe~|jurisdiction~|servers)|outside (of )?(the )?(eea|european economic area|eu|european union|your (country|jurisdiction|state|province))|standard contractual clauses|adequacy decision|(international|cross-border) (data )?transfers?|third countr~|binding corporate rules|servers (are )?located', 1, 'gdpr:third-country-transfers'),
    // ── mandatory disclosure (Art. 13(2)(e))
    // Art. 13(2)(e): whether providing the data is a requirement, and what follows from not providing it
    cue('(is|are) (mandatory|obligatory)|(not|never) (required|obliged|obligated) to provide|(failure|fail) to provide|if you do not provide|(statutory|contractual) (requirement|obligation)|marked (as )?(mandatory|required|with an asterisk)|(mandatory|obligatory|required) (fields?|information|data)', 1, 'gdpr:mandatory-disclosure'),
    cue('(refuse|choose not|decline|unwilling) to provide|mandatory|obligatory', 0.5, 'gdpr:mandatory-disclosure'),
    // ── automated decisions (Art. 22)
    cue('automated (individual )?decision~|profiling|article 22|solely on automated', 1, 'gdpr:automated-decision-making'),
    // ── rights (Art. 15–21, 7(3), 77)
    cue('right (of|to) access|access (to )?(the |your )?(personal )?(data|information) (we hold|that we|about you|concerning you)|(request|obtain) (a copy|access|confirmation)|copy of (your|the) (personal )?(data|information)|subject access|(access|review|see) (the )?(personal )?(information|data) (we|that we) (hold|have|maintain)', 1, 'gdpr:right-access'),
    cue(`rectif~|(correct|update|amend|edit|complete)~? ${DET}(inaccurate|incorrect|incomplete|outdated|${INFO})|right to (correct|update)|(have|has|get) (it|them|the information|your (personal )?(information|data)) (corrected|updated|changed)`, 1, 'gdpr:right-rectification'),
    cue(`erasure|right to (be forgotten|delet~|erase)|(delet~|eras~|remov~) (of )?${DET}(${INFO}|account)|request (the )?(deletion|removal)`, 1, 'gdpr:right-erasure'),
    cue('(correct~|updat~|amend~|edit(s|ed|ing)?|rectif~|alter)( ?,| and| or|/)+ [^.]{0,40}(your |their |his |her |any |the )?(personal )?(information|data|details)|correction~|(be|been|get|have it) (corrected|rectified|amended)', 1, 'gdpr:right-rectification'),
    cue('stop all collection|uninstall~|(may|can) be withdrawn|revok~ [^.]{0,30}(access|permission|consent)|change your (consent|mind)', 1, 'gdpr:right-withdraw-consent'),
    cue('child|children|minors?(?! (changes?|updates?|edits?|modifications?|revisions?|amendments?|errors?|bugs?|issues?|corrections?|adjustments?|differences?|improvements?|fixes|tweaks?))|under the age|parents?|guardian', -0.8, 'gdpr:right-erasure'),
    cue('rights? (to|of) [^.]{0,100}(eras|delet)~', 1, 'gdpr:right-erasure'),
    cue('(request|ask|like|wish|want)~? [^.]{0,40}(delete|erase|remove) [^.]{0,30}(data|information|account|pii)', 1, 'gdpr:right-erasure'),
    cue('(ask|request|entitled|right|like|wish|want|may|can)~? [^.]{0,30}(see|review|know|inquire|consult|access|obtain|receive)~? [^.]{0,40}(data|information|pii)[^.]{0,20} (we|that we|which we) (hold|have|store|retain|keep|collect~|process)', 1, 'gdpr:right-access'),
    cue('rights? (to|of) [^.]{0,100}(restrict|limit)~', 1, 'gdpr:right-restrict'),
    cue('rights? (to|of) [^.]{0,100}object(ed|ing|ions?)?', 1, 'gdpr:right-object'),
    cue('restrict~ (the |our )?(processing|use)|restriction of (the )?processing|right to (restrict|limit)', 1, 'gdpr:right-restrict'),
    cue('right to (object|oppose)|(object|oppose) (to )?(the |our |any |such )?(processing|use|treatment)|objection|opt(ing)?[- ]out', 1, 'gdpr:right-object'),
    cue('portab~|machine[- ]readable|structured,? commonly[- ]used|(transmit|transfer) (your |the )?(data|information) to another', 1, 'gdpr:right-portability'),
    cue('(withdraw|revoke|retract)~ (your |the |this |such |any )?(consent|permission)|withdrawal of (your )?consent|consent (at any time|may be withdrawn|can be withdrawn)|change your mind', 1, 'gdpr:right-withdraw-consent', 'opp:user-choice'),
    cue('(lodge|file|make|submit|bring) a complaint|supervisory authority|data protection (authority|authorities|regulator|commission)|information commissioner|ico|cnil', 1, 'gdpr:right-lodge-complaint'),
    // a complaint made to the company itself is not one lodged with a supervisory authority (Art. 77)
    cue('(make|submit|send|have|raise) (a|any) complaint[^.]{0,40}(contact|write to|e-?mail|call) us|(receives?|received) (a |any )?(formal )?(written )?complaints? from you', -1, 'gdpr:right-lodge-complaint'),
    // ── topics
    cue('cookies?|web beacons?|pixel( tags?)?|tracking (technolog~|tools|pixels)|local storage|clear gifs|flash cookies|sdks?|fingerprint~', 1, 'topic:cookies-tracking'),
    cue('cookies?|web beacons?|pixel tags?|tracking technolog~|clear gifs|log files', 0.5, 'opp:first-party'),
    cue('(direct|e-?mail|promotional) marketing|marketing (communications|e-?mails|messages|purposes|materials)|newsletters?|promotional (e-?mails|messages|offers|communications|materials)|special offers|offers (from|of) (our )?(partners|third parties)', 1, 'topic:direct-marketing'),
    cue('(sell|sale|sold|selling) (of )?(your |the |any )?personal (information|data)|do not sell|ccpa|cpra|california consumer privacy act|cross-context behavioral advertising|(sell|share) my personal', 1, 'topic:sale-sharing-ccpa'),
    cue('children|child|minors?(?! (changes?|updates?|edits?|modifications?|revisions?|amendments?|errors?|bugs?|issues?|corrections?|adjustments?|differences?|improvements?|fixes|tweaks?))|under (the age of |age )?(13|14|15|16|18|thirteen|sixteen)|coppa|parental (consent|permission)', 1, 'topic:children'),
  ],
  heading: [
    cue('collect~|information we|data we|what (information|data)|personal (information|data)|types of', 1, 'opp:first-party', 'gdpr:data-categories'),
    cue('(how|why) we use|use of (your )?(information|data)|purposes?', 1, 'opp:first-party', 'gdpr:processing-purpose'),
    cue('shar~|disclos~|third part~|recipients|who (we|do we) (share|disclose)|advertis~|service providers', 1, 'opp:third-party', 'gdpr:data-recipients'),
    cue('choice~|opt(s|ed|ing|ions?)?|control~|preferences|unsubscrib~', 1, 'opp:user-choice'),
    cue('access~|correct~|updat~ your|delet~|edit(s|ed|ing)?|your (rights|account)', 1, 'opp:user-access'),
    cue('retention|retain~|how long|storage (period|duration)', 1.5, 'opp:data-retention', 'gdpr:retention-period'),
    cue('secur~|protect~ (your )?(information|data)|safeguard~', 1, 'opp:data-security', 'topic:security'),
    cue('changes?|updates? to|amendments?|revisions?', 1, 'opp:policy-change', 'topic:policy-changes'),
    cue('do not track', 1.5, 'opp:do-not-track'),
    cue('children|child|minors|kids|california|international|european|eea|residents|users outside', 1, 'opp:specific-audiences'),
    cue('contact|questions|about us|who we are|introduction|scope|overview|general|links', 1, 'opp:other'),
    cue('cookies?|tracking', 1, 'topic:cookies-tracking', 'opp:first-party'),
    cue('legal basis|lawful basis|legal grounds?', 1, 'gdpr:legal-basis'),
    cue('transfer~|international', 1, 'gdpr:third-country-transfers'),
    cue('marketing|newsletter', 1, 'topic:direct-marketing'),
    cue('your rights|rights of|data subject', 0.5, 'gdpr:right-access', 'gdpr:right-erasure', 'gdpr:right-rectification'),
  ],
};
