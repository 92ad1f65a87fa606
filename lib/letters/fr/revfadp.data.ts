import type { RequestLetters } from '../schema';
import { GDPR_FR } from './gdpr.data';

// Suisse : loi fédérale sur la protection des données (LPD, RS 235.1) et ordonnance (OPDo,
// RS 235.11). Rédigé pour Rightful ; citations à la suisse (« art. 25, al. 2, let. a, LPD »).
const REPONSE = 'Je vous remercie de me répondre par écrit dans les meilleurs délais.';

export const REVFADP_FR: RequestLetters = {
  law: 'revfadp',
  language: 'fr',
  frame: {
    ...GDPR_FR.frame,
    identityNote:
      'Pour vérifier mon identité, vous ne pouvez me demander que ce qui est raisonnablement nécessaire.',
    closing: 'Avec mes salutations distinguées,',
  },
  rights: {
    access: {
      subject: "Demande d'accès (art. 25 LPD)",
      paragraphs: [
        {
          text: "Sur la base de l'art. 25 de la loi fédérale sur la protection des données (LPD), je demande à {controller} si des données personnelles me concernant sont traitées.",
        },
        {
          text: [
            "Dans l'affirmative, je vous demande de me communiquer (art. 25, al. 2, LPD) :",
            'a) votre identité et vos coordonnées en tant que responsable du traitement ;',
            'b) les données personnelles me concernant traitées en tant que telles ;',
            'c) la finalité du traitement ;',
            "d) la durée de conservation des données ou, si ce n'est pas possible, les critères qui la déterminent ;",
            "e) les informations disponibles sur l'origine des données, lorsqu'elles n'ont pas été collectées auprès de moi ;",
            "f) l'existence éventuelle d'une décision individuelle automatisée et la logique sur laquelle elle repose ;",
            "g) les destinataires ou catégories de destinataires auxquels des données sont communiquées et, en cas de communication à l'étranger, l'État ou l'organisme international concerné ainsi que les garanties appliquées.",
          ].join('\n'),
        },
        {
          when: 'partnersMentioned',
          text: "Votre politique de confidentialité indique que vous communiquez des données personnelles à des partenaires ou à d'autres tiers{partnersQuote}. Au titre de la let. g, je vous demande de nommer chaque partenaire ayant reçu mes données.",
        },
        {
          when: 'sourcesMentioned',
          text: "Elle indique aussi que vous obtenez des données personnelles auprès de partenaires ou d'autres tiers{sourcesQuote}. Au titre de la let. e, merci de préciser lesquelles de mes données proviennent de qui.",
        },
        {
          text: "Les renseignements sont fournis gratuitement (art. 25, al. 6, LPD) et, en règle générale, dans un délai de 30 jours (art. 25, al. 7, LPD) ; si ce n'est pas possible, merci de m'indiquer dans quel délai ils le seront (art. 18 OPDo).",
        },
      ],
    },
    rectification: {
      subject: 'Demande de rectification (art. 32, al. 1, LPD)',
      paragraphs: [
        {
          text: 'Je demande à {controller} de rectifier les données personnelles inexactes me concernant (art. 32, al. 1, LPD).',
        },
        { when: 'details', text: 'Données à corriger et valeurs exactes :\n{details}' },
        {
          unless: 'details',
          text: 'Données à corriger et valeurs exactes :\n[décrivez chaque donnée inexacte et sa valeur exacte]',
        },
        { text: REPONSE },
      ],
    },
    erasure: {
      subject: "Demande d'effacement (art. 32, al. 2, let. c, LPD)",
      paragraphs: [
        {
          text: "Je demande à {controller} d'effacer toutes les données personnelles me concernant. Je m'oppose expressément à tout traitement ultérieur de mes données (art. 30, al. 2, let. b, LPD).",
        },
        {
          text: "Les données personnelles doivent être détruites ou anonymisées dès qu'elles ne sont plus nécessaires au regard de la finalité du traitement (art. 6, al. 4, LPD), et je peux en demander l'effacement (art. 32, al. 2, let. c, LPD).",
        },
        {
          when: 'retentionDuration',
          text: 'Votre politique de confidentialité fixe une durée de conservation de {retention}{retentionQuote}. Les données conservées au-delà ne sont en tout cas plus nécessaires.',
        },
        {
          text: "Si un motif justificatif (art. 31 LPD) vous autorise à conserver certaines données, merci de m'indiquer lesquelles, pour quel motif et pour combien de temps.",
        },
        { text: REPONSE },
      ],
    },
    portability: {
      subject: 'Demande de remise des données (art. 28 LPD)',
      paragraphs: [
        {
          text: 'Je demande à {controller} de me remettre, dans un format électronique couramment utilisé, les données personnelles que je vous ai communiquées et que vous traitez de manière automatisée avec mon consentement ou en lien avec un contrat (art. 28, al. 1, LPD).',
        },
        {
          text: "Je peux aussi demander que ces données soient transmises à un autre responsable du traitement si cela n'exige pas d'efforts disproportionnés (art. 28, al. 2, LPD) ; je vous le préciserai le cas échéant.",
        },
        { text: 'La remise est en principe gratuite. ' + REPONSE },
      ],
    },
    objection: {
      subject: 'Opposition au traitement (art. 30, al. 2, let. b, LPD)',
      paragraphs: [
        {
          text: "Je m'oppose expressément au traitement de mes données personnelles par {controller}. Un traitement contre ma volonté expresse porte atteinte à ma personnalité, à moins d'être justifié (art. 30, al. 2, let. b, et art. 31, al. 1, LPD).",
        },
        {
          when: 'legitimateInterest',
          text: "Votre politique de confidentialité fonde les finalités suivantes sur votre intérêt légitime ; mon opposition vise chacune d'entre elles :\n{liPurposes}",
        },
        {
          when: 'marketing',
          text: 'Elle vise en particulier la prospection décrite dans votre politique de confidentialité{marketingQuote}.',
        },
        { text: 'Merci de me confirmer les traitements auxquels vous avez mis fin. ' + REPONSE },
      ],
    },
    'automated-decision': {
      subject: 'Décision individuelle automatisée (art. 21 LPD)',
      paragraphs: [
        {
          text: "Je m'adresse à {controller} au sujet des décisions prises exclusivement sur la base d'un traitement automatisé qui ont des effets juridiques pour moi ou m'affectent de manière significative (art. 21, al. 1, LPD).",
        },
        { when: 'details', text: 'Décision concernée :\n{details}' },
        {
          text: "Merci de m'indiquer si vous prenez de telles décisions à mon sujet et sur quelle logique elles reposent (art. 25, al. 2, let. f, LPD). Pour chacune, je souhaite faire valoir mon point de vue et je demande qu'elle soit revue par une personne physique (art. 21, al. 2, LPD).",
        },
        { text: REPONSE },
      ],
    },
  },
};
