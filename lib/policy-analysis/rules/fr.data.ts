import { EMAIL_CUE, cue, cueCs, type LanguageRules } from './rule-types';

/**
 * French cues (same conventions as en.data.ts: whole words, `~` = more letters, weight 1
 * decides alone). Vocabulary of French policies and of the RGPD's own wording (art. 13, 14).
 */
const DONNEES = '(données|informations|renseignements)( à caractère personnel| personnelles)?';
const TYPES =
  "(nom|prénom|adresse (e-?mail|électronique|postale|de facturation|de livraison|ip)|numéro de téléphone|téléphone|date de naissance|âge|sexe|identifiant~|coordonnées|données de (navigation|connexion|localisation|paiement|facturation)|localisation|carte bancaire|historique d'achat|mot de passe|photos?|appareil)";

// prettier-ignore
export const FR_RULES: LanguageRules = {
  sentence: [
    cue('google analytics|matomo|hotjar|(facebook|meta) pixel|firebase analytics|crashlytics|appsflyer|doubleclick|adsense|admob', 1, 'gdpr:data-recipients', 'opp:third-party', 'topic:cookies-tracking'),
    cue(`nous (pouvons |)(collect|recueill|obten|recev|enregistr)~ [^.]{0,60}(données|informations|renseignements|adresse|nom|numéro|identifiant|coordonnées|historique|localisation|cookies)`, 1, 'opp:first-party', 'gdpr:data-categories'),
    cue(`(collect|recueill|collectées|recueillies|traitées)~ ${DONNEES}|${DONNEES} (que nous (collectons|recueillons|traitons)|(collectées|recueillies))`, 1, 'opp:first-party', 'gdpr:data-categories'),
    cue(TYPES, 0.6, 'gdpr:data-categories'),
    cue(TYPES, 0.3, 'opp:first-party'),
    cue(`(nous (utilisons|traitons|exploitons)|sont (utilisées|traitées))( (vos |ces |les )?(${DONNEES}|informations))?`, 1, 'opp:first-party', 'gdpr:processing-purpose'),
    cue("(afin de|pour|dans le but de|aux fins de|finalités?) (fournir|livrer|améliorer|personnaliser|traiter|gérer|vous (envoyer|adresser|contacter)|mesurer|analyser|exécuter|prévenir|assurer|répondre)~", 1, 'gdpr:processing-purpose', 'opp:first-party'),
    cue('finalités?', 0.6, 'gdpr:processing-purpose'),
    cue('(partag|communiqu|transmett|transf[eé]r|divulgu|vend|cèd|louons)~ (vos |ces |les |des |certaines )?(données|informations)|destinataires?|tiers|prestataires?|sous-traitants?|partenaires?|filiales?', 1, 'opp:third-party', 'gdpr:data-recipients'),
    // « nous pouvons partager … » dit un partage, quel que soit l'objet (pas « communiquer », qui est aussi « communiquer avec vous »)
    cue('nous (pouvons |pourrons |)(partag|divulgu|vend)~', 1, 'opp:third-party', 'gdpr:data-recipients'),
    cue("(autorités|forces de l'ordre|réquisition judiciaire|obligation légale de communication)", 0.6, 'opp:third-party', 'gdpr:data-recipients'),
    // publier des données (« nous pouvons publier votre nom », « affichées publiquement ») ou les céder avec les actifs, c'est les communiquer
    cue('(publi|affich)~ [^.]{0,30}publiquement|nous (pouvons |pourrons )?publier (votre|vos|ces|les|leur)|actifs (cédés|transférés|vendus)', 1, 'opp:third-party', 'gdpr:data-recipients'),
    cue('(vous désabonner|désinscri|désabonn|opposer à (la réception|la prospection)|lien de désinscription|paramètres de votre navigateur|paramétrer|refuser les cookies|gérer vos préférences|vos choix)~', 1, 'opp:user-choice'),
    // refuser de fournir une donnée, résilier un abonnement : un choix laissé à l'utilisateur
    cue("refuser de (fournir|communiquer|donner|transmettre|saisir)|(résilier|annuler) (votre |son |leur |l.)?abonnement", 1, 'opp:user-choice'),
    cue("(accéder|modifier|corriger|mettre à jour|supprimer) (à )?(vos |les |votre )?(données|informations|compte|profil)", 1, 'opp:user-access'),
    // au passif (« votre adresse peut être modifiée en nous appelant ») ou comme consigne (« modifiez votre profil »)
    cue("(données|informations|coordonnées|adresse|profil|compte)[^.]{0,60} (peuvent|peut|pourront|pourra) (aussi |également |à tout moment )?être (modifiée?s?|corrigée?s?|mise?s? à jour|rectifiée?s?)|^(modifiez|corrigez|mettez à jour) (vos|votre)", 1, 'opp:user-access'),
    cue('(conserv|archiv)~ [^.]{0,40}(données|informations|renseignements|factures|journaux|historique)|(données|informations)[^.]{0,40} (sont |seront )?(conservées|archivées)|durée de conservation|pendant (une durée|un délai)|(pendant|durant|pour une durée de|après|au-delà de|jusqu.à|au maximum|au plus|pas plus de|n.excédant pas) ?(une durée de |un délai de )?([0-9]+|un|deux|trois|cinq|six|dix|douze|treize|trente) (jours|mois|ans|années)', 1, 'opp:data-retention', 'gdpr:retention-period'),
    // nier la conservation ("nous ne conservons pas …") n'énonce aucune durée
    cue("ne (conserv|gard|stock|archiv)~ (pas|jamais|aucune?)(?![^.]{0,60}(plus longtemps|au-delà|plus de|après))", -1, 'opp:data-retention'),
    cue('(sécuri|chiffr|crypt|pseudonymi|anonymi)~|https|ssl|tls|mesures techniques et organisationnelles|accès non autorisé|protég~ vos données', 1, 'opp:data-security', 'topic:security'),
    // un numéro de sécurité sociale est une donnée, pas une mesure de sécurité
    cue('(numéro de )?sécurité sociale', -1, 'opp:data-security', 'topic:security'),
    // ce que nous communiquons si nous estimons de bonne foi que c'est nécessaire « pour protéger la sécurité » est une exception légale au partage, pas une mesure de sécurité
    cue('de bonne foi', -1, 'opp:data-security', 'topic:security'),
    cue('(modifi|mettre à jour|mise à jour|actualis|révis)~ (la |cette |notre )?(présente )?(politique|charte|déclaration)|(politique|charte) (peut|pourra|est susceptible d.être) (être )?(modifi|mise à jour)~|dernière mise à jour|en vigueur', 1, 'opp:policy-change', 'topic:policy-changes'),
    // la date de la politique elle-même n'annonce aucune pratique de modification (OPP-115 "Policy Change")
    cue("(dernière mise à jour|mise à jour|modifiée|révisée|en vigueur)( le| du| au| depuis| à compter du)? ?:? ?([0-9]{1,2}[/.][0-9]{1,2}|[0-9]{4}-[0-9]{2})", -1, 'opp:policy-change'),
    cue('ne pas (me |nous )?suivre|do not track|dnt', 1.5, 'opp:do-not-track'),
    cue('enfants?|(?<!(changements?|ajustements?|amendements?|détails?|correctifs?) )mineurs?|moins de (13|15|16|18) ans|parents?|titulaire de l.autorité parentale', 1, 'opp:specific-audiences', 'topic:children'),
    // une tranche ou un seuil d'âge désigne un public de jeunes utilisateurs (« entre 13 et 17 ans », « 13 ans et plus »)
    cue('entre ([0-9]{1,2}) et ([0-9]{1,2}) ans|([0-9]{1,2}) ans (et plus|ou plus|révolus)', 1, 'opp:specific-audiences', 'topic:children'),
    cue('résidents (de|en|californiens)|utilisateurs (européens|internationaux)|californi~', 1, 'opp:specific-audiences'),
    cue('(questions?|demandes?|réclamations?) (concernant|relatives?|sur) (la |cette |notre )?(présente )?(politique|charte|traitement)|nous contacter|contactez-nous|nous écrire', 1, 'opp:other', 'gdpr:controller-contact'),
    // RGPD art. 13(1)(a), (b)
    cueCs("(?<![\\p{L}&.'-])[A-ZÀ-Ý][\\p{L}&.'-]*( [A-ZÀ-Ý][\\p{L}&.'-]*){0,5} (SAS|SA|SARL|SASU|EURL|SCI|SNC|S\\.A\\.S?)\\b\\.?", 1, 'gdpr:controller-name'),
    cue('responsable (du|de) traitement|responsable des traitements|(édité|exploité|opéré|publié) (par|pour)', 1, 'gdpr:controller-name'),
    // une définition (« par données personnelles, nous entendons … ») dit ce qu'un mot veut dire, aucune pratique
    cue("nous entendons|on entend par|(désigne|désignent|signifie|s.entend (de|comme)) (toute|toutes les|tous les|les|l.ensemble des) (informations?|données|renseignements)", 1, 'opp:other'),
    cue("nous entendons|on entend par|(désigne|désignent|signifie|s.entend (de|comme)) (toute|toutes les|tous les|les|l.ensemble des) (informations?|données|renseignements)", -1, 'opp:first-party'),
    // un remerciement ouvre la politique (une introduction, OPP-115 « Other »)
    cue("merci (de|pour) votre (visite|confiance|intérêt)|merci d.(utiliser|avoir choisi)", 1, 'opp:other'),
    cue(EMAIL_CUE, 1, 'gdpr:controller-contact', 'opp:other'),
    cue('(délégué|déléguée) à la protection des données|dpo', 1, 'gdpr:dpo-contact'),
    // bases légales (art. 6)
    cue("base (légale|juridique)|fondement (légal|juridique)|(sur la base|sur le fondement) de|votre consentement|exécution (d.un|du|de votre) contrat|obligation légale|intérêts? vitaux|intérêt public|article 6|art\\. 6", 1, 'gdpr:legal-basis'),
    cue('intérêts? légitimes?', 1, 'gdpr:legitimate-interests', 'gdpr:legal-basis'),
    cue('(auprès de|de la part de|transmises par|obtenues (auprès|de)|proviennent|provenant) (nos |de nos |des |de )?(partenaires|tiers|sources publiques|réseaux sociaux)|sources (publiques|accessibles au public)', 1, 'gdpr:source-of-data'),
    cue("(hors de|en dehors de) (l.union européenne|l.ue|l.eee|l.espace économique européen)|pays tiers|clauses contractuelles types|décision d.adéquation|transferts? (internationaux|vers)|règles d.entreprise contraignantes", 1, 'gdpr:third-country-transfers'),
    cue('(obligatoire|facultati)~|(nécessaire|indispensable|requis)~ (pour|à) (créer|la création|conclure|fournir|utiliser)|(à défaut|si vous ne (fournissez|communiquez)|sans ces (données|informations))', 1, 'gdpr:mandatory-disclosure'),
    cue("(hébergé|stocké|transféré|conservé|traité)e?s? (aux|aux états-unis|en dehors|hors|dans des pays)|états-unis|hors (de l.)?(ue|eee|union européenne)", 1, 'gdpr:third-country-transfers'),
    cueCs('(Google|Facebook|Meta|Firebase|AdMob|Amazon Web Services|AWS|Microsoft|Stripe|PayPal|Mailchimp|Brevo|Matomo|Hotjar|OVH|Shopify)', 0.6, 'gdpr:data-recipients', 'opp:third-party'),
    cue('(avez|aurez) (donné votre |exprimé votre )?consent~|(avec|sans) votre (accord|consentement)', 1, 'gdpr:legal-basis'),
    // consent given by the visitor, however worded, is a legal basis (RGPD art. 6(1)(a))
    cue("vous (y )?consentez|vous acceptez (expressément )?(la collecte|le traitement|l.utilisation|la communication)", 1, 'gdpr:legal-basis'),
    cue('décisions? (individuelles? )?automatisées?|profilage|traitement automatisé', 1, 'gdpr:automated-decision-making'),
    cue("droit d.accès|accéder à vos (données|informations)|(obtenir|demander) (une copie|l.accès|la confirmation)", 1, 'gdpr:right-access'),
    cue('rectifi~|(corriger|mettre à jour|compléter) (vos |les )?(données|informations)', 1, 'gdpr:right-rectification'),
    cue("effacement|droit à l.oubli|(supprimer|suppression de) (vos |les |votre )?(données|informations|compte)", 1, 'gdpr:right-erasure'),
    cue('limitation (du|des) traitements?|limiter le traitement|droits? [^.]{0,120}limitation', 1, 'gdpr:right-restrict'),
    cue("droits? [^.]{0,120}opposition|droit d.opposition|(vous )?opposer (au|à ce) (traitement|que)|vous opposer", 1, 'gdpr:right-object'),
    cue('portabilité|format structuré|lisible par (une )?machine', 1, 'gdpr:right-portability'),
    cue('retirer (votre |son )?consentement|retrait (de votre|du) consentement', 1, 'gdpr:right-withdraw-consent', 'opp:user-choice'),
    cue("(introduire|déposer|adresser) une réclamation|autorité de contrôle|cnil|autorité de protection des données", 1, 'gdpr:right-lodge-complaint'),
    cue('cookies?|traceurs?|balises|pixels?|témoins de connexion|mesur~ (d|l).audience', 1, 'topic:cookies-tracking'),
    cue('prospection|newsletters?|lettres? d.information|offres (commerciales|promotionnelles|de nos partenaires)|marketing', 1, 'topic:direct-marketing'),
    cue('(vendons|vendre|vente|louons|vendrons|louerons)( pas| jamais)? (de )?(vos |les |des )?(données|informations)|(données|informations) [^.]{0,30}(vendues|louées|cédées)|ccpa', 1, 'topic:sale-sharing-ccpa'),
  ],
  heading: [
    cue('(données|informations) (collectées|que nous collectons)|collecte', 1, 'opp:first-party', 'gdpr:data-categories'),
    cue('finalités|utilis(ation~|ons|er|é|ée|és|ées)', 1, 'opp:first-party', 'gdpr:processing-purpose'),
    cue('destinataires|partage|communication|tiers', 1, 'opp:third-party', 'gdpr:data-recipients'),
    cue('conservation|durée', 1.5, 'opp:data-retention', 'gdpr:retention-period'),
    cue('sécurité', 1, 'opp:data-security', 'topic:security'),
    cue('modifications?|mises? à jour', 1, 'opp:policy-change', 'topic:policy-changes'),
    cue('enfants|mineurs', 1, 'opp:specific-audiences'),
    cue('contact|qui sommes-nous|responsable', 1, 'opp:other'),
    cue('cookies|traceurs', 1, 'topic:cookies-tracking', 'opp:first-party'),
    cue('base légale|fondement', 1, 'gdpr:legal-basis'),
    cue('transferts?', 1, 'gdpr:third-country-transfers'),
    cue('vos droits', 0.5, 'opp:user-access'),
  ],
};
