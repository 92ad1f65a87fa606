import type { RequestLetters } from '../schema';

// Cartas RGPD en español, redactadas para Rightful. Citas al estilo del DOUE
// («artículo 15, apartado 1, letra c)»).
const PLAZO =
  'Les ruego que respondan sin dilación indebida y, en todo caso, en el plazo de un mes a partir de la recepción de esta solicitud (artículo 12, apartado 3, del RGPD). Si necesitan prorrogar ese plazo, deben comunicármelo dentro de ese mismo mes, indicando los motivos.';
const DESTINATARIOS =
  'Les ruego que comuniquen esta medida a cada uno de los destinatarios a los que se hayan comunicado mis datos (artículo 19 del RGPD) y que me informen de quiénes son.';

export const GDPR_ES: RequestLetters = {
  law: 'gdpr',
  language: 'es',
  frame: {
    // Addressed to the role, not to "señores" (a masculine plural), as the AEPD's model forms for
    // exercising rights address the "responsable del tratamiento" (and Italian "Spettabile Titolare").
    greeting: 'A la atención del responsable del tratamiento:',
    controllerFallback: 'su organización',
    identityIntro: 'Para que puedan localizar mis datos, estos son los datos que tienen sobre mí:',
    fieldLabels: {
      name: 'Nombre',
      email: 'Dirección de correo electrónico',
      postalAddress: 'Dirección postal',
      accountId: 'Número de cliente o de cuenta',
    },
    fieldSeparator: ': ',
    identityNote:
      'Si tienen dudas razonables sobre mi identidad, solo pueden solicitarme la información adicional necesaria para confirmarla (artículo 12, apartado 6, del RGPD).',
    closing: 'Atentamente,',
    quote: ': «{q}»',
    and: 'y',
    bullet: '- ',
    units: {
      Y: ['año', 'años'],
      M: ['mes', 'meses'],
      W: ['semana', 'semanas'],
      D: ['día', 'días'],
    },
  },
  rights: {
    access: {
      subject: 'Solicitud de derecho de acceso (artículo 15 del RGPD)',
      paragraphs: [
        {
          text: 'Me dirijo a {controller} para ejercer mi derecho de acceso reconocido en el artículo 15 del Reglamento General de Protección de Datos (RGPD).',
        },
        {
          text: 'Les ruego que me confirmen si tratan o no datos personales que me conciernen. En caso afirmativo, solicito una copia de todos esos datos (artículo 15, apartado 3) y la siguiente información (artículo 15, apartado 1, letras a) a h), y apartado 2):',
        },
        {
          text: [
            'a) los fines del tratamiento;',
            'b) las categorías de datos personales de que se trate;',
            'c) los destinatarios a los que se han comunicado o se comunicarán mis datos, en particular los destinatarios en terceros países u organizaciones internacionales. Solicito la identidad de cada destinatario, y no solo las categorías de destinatarios (Tribunal de Justicia de la Unión Europea, sentencia de 12 de enero de 2023, Österreichische Post, C-154/21);',
            'd) el plazo previsto de conservación de mis datos o, si no es posible, los criterios utilizados para determinarlo;',
            'e) la existencia del derecho a solicitar la rectificación o supresión de mis datos, la limitación de su tratamiento, o a oponerme a dicho tratamiento;',
            'f) el derecho a presentar una reclamación ante una autoridad de control;',
            'g) cuando mis datos no se hayan obtenido de mí, cualquier información disponible sobre su origen;',
            'h) la existencia de decisiones automatizadas, incluida la elaboración de perfiles (artículo 22, apartados 1 y 4), y, en tal caso, información significativa sobre la lógica aplicada, así como la importancia y las consecuencias previstas de dicho tratamiento para mí;',
            '- cuando mis datos se transfieran a un tercer país o a una organización internacional, las garantías adecuadas relativas a la transferencia (artículo 15, apartado 2, y artículo 46 del RGPD).',
          ].join('\n'),
        },
        {
          when: 'partnersMentioned',
          text: 'Su política de privacidad indica que comunican datos personales a socios u otros terceros{partnersQuote}. En virtud de la letra c), les ruego que identifiquen a cada socio que haya recibido mis datos, indicando qué datos y en qué fecha.',
        },
        {
          when: 'partnersNamed',
          text: 'La política menciona a {partners}: les ruego que indiquen cuáles de ellos han recibido mis datos y que identifiquen a cualquier otro destinatario.',
        },
        {
          when: 'sourcesMentioned',
          text: 'También indica que obtienen datos personales de socios o de otros terceros{sourcesQuote}. En virtud de la letra g), les ruego que indiquen cuáles de mis datos obtuvieron de ese modo, de quién y en qué fecha.',
        },
        {
          when: 'publicSources',
          text: 'Indica además que recogen información de acceso público{publicQuote}. Les ruego que indiquen qué fuentes públicas han utilizado sobre mí.',
        },
        {
          text: 'Dado que presento esta solicitud por medios electrónicos, les ruego que faciliten la copia y la información en un formato electrónico de uso común (artículo 15, apartado 3). La primera copia es gratuita (artículo 12, apartado 5, del RGPD).',
        },
        { text: PLAZO },
      ],
    },
    rectification: {
      subject: 'Solicitud de rectificación (artículo 16 del RGPD)',
      paragraphs: [
        {
          text: 'Me dirijo a {controller} para solicitar la rectificación de los datos personales inexactos que me conciernen y que se completen los datos incompletos, conforme al artículo 16 del RGPD.',
        },
        { when: 'details', text: 'Datos que deben corregirse y valores correctos:\n{details}' },
        {
          unless: 'details',
          text: 'Datos que deben corregirse y valores correctos:\n[indique cada dato inexacto y su valor correcto]',
        },
        { text: DESTINATARIOS },
        { text: PLAZO },
      ],
    },
    erasure: {
      subject: 'Solicitud de supresión (artículo 17 del RGPD)',
      paragraphs: [
        {
          text: 'Me dirijo a {controller} para solicitar la supresión sin dilación indebida de todos los datos personales que me conciernen, conforme al artículo 17 del RGPD.',
        },
        {
          text: 'Concurre al menos una de las circunstancias del artículo 17, apartado 1: los datos ya no son necesarios en relación con los fines para los que fueron recogidos (letra a)); retiro el consentimiento en que se basa el tratamiento (letra b)); me opongo al tratamiento y no prevalecen otros motivos legítimos, o me opongo al tratamiento con fines de mercadotecnia directa (letra c)); los datos han sido tratados ilícitamente (letra d)); los datos deben suprimirse para el cumplimiento de una obligación legal (letra e)); o los datos se obtuvieron en relación con la oferta de servicios de la sociedad de la información a un niño (letra f), artículo 8, apartado 1).',
        },
        {
          when: 'retentionDuration',
          text: 'Su política de privacidad fija un plazo de conservación de {retention}{retentionQuote}. Cualquier dato mío conservado más allá de ese plazo ya no es necesario y debe suprimirse en todo caso (artículo 5, apartado 1, letra e), y artículo 17, apartado 1, letra a), del RGPD).',
        },
        {
          when: 'retentionStatement',
          text: 'Su política de privacidad indica sobre la conservación{retentionQuote}. Los datos que ya no sean necesarios para su finalidad deben suprimirse (artículo 5, apartado 1, letra e), y artículo 17, apartado 1, letra a), del RGPD).',
        },
        { text: DESTINATARIOS },
        {
          when: 'partnersMentioned',
          text: 'Esto incluye a los socios mencionados en su política de privacidad{partnersQuote}.',
        },
        {
          text: 'Si han hecho públicos mis datos, les ruego que adopten medidas razonables para informar de mi solicitud de supresión a los demás responsables que los traten (artículo 17, apartado 2).',
        },
        {
          text: 'Si consideran que una excepción del artículo 17, apartado 3, les permite conservar algunos datos, les ruego que indiquen cuáles, qué excepción y durante cuánto tiempo, y que solo los utilicen para ese fin.',
        },
        { text: PLAZO },
      ],
    },
    restriction: {
      subject: 'Solicitud de limitación del tratamiento (artículo 18 del RGPD)',
      paragraphs: [
        {
          text: 'Me dirijo a {controller} para solicitar la limitación del tratamiento de mis datos personales, conforme al artículo 18 del RGPD.',
        },
        { when: 'details', text: 'Motivo de la limitación (artículo 18, apartado 1):\n{details}' },
        {
          unless: 'details',
          text: 'Motivo de la limitación (artículo 18, apartado 1): [elija uno] impugno la exactitud de los datos, durante el plazo necesario para verificarla (letra a)); el tratamiento es ilícito y solicito la limitación en lugar de la supresión (letra b)); ya no necesitan los datos, pero yo los necesito para la formulación, el ejercicio o la defensa de reclamaciones (letra c)); me he opuesto al tratamiento en virtud del artículo 21, apartado 1, mientras se verifican sus motivos (letra d)).',
        },
        {
          text: 'Mientras dure la limitación, solo pueden conservar los datos, salvo en los casos previstos en el artículo 18, apartado 2. Les ruego que me informen antes de levantar la limitación (artículo 18, apartado 3).',
        },
        { text: DESTINATARIOS },
        { text: PLAZO },
      ],
    },
    portability: {
      subject: 'Solicitud de portabilidad (artículo 20 del RGPD)',
      paragraphs: [
        {
          text: 'Me dirijo a {controller} para ejercer mi derecho a la portabilidad de los datos reconocido en el artículo 20 del RGPD.',
        },
        {
          text: 'Les ruego que me faciliten los datos personales que me conciernen y que les he proporcionado, incluidos los generados por mi uso de sus servicios, en un formato estructurado, de uso común y lectura mecánica, como CSV o JSON (artículo 20, apartado 1).',
        },
        {
          text: 'Cuando sea técnicamente posible, podré pedirles que transmitan esos datos directamente a otro responsable (artículo 20, apartado 2); se lo indicaré en su caso.',
        },
        { text: PLAZO },
      ],
    },
    objection: {
      subject: 'Oposición al tratamiento (artículo 21 del RGPD)',
      paragraphs: [
        {
          text: 'Me dirijo a {controller} para oponerme al tratamiento de mis datos personales, conforme al artículo 21 del RGPD.',
        },
        {
          text: 'En la medida en que traten mis datos sobre la base del interés legítimo (artículo 6, apartado 1, letra f), del RGPD) o de una misión realizada en interés público o en el ejercicio de poderes públicos (letra e) del mismo apartado), me opongo por motivos relacionados con mi situación particular (artículo 21, apartado 1). Deben dejar de tratarlos, salvo que acrediten motivos legítimos imperiosos que prevalezcan sobre mis intereses, derechos y libertades, o para la formulación, el ejercicio o la defensa de reclamaciones.',
        },
        {
          when: 'legitimateInterest',
          text: 'Su política de privacidad basa los siguientes fines en el interés legítimo; mi oposición se extiende a cada uno de ellos:\n{liPurposes}',
        },
        {
          text: 'Me opongo además a todo tratamiento de mis datos con fines de mercadotecnia directa, incluida la elaboración de perfiles relacionada con ella (artículo 21, apartado 2). Esta oposición no requiere motivación: mis datos dejarán de tratarse para dichos fines (artículo 21, apartado 3).',
        },
        {
          when: 'marketing',
          text: 'Esto incluye la mercadotecnia descrita en su política de privacidad{marketingQuote}.',
        },
        { text: 'Les ruego que me confirmen qué tratamientos han cesado. ' + PLAZO },
      ],
    },
    'automated-decision': {
      subject: 'Decisiones individuales automatizadas (artículo 22 del RGPD)',
      paragraphs: [
        {
          text: 'Me dirijo a {controller} en relación con mi derecho, reconocido en el artículo 22 del RGPD, a no ser objeto de una decisión basada únicamente en el tratamiento automatizado, incluida la elaboración de perfiles, que produzca efectos jurídicos en mí o me afecte significativamente de modo similar.',
        },
        { when: 'details', text: 'Decisión de que se trata:\n{details}' },
        {
          text: 'Les ruego que me indiquen si adoptan decisiones de ese tipo sobre mí. Para cada una de ellas, solicito intervención humana por su parte, deseo expresar mi punto de vista e impugno la decisión (artículo 22, apartado 3).',
        },
        {
          text: 'Solicito también información significativa sobre la lógica aplicada, así como la importancia y las consecuencias previstas de dicho tratamiento para mí (artículo 15, apartado 1, letra h)).',
        },
        { text: PLAZO },
      ],
    },
    'withdraw-consent': {
      subject: 'Retirada del consentimiento (artículo 7, apartado 3, del RGPD)',
      paragraphs: [
        {
          text: 'Retiro, con efectos inmediatos, todo consentimiento que haya dado a {controller} para el tratamiento de mis datos personales (artículo 7, apartado 3, del RGPD).',
        },
        {
          when: 'marketing',
          text: 'Esto incluye los boletines y las comunicaciones comerciales descritos en su política de privacidad{marketingQuote}.',
        },
        {
          text: 'Les ruego que cesen todo tratamiento basado en mi consentimiento y supriman los datos tratados únicamente sobre esa base (artículo 17, apartado 1, letra b)). Si invocan otra base jurídica para algunos de esos datos, les ruego que indiquen cuál y para qué datos.',
        },
        { text: PLAZO },
      ],
    },
  },
};
