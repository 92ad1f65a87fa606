import type { RequestLetters } from '../schema';
import { PT_UNITS, ptFieldLabels } from './frame-common';

// LGPD (Lei nº 13.709/2018), cartas em português, redigidas para o Rightful.
const GRATUITO = 'O atendimento é gratuito para o titular (art. 18, § 5º, da LGPD).';
const COMUNICAR =
  'Peço que informem os agentes de tratamento com os quais compartilharam meus dados, para que repitam o mesmo procedimento (art. 18, § 6º, da LGPD).';

export const LGPD_PT: RequestLetters = {
  law: 'lgpd',
  language: 'pt-BR',
  frame: {
    greeting: 'Prezados Senhores,',
    controllerFallback: 'sua organização',
    identityIntro: 'Para que localizem meus dados, seguem as informações que possuem sobre mim:',
    fieldLabels: ptFieldLabels('Endereço de e-mail'),
    fieldSeparator: ': ',
    identityNote:
      'Podem solicitar-me apenas o que for razoavelmente necessário para confirmar minha identidade.',
    closing: 'Atenciosamente,',
    quote: ': “{q}”',
    and: 'e',
    bullet: '- ',
    units: PT_UNITS,
  },
  rights: {
    access: {
      subject: 'Requisição de confirmação e acesso (arts. 18 e 19 da LGPD)',
      paragraphs: [
        {
          text: 'Dirijo-me a {controller} para exercer os direitos previstos no art. 18 da Lei Geral de Proteção de Dados Pessoais (LGPD): confirmação da existência de tratamento de meus dados pessoais (inciso I) e acesso a esses dados (inciso II).',
        },
        {
          text: [
            'Solicito declaração clara e completa (art. 19, II) que indique:',
            '- os dados pessoais que possuem sobre mim;',
            '- a origem desses dados;',
            '- os critérios utilizados e a finalidade do tratamento;',
            '- as entidades públicas e privadas com as quais compartilharam meus dados (art. 18, VII).',
          ].join('\n'),
        },
        {
          when: 'partnersMentioned',
          text: 'Sua política de privacidade afirma que compartilham dados pessoais com parceiros ou outros terceiros{partnersQuote}. Peço que identifiquem cada parceiro que recebeu meus dados.',
        },
        {
          when: 'sourcesMentioned',
          text: 'Ela afirma também que obtêm dados pessoais de parceiros ou de outros terceiros{sourcesQuote}. Peço que indiquem quais dos meus dados foram obtidos dessa forma e de quem.',
        },
        {
          text: 'Solicito o envio por meio eletrônico (art. 19, § 2º) e, quanto aos dados tratados com base em meu consentimento ou em contrato, cópia integral em formato que permita sua utilização subsequente (art. 19, § 3º).',
        },
        {
          text:
            // Res. CD/ANPD 2/2022 art. 14: prazos em dobro para agentes de tratamento de pequeno porte.
            'A declaração completa deve ser fornecida no prazo de até 15 dias contados desta requisição (art. 19, II), ou de até 30 dias caso sejam agente de tratamento de pequeno porte (Resolução CD/ANPD nº 2/2022, art. 14). ' +
            GRATUITO,
        },
      ],
    },
    rectification: {
      subject: 'Requisição de correção de dados (art. 18, III, da LGPD)',
      paragraphs: [
        {
          text: 'Dirijo-me a {controller} para solicitar a correção de dados pessoais incompletos, inexatos ou desatualizados que me dizem respeito (art. 18, III, da LGPD).',
        },
        { when: 'details', text: 'Dados a corrigir e valores corretos:\n{details}' },
        {
          unless: 'details',
          text: 'Dados a corrigir e valores corretos:\n[descreva cada dado inexato e o valor correto]',
        },
        { text: COMUNICAR },
        { text: GRATUITO },
      ],
    },
    erasure: {
      subject: 'Requisição de eliminação de dados (art. 18, IV e VI, da LGPD)',
      paragraphs: [
        {
          text: 'Dirijo-me a {controller} para solicitar a eliminação dos dados pessoais tratados com meu consentimento (art. 18, VI, da LGPD) e a anonimização, o bloqueio ou a eliminação de dados desnecessários, excessivos ou tratados em desconformidade com a LGPD (art. 18, IV).',
        },
        {
          when: 'retentionDuration',
          text: 'Sua política de privacidade fixa um prazo de conservação de {retention}{retentionQuote}. Os dados devem ser eliminados após o término do tratamento (art. 16); dados mantidos além desse prazo devem ser eliminados em qualquer caso.',
        },
        {
          text: 'Se alguma das hipóteses do art. 16 permitir a conservação de certos dados, peço que indiquem quais dados, com qual fundamento e por quanto tempo.',
        },
        { text: COMUNICAR },
        { text: GRATUITO },
      ],
    },
    portability: {
      subject: 'Requisição de portabilidade (art. 18, V, da LGPD)',
      paragraphs: [
        {
          text: 'Dirijo-me a {controller} para exercer meu direito à portabilidade dos dados a outro fornecedor de serviço ou produto (art. 18, V, da LGPD).',
        },
        {
          text: 'Solicito cópia integral dos meus dados em formato eletrônico interoperável que permita sua utilização subsequente (art. 19, § 3º), como CSV ou JSON.',
        },
        { text: GRATUITO },
      ],
    },
    objection: {
      subject: 'Oposição ao tratamento (art. 18, § 2º, da LGPD)',
      paragraphs: [
        {
          text: 'Dirijo-me a {controller} para me opor ao tratamento de meus dados pessoais realizado com fundamento em hipótese de dispensa de consentimento, em caso de descumprimento da LGPD (art. 18, § 2º).',
        },
        {
          when: 'legitimateInterest',
          text: 'Sua política de privacidade fundamenta as seguintes finalidades no legítimo interesse (art. 7º, IX), que deve respeitar meus direitos e liberdades fundamentais e minhas legítimas expectativas (art. 10); minha oposição abrange cada uma delas:\n{liPurposes}',
        },
        {
          when: 'marketing',
          text: 'Ela abrange em especial o marketing descrito em sua política de privacidade{marketingQuote}.',
        },
        { text: 'Peço que confirmem quais tratamentos foram encerrados. ' + GRATUITO },
      ],
    },
    'automated-decision': {
      subject: 'Revisão de decisão automatizada (art. 20 da LGPD)',
      paragraphs: [
        {
          text: 'Dirijo-me a {controller} para solicitar a revisão de decisões tomadas unicamente com base em tratamento automatizado de meus dados pessoais que afetem meus interesses, inclusive decisões de definição de perfil (art. 20 da LGPD).',
        },
        { when: 'details', text: 'Decisão em questão:\n{details}' },
        {
          text: 'Peço também informações claras e adequadas a respeito dos critérios e dos procedimentos utilizados para a decisão (art. 20, § 1º).',
        },
        { text: GRATUITO },
      ],
    },
    'withdraw-consent': {
      subject: 'Revogação do consentimento (arts. 8º, § 5º, e 18, IX, da LGPD)',
      paragraphs: [
        {
          text: 'Revogo todo consentimento que dei a {controller} para o tratamento de meus dados pessoais (art. 8º, § 5º, e art. 18, IX, da LGPD).',
        },
        {
          when: 'marketing',
          text: 'A revogação abrange o marketing descrito em sua política de privacidade{marketingQuote}.',
        },
        {
          text:
            'Peço que encerrem o tratamento baseado nesse consentimento e eliminem os dados tratados com essa base (art. 18, VI). ' +
            GRATUITO,
        },
      ],
    },
  },
};
