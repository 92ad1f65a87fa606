import type { ExtractLexicon } from './lexicon';
import { LEXICON_EN } from './lexicon-en.data';

// JavaScript's \b only knows ASCII letters: after an accented letter we end with a lookahead instead.
const E = '(?![\\p{L}])';

/**
 * GDPR art. 6(1) by its letter:
 * "art. 6.1.a)", "artículo 6, apartado 1, letra b)", "art. 6(1)(c)".
 */
const article6 = (letter: string): RegExp =>
  new RegExp(
    String.raw`\bart(?:[ií]culo|\.)?\s?6\s?(?:\.|\(|,\s?apartado\s)1\)?[.,]?\s?(?:,?\s?letra\s)?\(?${letter}\)?(?![\p{L}\d])`,
    'iu',
  );

/**
 * A denial earlier in the clause ("No tratamos datos de salud, biométricos…"): the data type is
 * not collected. Put at the end of a pattern, so it runs only where the pattern matched.
 */
const NOT_DENIED =
  '(?<!(?<![\\p{L}])(?:no|nunca|ningún|ninguna|ninguno|ni)(?![\\p{L}])[^.;:]{0,400})';
/** A sensitive data type, unless the clause denies processing it (shown first in the summary). */
const stated = (pattern: RegExp): RegExp => new RegExp(pattern.source + NOT_DENIED, 'iu');

/**
 * "salvo obligación legal": the exception to a denial of sharing ("no se cederán a terceros,
 * salvo por obligación legal") is neither a purpose nor a legal basis of the processing.
 */
const SAVE_BY_LAW =
  /(?<!\b(?:salvo|excepto) (?:por |en caso de |que exista (?:una )?|cuando exista (?:una )?)?)/;

/**
 * A purpose the clause denies ("No utilizamos sus datos con fines publicitarios"), unless an
 * exception follows ("… sin su consentimiento"): read only for marketing and advertising, which
 * policies deny most often.
 */
const UNLESS_DENIED =
  '(?:(?<!(?<![\\p{L}])(?:no|nunca|ni|jamás)(?![\\p{L}])[^.;:]{0,80})|(?=[^.;]{0,80}(?<![\\p{L}])(?:sin|salvo|excepto)(?![\\p{L}])))';
const unlessDenied = (pattern: RegExp): RegExp => new RegExp(pattern.source + UNLESS_DENIED, 'iu');
/** Not the copy of an ID document sent to prove who asks to exercise a right. */
const NOT_ID_COPY = '(?<!\\bc[oó]pia (?:del?|de su|de tu) )';
const idDocument = (pattern: RegExp): RegExp =>
  stated(new RegExp(NOT_ID_COPY + pattern.source, 'iu'));

/**
 * Spanish patterns, in our own words: the GDPR's terms as the Spanish text of the Regulation
 * names them, and the ordinary vocabulary of Spanish privacy policies.
 */
