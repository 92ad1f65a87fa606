import type { ExtractLexicon } from './lexicon';
import { LEXICON_EN } from './lexicon-en.data';

const E = '(?![\\p{L}])';

/**
 * A denial earlier in the clause ("o site não armazena números de cartão"): the data type is
 * not collected. Put at the end of a pattern, so it runs only where the pattern matched.
 */
const NOT_DENIED = '(?<!(?<![\\p{L}])(?:não|nenhum|nenhuma|nunca|nem)(?![\\p{L}])[^.;:]{0,400})';
/** The definition of personal data ("…pessoa identificada ou identificável…") names examples. */
const NOT_DEFINITION = '(?<!\\bidentific[aá]vel(?![\\p{L}])[^.;]{0,300})';
const notDefinition = (pattern: RegExp): RegExp =>
  new RegExp(pattern.source + NOT_DEFINITION, 'iu');
/** A sensitive data type (shown first in the summary): neither denied nor only defined. */
const stated = (pattern: RegExp): RegExp =>
  new RegExp(pattern.source + NOT_DENIED + NOT_DEFINITION, 'iu');
/** LGPD art. 7, by its roman numeral: "(art. 7º, IX)". */
const lgpd = (numeral: string): RegExp =>
  new RegExp(
    `\\b[Aa]rt(?:igo|\\.)?\\s?7\\.?[º°o]?,?\\s?(?:inciso\\s)?${numeral}(?![IVXivx\\p{L}])`,
    'u',
  );
/** GDPR art. 6(1) by its letter: "art. 6.º, n.º 1, alínea a)", "art. 6(1)(a)". */
const gdpr = (letter: string): RegExp =>
  new RegExp(
    `\\bart(?:igo|\\.)?\\s?6\\.?[º°]?(?:,?\\s?n\\.?[º°]\\s?1|\\.1|\\(1\\)),?\\s?(?:al[ií]nea\\s)?\\(?${letter}\\)`,
    'iu',
  );

/**
 * A purpose the clause denies ("Não utilizamos os seus dados para fins publicitários"), unless an
 * exception follows ("… sem o seu consentimento"): read only for marketing and advertising, which
 * policies deny most often.
 */
const UNLESS_DENIED =
  '(?:(?<!(?<![\\p{L}])(?:não|nunca|nem|jamais)(?![\\p{L}])[^.;:]{0,80})|(?=[^.;]{0,80}(?<![\\p{L}])(?:sem|salvo|exceto)(?![\\p{L}])))';
const unlessDenied = (pattern: RegExp): RegExp => new RegExp(pattern.source + UNLESS_DENIED, 'iu');
/** Not the copy of an ID document sent to prove who asks to exercise a right. */
const NOT_ID_COPY = '(?<!\\bcópia (?:do|da|de um|de uma|de) (?:seu |sua )?)';
const idDocument = (pattern: RegExp): RegExp =>
  stated(new RegExp(NOT_ID_COPY + pattern.source, 'iu'));

/**
 * Portuguese patterns, in our own words: the GDPR's terms in its Portuguese text, the LGPD's
 * (Brazil), and the vocabulary of policies in both (telemóvel/celular, morada/endereço,
 * partilhar/compartilhar, subcontratante/operador).
 */
