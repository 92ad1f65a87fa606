import type { RequestLetters } from '../schema';
import { PT_UNITS, ptFieldLabels } from './frame-common';

// Cartas RGPD em português europeu, redigidas para o Rightful. Citações como no texto português
// do JOUE («artigo 15.º, n.º 1, alínea c)»); os nomes dos direitos são os do regulamento
// («direito ao apagamento», «direito de oposição», «responsável pelo tratamento»).
const PRAZO =
  'Solicito que respondam sem demora injustificada e, em qualquer caso, no prazo de um mês a contar da data de receção deste pedido (artigo 12.º, n.º 3, do RGPD). Caso necessitem de prorrogar esse prazo, devem informar-me no prazo de um mês, indicando os motivos da demora.';
const DESTINATARIOS =
  'Solicito que comuniquem esta medida a cada destinatário a quem os meus dados tenham sido transmitidos (artigo 19.º do RGPD) e que me informem sobre esses destinatários.';

export const GDPR_PT: RequestLetters = {
  law: 'gdpr',
  language: 'pt-PT',
  frame: {
    greeting: 'Exmos. Senhores,',
    // Only ever after "a" ("Dirijo-me a {controller}"), which takes the article: "à vossa".
    controllerFallback: 'vossa organização',
    contractions: [['a vossa organização', 'à vossa organização']],
    identityIntro:
      'Para que possam localizar os meus dados, indico as informações que têm sobre mim:',
    fieldLabels: ptFieldLabels('Endereço de correio eletrónico'),
    fieldSeparator: ': ',
    identityNote:
      'Caso tenham dúvidas razoáveis quanto à minha identidade, só podem solicitar-me as informações adicionais necessárias para a confirmar (artigo 12.º, n.º 6, do RGPD).',
    closing: 'Com os melhores cumprimentos,',
    quote: ': «{q}»',
    and: 'e',
    bullet: '- ',
    units: PT_UNITS,
  },
  rights: {
    access: {
      subject: 'Pedido de acesso aos dados pessoais (artigo 15.º do RGPD)',
      paragraphs: [
        {
          text: 'Dirijo-me a {controller} para exercer o meu direito de acesso, nos termos do artigo 15.º do Regulamento Geral sobre a Proteção de Dados (RGPD).',
        },
        {
          text: 'Solicito que me confirmem se os dados pessoais que me dizem respeito são ou não objeto de tratamento. Em caso afirmativo, solicito uma cópia de todos esses dados (artigo 15.º, n.º 3) e as seguintes informações (artigo 15.º, n.º 1, alíneas a) a h), e n.º 2):',
        },
        {
          text: [
            'a) as finalidades do tratamento;',
            'b) as categorias dos dados pessoais em questão;',
            'c) os destinatários a quem os meus dados foram ou serão divulgados, nomeadamente os destinatários estabelecidos em países terceiros ou pertencentes a organizações internacionais. Solicito a identidade de cada destinatário, e não apenas as categorias de destinatários (Tribunal de Justiça da União Europeia, acórdão de 12 de janeiro de 2023, Österreichische Post, C-154/21);',
            'd) o prazo previsto de conservação dos meus dados ou, se tal não for possível, os critérios usados para fixar esse prazo;',
            'e) a existência do direito de solicitar a retificação, o apagamento ou a limitação do tratamento dos meus dados, ou do direito de me opor a esse tratamento;',
            'f) o direito de apresentar reclamação a uma autoridade de controlo;',
            'g) se os meus dados não tiverem sido recolhidos junto de mim, as informações disponíveis sobre a sua origem;',
            'h) a existência de decisões automatizadas, incluindo a definição de perfis (artigo 22.º, n.os 1 e 4), e, nesse caso, informações úteis relativas à lógica subjacente, bem como a importância e as consequências previstas de tal tratamento para mim;',
            '- se os meus dados forem transferidos para um país terceiro ou uma organização internacional, as garantias adequadas relativas à transferência (artigo 15.º, n.º 2, e artigo 46.º do RGPD).',
          ].join('\n'),
        },
        {
          when: 'partnersMentioned',
          text: 'A vossa política de privacidade indica que comunicam dados pessoais a parceiros ou a outros terceiros{partnersQuote}. Nos termos da alínea c), solicito que identifiquem cada parceiro que recebeu os meus dados, indicando quais os dados e em que data.',
        },
        {
          when: 'partnersNamed',
          text: 'A política menciona {partners}: solicito que indiquem quais destas entidades receberam os meus dados e que identifiquem qualquer outro destinatário.',
        },
        {
          when: 'sourcesMentioned',
          text: 'Indica também que obtêm dados pessoais junto de parceiros ou de outros terceiros{sourcesQuote}. Nos termos da alínea g), solicito que indiquem quais dos meus dados foram obtidos dessa forma, junto de quem e em que data.',
        },
        {
          when: 'publicSources',
          text: 'Indica ainda que recolhem informações acessíveis ao público{publicQuote}. Solicito que indiquem as fontes públicas que utilizaram a meu respeito.',
        },
        {
          text: 'Uma vez que apresento este pedido por meios eletrónicos, solicito que a cópia e as informações me sejam fornecidas num formato eletrónico de uso corrente (artigo 15.º, n.º 3). A primeira cópia é gratuita (artigo 12.º, n.º 5, do RGPD).',
        },
        { text: PRAZO },
      ],
    },
    rectification: {
      subject: 'Pedido de retificação (artigo 16.º do RGPD)',
      paragraphs: [
        {
          text: 'Dirijo-me a {controller} para solicitar a retificação dos dados pessoais inexatos que me dizem respeito e que os meus dados incompletos sejam completados, nos termos do artigo 16.º do RGPD.',
        },
        { when: 'details', text: 'Dados a retificar e valores corretos:\n{details}' },
        {
          unless: 'details',
          text: 'Dados a retificar e valores corretos:\n[indique cada dado inexato e o valor correto]',
        },
        { text: DESTINATARIOS },
        { text: PRAZO },
      ],
    },
    erasure: {
      subject: 'Pedido de apagamento dos dados (artigo 17.º do RGPD)',
      paragraphs: [
        {
          text: 'Dirijo-me a {controller} para solicitar o apagamento, sem demora injustificada, de todos os dados pessoais que me dizem respeito, nos termos do artigo 17.º do RGPD.',
        },
        {
          text: 'Aplica-se pelo menos um dos motivos previstos no artigo 17.º, n.º 1: os dados deixaram de ser necessários para a finalidade que motivou a sua recolha ou tratamento (alínea a)); retiro o consentimento em que se baseia o tratamento (alínea b)); oponho-me ao tratamento e não existem interesses legítimos prevalecentes que o justifiquem, ou oponho-me ao tratamento para efeitos de comercialização direta (alínea c)); os dados foram tratados ilicitamente (alínea d)); os dados têm de ser apagados para o cumprimento de uma obrigação jurídica (alínea e)); ou os dados foram recolhidos no contexto da oferta de serviços da sociedade da informação a uma criança (alínea f), artigo 8.º, n.º 1).',
        },
        {
          when: 'retentionDuration',
          text: 'A vossa política de privacidade fixa um prazo de conservação de {retention}{retentionQuote}. Quaisquer dados meus conservados para além desse prazo deixaram de ser necessários e devem, em qualquer caso, ser apagados (artigo 5.º, n.º 1, alínea e), e artigo 17.º, n.º 1, alínea a), do RGPD).',
        },
        {
          when: 'retentionStatement',
          text: 'A vossa política de privacidade indica, quanto à conservação{retentionQuote}. Os dados que deixaram de ser necessários para a sua finalidade devem ser apagados (artigo 5.º, n.º 1, alínea e), e artigo 17.º, n.º 1, alínea a), do RGPD).',
        },
        { text: DESTINATARIOS },
        {
          when: 'partnersMentioned',
          text: 'Tal inclui os parceiros mencionados na vossa política de privacidade{partnersQuote}.',
        },
        {
          text: 'Se tornaram públicos os meus dados, solicito que tomem as medidas razoáveis para informar os outros responsáveis pelo tratamento que os tratem do meu pedido de apagamento (artigo 17.º, n.º 2).',
        },
        {
          text: 'Caso considerem que uma exceção prevista no artigo 17.º, n.º 3, vos permite conservar determinados dados, solicito que indiquem quais, com base em que exceção e durante quanto tempo, e que os utilizem apenas para esse fim.',
        },
        { text: PRAZO },
      ],
    },
    restriction: {
      subject: 'Pedido de limitação do tratamento (artigo 18.º do RGPD)',
      paragraphs: [
        {
          text: 'Dirijo-me a {controller} para solicitar a limitação do tratamento dos meus dados pessoais, nos termos do artigo 18.º do RGPD.',
        },
        { when: 'details', text: 'Motivo da limitação (artigo 18.º, n.º 1):\n{details}' },
        {
          unless: 'details',
          text: 'Motivo da limitação (artigo 18.º, n.º 1): [escolha um] contesto a exatidão dos dados, durante o período necessário para a verificarem (alínea a)); o tratamento é ilícito e solicito a limitação em vez do apagamento (alínea b)); já não precisam dos dados, mas eu preciso deles para efeitos de declaração, exercício ou defesa de um direito num processo judicial (alínea c)); opus-me ao tratamento nos termos do artigo 21.º, n.º 1, até se verificar se os vossos motivos legítimos prevalecem (alínea d)).',
        },
        {
          text: 'Enquanto durar a limitação, só podem conservar os dados, salvo nos casos previstos no artigo 18.º, n.º 2. Solicito que me informem antes de a limitação ser levantada (artigo 18.º, n.º 3).',
        },
        { text: DESTINATARIOS },
        { text: PRAZO },
      ],
    },
    portability: {
      subject: 'Pedido de portabilidade dos dados (artigo 20.º do RGPD)',
      paragraphs: [
        {
          text: 'Dirijo-me a {controller} para exercer o meu direito de portabilidade dos dados, nos termos do artigo 20.º do RGPD.',
        },
        {
          text: 'Solicito que me enviem os dados pessoais que me dizem respeito e que vos forneci, incluindo os gerados pela minha utilização dos vossos serviços, num formato estruturado, de uso corrente e de leitura automática, como CSV ou JSON (artigo 20.º, n.º 1).',
        },
        {
          text: 'Sempre que tal seja tecnicamente possível, poderei solicitar que transmitam esses dados diretamente a outro responsável pelo tratamento (artigo 20.º, n.º 2); se for o caso, informar-vos-ei.',
        },
        { text: PRAZO },
      ],
    },
    objection: {
      subject: 'Oposição ao tratamento (artigo 21.º do RGPD)',
      paragraphs: [
        {
          text: 'Dirijo-me a {controller} para me opor ao tratamento dos meus dados pessoais, nos termos do artigo 21.º do RGPD.',
        },
        {
          text: 'Na medida em que tratem os meus dados com base em interesses legítimos (artigo 6.º, n.º 1, alínea f), do RGPD) ou no exercício de funções de interesse público ou da autoridade pública (alínea e) do mesmo número), oponho-me por motivos relacionados com a minha situação particular (artigo 21.º, n.º 1). Devem cessar esse tratamento, a não ser que apresentem razões imperiosas e legítimas que prevaleçam sobre os meus interesses, direitos e liberdades, ou para efeitos de declaração, exercício ou defesa de um direito num processo judicial.',
        },
        {
          when: 'legitimateInterest',
          text: 'A vossa política de privacidade baseia as seguintes finalidades em interesses legítimos; a minha oposição abrange cada uma delas:\n{liPurposes}',
        },
        {
          text: 'Oponho-me ainda a qualquer tratamento dos meus dados para efeitos de comercialização direta, incluindo a definição de perfis relacionada com a mesma (artigo 21.º, n.º 2). Esta oposição não carece de fundamentação: os meus dados deixam de ser tratados para esse fim (artigo 21.º, n.º 3).',
        },
        {
          when: 'marketing',
          text: 'Tal inclui a comercialização descrita na vossa política de privacidade{marketingQuote}.',
        },
        { text: 'Peço que me confirmem quais os tratamentos que cessaram. ' + PRAZO },
      ],
    },
    'automated-decision': {
      subject: 'Decisões individuais automatizadas (artigo 22.º do RGPD)',
      paragraphs: [
        {
          text: 'Dirijo-me a {controller} a respeito do direito, previsto no artigo 22.º do RGPD, de o titular dos dados não ficar sujeito a nenhuma decisão tomada exclusivamente com base no tratamento automatizado, incluindo a definição de perfis, que produza efeitos na sua esfera jurídica ou que o afete significativamente de forma similar.',
        },
        { when: 'details', text: 'Decisão em causa:\n{details}' },
        {
          text: 'Solicito que me informem se tomam decisões desse tipo a meu respeito. Relativamente a cada uma delas, solicito a intervenção humana da vossa parte, pretendo manifestar o meu ponto de vista e contesto a decisão (artigo 22.º, n.º 3).',
        },
        {
          text: 'Solicito igualmente informações úteis relativas à lógica subjacente, bem como a importância e as consequências previstas de tal tratamento para mim (artigo 15.º, n.º 1, alínea h)).',
        },
        { text: PRAZO },
      ],
    },
    'withdraw-consent': {
      subject: 'Retirada do consentimento (artigo 7.º, n.º 3, do RGPD)',
      paragraphs: [
        {
          text: 'Retiro, com efeitos imediatos, qualquer consentimento que tenha dado a {controller} para o tratamento dos meus dados pessoais (artigo 7.º, n.º 3, do RGPD).',
        },
        {
          when: 'marketing',
          text: 'Tal inclui os boletins informativos e as comunicações comerciais descritos na vossa política de privacidade{marketingQuote}.',
        },
        {
          text: 'Solicito que cessem qualquer tratamento baseado no meu consentimento e apaguem os dados tratados exclusivamente com esse fundamento (artigo 17.º, n.º 1, alínea b)). Caso invoquem outro fundamento jurídico para alguns desses dados, solicito que indiquem qual e para que dados.',
        },
        { text: PRAZO },
      ],
    },
  },
};
