import type { RequestLetters } from '../schema';

// Lettres RGPD en français, rédigées pour Rightful. Citations au format d'EUR-Lex
// (« article 15, paragraphe 1, point c) »).
const DELAI =
  "Je vous remercie de me répondre dans les meilleurs délais et au plus tard dans un délai d'un mois à compter de la réception de la présente demande (article 12, paragraphe 3, du RGPD). Si vous deviez prolonger ce délai, il vous appartient de m'en informer dans ce même mois, en indiquant les motifs.";
const DESTINATAIRES =
  "Je vous demande de notifier cette mesure à chaque destinataire auquel mes données ont été communiquées (article 19 du RGPD) et de m'indiquer l'identité de ces destinataires.";

export const GDPR_FR: RequestLetters = {
  law: 'gdpr',
  language: 'fr',
  frame: {
    greeting: 'Madame, Monsieur,',
    controllerFallback: 'votre organisme',
    identityIntro:
      'Pour vous permettre de retrouver mes données, voici les informations que vous détenez à mon sujet :',
    fieldLabels: {
      name: 'Nom',
      email: 'Adresse électronique',
      postalAddress: 'Adresse postale',
      accountId: 'Numéro de client ou de compte',
    },
    fieldSeparator: ' : ',
    identityNote:
      'En cas de doute raisonnable sur mon identité, vous ne pouvez me demander que les informations supplémentaires nécessaires pour la confirmer (article 12, paragraphe 6, du RGPD).',
    closing:
      "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
    quote: ' : « {q} »',
    and: 'et',
    bullet: '- ',
    units: {
      Y: ['an', 'ans'],
      M: ['mois', 'mois'],
      W: ['semaine', 'semaines'],
      D: ['jour', 'jours'],
    },
  },
  rights: {
    access: {
      subject: "Demande de droit d'accès (article 15 du RGPD)",
      paragraphs: [
        {
          text: "Je m'adresse à {controller} pour exercer mon droit d'accès prévu à l'article 15 du règlement général sur la protection des données (RGPD).",
        },
        {
          text: "Je vous demande de me confirmer si vous traitez ou non des données à caractère personnel me concernant. Dans l'affirmative, je vous demande de me fournir une copie de l'ensemble de ces données (article 15, paragraphe 3) ainsi que les informations suivantes (article 15, paragraphe 1, points a) à h), et paragraphe 2) :",
        },
        {
          text: [
            'a) les finalités du traitement ;',
            'b) les catégories de données à caractère personnel concernées ;',
            "c) les destinataires auxquels mes données ont été ou seront communiquées, en particulier les destinataires établis dans des pays tiers ou les organisations internationales. Je demande l'identité de chaque destinataire, et non seulement les catégories de destinataires (Cour de justice de l'Union européenne, arrêt du 12 janvier 2023, Österreichische Post, C-154/21) ;",
            "d) la durée de conservation de mes données ou, lorsque ce n'est pas possible, les critères utilisés pour déterminer cette durée ;",
            "e) l'existence du droit de demander la rectification ou l'effacement de mes données, la limitation du traitement, et du droit de s'opposer à ce traitement ;",
            "f) le droit d'introduire une réclamation auprès d'une autorité de contrôle ;",
            "g) lorsque mes données n'ont pas été collectées auprès de moi, toute information disponible quant à leur source ;",
            "h) l'existence d'une prise de décision automatisée, y compris un profilage (article 22, paragraphes 1 et 4) et, dans ce cas, des informations utiles concernant la logique sous-jacente, ainsi que l'importance et les conséquences prévues de ce traitement pour moi ;",
            '- lorsque mes données sont transférées vers un pays tiers ou à une organisation internationale, les garanties appropriées encadrant ce transfert (article 15, paragraphe 2, et article 46 du RGPD).',
          ].join('\n'),
        },
        {
          when: 'partnersMentioned',
          text: "Votre politique de confidentialité indique que vous communiquez des données personnelles à des partenaires ou à d'autres tiers{partnersQuote}. Au titre du point c), je vous demande de nommer chaque partenaire ayant reçu mes données, en précisant quelles données et à quelle date.",
        },
        {
          when: 'partnersNamed',
          text: 'Elle cite {partners} : merci de préciser lesquels ont reçu mes données, et de nommer tout autre destinataire.',
        },
        {
          when: 'sourcesMentioned',
          text: "Elle indique également que vous obtenez des données personnelles auprès de partenaires ou d'autres tiers{sourcesQuote}. Au titre du point g), je vous demande de m'indiquer lesquelles de mes données ont été obtenues ainsi, auprès de qui et à quelle date.",
        },
        {
          when: 'publicSources',
          text: 'Elle indique enfin que vous collectez des informations accessibles au public{publicQuote}. Merci de préciser quelles sources publiques vous avez utilisées à mon sujet.',
        },
        {
          text: "Cette demande étant présentée par voie électronique, je vous demande de me fournir la copie et les informations sous une forme électronique d'usage courant (article 15, paragraphe 3). La première copie est gratuite (article 12, paragraphe 5, du RGPD).",
        },
        { text: DELAI },
      ],
    },
    rectification: {
      subject: 'Demande de rectification (article 16 du RGPD)',
      paragraphs: [
        {
          text: "Je m'adresse à {controller} pour vous demander de rectifier des données personnelles inexactes me concernant et de compléter les données incomplètes, conformément à l'article 16 du RGPD.",
        },
        { when: 'details', text: 'Données à corriger et valeurs exactes :\n{details}' },
        {
          unless: 'details',
          text: 'Données à corriger et valeurs exactes :\n[décrivez chaque donnée inexacte et sa valeur exacte]',
        },
        { text: DESTINATAIRES },
        { text: DELAI },
      ],
    },
    erasure: {
      subject: "Demande d'effacement (article 17 du RGPD)",
      paragraphs: [
        {
          text: "Je m'adresse à {controller} pour vous demander d'effacer dans les meilleurs délais l'ensemble des données personnelles me concernant, conformément à l'article 17 du RGPD.",
        },
        {
          text: "Au moins l'un des motifs de l'article 17, paragraphe 1, s'applique : les données ne sont plus nécessaires au regard des finalités pour lesquelles elles ont été collectées (point a)) ; je retire tout consentement sur lequel le traitement est fondé (point b)) ; je m'oppose au traitement et il n'existe pas de motif légitime impérieux pour le poursuivre, ou je m'oppose au traitement à des fins de prospection (point c)) ; les données ont fait l'objet d'un traitement illicite (point d)) ; les données doivent être effacées pour respecter une obligation légale à laquelle vous êtes soumis (point e)) ; ou les données ont été collectées dans le cadre de l'offre de services de la société de l'information à un enfant (point f), article 8, paragraphe 1).",
        },
        {
          when: 'retentionDuration',
          text: "Votre politique de confidentialité fixe une durée de conservation de {retention}{retentionQuote}. Toute donnée me concernant conservée au-delà de cette durée n'est en tout état de cause plus nécessaire et doit être effacée (article 5, paragraphe 1, point e), et article 17, paragraphe 1, point a), du RGPD).",
        },
        {
          when: 'retentionStatement',
          text: 'Votre politique de confidentialité indique, au sujet de la conservation{retentionQuote}. Les données qui ne sont plus nécessaires à leur finalité doivent être effacées (article 5, paragraphe 1, point e), et article 17, paragraphe 1, point a), du RGPD).',
        },
        { text: DESTINATAIRES },
        {
          when: 'partnersMentioned',
          text: 'Cela vaut notamment pour les partenaires mentionnés dans votre politique de confidentialité{partnersQuote}.',
        },
        {
          text: "Si vous avez rendu mes données publiques, je vous demande de prendre des mesures raisonnables pour informer les autres responsables du traitement qui les traitent de ma demande d'effacement (article 17, paragraphe 2).",
        },
        {
          text: "Si vous estimez qu'une exception de l'article 17, paragraphe 3, vous permet de conserver certaines données, merci de m'indiquer lesquelles, l'exception invoquée et la durée de conservation, et de ne les utiliser qu'à cette fin.",
        },
        { text: DELAI },
      ],
    },
    restriction: {
      subject: 'Demande de limitation du traitement (article 18 du RGPD)',
      paragraphs: [
        {
          text: "Je m'adresse à {controller} pour vous demander de limiter le traitement de mes données personnelles, conformément à l'article 18 du RGPD.",
        },
        { when: 'details', text: 'Motif de la limitation (article 18, paragraphe 1) :\n{details}' },
        {
          unless: 'details',
          text: "Motif de la limitation (article 18, paragraphe 1) : [choisissez] je conteste l'exactitude des données, pendant le temps nécessaire à leur vérification (point a)) ; le traitement est illicite et je demande la limitation plutôt que l'effacement (point b)) ; vous n'avez plus besoin des données mais elles me sont nécessaires pour la constatation, l'exercice ou la défense de droits en justice (point c)) ; je me suis opposé(e) au traitement en vertu de l'article 21, paragraphe 1, dans l'attente de la vérification de vos motifs (point d)).",
        },
        {
          text: "Pendant la limitation, vous ne pouvez que conserver ces données, sauf dans les cas prévus à l'article 18, paragraphe 2. Je vous demande de m'informer avant la levée de la limitation (article 18, paragraphe 3).",
        },
        { text: DESTINATAIRES },
        { text: DELAI },
      ],
    },
    portability: {
      subject: 'Demande de portabilité (article 20 du RGPD)',
      paragraphs: [
        {
          text: "Je m'adresse à {controller} pour exercer mon droit à la portabilité des données prévu à l'article 20 du RGPD.",
        },
        {
          text: 'Je vous demande de me transmettre les données personnelles me concernant que je vous ai fournies, y compris celles générées par mon utilisation de vos services, dans un format structuré, couramment utilisé et lisible par machine, tel que CSV ou JSON (article 20, paragraphe 1).',
        },
        {
          text: "Lorsque c'est techniquement possible, je pourrai vous demander de transmettre directement ces données à un autre responsable du traitement (article 20, paragraphe 2) ; je vous le préciserai le cas échéant.",
        },
        { text: DELAI },
      ],
    },
    objection: {
      subject: 'Opposition au traitement (article 21 du RGPD)',
      paragraphs: [
        {
          text: "Je m'adresse à {controller} pour m'opposer au traitement de mes données personnelles, conformément à l'article 21 du RGPD.",
        },
        {
          text: "Dans la mesure où vous traitez mes données sur le fondement de l'intérêt légitime (article 6, paragraphe 1, point f), du RGPD) ou d'une mission d'intérêt public ou relevant de l'exercice de l'autorité publique (point e) du même paragraphe), je m'y oppose pour des raisons tenant à ma situation particulière (article 21, paragraphe 1). Vous devez cesser ce traitement, sauf à démontrer des motifs légitimes et impérieux qui prévalent sur mes intérêts, droits et libertés, ou la nécessité de constater, exercer ou défendre des droits en justice.",
        },
        {
          when: 'legitimateInterest',
          text: "Votre politique de confidentialité fonde les finalités suivantes sur l'intérêt légitime ; mon opposition vise chacune d'entre elles :\n{liPurposes}",
        },
        {
          text: "Je m'oppose en outre à tout traitement de mes données à des fins de prospection, y compris au profilage lié à cette prospection (article 21, paragraphe 2). Cette opposition n'a pas à être motivée : mes données ne doivent plus être traitées à ces fins (article 21, paragraphe 3).",
        },
        {
          when: 'marketing',
          text: 'Cela vise la prospection décrite dans votre politique de confidentialité{marketingQuote}.',
        },
        { text: 'Merci de me confirmer les traitements auxquels vous avez mis fin. ' + DELAI },
      ],
    },
    'automated-decision': {
      subject: 'Décision individuelle automatisée (article 22 du RGPD)',
      paragraphs: [
        {
          text: "Je m'adresse à {controller} au sujet de mon droit, prévu à l'article 22 du RGPD, de ne pas faire l'objet d'une décision fondée exclusivement sur un traitement automatisé, y compris le profilage, produisant des effets juridiques me concernant ou m'affectant de manière significative de façon similaire.",
        },
        { when: 'details', text: 'Décision concernée :\n{details}' },
        {
          text: "Merci de m'indiquer si vous prenez de telles décisions à mon sujet. Pour chacune d'elles, je demande une intervention humaine de votre part, je souhaite exprimer mon point de vue et je conteste la décision (article 22, paragraphe 3).",
        },
        {
          text: "Je vous demande également des informations utiles concernant la logique sous-jacente, ainsi que l'importance et les conséquences prévues de ce traitement pour moi (article 15, paragraphe 1, point h)).",
        },
        { text: DELAI },
      ],
    },
    'withdraw-consent': {
      subject: 'Retrait du consentement (article 7, paragraphe 3, du RGPD)',
      paragraphs: [
        {
          text: "Je retire, avec effet immédiat, tout consentement que j'ai donné à {controller} pour le traitement de mes données personnelles (article 7, paragraphe 3, du RGPD).",
        },
        {
          when: 'marketing',
          text: 'Ce retrait vise notamment les lettres d’information et les messages de prospection décrits dans votre politique de confidentialité{marketingQuote}.',
        },
        {
          text: "Je vous demande de cesser tout traitement fondé sur mon consentement et d'effacer les données traitées sur ce seul fondement (article 17, paragraphe 1, point b)). Si vous invoquez une autre base juridique pour certaines de ces données, merci de préciser laquelle et pour quelles données.",
        },
        { text: DELAI },
      ],
    },
  },
};