export const LEXICON_PT: ExtractLexicon = {
  language: 'pt',
  dataTypes: {
    contactDetails: [
      // Not the channel ("por e-mail") nor the controller's own address after it.
      /(?<!\b(?:por|via|pelo|através do|um) )\b(?:e-?mail|correio eletr[oó]nico)\b(?!\s*:?\s*[*<[(]?[\w.+-]+@)(?!\s+(?:indicado|acima|abaixo))/iu,
      /\bendereços? de (?:e-?mail|correio eletr[oó]nico)/iu,
      /\bn[uú]meros? de (?:telefone|telem[oó]vel|celular)/iu,
      /(?<!\bpor )\b(?:telefone|telem[oó]vel|celular)\b(?!\s*:)/iu,
      /\bdados de conta(?:c)?to\b(?! do (?:controlador|responsável|encarregado))/iu,
    ],
    name: [
      /\bnome completo/iu,
      /\bnome e (?:sobrenome|apelido)/iu,
      /\bsobrenomes?\b/iu,
      // An item of a list of data: "nome, CPF", "nome, apelido".
      notDefinition(
        /(?<!\b(?:em|por) (?:seu |nosso |o )?)\bnomes?\b(?=\s*(?:[,/;.)]|e\b|ou\b|$))/iu,
      ),
      notDefinition(/(?:,|\be|\bou)\s+(?:nomes?|apelidos?)\b(?! (?:de|do|da|dos)\b)/iu),
    ],
    identifiers: [
      notDefinition(/\bendereços? IP\b/iu),
      notDefinition(/\bIP address/iu),
      notDefinition(/\bidentificador(?:es)? (?:do dispositivo|únicos?|online|de publicidade)/iu),
      notDefinition(/\bdados de identificação/iu),
    ],
    billing: [
      /\bfatura(?:ção|mento)/iu,
      /\bfaturas?\b/iu,
      /\b(?:dados|informações|meios?) de pagamento/iu,
    ],
    postalAddress: [
      // Not the controller's own ("Morada: Rua …", "para a seguinte morada").
      /(?<!\bseguinte )\bmorada\b(?! do escritório)(?!\s*:)/iu,
      /\bendereço (?:postal|residencial|de entrega|de cobrança|completo)/iu,
      // An item of a list of data: "nome, CPF, endereço, e-mail".
      /(?<=,\s?)endereço\b(?=\s*(?:[,;.)]|e\b|$))/iu,
    ],
    location: [
      stated(/\bgeolocaliza/iu),
      stated(/\bGPS\b/u),
      stated(/\bdados de localização/iu),
      stated(/\blocalização (?:geográfica|precisa|aproximada|do dispositivo)/iu),
    ],
    browsingCookies: [
      /\bcookies?\b/iu,
      /\bdados de navegação/iu,
      /\bregist(?:r)?os de acesso/iu,
      /\blogs?\b/iu,
      /\bpáginas (?:visitadas|acedidas|acessadas)/iu,
    ],
    device: [
      /\bsistemas? operacion(?:al|ais)|\bsistemas? operativos?/iu,
      /\b(?:tipo|modelo|versão|identificação|dados|informações) (?:do|de|sobre o) (?:seu )?(?:navegador|browser|dispositivo|aparelho|equipamento)/iu,
      /\buser[- ]agent/iu,
    ],
    financial: [
      stated(/\bcart(?:ão|ões) (?:de crédito|de débito|bancários?)/iu),
      stated(/\bnúmeros? de cartão\b(?! de cidadão)/iu),
      stated(/\b(?:dados|contas?|coordenadas) bancári[oa]s?/iu),
      stated(/\bdados financeiros/iu),
      stated(/\bIBAN\b/u),
    ],
    health: [
      stated(
        /\bdados (?:de|relativos à|sobre a|referentes à|relacionados com a|relacionados à) saúde/iu,
      ),
      stated(/\bdados (?:médicos|clínicos)/iu),
      stated(/\bhistórico (?:médico|clínico)/iu),
    ],
    biometric: [
      stated(/\bbiométric/iu),
      stated(/\bimpress(?:ão|ões) digita(?:l|is)/iu),
      stated(/\breconhecimento facial/iu),
    ],
    childrenData: [
      stated(/\bdados (?:pessoais )?(?:de|das|dos) (?:crianças|menores|adolescentes)/iu),
    ],
    demographics: [
      /\bdata de nascimento/iu,
      // Not the legal formula "discriminação em razão do sexo".
      /(?<!\b(?:razão do|motivo de|base no|qualquer) )\b(?:sexo|g[eê]nero)\b/iu,
      /\bestado civil/iu,
      /\bdados demográficos/iu,
    ],
    credentials: [
      // Not a strong password as a security measure ("palavra-passe complexa para a rede").
      stated(/\b(?:senhas?|palavras?[- ]passe)\b(?! (?:complexa|forte|segura|robusta))/iu),
      stated(/\bnome de (?:usuário|utilizador)/iu),
      stated(/\bcredenciais/iu),
    ],
    communications: [
      /\b(?:conteúdo|teor) (?:da|das|do|dos) (?:mensage|comunicaç|comentário|e-?mail)/iu,
      /\bcorrespondência/iu,
      /\bmensagens (?:que (?:nos )?envia|enviadas)/iu,
    ],
    purchaseHistory: [
      /\bhistórico de (?:compras?|pedidos|encomendas)/iu,
      // Not "dados do pedido" alone: in Portugal a "pedido" is as often a request.
      /\bdados (?:da|das|do|dos) (?:compras?|encomendas?|pedidos? de compra)/iu,
      /\bhábitos de (?:compra|consumo)/iu,
    ],
    governmentId: [
      idDocument(/\bCPF\b/u),
      idDocument(/\bcart(?:ão|ões) de cidadão/iu),
      idDocument(/\bbilhete de identidade/iu),
      idDocument(/\bcarteira de (?:identidade|motorista)/iu),
      idDocument(/\bdocumentos? de identi(?:dade|ficação)/iu),
      idDocument(/\bpassaporte/iu),
      idDocument(/\bn[uú]mero de contribuinte/iu),
      idDocument(/\bcarta de condução/iu),
    ],
  },
  purposes: {
    serviceProvision: [
      /\bprestação (?:d[oe]s? )?(?:nossos |seus )?serviços/iu,
      /\b(?:prestar|fornecer)(?:-lhe)? (?:os |o )?(?:nossos )?(?:serviços?|produtos?)\b/iu,
      /\bexecução (?:do|de um|de|dos) contratos?/iu,
      /\bgestão da relação com o cliente/iu,
      /\bgest(?:ão|ir) (?:de |da |do |das |dos |a |o |as |os )?(?:sua |seu )?(?:conta|encomendas?|registo|cadastro)/iu,
      /\bprocessamento (?:das|de|do|dos) (?:encomendas?|pagamentos?)/iu,
      /\bentrega (?:do|dos|de|da|das) (?:produtos?|encomendas?)/iu,
    ],
    marketing: [
      /\bnewsletters?\b/iu,
      /\b(?:fins|finalidades|comunicações|ações|campanhas) de marketing\b/iu,
      /\bmarketing dire(?:c)?to\b/iu,
      /\bcomunicaç(?:ão|ões) (?:comerciais|comercial|promocionais|promocional|publicitárias)/iu,
      /\bofertas (?:comerciais|promocionais|personalizadas)/iu,
    ].map(unlessDenied),
    partnerOffers: [
      /\bofertas?\b[^.;]{0,80}\bparceiros/iu,
      /\b(?:produtos|serviços) (?:dos nossos |de )parceiros/iu,
    ].map(unlessDenied),
    analytics: [
      /\bestatístic/iu,
      /\banálise (?:de (?:uso|tráfego|audiência)|do (?:uso|tráfego))/iu,
      /\bmelhor(?:ar|ia) (?:d[oa]s? |o |a |os |as )?(?:nossos |nossas |nosso |nossa )?(?:serviços?|produtos?|site|experiência|qualidade)/iu,
    ],
    security: [
      /\bfraudes?\b/iu,
      /\bsegurança (?:da rede|do site|dos sistemas|do serviço|da informação|da plataforma)/iu,
      /\bcombate (?:a|ao) spam/iu,
    ],
    legalObligation: [
      // Not the exception to a denial of sharing ("salvo obrigação legal").
      /(?<!\b(?:salvo|exceto) (?:por |em caso de |quando (?:exista|houver) (?:uma )?|mediante )?)\bobrigaç(?:ão|ões) (?:legal|legais|jurídica|jurídicas|regulatória)/iu,
      /\bcumprimento (?:de|das) (?:suas |nossas )?obrigações (?:legais|fiscais)/iu,
    ],
    personalisation: [/\bpersonaliza(?:r|ção|d[oa]s?)\b/iu],
    advertising: [
      /\bpublicidade/iu,
      /\bpublicitári/iu,
      /\banúncios\b/iu,
      /\bremarketing\b|\bretargeting\b/iu,
    ].map(unlessDenied),
    customerSupport: [
      /\bresponder (?:à|a|às|aos) (?:sua |suas |seu |seus )?(?:solicitaç|pedidos?|perguntas?|dúvidas?|questões|contactos?)/iu,
      /\b(?:atendimento|apoio|suporte) ao (?:cliente|usuário|utilizador|titular)/iu,
    ],
    surveys: [
      /\binquéritos? de (?:satisfação|opinião)/iu,
      /\bpesquisas? de (?:satisfação|opinião)/iu,
      /\bquestionários?/iu,
    ],
  },
  legalBases: {
    consent: [
      // Not the right to withdraw it, nor a denial, nor the Regulation's formula after it.
      /\bconsentimento\b(?<!\b(?:retir|revog)\p{L}*[^.;]{0,40}consentimento)(?<!(?<![\p{L}])(?:não|sem)(?![\p{L}])[^.;:,]{0,40}consentimento)(?<!\blicitude do tratamento (?:efetuado |baseado )?(?:com base no|no) consentimento)/iu,
      gdpr('a'),
      lgpd('I'),
    ],
    contract: [
      /\bexecução (?:do|de um|de|dos) contratos?/iu,
      /\bdiligências pré-contratuais/iu,
      /\bprocedimentos preliminares/iu,
      /\brelação contratual/iu,
      /\bobrigaç(?:ão|ões) contratua(?:l|is)/iu,
      gdpr('b'),
      lgpd('V'),
    ],
    legalObligation: [
      // Not the exception to a denial of sharing ("salvo obrigação legal").
      /(?<!\b(?:salvo|exceto) (?:por |em caso de |quando (?:exista|houver) (?:uma )?|mediante )?)\bobrigaç(?:ão|ões) (?:legal|legais|jurídica|jurídicas|regulatória)/iu,
      gdpr('c'),
      lgpd('II'),
    ],
    vitalInterest: [/\binteresses? vita(?:l|is)/iu, /\bproteção da vida/iu, gdpr('d'), lgpd('VII')],
    publicTask: [
      /\b(?:funç(?:ão|ões)|missão|tarefa)\b[^.;]{0,30}\binteresse público/iu,
      /\bexercício (?:da|de) autoridade pública/iu,
      /\b(?:base (?:legal|jurídica)|fundamento)\b[^.;]{0,30}\binteresse público/iu,
      /\bexecução de políticas públicas/iu,
      gdpr('e'),
      lgpd('III'),
    ],
    legitimateInterest: [
      /\binteresses? legítimos?/iu,
      /\blegítimos? interesses?/iu,
      gdpr('f'),
      lgpd('IX'),
    ],
  },
  purposeListIntro: [/\bseguintes finalidades/iu, /\bfinalidades seguintes/iu, /:\s*$/u],
  recipients: {
    partners: [/\bparceiros\b/iu],
    processors: [
      /\bsubcontratad[oa]s?\b|\bsubcontratantes?\b/iu,
      /\boperador(?:es)?\b/iu,
      /\bprestador(?:es)? de serviços/iu,
      /\bfornecedor(?:es)?\b/iu,
      /\bprovedor(?:es)? de (?:hospedagem|serviços|alojamento)/iu,
    ],
    authorities: [
      /\bautoridades? (?:públicas?|judicia(?:l|is)|policia(?:l|is)|competentes?|regulatórias?|fiscais|fiscal|tributárias?)/iu,
      /\btribuna(?:l|is)\b/iu,
      /\badministração pública/iu,
      /\b(?:entidades|instituições|órgãos) (?:públic|governamenta)/iu,
      /\bpolícia\b/iu,
    ],
    affiliates: [
      /\bempresas do (?:mesmo )?grupo/iu,
      /\bsociedades (?:do grupo|afiliadas|coligadas|controladas)/iu,
      /\b(?:afiliadas|subsidiárias)\b/iu,
    ],
    advertisers: [/\banunciantes/iu, /\bredes (?:de publicidade|publicitárias)/iu],
    thirdParties: [/\bterceiros\b(?! países)/iu, /\bterceiras (?:partes|entidades)/iu],
  },
  sharing: [
    /\b(?:com)?partilh(?:ar|amos|ados|adas|ado|ada|am|a|amento)\b(?![^.]{0,30}connosco|[^.]{0,30}conosco)/iu,
    /\bcomunica(?:r|mos|dos|das|do|da|rá|rão)\b/iu,
    /\bcomunicação (?:de|dos) dados/iu,
    /\btransmi(?:tir|timos|tidos|tidas|ssão)\b/iu,
    /\btransfer(?:ir|imos|idos|idas|ência|ências)\b/iu,
    /\bced(?:er|emos|idos|idas)\b|\bcedência/iu,
    /\bdivulga/iu,
    /\bvend(?:er|emos|idos|idas)\b/iu,
    /\bdestinatários?/iu,
    /\b(?:acedidos|acessados|acesso aos (?:seus )?dados)\b/iu,
  ],
  sources: {
    fromYou: [
      /\b(?:fornecid|facultad|disponibilizad|informad)[oa]s (?:diretamente )?pel[oa]s? (?:próprios? )?(?:titular|titulares|usuário|utilizador|cliente|visitante|remetente)/iu,
      /\b(?:você|o visitante|o titular|o utilizador|o usuário) (?:nos )?(?:fornece|envia|indica|disponibiliza)\b/iu,
      /\bque (?:nos )?(?:fornece|envia|disponibiliza)\b/iu,
      /\b(?:recolhid|coletad|obtid)[oa]s (?:diretamente )?junto (?:do|dos|de) (?:próprio )?(?:titular|titulares|cliente|clientes|utilizador|usuário)/iu,
    ],
    automatically: [/\bautomaticamente/iu, /\bde forma automática/iu],
    partners: [
      /\b(?:recolhid|coletad|obtid|recebid)[oa]s (?:junto )?(?:de|dos|através de) (?:nossos )?(?:parceiros|terceiros)/iu,
    ],
    publicSources: [
      /\bfontes (?:públicas|acessíveis ao público)/iu,
      /\bpublicamente (?:disponíveis|acessíveis)/iu,
      /\bregist(?:r)?os públicos/iu,
    ],
    socialNetworks: [
      /\b(?:conta|perfil|login|registo|cadastro)\b[^.;]{0,40}\bredes sociais/iu,
      /\b(?:entrar|login|acesso|acessar|aceder) com (?:a sua conta |o )?(?:Facebook|Google|Apple)/iu,
    ],
  },
  security: {
    https: [/\bHTTPS\b/u, /\bTLS\b/u, /\bSSL\b/u, /\b(?:conexão|ligação) segura/iu],
    encryption: [/\bcriptograf/iu, /\bencripta/iu, /\bcifra(?:d[oa]s?|gem)\b/iu],
    anonymisation: [/\banonimiza/iu],
    pseudonymisation: [/\bpseudonimiza/iu],
    accessControl: [
      /\bcontrol[eo] de acesso/iu,
      /\bacesso (?:restrito|limitado)/iu,
      /\b(?:pessoas|pessoal|destinatários (?:internos |externos )?)autorizad[oa]s?/iu,
    ],
    monitoring: [
      /\bfirewall/iu,
      /\bvulnerabilidade/iu,
      /\bmonitor(?:iza|a)(?:ção|mento|mos) (?:dos |de |das )?(?:sistemas|redes|servidores)/iu,
      /\bde(?:c)?teção de intrusões/iu,
      /\bantivírus/iu,
    ],
  },
  // A denial ("não são associados a perfis") still answers GDPR Art. 13(2)(f): no guard here.
  profiling: [
    /\b(?:definição|criação|elaboração) de perfis/iu,
    /\bperfilagem/iu,
    /\bperfis de (?:visitantes|usuários|utilizadores|clientes|consumo)/iu,
  ],
  automatedDecisions: [
    /\bdecisões? (?:individuais )?automatizad/iu,
    /\bexclusivamente (?:com base )?n(?:o|um) tratamento automatizado/iu,
  ],
  partnerMarketing: {
    partners: [/\bparceiros\b/iu, /\bterceiros\b(?! países)/iu],
    marketing: [
      /\bofertas?\b/iu,
      /\bpromoç/iu,
      /\bnewsletters?\b/iu,
      /\bpublicidade/iu,
      /\bmarketing\b/iu,
      /\bcomunicações comerciais/iu,
    ],
  },
  partnersListPromised: [
    /\blista (?:completa |atualizada )?(?:de |dos )?(?:nossos )?parceiros\b/iu,
  ],
  rights: {
    information: [/\bdireito (?:à|a) informação/iu, /\bdireito de ser informad/iu],
    access: [new RegExp(`\\bacesso${E}`, 'iu'), /\baceder aos (?:seus )?dados/iu, /\bacessar/iu],
    rectification: [/\bretifica/iu, /\brectifica/iu, /\bcorreção/iu, /\bcorrigir/iu],
    erasure: [/\bapagamento/iu, /\beliminação/iu, /\bexclusão/iu, /\besquecimento/iu],
    restriction: [/\blimitação/iu, /\bbloqueio/iu],
    objection: [/\boposição/iu, /\bopor-se/iu],
    portability: [/\bportabilidade/iu],
    automatedDecisions: [
      /\bdecisões? (?:individuais )?automatizad/iu,
      /\btratamento automatizado/iu,
    ],
    withdrawConsent: [
      /\b(?:retir|revog)[^.;]{0,40}consentimento/iu,
      /\bconsentimento[^.;]{0,60}\b(?:revogad|retirad|revogar|retirar|revogável)/iu,
    ],
    complaint: [/\breclamação/iu, /\bqueixa/iu],
    complaintToAuthority: [
      /\bautoridade (?:de controlo|de controle|nacional)/iu,
      /\bCNPD\b/u,
      /\bANPD\b/u,
    ],
  },
  rightsContext: [
    /\bdireitos?\b/iu,
    /\breclamação/iu,
    /\bpode(?:rá)? (?:solicitar|pedir|exercer|opor-se|retirar)/iu,
  ],
  transfers: {
    ...LEXICON_EN.transfers,
    context: [/\btransferência/iu, /\btransferid/iu, /\binternaciona/iu],
    negation: [/\b(?:não|nenhum(?:a)?|nunca|nem|sem)(?![\p{L}])/iu],
    conditional: [/^\s*(?:se|caso|na eventualidade)\b/iu],
    outsideEea: [
      /\bfora d[ao] (?:UE|EEE|União Europeia|Espaço Económico Europeu)/iu,
      /\bpaíses terceiros/iu,
      /\bpaís terceiro/iu,
      /\btransferência internacional/iu,
      /\bEstados Unidos/iu,
    ],
    seatAbroad: {
      countries: {
        US: [
          /(?<![\p{L}])(?:EUA|Estados Unidos)(?![\p{L}])/u,
          ...LEXICON_EN.transfers.seatAbroad.countries.US!,
        ],
        IN: [/(?<![\p{L}])Índia(?![\p{L}])/u],
        CN: [/\bChina\b/u],
        SG: [/\bSingapura\b/u],
        AU: [/(?<![\p{L}])Austrália(?![\p{L}])/u],
      },
      recipient: [
        /\btransferid|\btransferência/iu,
        /\b(?:fornecedor|prestador|subcontratante|operador|destinat[aá]ri|subprocessador)/iu,
        /\balojad|\bhospedad|\balojamento|\bhospedagem/iu,
        /\b(?:fornecido|operado|prestado|disponibilizado) (?:por|pel)/iu,
        /\bservidor/iu,
        /\bterceiros\b/iu,
        /\bpartilh|\bcompartilh/iu,
        /\butilizamos\b/iu,
        ...LEXICON_EN.transfers.seatAbroad.recipient,
      ],
      notRecipient: [
        // A defined term for the controller itself: ("we", "us").
        /["“„«‚‘']\s*(?:nós|nos|nosso)\s*["”“»’‘']/iu,
        /\b(?:site|sítio|aplicação|aplicativo|plataforma)\b[^.]{0,60}\sé (?:operad|gerid|detid)/iu,
        /\bresponsável pelo tratamento/iu,
        /\bcontrolador\b/iu,
        /\brepresentante/iu,
        /\bquem somos/iu,
        /\bsede social/iu,
        /\bquest(?:ão|ões)|\bperguntas?\b|\bescrever\b|\bcontac?tar\b|\bpor correio\b/iu,
        /\blei aplicável\b/iu,
        ...LEXICON_EN.transfers.seatAbroad.notRecipient,
      ],
      euEntity: [
        /\b(?:subsidiária|filial) d/iu,
        /\b(?:empresa|sociedade)[- ]mãe\b/iu,
        /\b(?:utilizadores|usuários|clientes|visitantes|residentes) (?:na|da|do|no) (?:UE|EEE|União|Espaço)/iu,
        ...LEXICON_EN.transfers.seatAbroad.euEntity,
      ],
    },
  },
  retention: {
    ...LEXICON_EN.retention,
    // English's bounds, ages and number words read nothing here ("a semana" is no week)
    max: /(?:no máximo|máximo(?: de)?|um máximo de|até(?: ao máximo de)?|não superior a|não mais de|em até|prazo máximo de)\s*$/iu,
    min: /(?:pelo menos|no mínimo|mínimo(?: de)?|um mínimo de|não inferior a)\s*$/iu,
    range: /a|e|-|–/u,
    age: {
      before:
        /(?:menores de|maiores de|idade (?:inferior|superior) a|idade de|idade mínima de)\s*$/iu,
      after: /^[\s-]*(?:de idade|ou mais|completos)(?!\p{L})/iu,
    },
    numbers: {
      um: 1,
      uma: 1,
      dois: 2,
      duas: 2,
      três: 3,
      quatro: 4,
      cinco: 5,
      seis: 6,
      sete: 7,
      oito: 8,
      nove: 9,
      dez: 10,
      onze: 11,
      doze: 12,
      treze: 13,
      catorze: 14,
      quinze: 15,
      dezesseis: 16,
      dezasseis: 16,
      dezoito: 18,
      vinte: 20,
      'vinte e quatro': 24,
      trinta: 30,
      sessenta: 60,
      noventa: 90,
    },
    // the time to answer a request is no retention period
    reply: {
      verb: /(?:respond|resposta)/iu,
      within: /(?:prazo(?: máximo)? de|em até|dentro de|em)\s*$/iu,
    },
    clause: {
      keep: /(?<!(?:pedido|direito|solicitação|pedir|solicitar) (?:de |à |a |ao |o )?)(?<!\p{L})(?:conserva|armazena|mantid|guarda|elimina|exclu[íi]d|apaga|anonimiza|destru|expira|vida útil|encerra\p{L}* (?:a |sua |a sua )?conta)/giu,
      other:
        /(?<!\p{L})(?:respond|dispõe de|reembols|tribunal|dispor[aá]s? de|atender(?:emos)? (?:o|a|ao|à|seu|sua)|tramita|prorrog\p{L}* (?:por |em |até )?(?:mais |outros? |um |uma |dois |duas |três |\d)|notificar|avisar|avisaremos|aviso prévio|informar|perguntar\p{L}* se|termos e condições|termos de uso|ação judicial|período de teste|renova)/giu,
      before: /^\s*(?:antes|com antecedência|de antecedência)(?!\p{L})/iu,
      every: /(?<!\p{L})(?:a cada|cada)\s*$/iu,
    },
    context: [
      /\bconserva/iu,
      /\barmazena/iu,
      /\bmantid/iu,
      /\bguarda/iu,
      /\bprazo/iu,
      /\bdurante/iu,
    ],
    units: { D: /dias?/, W: /semanas?/, M: /m[eê]s(?:es)?/, Y: /anos?/ },
    lastOne:
      /(?<!\p{L})(?:no|na|durante o|durante a) (?:último|última|passado|passada) (ano|mês|semana|dia)(?!\p{L})/iu,
  },
  children: {
    context: [
      /\bmenores?\b/iu,
      /\bcrianças?(?![\p{L}])/iu,
      /\bidade\b/iu,
      /\bmaior(?:es)? de \d{1,2} anos/iu,
    ],
    age: [/\bmenores de (\d{1,2}) anos/iu, /\b(\d{1,2}) anos\b/iu],
    coppa: [/\bCOPPA\b/u],
  },
  dates: {
    cue: [
      /(?<![\p{L}])última (?:atualização|actualização|alteração|revisão)/iu,
      /\batualizad[ao] em\b/iu,
      /\bem vigor (?:desde|a partir de)\b/iu,
      /\bvers[aã]o\b/iu,
      /\bdata\b/iu,
    ],
    months: {
      janeiro: 1,
      fevereiro: 2,
      março: 3,
      marco: 3,
      abril: 4,
      maio: 5,
      junho: 6,
      julho: 7,
      agosto: 8,
      setembro: 9,
      outubro: 10,
      novembro: 11,
      dezembro: 12,
    },
    dayFirst: true,
  },
  dpo: [/\bencarregad[oa] (?:pelo tratamento|de proteção)/iu, /\bDPO\b/u, /\bEPD\b/u],
  authority: {
    mentioned: [
      /\bautoridade (?:de controlo|de controle|nacional de proteção)/iu,
      /\bCNPD\b/u,
      /\bANPD\b/u,
    ],
  },
};
