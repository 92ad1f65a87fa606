import type { RequestLetters } from '../schema';
import { GDPR_FR } from './gdpr.data';

// Canada : Loi sur la protection des renseignements personnels et les documents électroniques
// (LPRPDE, L.C. 2000, ch. 5), art. 8 et annexe 1. Rédigé pour Rightful.
export const PIPEDA_FR: RequestLetters = {
  law: 'pipeda',
  language: 'fr',
  frame: {
    ...GDPR_FR.frame,
    identityNote:
      "Vous pouvez me demander les renseignements nécessaires pour confirmer mon identité ; ils ne serviront qu'à cette fin (annexe 1, principe 4.9.2).",
    closing: 'Veuillez agréer mes salutations distinguées.',
  },
  rights: {
    access: {
      subject: "Demande d'accès à mes renseignements personnels (LPRPDE, principe 4.9)",
      paragraphs: [
        {
          text: "Je présente à {controller} une demande écrite d'accès à mes renseignements personnels, en vertu de la Loi sur la protection des renseignements personnels et les documents électroniques (LPRPDE, art. 8 et annexe 1, principe 4.9).",
        },
        {
          text: [
            'Je vous demande :',
            "- de m'indiquer si vous détenez des renseignements personnels me concernant et de m'y donner accès (principe 4.9.1) ;",
            "- de me rendre compte de l'usage qui en a été fait ou en est fait (principe 4.9.1) ;",
            '- de me rendre compte des tiers auxquels ils ont été communiqués, de la façon la plus précise possible (principes 4.9.1 et 4.9.3) ;',
            '- de préciser la source de ces renseignements (principe 4.9.1).',
          ].join('\n'),
        },
        {
          when: 'partnersMentioned',
          text: "Votre politique de confidentialité indique que vous communiquez des renseignements personnels à des partenaires ou à d'autres tiers{partnersQuote}. Merci de nommer chacun de ceux qui ont reçu mes renseignements.",
        },
        {
          when: 'sourcesMentioned',
          text: "Elle indique aussi que vous obtenez des renseignements personnels auprès de partenaires ou d'autres tiers{sourcesQuote}. Merci de préciser lesquels de mes renseignements proviennent de qui.",
        },
        {
          text: 'Merci de me fournir ces renseignements sous une forme généralement compréhensible, à un coût minime ou gratuitement (principe 4.9.4).',
        },
        {
          text: "Vous devez répondre au plus tard dans les trente jours suivant la réception de la présente demande (paragraphe 8(3)). Une prorogation d'au plus trente jours exige un avis dans ce délai (paragraphe 8(4)) ; à défaut de réponse dans le délai, la demande est réputée refusée (paragraphe 8(5)).",
        },
      ],
    },
    rectification: {
      subject: 'Demande de correction de mes renseignements personnels (LPRPDE, principe 4.9.5)',
      paragraphs: [
        {
          text: "Je conteste auprès de {controller} l'exactitude et l'intégralité de renseignements personnels que vous détenez à mon sujet et vous demande de les modifier (annexe 1, principe 4.9.5).",
        },
        { when: 'details', text: 'Renseignements à corriger et valeurs exactes :\n{details}' },
        {
          unless: 'details',
          text: 'Renseignements à corriger et valeurs exactes :\n[décrivez chaque renseignement inexact et sa valeur exacte]',
        },
        {
          text: "S'il y a lieu, merci de transmettre les renseignements modifiés aux tiers qui y ont accès (principe 4.9.5). Si vous refusez la modification, merci de consigner l'objet de ma contestation et d'en informer ces tiers (principe 4.9.6).",
        },
        { text: 'Merci de me confirmer la correction par écrit.' },
      ],
    },
    'withdraw-consent': {
      subject: 'Retrait de mon consentement (LPRPDE, principe 4.3.8)',
      paragraphs: [
        {
          text: "Je retire, moyennant un préavis raisonnable, mon consentement à la collecte, à l'utilisation et à la communication de mes renseignements personnels par {controller} (annexe 1, principe 4.3.8).",
        },
        {
          when: 'marketing',
          text: 'Ce retrait vise notamment la prospection décrite dans votre politique de confidentialité{marketingQuote}.',
        },
        {
          text: "Si des restrictions légales ou contractuelles vous empêchent de donner suite à une partie de ce retrait, merci de me les indiquer et de m'informer des conséquences du retrait (principe 4.3.8).",
        },
        { text: 'Merci de me confirmer par écrit que vous y avez donné suite.' },
      ],
    },
  },
};
