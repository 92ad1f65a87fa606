import { describe, expect, it } from 'vitest';
import { extractAttributes } from '../../../../lib/policy-analysis/extract/extract-attributes';
import { contextOf } from './support';

/** Our own sentences: data types, purposes, recipients and legal bases read in es, it and pt. */
function attributesOf(lang: string, ...lines: string[]) {
  const { segments, blocks } = contextOf(lang, ...lines);
  return extractAttributes(segments, blocks, lang);
}
const values = (list: { value: string }[]) => list.map((v) => v.value).sort();
const kinds = (list: { kind: string }[]) => list.map((r) => r.kind).sort();

type Case = [lang: string, text: string, expected: string[]];

describe('data types in es, it and pt', () => {
  it.each<Case>([
    [
      'es',
      'Tratamos su nombre y apellidos, su dirección de correo electrónico y su número de teléfono.',
      ['contactDetails', 'name'],
    ],
    [
      'es',
      'Las categorías de datos que se tratan son: datos identificativos, dirección postal y datos bancarios.',
      ['financial', 'identifiers', 'postalAddress'],
    ],
    [
      'es',
      'Recogemos la dirección IP, el tipo de navegador, el sistema operativo y las cookies.',
      ['browsingCookies', 'device', 'identifiers'],
    ],
    [
      'es',
      'Para verificar su edad le pediremos la fecha de nacimiento y el DNI.',
      ['demographics', 'governmentId'],
    ],
    [
      'it',
      'Trattiamo nome e cognome, indirizzo e-mail, numero di telefono e dati di navigazione.',
      ['browsingCookies', 'contactDetails', 'name'],
    ],
    [
      'it',
      "Raccogliamo l'indirizzo IP, il tipo di browser e i dati di pagamento.",
      ['billing', 'device', 'identifiers'],
    ],
    [
      'pt',
      'Tratamos o nome, o CPF, o endereço de e-mail, o número de telemóvel e os dados de navegação.',
      ['browsingCookies', 'contactDetails', 'governmentId', 'name'],
    ],
    [
      'pt',
      'Recolhemos a data de nascimento, os dados bancários e a morada postal.',
      ['demographics', 'financial', 'postalAddress'],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(values(attributesOf(lang, text).dataTypes)).toEqual(expected);
  });

  it.each<Case>([
    // A denial of special categories is no claim that they are processed.
    [
      'es',
      'No tratamos categorías especiales de datos, como datos biométricos o información relacionada con la salud.',
      [],
    ],
    // The channel and the controller's own address are not data collected.
    ['es', 'Datos de contacto del responsable: Calle Mayor 1, Madrid.', []],
    ['es', 'Puede escribirnos por correo electrónico. Correo electrónico: info@ejemplo.es', []],
    // Proof of identity for a request, and the legal formula against discrimination.
    [
      'es',
      'Adjunte a su solicitud una copia del DNI. Se prohíbe toda discriminación por razón de sexo.',
      [],
    ],
    [
      'it',
      'Non trattiamo dati relativi alla salute né dati biometrici. Dati di contatto del Titolare: info@esempio.it',
      [],
    ],
    // "genere" as a kind; a "pedido" that is a request; "género" as a kind.
    ['it', 'In genere trattiamo informazioni di questo genere con cura.', []],
    ['pt', 'Os dados do pedido de acesso são conservados.', []],
    ['es', 'Recibimos consultas de todo género.', []],
    // The copy of an ID sent with a rights request; an e-mail as a channel.
    ['it', "Per esercitare i diritti, allegare copia del documento d'identità.", []],
    ['pt', 'Para exercer os seus direitos, envie um e-mail com cópia do cartão de cidadão.', []],
    // A rule for a case is no statement that such data are processed.
    [
      'it',
      'Nel trattamento di dati relativi alla salute, il personale osserva il segreto professionale.',
      [],
    ],
    // The definition of personal data names examples, not data collected.
    [
      'it',
      'Dato personale: qualunque informazione relativa a persona identificata o identificabile, come il nome o dati relativi alla posizione.',
      [],
    ],
    // A denial, an ID card that is no bank card, a strong password as a security measure.
    ['pt', 'O site não armazena números de cartão nem dados de saúde.', []],
    [
      'pt',
      'Usamos palavra-passe complexa para a rede do escritório. Morada: Rua Garrett 19, Lisboa.',
      [],
    ],
  ])('%s, not: %s', (lang, text, expected) => {
    expect(values(attributesOf(lang, text).dataTypes)).toEqual(expected);
  });
});

describe('purposes in es, it and pt', () => {
  it.each<Case>([
    [
      'es',
      'Usamos sus datos para la prestación de los servicios, responder a sus consultas y enviarle comunicaciones comerciales.',
      ['customerSupport', 'marketing', 'serviceProvision'],
    ],
    [
      'es',
      'Elaboramos estadísticas y prevenimos el fraude para cumplir con las obligaciones legales.',
      ['analytics', 'legalObligation', 'security'],
    ],
    [
      'it',
      'I dati sono trattati per fornirti assistenza, per finalità di marketing e per adempiere agli obblighi di legge.',
      ['customerSupport', 'legalObligation', 'marketing'],
    ],
    [
      'pt',
      'Finalidade: prestação dos nossos serviços, prevenção a fraudes e cumprimento de obrigações legais.',
      ['legalObligation', 'security', 'serviceProvision'],
    ],
    ['pt', 'Não enviaremos comunicações comerciais sem o seu consentimento.', ['marketing']],
  ])('%s: %s', (lang, text, expected) => {
    expect(values(attributesOf(lang, text).purposes)).toEqual(expected);
  });

  it.each<Case>([
    // A department, and the exception to a denial of sharing.
    [
      'es',
      'Pueden acceder los departamentos de ventas y marketing. Los datos no se cederán, salvo obligación legal.',
      [],
    ],
    ['it', 'I dati non sono comunicati a terzi, salvo obbligo di legge.', []],
    ['pt', 'Os dados não são partilhados, salvo obrigação legal.', []],
    // A denied purpose is none; with an exception after it, it is one (next test).
    ['es', 'No utilizaremos sus datos con fines publicitarios.', []],
    ['it', 'Non utilizziamo i dati per finalità di marketing.', []],
    // Contractual duties are no legal obligation; research statistics are no site analytics.
    [
      'it',
      "Il trattamento è necessario per l'adempimento di obblighi contrattuali. I dati sono usati a fini statistici.",
      [],
    ],
    ['pt', 'Prestamos assistência técnica ao escritório.', []],
  ])('%s, not: %s', (lang, text, expected) => {
    expect(values(attributesOf(lang, text).purposes)).toEqual(expected);
  });
});

describe('recipients in es, it and pt', () => {
  it.each<Case>([
    [
      'es',
      'Compartimos sus datos con proveedores de servicios, empresas del grupo y autoridades públicas.',
      ['affiliates', 'authorities', 'processors'],
    ],
    ['es', 'Sus datos podrán ser cedidos a terceros cuando usted lo autorice.', ['thirdParties']],
    [
      'it',
      'I dati potranno essere comunicati a fornitori di servizi tecnologici e alle autorità giudiziarie.',
      ['authorities', 'processors'],
    ],
    [
      'pt',
      'Podemos partilhar os dados com prestadores de serviços, empresas do grupo e tribunais.',
      ['affiliates', 'authorities', 'processors'],
    ],
    ['pt', 'O compartilhamento ocorre apenas com o provedor de hospedagem.', ['processors']],
  ])('%s: %s', (lang, text, expected) => {
    expect(kinds(attributesOf(lang, text).recipients)).toEqual(expected);
  });

  it.each<Case>([
    // A recipient word without a disclosure; a question; a denial.
    ['es', 'Nuestros proveedores de servicios cumplen el RGPD.', []],
    ['es', 'Nunca cederemos sus datos a terceros.', []],
    ['es', 'Puede presentar una reclamación ante la autoridad de control.', []],
    ['it', 'I dati non saranno comunicati a terzi.', []],
    ['it', 'I dati sono trasferiti verso paesi terzi.', []],
    ['pt', 'Os dados pessoais não são partilhados com terceiros.', []],
  ])('%s, not: %s', (lang, text, expected) => {
    expect(kinds(attributesOf(lang, text).recipients)).toEqual(expected);
  });
});

describe('legal bases in es, it and pt', () => {
  it.each<Case>([
    [
      'es',
      'La base jurídica es la ejecución de un contrato y el interés legítimo del responsable.',
      ['contract', 'legitimateInterest'],
    ],
    ['es', 'Base legal: art. 6.1.a) RGPD.', ['consent']],
    ['es', 'Legitimación: artículo 6.1 c) del RGPD.', ['legalObligation']],
    [
      'es',
      'El tratamiento es necesario para el cumplimiento de una misión realizada en interés público.',
      ['publicTask'],
    ],
    ['it', 'Base giuridica: art. 6, par. 1, lett. b) del GDPR.', ['contract']],
    [
      'it',
      "Il trattamento è necessario per l'esecuzione di un compito di interesse pubblico e si fonda sul legittimo interesse del Titolare.",
      ['legitimateInterest', 'publicTask'],
    ],
    [
      'pt',
      'Base legal: cumprimento de obrigação legal (art. 7º, II, LGPD) e legítimo interesse (art. 7º, IX).',
      ['legalObligation', 'legitimateInterest'],
    ],
    ['pt', 'Fundamento: art. 6.º, n.º 1, alínea b) do RGPD.', ['contract']],
    ['pt', 'Base legal: consentimento (art. 7º, I).', ['consent']],
    ['es', 'La base legal del tratamiento es el interés público.', ['publicTask']],
  ])('%s: %s', (lang, text, expected) => {
    expect(values(attributesOf(lang, text).legalBases)).toEqual(expected);
  });

  it.each<Case>([
    // "interés público" in general is no basis; a version number is no article.
    ['es', 'No publique informaciones que no respondan a criterios de interés público.', []],
    ['es', 'La versión 6.1 a partir de hoy sustituye a la anterior.', []],
    // The right to withdraw consent, and a processing that needs none, state no consent basis.
    ['es', 'Puede retirar su consentimiento en cualquier momento.', []],
    ['es', 'El Titular podrá tratar los datos sin necesidad de consentimiento.', []],
    ['it', 'Puoi revocare il consenso in qualsiasi momento.', []],
    ['it', 'Questi trattamenti non necessitano del tuo consenso.', []],
    ['pt', 'Os titulares podem retirar o seu consentimento a qualquer momento.', []],
  ])('%s, not: %s', (lang, text, expected) => {
    expect(values(attributesOf(lang, text).legalBases)).toEqual(expected);
  });
});

describe('sources, security, profiling and partners in es, it and pt', () => {
  const found = (lang: string, text: string) => {
    const a = attributesOf(lang, text);
    return [
      ...a.sources.map((s) => `source:${s.value}`),
      ...a.security.map((s) => `security:${s.value}`),
      ...(a.profiling.length > 0 ? ['profiling'] : []),
      ...(a.automatedDecisions.length > 0 ? ['automatedDecisions'] : []),
      ...(a.partnerMarketing.length > 0 ? ['partnerMarketing'] : []),
      ...(a.partnersListPromised.length > 0 ? ['partnersListPromised'] : []),
    ].sort();
  };

  it.each<Case>([
    [
      'es',
      'Los datos que nos facilita y los recogidos automáticamente se transmiten mediante HTTPS y se almacenan cifrados.',
      ['security:encryption', 'security:https', 'source:automatically', 'source:fromYou'],
    ],
    [
      'es',
      'No realizamos elaboración de perfiles ni decisiones automatizadas.',
      ['automatedDecisions', 'profiling'],
    ],
    ['es', 'Cederemos sus datos a terceros para que le envíen ofertas.', ['partnerMarketing']],
    [
      'it',
      "I dati forniti direttamente dall'utente sono conservati in forma anonima e l'accesso è consentito solo al personale autorizzato.",
      ['security:accessControl', 'security:anonymisation', 'source:fromYou'],
    ],
    ['it', "Consulta l'elenco dei partner.", ['partnersListPromised']],
    [
      'pt',
      'Os dados fornecidos pelo titular são protegidos por criptografia e controle de acesso.',
      ['security:accessControl', 'security:encryption', 'source:fromYou'],
    ],
    ['es', 'Procedencia: el propio interesado.', ['source:fromYou']],
    ['pt', 'Os dados são recolhidos diretamente junto do titular.', ['source:fromYou']],
    [
      'pt',
      'Os dados podem ser obtidos junto de parceiros ou de fontes públicas.',
      ['source:partners', 'source:publicSources'],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(found(lang, text)).toEqual(expected);
  });

  it.each<Case>([
    // "la cifra": a figure, not ciphering; a denied disclosure to partners.
    [
      'es',
      'La cifra de usuarios creció. Nunca cederemos sus datos a terceros con fines comerciales.',
      [],
    ],
    ['it', 'Questa sezione fornisce informazioni sui cookie.', []],
    ['pt', 'Os dados não são partilhados com parceiros para fins de marketing.', []],
  ])('%s, not: %s', (lang, text, expected) => {
    expect(found(lang, text)).toEqual(expected);
  });
});
