import { usStateNames } from '../../legal/us-states.data';
import type { EscalationLetters } from '../schema';
import { usVocabulary } from '../us-vocabulary';

/**
 * Cartas de insistência e de reclamação em português europeu (our own words), for the CNPD: the
 * RGPD's Portuguese terms ("responsável pelo tratamento", "autoridade de controlo", "artigo 77.º").
 * A follow-up under the LGPD goes to a Brazilian controller: `vocabulary.lgpd` turns it into
 * Brazilian usage (the LGPD's "controlador", "recebimento", "revogação do consentimento").
 */
const US_AUTHORITY: [string, string][] = [
  ['autoridade de controlo competente', 'autoridade competente'],
  ['autoridade de controlo', 'autoridade competente'],
];
const US_BUSINESS: [string, string][] = [
  ['o seguinte responsável pelo tratamento', 'a seguinte empresa'],
  ['a este responsável pelo tratamento', 'a esta empresa'],
  ['ao responsável pelo tratamento', 'à empresa'],
  ['O responsável pelo tratamento', 'A empresa'],
  ['o responsável pelo tratamento', 'a empresa'],
];

export const ESCALATION_PT: EscalationLetters = {
  locale: 'pt-PT',
  colon: ': ',
  appealExtension: ' (prorrogável por {n})',
  days: { one: '{n} dia', other: '{n} dias' },
  smallAgent:
    ' Os agentes de tratamento de pequeno porte dispõem de um prazo de {smallPeriod} ({smallCitation}); contei esse prazo mais longo.',
  laws: {
    ...usStateNames((l) => `a ${l.name} (${l.short})`),
    'us-none': 'o direito norte-americano (sem lei estadual geral de privacidade)',
    gdpr: 'o Regulamento Geral sobre a Proteção de Dados (RGPD)',
    'uk-gdpr': 'o RGPD do Reino Unido (UK GDPR)',
    ccpa: 'a Lei de Privacidade do Consumidor da Califórnia (CCPA)',
    lgpd: 'a Lei Geral de Proteção de Dados Pessoais (LGPD)',
    revfadp: 'a lei federal suíça sobre a proteção de dados (LPD)',
    pipeda:
      'a lei canadiana relativa à proteção das informações pessoais e aos documentos eletrónicos (PIPEDA)',
  },
  lawsOf: {
    ...usStateNames((l) => `da ${l.name} (${l.short})`),
    'us-none': 'do direito norte-americano (sem lei estadual geral de privacidade)',
    gdpr: 'do Regulamento Geral sobre a Proteção de Dados (RGPD)',
    'uk-gdpr': 'do RGPD do Reino Unido (UK GDPR)',
    ccpa: 'da Lei de Privacidade do Consumidor da Califórnia (CCPA)',
    lgpd: 'da Lei Geral de Proteção de Dados Pessoais (LGPD)',
    revfadp: 'da lei federal suíça sobre a proteção de dados (LPD)',
    pipeda:
      'da lei canadiana relativa à proteção das informações pessoais e aos documentos eletrónicos (PIPEDA)',
  },
  citations: {
    'gdpr-art-12-3':
      'artigo 12.º, n.º 3, do RGPD; Regulamento (CEE, Euratom) n.º 1182/71, artigo 3.º',
    'uk-gdpr-art-12-3-ico':
      'artigos 12.º, n.º 3, e 12A do UK GDPR; orientações da ICO sobre os prazos de resposta',
    'ccpa-7026-f': 'Cal. Code Regs. tít. 11, §7026(f)',
    'ccpa-7027-g': 'Cal. Code Regs. tít. 11, §7027(g)',
    'ccpa-1798-130': 'Cal. Civ. Code §1798.130(a)(2); Cal. Code Regs. tít. 11, §7021(b)',
    'lgpd-art-19-ii': 'LGPD, art. 19, II',
    'revfadp-art-25-7': 'art. 25, n.º 7, LPD; art. 18 da Ordenança sobre a Proteção de Dados',
    'revfadp-dpo-22': 'art. 28 LPD; arts. 22 e 18 da Ordenança sobre a Proteção de Dados',
    'pipeda-8-3': 'PIPEDA, art. 8(3); Lei da Interpretação do Canadá, arts. 26 e 35',
  },
  rights: {
    access: 'o acesso aos meus dados pessoais',
    rectification: 'a retificação dos meus dados pessoais',
    erasure: 'o apagamento dos meus dados pessoais',
    restriction: 'a limitação do tratamento dos meus dados pessoais',
    portability: 'a portabilidade dos meus dados pessoais',
    objection: 'a oposição ao tratamento dos meus dados pessoais',
    'automated-decision': 'a intervenção humana numa decisão automatizada que me diz respeito',
    'withdraw-consent': 'a retirada do meu consentimento',
    know: 'a comunicação das informações pessoais que me dizem respeito',
    delete: 'a eliminação das minhas informações pessoais',
    correct: 'a correção das minhas informações pessoais',
    'opt-out-sale': 'o fim da venda ou partilha das minhas informações pessoais',
    'limit-sensitive': 'a limitação da utilização das minhas informações pessoais sensíveis',
  },
  units: {
    months: { one: 'um mês', other: '{n} meses' },
    'calendar-days': { one: 'um dia', other: '{n} dias' },
    'business-days': { one: 'um dia útil', other: '{n} dias úteis' },
  },
  events: {
    sent: 'Enviei o meu pedido para {recipient}.',
    acknowledged: 'O responsável pelo tratamento acusou a receção.',
    extended: 'O responsável pelo tratamento anunciou uma prorrogação do prazo.',
    'id-requested': 'O responsável pelo tratamento pediu-me que comprovasse a minha identidade.',
    'id-provided': 'Forneci as informações solicitadas.',
    'clarification-requested':
      'O responsável pelo tratamento pediu-me que especificasse o meu pedido.',
    'clarification-provided': 'Especifiquei o meu pedido.',
    answered: 'O responsável pelo tratamento respondeu.',
    escalated: 'Enviei um lembrete a {to}.',
    closed: 'Encerrei o pedido.',
    note: 'Nota.',
  },
  complaintLodged: 'Apresentei uma reclamação junto da {to}.',
  theAuthority: 'autoridade de controlo',
  complaintLodgedWith: 'Apresentei uma reclamação junto da autoridade de controlo: {to}.',

  followUp: {
    subject: 'Lembrete: o meu pedido de {sent} ({right}) — o prazo terminou em {due}',
    subjectNoPeriod: 'Lembrete: o meu pedido de {sent} ({right}) continua sem resposta',
    ukComplaintSubject:
      'Reclamação ao abrigo da secção 164A do Data Protection Act 2018: o meu pedido de {sent} ({right})',
    ukComplaint:
      'Apresento-vos esta reclamação ao abrigo da secção 164A do Data Protection Act 2018. Solicito que acusem a receção no prazo de 30 dias, que a analisem e que me comuniquem o resultado sem demora injustificada.',
    paragraphs: [
      'Exmos. Senhores,',
      '{intro}',
      'Em {sent}, apresentei, nos termos {lawOf}, um pedido que tinha por objeto {right}.',
      '{deadline}',
      'Solicito que respondam ao meu pedido sem mais demora.',
      '{warn}',
      'Com os melhores cumprimentos,',
    ],
    deadline:
      'Deveriam ter respondido no prazo de {period} a contar da receção ({citation}).{smallAgent}{extended}{paused} Esse prazo terminou em {due}. Até hoje, {today}, {daysLate} depois, não recebi qualquer resposta.',
    noPeriod:
      'A lei não fixa um prazo para responder a este pedido. Até hoje, {today}, {daysSince} após o seu envio, não recebi qualquer resposta.',
    extended: ' Prorrogaram esse prazo até {due}.',
    paused: ' Tive em conta o período em que aguardaram informações da minha parte ({pausedDays}).',
    warnUsAppeal:
      'Se recusarem dar seguimento ao meu pedido, recorrerei nos termos {lawOf}: devem decidir o recurso no prazo de {appealPeriod} a contar da sua receção{appealExtension} e, se o indeferirem, indicar-me como apresentar uma reclamação à autoridade competente ({appealCitation}): {agency}.',
    warnUsAgency:
      'Na falta de resposta, apresentarei uma reclamação junto da autoridade competente ({agencyCitation}): {agency}.',
    warnAuthority:
      'Na falta de resposta, apresentarei uma reclamação junto da autoridade de controlo: {authority}.',
    warnGeneric:
      'Na falta de resposta, apresentarei uma reclamação junto da autoridade de controlo competente.',
  },
  complaint: {
    subject: 'Reclamação contra {controller}: pedido de {sent} sem resposta no prazo',
    subjectNoPeriod: 'Reclamação contra {controller}: pedido de {sent} sem resposta',
    paragraphs: [
      'Exmos. Senhores,',
      'Venho apresentar uma reclamação{legalBasis} contra o seguinte responsável pelo tratamento:',
      '{controller}\nSítio Web: {site}\nContacto utilizado: {recipient}',
      'Em {sent}, solicitei a este responsável pelo tratamento, nos termos {lawOf}, {right}. {deadline} {status}',
      '{priorComplaint}',
      'Cronologia do meu pedido:\n{timeline}',
      'Solicito que analisem esta reclamação e tomem as medidas necessárias para que o responsável pelo tratamento responda ao meu pedido. Posso enviar-vos cópia do meu pedido e de toda a correspondência.',
      'Com os melhores cumprimentos,',
    ],
    deadline: 'O prazo legal ({citation}) terminou em {due}.',
    noPeriod: 'A lei não fixa um prazo para este pedido; enviei-o há {daysSince}.',
    usAppeal:
      'Nos termos {lawOf}, o consumidor pode recorrer da recusa de dar seguimento ao seu pedido; o responsável pelo tratamento deve decidir o recurso no prazo de {appealPeriod} a contar da sua receção{appealExtension} e, se o indeferir, indicar ao consumidor como vos apresentar uma reclamação ({appealCitation}).',
    usAgency:
      'Dirijo-vos esta reclamação enquanto autoridade competente para receber as reclamações nos termos {lawOf}, em conformidade com {agencyCitation}.',
    ukPriorComplaint:
      'Em {date}, apresentei primeiro uma reclamação ao responsável pelo tratamento ao abrigo da secção 164A do Data Protection Act 2018.',
    legalBasis: {
      gdpr: ' nos termos do artigo 77.º do RGPD',
      'uk-gdpr': ' nos termos do artigo 77.º do UK GDPR',
    },
    statusUnanswered: 'Até hoje, {today}, não recebi qualquer resposta.',
    statusAnswered:
      'A resposta recebida em {answered} chegou fora do prazo ou não responde ao meu pedido.',
  },
  vocabulary: {
    ...usVocabulary(US_AUTHORITY, US_BUSINESS),
    // Brazilian Portuguese and the LGPD's own words (arts. 5, VI, and 18).
    lgpd: [
      ['responsável pelo tratamento', 'controlador'],
      ['acusou a receção', 'acusou o recebimento'],
      ['a contar da receção', 'a contar do recebimento'],
      ['acusem a receção', 'acusem o recebimento'],
      ['pediu-me que', 'me pediu que'],
      ['o apagamento', 'a eliminação'],
      ['a retificação', 'a correção'],
      ['a retirada do meu consentimento', 'a revogação do meu consentimento'],
      ['numa decisão', 'em uma decisão'],
      ['Tive em conta', 'Levei em conta'],
      ['autoridade de controlo competente', 'Autoridade Nacional de Proteção de Dados (ANPD)'],
      ['autoridade de controlo', 'autoridade nacional'],
      ['junto da', 'junto à'],
      ['Exmos. Senhores,', 'Prezados Senhores,'],
      ['Com os melhores cumprimentos,', 'Atenciosamente,'],
      ['Contacto', 'Contato'],
      ['Sítio Web', 'Site'],
      ['Posso enviar-vos', 'Posso enviar-lhes'],
      ['Dirijo-vos', 'Dirijo-lhes'],
      ['como vos apresentar', 'como lhes apresentar'],
    ],
  },
  fallback: 'Não dispomos de um modelo nesta língua ({wanted}); esta carta está em português.',
};