export const LEXICON_ES: ExtractLexicon = {
  language: 'es',
  dataTypes: {
    contactDetails: [
      // Not the channel ("por correo electrónico") nor the controller's own address after it.
      /(?<!(?:por|v[ií]a|mediante|del?|un) )\b(?:correos? electr[oó]nicos?|e-?mails?)(?!\s*(?:de contacto)?\s*:?\s*[*<[(]?[\w.+-]+@)/iu,
      /\bdirecci[oó]n(?:es)? (?:de correo|electr[oó]nicas?)/iu,
      /\bn[uú]meros? de (?:tel[eé]fono|m[oó]vil|contacto)/iu,
      /\btel[eé]fonos? (?:m[oó]vil|fijo|de contacto)/iu,
      /\b(?:datos|informaci[oó]n) de contacto(?! del? (?:responsable|delegad|DPO|titular))/iu,
    ],
    name: [
      /\bnombre (?:completo|y apellidos?)/iu,
      /\bapellidos?\b/iu,
      // An item of a list of data: "nombre, apellidos", "correo electrónico y nombre".
      /(?<!\b(?:en|por) (?:su |tu |el |nuestro )?)\bnombres?\b(?=\s*(?:[,/;.)]|y\b|e\b|o\b|$))/iu,
      /(?:,|\by|\bo)\s+nombres?\b(?! (?:de|del|comercial)\b)/iu,
    ],
    identifiers: [
      /\bdirecci[oó]n(?:es)? IP\b/iu,
      /\bIP address/iu,
      /\bidentificador(?:es)?\b(?! fiscal)/iu,
      /\bdatos identificativos/iu,
      /\b(?:datos|informaci[oó]n) de identificaci[oó]n/iu,
    ],
    billing: [
      /\bfacturaci[oó]n/iu,
      /\bfacturas?\b/iu,
      /\b(?:datos|informaci[oó]n|medios?) de pago/iu,
    ],
    postalAddress: [
      /\bdirecci[oó]n(?:es)? (?:postal|f[ií]sica|de (?:env[ií]o|entrega|facturaci[oó]n|domicilio))/iu,
      /\bdomicilio (?:particular|postal|de entrega)/iu,
      /\bc[oó]digo postal/iu,
    ],
    location: [
      stated(/\bgeolocaliza/iu),
      stated(/\bGPS\b/u),
      stated(/\bdatos de (?:ubicaci[oó]n|localizaci[oó]n)/iu),
      stated(
        /\b(?:ubicaci[oó]n|localizaci[oó]n) (?:geogr[aá]fica|precisa|aproximada|del dispositivo)/iu,
      ),
    ],
    browsingCookies: [
      /\bcookies?\b/iu,
      /\b(?:datos|h[aá]bitos|historial|informaci[oó]n) de (?:navegaci[oó]n|uso|tr[aá]fico)/iu,
      /\bp[aá]ginas (?:visitadas|consultadas)/iu,
      /\b(?:registros?|logs?) (?:del sistema|de (?:acceso|conexi[oó]n|servidor))/iu,
      /\barchivos de registro/iu,
      /\bbalizas web/iu,
    ],
    device: [
      /\bsistemas? operativos?/iu,
      /\b(?:tipo|modelo|versi[oó]n|caracter[ií]sticas|identificador|datos|informaci[oó]n) (?:de|del|sobre el|sobre su) (?:su |tu )?(?:dispositivo|navegador|terminal)/iu,
      /\buser[- ]agent/iu,
    ],
    financial: [
      stated(/\btarjetas? (?:de cr[eé]dito|de d[eé]bito|bancarias?)/iu),
      stated(/\b(?:cuentas?|datos) bancari[oa]s?/iu),
      stated(/\bdatos (?:econ[oó]micos|financieros)/iu),
      stated(/\binformaci[oó]n (?:econ[oó]mica|financiera)/iu),
      stated(/\bIBAN\b/u),
    ],
    health: [
      stated(
        /\b(?:datos|informaci[oó]n)(?: relativ[oa]s?| relacionad[oa]s?)? (?:de|a|con|sobre) (?:la |su )?salud(?![\p{L}])/iu,
      ),
      stated(/\bdatos (?:m[eé]dicos|sanitarios)/iu),
      stated(/\bhistori(?:a|al) cl[ií]nic[oa]/iu),
    ],
    biometric: [
      stated(/\bbiom[eé]tric/iu),
      stated(/\bhuellas? dactilar/iu),
      stated(/\breconocimiento facial/iu),
    ],
    childrenData: [
      /\b(?:datos|informaci[oó]n)(?: personal(?:es)?)? (?:de|sobre) (?:los |las )?(?:menores|niñ[oa]s)/iu,
    ],
    demographics: [
      /\bfecha de nacimiento/iu,
      // Not the legal formula "discriminación por razón de sexo".
      /(?<!(?:raz[oó]n|motivos?|violencia) de |\b(?:todo|cualquier) )\b(?:sexo|g[eé]nero)\b/iu,
      /\bdatos demogr[aá]ficos/iu,
    ],
    credentials: [
      // Not a strong password as a security measure ("contraseñas robustas").
      stated(/\bcontrase[nñ]as?\b(?! (?:seguras?|robustas?|complejas?|fuertes?))/iu),
      stated(/\bnombres? de usuario/iu),
      stated(/\bcredenciales/iu),
      stated(/\busername/iu),
    ],
    communications: [
      /\bcontenido de (?:sus|tus|los) (?:mensajes|comunicaciones|correos)/iu,
      /\bcorrespondencia/iu,
      /\bmensajes que (?:nos )?env[ií]as?/iu,
      /\bgrabaci[oó]n(?:es)? de (?:las )?llamadas/iu,
    ],
    purchaseHistory: [
      /\bhistorial de (?:compras?|pedidos|transacciones)/iu,
      /\bh[aá]bitos de (?:compra|consumo)/iu,
      /\bcompras (?:realizadas|anteriores)/iu,
    ],
    governmentId: [
      idDocument(/\b(?:DNI|NIE)\b/u),
      idDocument(/\bpasaporte/iu),
      idDocument(/\bdocumento (?:nacional )?de identidad/iu),
      idDocument(/\bn[uú]mero de (?:la )?seguridad social/iu),
      idDocument(/\b(?:permiso|carn[eé]t?) de conducir/iu),
    ],
  },
  purposes: {
    serviceProvision: [
      /\bprestaci[oó]n (?:de(?:l)? )?(?:los |nuestros |sus )?servicios?/iu,
      /\bprestar(?:le|te|les)? (?:el|los|nuestros) servicios?/iu,
      /\b(?:ejecuci[oó]n|cumplimiento) (?:de(?:l)? |de (?:un|una|la) )?(?:contrato|relaci[oó]n contractual)/iu,
      /\bgesti[oó]n (?:de|del) (?:su |tu |los |las |la |el )?(?:pedidos?|compras?|cuenta|reservas?|alta|registro|suscripci[oó]n)/iu,
      /\bgestionar (?:su |tu |los |las |la |el )?(?:pedidos?|compras?|cuenta|reservas?|servicios|suscripci[oó]n)/iu,
      /\b(?:emitir|emisi[oó]n de) (?:las )?facturas/iu,
      /\benv[ií]o de (?:los |sus |tus )?(?:pedidos|productos)/iu,
    ],
    marketing: [
      /\bnewsletters?\b/iu,
      /\bbolet[ií]n(?:es)? (?:informativos?|de noticias|electr[oó]nicos?)/iu,
      /\bcomunicaciones (?:comerciales|promocionales|publicitarias|de marketing)/iu,
      /\bcomunicaciones (?:sobre|de) nuestros (?:productos|servicios)/iu,
      // Not bare "marketing", which also names a department or a job.
      /\b(?:fines|acciones|actividades|campa[nñ]as|comunicaciones|prop[oó]sitos) (?:de )?marketing\b/iu,
      /\bmarketing directo\b/iu,
      /\bmercadotecnia/iu,
      /\bprospecci[oó]n comercial/iu,
      /\bofertas? (?:comerciales|promocionales|personalizadas)/iu,
      /\bcampa[nñ]as (?:comerciales|promocionales|de marketing)/iu,
    ].map(unlessDenied),
    partnerOffers: [
      /\bofertas?\b[^.;]{0,80}\b(?:socios|colaboradores|empresas colaboradoras|terceras empresas)/iu,
      /\b(?:productos|servicios) de (?:nuestros )?(?:socios|colaboradores|terceras empresas)/iu,
    ].map(unlessDenied),
    analytics: [
      /\bestad[ií]stic/iu,
      /\banal[ií]tic[oa]s?/iu,
      /\ban[aá]lisis (?:del?|de la) (?:uso|tr[aá]fico|navegaci[oó]n|audiencia)/iu,
      /\banalizar (?:el|la|los) (?:uso|tr[aá]fico|navegaci[oó]n|comportamiento)/iu,
      /\bmejor(?:ar|a de) (?:nuestros|nuestras|nuestra|nuestro|el|la|los|las) (?:servicios?|productos?|web|sitio|p[aá]gina|calidad|experiencia)/iu,
      /\bmedici[oó]n de (?:la )?audiencia/iu,
    ],
    security: [
      /\bfraudes?\b/iu,
      /\bseguridad de (?:nuestros|nuestra|la|los|el|las) (?:sistemas|servicios?|web|sitio|plataforma|red|instalaciones)/iu,
      /\bprevenir (?:el |los )?(?:fraude|abusos)/iu,
      /\bvideovigilancia/iu,
    ],
    legalObligation: [
      new RegExp(SAVE_BY_LAW.source + /\bobligaci[oó]n(?:es)? legal(?:es)?/.source, 'iu'),
      /\bcumplir (?:con )?(?:la|las|nuestras) (?:ley|leyes|obligaciones|normativa)/iu,
      /\bobligaciones (?:impuestas|establecidas|previstas) (?:por|en) (?:la )?(?:ley|normativa)/iu,
      /\bobligaciones (?:fiscales|tributarias|contables)/iu,
    ],
    personalisation: [/\bpersonaliza(?:r|ci[oó]n|d[oa]s?)\b/iu],
    advertising: [
      /\bpublicidad/iu,
      /\bpublicitari[oa]s?/iu,
      /\banuncios\b/iu,
      /\b(?:re|re-)?targeting\b|\bremarketing\b/iu,
    ].map(unlessDenied),
    customerSupport: [
      new RegExp(`\\batenci[oó]n al (?:cliente|usuario)${E}`, 'iu'),
      /\bservicio de (?:atenci[oó]n|asistencia) al/iu,
      /\bsoporte t[eé]cnico/iu,
      /\b(?:responder|contestar|atender) (?:a )?(?:su |tu |sus |tus )?(?:consultas?|preguntas?|solicitudes de informaci[oó]n|dudas|peticiones de informaci[oó]n)/iu,
      /\b(?:comunicarnos|contactar) con (?:usted|el usuario|los usuarios|contigo)/iu,
    ],
    surveys: [
      /\bencuestas?\b/iu,
      /\bcuestionarios?\b/iu,
      /\bsatisfacci[oó]n (?:del cliente|de (?:los )?(?:clientes|usuarios))/iu,
    ],
  },
  legalBases: {
    consent: [
      // Not the right to withdraw it, nor a denial ("sin necesidad de consentimiento"), nor the
      // Regulation's formula after it ("la licitud del tratamiento basado en el consentimiento previo").
      /\bconsentimiento\b(?<!\b(?:retir|revoc)\p{L}*[^.;]{0,40}consentimiento)(?<!(?<![\p{L}])(?:no|sin)(?![\p{L}])[^.;:,]{0,40}consentimiento)(?<!\b(?:licitud|legitimidad) del tratamiento basad[oa] en el consentimiento)/iu,
      article6('a'),
    ],
    contract: [
      /\bejecuci[oó]n (?:de(?:l)? |de (?:un|una|la) )?(?:contrato|relaci[oó]n contractual)/iu,
      /\brelaci[oó]n contractual/iu,
      /\bcumplimiento (?:de(?:l)? |de (?:un|una|la) )contrato/iu,
      /\bmedidas precontractuales/iu,
      /\bobligaci[oó]n(?:es)? (?:pre)?contractual(?:es)?/iu,
      article6('b'),
    ],
    legalObligation: [
      new RegExp(SAVE_BY_LAW.source + /\bobligaci[oó]n(?:es)? legal(?:es)?/.source, 'iu'),
      /\bobligaciones (?:impuestas|establecidas|previstas) (?:por|en) (?:la )?(?:ley|normativa)/iu,
      /\bimperativo legal/iu,
      article6('c'),
    ],
    vitalInterest: [/\bintereses? vital(?:es)?/iu, article6('d')],
    publicTask: [
      // Not "interés público" in general ("informaciones de interés público").
      /\b(?:misi[oó]n|tarea|funci[oó]n)\b[^.;]{0,40}\b(?:en|de) inter[eé]s p[uú]blico/iu,
      /\bejercicio de (?:los )?poderes p[uú]blicos/iu,
      /\b(?:base (?:legal|jur[ií]dica)|legitimaci[oó]n)\b[^.;]{0,30}\binter[eé]s p[uú]blico/iu,
      article6('e'),
    ],
    legitimateInterest: [
      /\binter[eé]s(?:es)? leg[ií]timos?/iu,
      /\bleg[ií]timos? inter[eé]s/iu,
      article6('f'),
    ],
  },
  purposeListIntro: [/\bsiguientes finalidades\b/iu, /\bfinalidades siguientes\b/iu, /:\s*$/u],
  recipients: {
    partners: [
      /\bsocios (?:comerciales|tecnol[oó]gicos|de confianza)/iu,
      /\bnuestros socios\b/iu,
      /\bpartners?\b/iu,
      /\b(?:empresas|entidades) colaboradoras/iu,
      /\bcolaboradores externos/iu,
    ],
    processors: [
      /\bencargad[oa]s? del tratamiento/iu,
      /\bsubencargad/iu,
      /\bproveedor(?:es)? (?:de servicios?|externos?|tecnol[oó]gicos?|de (?:alojamiento|hosting|pago))/iu,
      /\bprestador(?:es)? de servicios?/iu,
      /\bempresas (?:de (?:hosting|mensajer[ií]a|inform[aá]tica)|que (?:nos )?prestan servicios)/iu,
    ],
    authorities: [
      /\bautoridades\b(?! de control)/iu,
      /\bautoridad (?:judicial|competente|policial|tributaria|fiscal|p[uú]blica)/iu,
      /\badministraci[oó]n(?:es)? (?:p[uú]blicas?|tributaria)/iu,
      /\borganismos p[uú]blicos/iu,
      /\bfuerzas y cuerpos de seguridad/iu,
      /\bpolic[ií]a\b/iu,
      /\bjuzgados\b|\btribunales\b/iu,
    ],
    affiliates: [
      /\b(?:empresas|sociedades|entidades) (?:del|de nuestro) grupo/iu,
      /\b(?:empresas|sociedades|entidades) (?:filiales|vinculadas|afiliadas|participadas)/iu,
      /\bfiliales\b/iu,
    ],
    advertisers: [
      /\banunciantes/iu,
      /\bredes publicitarias/iu,
      /\bsocios publicitarios/iu,
      /\bagencias de publicidad/iu,
    ],
    thirdParties: [
      /\bterceros\b(?! pa[ií]ses)(?![^.?!]{0,80}\?)/iu,
      /\bterceras (?:partes|empresas|entidades)/iu,
    ],
  },
  sharing: [
    /\bcompart(?:ir|imos|ido|idos|ida|idas|en|e|ir[aá]n?|iremos)\b(?![^.]{0,30}con nosotros)/iu,
    /\bced(?:er|emos|en|e|er[aá]n?|eremos|id[oa]s?)\b/iu,
    /\bcesi[oó]n(?:es)?/iu,
    /\bcomunica(?:r|mos|remos|r[aá]n?|d[oa]s)\b/iu,
    /\bcomunicaci[oó]n(?:es)? de (?:los |sus |tus )?datos/iu,
    /\btransf(?:erir|erimos|eriremos|erir[aá]n?|erid[oa]s|ieren?|erencias?)\b/iu,
    /\bdestinatari[oa]s?/iu,
    /\brevel(?:ar|amos|ar[aá]n?|ad[oa]s)\b/iu,
    /\bdivulg/iu,
    /\bvend(?:er|emos|en|emos)\b/iu,
    /\b(?:tendr[aá]n|tienen|tener) acceso\b/iu,
    /\bacceder a los datos/iu,
  ],
  sources: {
    fromYou: [
      /\bnos (?:facilita|facilitas|proporciona|proporcionas|env[ií]a|env[ií]as|aporta|aportas|comunica|comunicas)\b/iu,
      /\b(?:facilitad|proporcionad|aportad)[oa]s (?:directamente )?por (?:usted|ti|el (?:propio )?(?:usuario|interesado|cliente))/iu,
      /\b(?:provienen|proceden) del (?:propio )?(?:usuario|interesado|cliente)/iu,
      // The label of the basic-information table: "Procedencia: el propio interesado".
      /\b(?:procedencia|origen)(?: de los datos)?\s*:\s*(?:el |del )?(?:propio )?(?:interesado|usuario|titular)/iu,
    ],
    automatically: [
      /\bautom[aá]ticamente/iu,
      /\bde (?:forma|manera) autom[aá]tica/iu,
      /\bcuando (?:usted )?(?:utiliza|visita|navega)\b/iu,
    ],
    partners: [
      /\b(?:obtenid|recibid|recabad|procedentes|provenientes)\p{L}* (?:de|a través de) (?:nuestros )?(?:socios|colaboradores|terceros|terceras)/iu,
      /\ba través de terceros\b/iu,
    ],
    publicSources: [
      /\bfuentes (?:de acceso )?p[uú]blic[oa]s/iu,
      /\bp[uú]blicamente (?:disponibles|accesibles)/iu,
      /\bregistros p[uú]blicos/iu,
    ],
    socialNetworks: [
      /\b(?:perfil|cuenta|inicio de sesi[oó]n|registro)\b[^.;]{0,40}\bredes sociales/iu,
      /\b(?:iniciar sesi[oó]n|registrarse|acceder) (?:con|a través de) (?:su cuenta de )?(?:Facebook|Google|Apple)/iu,
    ],
  },
  security: {
    https: [
      /\bHTTPS\b/u,
      /\bTLS\b/u,
      /\bSSL\b/u,
      /\bprotocolos? segur/iu,
      /\bconexi[oó]n segura/iu,
    ],
    // "cifra" alone is also a figure ("la cifra"): the participle, the verb, the noun of ciphering.
    encryption: [/\bcifra(?:d[oa]s?|r|mos)\b/iu, /\bencripta/iu, /\bcriptogr[aá]f/iu],
    anonymisation: [/\banonimiza/iu, /\b(?:datos|forma|manera) an[oó]nim[oa]s?/iu],
    pseudonymisation: [/\bp?seudonimiza/iu],
    accessControl: [
      /\bcontrol(?:es)? de acceso/iu,
      /\bacceso (?:restringido|limitado)/iu,
      /\b(?:personal|personas) autorizad[oa]s?/iu,
    ],
    monitoring: [
      /\bcortafuegos|\bfirewalls?\b/iu,
      /\bvulnerabilidad/iu,
      /\bmonitoriza(?:mos|ci[oó]n) (?:de )?(?:nuestros |los )?(?:sistemas|redes|servidores)/iu,
      /\bdetecci[oó]n de intrusiones/iu,
    ],
  },
  // A denial ("no elaboramos perfiles") still answers GDPR Art. 13(2)(f): no guard here.
  profiling: [
    /\belaboraci[oó]n de perfiles/iu,
    /\bperfila(?:do|miento|r)\b/iu,
    /\banalizar perfiles/iu,
    /\bperfiles (?:comerciales|de (?:usuario|cliente|consumo))/iu,
  ],
  automatedDecisions: [
    /\bdecisiones? (?:individuales? )?automatizadas/iu,
    /\bbasad[oa]s? únicamente en (?:el )?tratamiento automatizado/iu,
  ],
  partnerMarketing: {
    partners: [
      /\bsocios\b/iu,
      /\bcolaboradores\b/iu,
      /\bterceros\b(?! pa[ií]ses)/iu,
      /\bterceras empresas/iu,
    ],
    marketing: [
      /\bofertas?\b/iu,
      /\bpromociones/iu,
      /\bcomunicaciones comerciales/iu,
      /\bfines comerciales/iu,
      /\bmarketing\b/iu,
      /\bnewsletters?\b/iu,
      /\bpublicidad/iu,
    ],
  },
  partnersListPromised: [
    /\b(?:lista|listado|relaci[oó]n) (?:actualizada |completa )?(?:de |de los |de nuestros )(?:socios|colaboradores|partners)\b/iu,
  ],
  rights: {
    information: [/\bderecho (?:a la|de) información/iu, /\bderecho a ser informad[oa]/iu],
    access: [new RegExp(`\\bacceso${E}`, 'iu'), /\bacceder a (?:sus|tus) datos/iu],
    rectification: [/\brectifica/iu],
    erasure: [
      /\bsupresi[oó]n/iu,
      /\bderecho al olvido/iu,
      /\bborra(?:do|r)\b/iu,
      /\bcancelaci[oó]n/iu,
      /\beliminaci[oó]n/iu,
      /\beliminar (?:sus |tus |los )?datos/iu,
    ],
    restriction: [
      /\blimitaci[oó]n/iu,
      /\blimitar (?:el|su) tratamiento/iu,
      /\brestricci[oó]n/iu,
      // "restringir el tratamiento de sus datos": the verb, as often as the noun.
      /\brestringir\b/iu,
    ],
    objection: [/\boposici[oó]n/iu, /\boponerse/iu],
    portability: [
      /\bportabilidad/iu,
      // "solicitar la transferencia de sus datos" (to the user or a new provider), not a
      // transfer to another country.
      /\b(?:solicitar|pedir|obtener) la (?:transferencia|transmisi[oó]n) de (?:sus |tus |los )?datos(?! (?:a|hacia|fuera de) (?:terceros|otros? pa[ií]s|pa[ií]ses))/iu,
    ],
    automatedDecisions: [/\bdecisiones? (?:individuales? )?automatizad/iu],
    withdrawConsent: [
      /\b(?:retir|revoc)[^.;]{0,40}consentimiento/iu,
      /\bconsentimiento[^.;]{0,60}\b(?:revocad|retirad|revocar|retirar|revocable)/iu,
    ],
    complaint: [/\breclamaci[oó]n/iu, /\bqueja/iu],
    complaintToAuthority: [
      /\bautoridad de control/iu,
      /\bAgencia Española de Protecci[oó]n de Datos/iu,
      /\bAEPD\b/u,
    ],
  },
  rightsContext: [
    /\bderechos?\b/iu,
    /\breclamaci[oó]n/iu,
    /\bpuede(?:s)? (?:solicitar|ejercer|acceder|oponerse|retirar)/iu,
  ],
  transfers: {
    ...LEXICON_EN.transfers,
    context: [/\btransferencias?/iu, /\binternacional/iu, /\bfuera de/iu],
    negation: [/\b(?:no|ningun[oa]?|ningún|nunca|ni|sin)(?![\p{L}])/iu],
    conditional: [/^\s*(?:si|en (?:el )?caso de que)\b/iu],
    outsideEea: [
      /\bfuera (?:de la|del) (?:UE|EEE|Unión Europea|Espacio Económico Europeo)/iu,
      /\bterceros países/iu,
      /\btransferencias? internacional/iu,
      /\b(?:a|en) (?:los )?Estados Unidos/iu,
    ],
    seatAbroad: {
      countries: {
        US: [
          /(?<![\p{L}])(?:EE\.\s?UU\.?|Estados Unidos)(?![\p{L}])/u,
          ...LEXICON_EN.transfers.seatAbroad.countries.US!,
        ],
        IN: [/\bIndia\b/u],
        CN: [/\bChina\b/u],
        SG: [/\bSingapur\b/u],
        AU: [/\bAustralia\b/u],
      },
      recipient: [
        /\btransfer/iu,
        /\b(?:proveedor|prestador|encargad[oa]s? del tratamiento|destinatari|subencargad)/iu,
        /\balojad|\balojamiento/iu,
        /\b(?:prestado|operado|ofrecido|proporcionado) por\b/iu,
        /\bservidor/iu,
        /\bterceros\b/iu,
        /\bcompart|\bcedid|\bcesi[oó]n/iu,
        /\butilizamos\b/iu,
        ...LEXICON_EN.transfers.seatAbroad.recipient,
      ],
      notRecipient: [
        // A defined term for the controller itself: ("we", "us").
        /["“„«‚‘']\s*(?:nosotros|nuestro)\s*["”“»’‘']/iu,
        /\b(?:sitio|web|aplicación|plataforma)\b[^.]{0,60}\bes (?:operad|gestionad|titularidad)/iu,
        /\bresponsable del tratamiento/iu,
        /\brepresentante/iu,
        /\bqui[eé]nes somos/iu,
        /\baviso legal/iu,
        /\btitular del (?:sitio|portal)/iu,
        /\bdomicilio social/iu,
        /\bpreguntas?\b|\bescribir\b|\bcontactar\b|\bcorreo postal\b/iu,
        /\blegislaci[oó]n aplicable\b/iu,
        ...LEXICON_EN.transfers.seatAbroad.notRecipient,
      ],
      euEntity: [
        /\bfilial de\b/iu,
        /\b(?:sociedad|empresa) matriz\b/iu,
        /\b(?:usuarios|clientes|visitantes|residentes) (?:de|en) (?:la|el) (?:UE|EEE|Unión|Espacio)/iu,
        ...LEXICON_EN.transfers.seatAbroad.euEntity,
      ],
    },
  },
  retention: {
    ...LEXICON_EN.retention,
    // English's bounds, ages and number words read nothing here ("a semana" is no week)
    max: /(?:como máximo|máximo(?: de)?|un máximo de|hasta(?: un máximo de)?|no más de|no superior a|plazo máximo de|dentro de)\s*$/iu,
    min: /(?:al menos|como mínimo|mínimo(?: de)?|un mínimo de|no menos de|no inferior a)\s*$/iu,
    range: /a|y|-|–/u,
    age: {
      before:
        /(?:menores? de|mayores? de|edad de|edad (?:inferior|superior) a|edad mínima de)\s*$/iu,
      after: /^[\s-]*(?:de edad|o más|cumplidos)(?!\p{L})/iu,
    },
    numbers: {
      un: 1,
      una: 1,
      uno: 1,
      dos: 2,
      tres: 3,
      cuatro: 4,
      cinco: 5,
      seis: 6,
      siete: 7,
      ocho: 8,
      nueve: 9,
      diez: 10,
      once: 11,
      doce: 12,
      trece: 13,
      catorce: 14,
      quince: 15,
      dieciséis: 16,
      dieciocho: 18,
      veinte: 20,
      veinticuatro: 24,
      treinta: 30,
      sesenta: 60,
      noventa: 90,
    },
    // the time to answer a request is no retention period
    reply: {
      verb: /(?:respond|respuesta|contestar)/iu,
      within: /(?:plazo(?: máximo)? de|dentro de(?: los)?|en)\s*$/iu,
    },
    clause: {
      keep: /(?<!(?:solicitud|derecho|solicitar|pedir)(?:es)? (?:de |a |la |de la |a la )?)(?<!\p{L})(?:conserva|almacena|guarda|suprimi|supresión|elimina|borra|anonimiza|destru|caduca|expira|vida útil|cerra\p{L}* (?:su |la |tu )?cuenta)/giu,
      other:
        /(?<!\p{L})(?:respond|contestar|reembols|tribunal|dispon(?:e|drá)s? de|tramita|atender\p{L}* (?:su|tu|la|las|dicha|esta)s? solicitud|prorrog\p{L}* (?:por |en |hasta )?(?:otros? |un |una |dos |tres |\d)|notificar|avisar|aviso previo|le informar|te informar|preguntar\p{L}* si|términos y condiciones|condiciones de uso|acciones? judicial|prueba gratuita|renova)/giu,
      before: /^\s*(?:antes|con antelación|de antelación)(?!\p{L})/iu,
      every: /(?<!\p{L})(?:cada)\s*$/iu,
    },
    context: [
      /\bconserva/iu,
      /\balmacena/iu,
      /\bguarda/iu,
      /\bsuprimi/iu,
      /\bplazo/iu,
      /\bdurante/iu,
    ],
    units: { D: /d[ií]as?/, W: /semanas?/, M: /mes(?:es)?/, Y: /años?/ },
    lastOne:
      /(?<!\p{L})(?:en|durante) (?:el|la) (?:último|última|pasado|pasada) (año|mes|semana|día)(?!\p{L})/iu,
  },
  children: {
    context: [
      /\bmenores?\b/iu,
      /\bniñ[oa]s?\b/iu,
      /\bedad\b/iu,
      /\bmayor(?:es)? de \d{1,2} años/iu,
    ],
    age: [/\bmenores? de (\d{1,2}) años/iu, /\b(\d{1,2}) años\b/iu],
    coppa: [/\bCOPPA\b/u],
  },
  dates: {
    cue: [
      /(?<![\p{L}])última (?:actualizaci[oó]n|modificaci[oó]n|revisi[oó]n)/iu,
      /\bactualizad[oa] (?:el|a)\b/iu,
      /\ben vigor (?:desde|a partir del?)\b/iu,
      /\bvigente desde\b/iu,
      /\bversi[oó]n(?: de| del)?\b/iu,
      /\bfecha\b/iu,
    ],
    months: {
      enero: 1,
      febrero: 2,
      marzo: 3,
      abril: 4,
      mayo: 5,
      junio: 6,
      julio: 7,
      agosto: 8,
      septiembre: 9,
      setiembre: 9,
      octubre: 10,
      noviembre: 11,
      diciembre: 12,
    },
    dayFirst: true,
  },
  dpo: [/\bdelegad[oa] de protecci[oó]n de datos/iu, /\bDPO\b/u, /\bDPD\b/u],
  authority: {
    mentioned: [/\bautoridad de control/iu, /\bAgencia Española de Protecci[oó]n de Datos/iu],
  },
};
