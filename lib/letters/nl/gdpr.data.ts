import type { RequestLetters } from '../schema';

// AVG-brieven in het Nederlands, geschreven voor Rightful. Verwijzingen zoals de Nederlandse
// tekst van de AVG in het Publicatieblad ze schrijft ("artikel 15, lid 1, onder c)").
const TERMIJN =
  'Ik verzoek u onverwijld en in ieder geval binnen een maand na ontvangst van dit verzoek te antwoorden (artikel 12, lid 3, AVG). Als u die termijn moet verlengen, dient u mij dat binnen dezelfde maand mee te delen, met opgave van de redenen voor de vertraging.';
const ONTVANGERS =
  'Ik verzoek u deze maatregel mee te delen aan iedere ontvanger aan wie mijn persoonsgegevens zijn verstrekt (artikel 19 AVG) en mij te laten weten wie dat zijn.';

export const GDPR_NL: RequestLetters = {
  law: 'gdpr',
  language: 'nl',
  frame: {
    greeting: 'Geachte heer, mevrouw,',
    controllerFallback: 'uw organisatie',
    identityIntro:
      'Zodat u mijn gegevens kunt terugvinden, vermeld ik hieronder de gegevens waaronder ik bij u bekend ben:',
    fieldLabels: {
      name: 'Naam',
      email: 'E-mailadres',
      postalAddress: 'Postadres',
      accountId: 'Klant- of accountnummer',
    },
    fieldSeparator: ': ',
    identityNote:
      'Hebt u redelijke twijfel over mijn identiteit, dan mag u mij alleen vragen om de aanvullende informatie die nodig is om die te bevestigen (artikel 12, lid 6, AVG).',
    closing: 'Met vriendelijke groet,',
    quote: ': „{q}”',
    and: 'en',
    bullet: '- ',
    units: {
      Y: ['jaar', 'jaar'],
      M: ['maand', 'maanden'],
      W: ['week', 'weken'],
      D: ['dag', 'dagen'],
    },
  },
  rights: {
    access: {
      subject: 'Verzoek om inzage (artikel 15 AVG)',
      paragraphs: [
        {
          text: 'Hierbij doe ik bij {controller} een beroep op mijn recht van inzage op grond van artikel 15 van de Algemene verordening gegevensbescherming (AVG).',
        },
        {
          text: 'Ik verzoek u mij te laten weten of u persoonsgegevens over mij verwerkt. Is dat het geval, dan verzoek ik om een kopie van al die gegevens (artikel 15, lid 3) en om de volgende informatie (artikel 15, lid 1, onder a) tot en met h), en lid 2):',
        },
        {
          text: [
            'a) de verwerkingsdoeleinden;',
            'b) de betrokken categorieën van persoonsgegevens;',
            'c) de ontvangers aan wie mijn gegevens zijn of zullen worden verstrekt, met name ontvangers in derde landen of internationale organisaties. Ik verzoek om de identiteit van iedere ontvanger, niet alleen de categorieën van ontvangers (Hof van Justitie van de Europese Unie, arrest van 12 januari 2023, Österreichische Post, C-154/21);',
            'd) hoe lang mijn gegevens naar verwachting worden opgeslagen of, als dat niet mogelijk is, de criteria om die termijn te bepalen;',
            'e) het recht om rectificatie of wissing van mijn gegevens of beperking van de verwerking te vragen, en het recht om bezwaar te maken tegen de verwerking;',
            'f) het recht om een klacht in te dienen bij een toezichthoudende autoriteit;',
            'g) wanneer mijn gegevens niet bij mij zijn verzameld, alle beschikbare informatie over de bron ervan;',
            'h) het bestaan van geautomatiseerde besluitvorming, met inbegrip van profilering (artikel 22, leden 1 en 4), en in dat geval nuttige informatie over de onderliggende logica en over het belang en de verwachte gevolgen van die verwerking voor mij;',
            '- wanneer mijn gegevens worden doorgegeven aan een derde land of een internationale organisatie: de passende waarborgen voor die doorgifte (artikel 15, lid 2, en artikel 46 AVG).',
          ].join('\n'),
        },
        {
          when: 'partnersMentioned',
          text: 'Uw privacyverklaring vermeldt dat u persoonsgegevens verstrekt aan partners of andere derden{partnersQuote}. Op grond van artikel 15, lid 1, onder c), verzoek ik u iedere partner te noemen die mijn gegevens heeft ontvangen, met vermelding van welke gegevens en op welke datum.',
        },
        {
          when: 'partnersNamed',
          text: 'De privacyverklaring noemt {partners}: ik verzoek u aan te geven wie van hen mijn gegevens heeft ontvangen en iedere andere ontvanger te noemen.',
        },
        {
          when: 'sourcesMentioned',
          text: 'De privacyverklaring vermeldt ook dat u persoonsgegevens ontvangt van partners of andere derden{sourcesQuote}. Op grond van artikel 15, lid 1, onder g), verzoek ik u aan te geven welke van mijn gegevens u op die manier hebt verkregen, van wie en op welke datum.',
        },
        {
          when: 'publicSources',
          text: 'De privacyverklaring vermeldt bovendien dat u openbaar toegankelijke informatie verzamelt{publicQuote}. Ik verzoek u aan te geven welke openbare bronnen u over mij hebt gebruikt.',
        },
        {
          text: 'Omdat ik dit verzoek elektronisch indien, verzoek ik u de kopie en de informatie te verstrekken in een gangbare elektronische vorm (artikel 15, lid 3). De eerste kopie is kosteloos (artikel 12, lid 5, AVG).',
        },
        { text: TERMIJN },
      ],
    },
    rectification: {
      subject: 'Verzoek om rectificatie (artikel 16 AVG)',
      paragraphs: [
        {
          text: 'Hierbij verzoek ik {controller} om rectificatie van de onjuiste persoonsgegevens over mij en om aanvulling van onvolledige gegevens, op grond van artikel 16 AVG.',
        },
        { when: 'details', text: 'Te corrigeren gegevens en de juiste waarden:\n{details}' },
        {
          unless: 'details',
          text: 'Te corrigeren gegevens en de juiste waarden:\n[vermeld elk onjuist gegeven en de juiste waarde]',
        },
        { text: ONTVANGERS },
        { text: TERMIJN },
      ],
    },
    erasure: {
      subject: 'Verzoek om gegevenswissing (artikel 17 AVG)',
      paragraphs: [
        {
          text: 'Hierbij verzoek ik {controller} om alle persoonsgegevens over mij zonder onredelijke vertraging te wissen, op grond van artikel 17 AVG.',
        },
        {
          text: 'Ten minste een van de gronden van artikel 17, lid 1, is van toepassing: de gegevens zijn niet langer nodig voor de doeleinden waarvoor zij zijn verzameld (onder a)); ik trek de toestemming in waarop de verwerking berust (onder b)); ik maak bezwaar tegen de verwerking en er zijn geen prevalerende dwingende gerechtvaardigde gronden, of ik maak bezwaar tegen verwerking voor direct marketing (onder c)); de gegevens zijn onrechtmatig verwerkt (onder d)); de gegevens moeten worden gewist om te voldoen aan een wettelijke verplichting (onder e)); of de gegevens zijn verzameld in verband met een rechtstreeks aanbod van diensten van de informatiemaatschappij aan een kind (onder f), artikel 8, lid 1).',
        },
        {
          when: 'retentionDuration',
          text: 'Uw privacyverklaring noemt een bewaartermijn van {retention}{retentionQuote}. Gegevens over mij die langer worden bewaard, zijn niet langer nodig en moeten in elk geval worden gewist (artikel 5, lid 1, onder e), en artikel 17, lid 1, onder a), AVG).',
        },
        {
          when: 'retentionStatement',
          text: 'Uw privacyverklaring zegt over de bewaring{retentionQuote}. Gegevens die niet langer nodig zijn voor hun doel, moeten worden gewist (artikel 5, lid 1, onder e), en artikel 17, lid 1, onder a), AVG).',
        },
        { text: ONTVANGERS },
        {
          when: 'partnersMentioned',
          text: 'Dat geldt ook voor de partners die uw privacyverklaring vermeldt{partnersQuote}.',
        },
        {
          text: 'Hebt u mijn gegevens openbaar gemaakt, dan verzoek ik u redelijke maatregelen te nemen om de andere verwerkingsverantwoordelijken die ze verwerken, van mijn verzoek om wissing op de hoogte te brengen (artikel 17, lid 2).',
        },
        {
          text: 'Meent u dat een uitzondering van artikel 17, lid 3, u toestaat bepaalde gegevens te bewaren, vermeld dan welke gegevens, welke uitzondering en hoe lang, en gebruik ze uitsluitend voor dat doel.',
        },
        { text: TERMIJN },
      ],
    },
    restriction: {
      subject: 'Verzoek om beperking van de verwerking (artikel 18 AVG)',
      paragraphs: [
        {
          text: 'Hierbij verzoek ik {controller} om beperking van de verwerking van mijn persoonsgegevens, op grond van artikel 18 AVG.',
        },
        { when: 'details', text: 'Grond voor de beperking (artikel 18, lid 1):\n{details}' },
        {
          unless: 'details',
          text: 'Grond voor de beperking (artikel 18, lid 1): [kies er een] ik betwist de juistheid van de gegevens, gedurende de periode die u nodig hebt om die te controleren (onder a)); de verwerking is onrechtmatig en ik verzoek om beperking in plaats van wissing (onder b)); u hebt de gegevens niet meer nodig, maar ik heb ze nodig voor de instelling, uitoefening of onderbouwing van een rechtsvordering (onder c)); ik heb bezwaar gemaakt op grond van artikel 21, lid 1, in afwachting van het antwoord op de vraag of uw gerechtvaardigde gronden zwaarder wegen (onder d)).',
        },
        {
          text: 'Zolang de beperking geldt, mag u de gegevens alleen opslaan, behalve in de gevallen van artikel 18, lid 2. Ik verzoek u mij te informeren voordat de beperking wordt opgeheven (artikel 18, lid 3).',
        },
        { text: ONTVANGERS },
        { text: TERMIJN },
      ],
    },
    portability: {
      subject: 'Verzoek om overdraagbaarheid van gegevens (artikel 20 AVG)',
      paragraphs: [
        {
          text: 'Hierbij doe ik bij {controller} een beroep op mijn recht op overdraagbaarheid van gegevens op grond van artikel 20 AVG.',
        },
        {
          text: 'Ik verzoek u mij de persoonsgegevens over mij die ik aan u heb verstrekt, met inbegrip van de gegevens die door mijn gebruik van uw diensten zijn ontstaan, te bezorgen in een gestructureerde, gangbare en machineleesbare vorm, zoals CSV of JSON (artikel 20, lid 1).',
        },
        {
          text: 'Waar dat technisch mogelijk is, kan ik u vragen die gegevens rechtstreeks aan een andere verwerkingsverantwoordelijke door te zenden (artikel 20, lid 2); in dat geval laat ik het u weten.',
        },
        { text: TERMIJN },
      ],
    },
    objection: {
      subject: 'Bezwaar tegen de verwerking (artikel 21 AVG)',
      paragraphs: [
        {
          text: 'Hierbij maak ik bij {controller} bezwaar tegen de verwerking van mijn persoonsgegevens, op grond van artikel 21 AVG.',
        },
        {
          text: 'Voor zover u mijn gegevens verwerkt op grond van een gerechtvaardigd belang (artikel 6, lid 1, onder f), AVG) of op grond van de vervulling van een taak van algemeen belang of van een taak in het kader van de uitoefening van het openbaar gezag (onder e) van hetzelfde lid), maak ik bezwaar in verband met mijn specifieke situatie (artikel 21, lid 1). U moet de verwerking staken, tenzij u dwingende gerechtvaardigde gronden aanvoert die zwaarder wegen dan mijn belangen, rechten en vrijheden, of die verband houden met de instelling, uitoefening of onderbouwing van een rechtsvordering.',
        },
        {
          when: 'legitimateInterest',
          text: 'Uw privacyverklaring baseert de volgende doeleinden op een gerechtvaardigd belang; mijn bezwaar geldt voor elk ervan:\n{liPurposes}',
        },
        {
          text: 'Daarnaast maak ik bezwaar tegen elke verwerking van mijn gegevens voor direct marketing, met inbegrip van profilering die betrekking heeft op direct marketing (artikel 21, lid 2). Dit bezwaar behoeft geen motivering: mijn gegevens worden niet langer voor die doeleinden verwerkt (artikel 21, lid 3).',
        },
        {
          when: 'marketing',
          text: 'Dat geldt ook voor de marketing die uw privacyverklaring beschrijft{marketingQuote}.',
        },
        {
          text:
            'Graag ontvang ik een bevestiging van de verwerkingen die zijn gestaakt. ' + TERMIJN,
        },
      ],
    },
    'automated-decision': {
      subject: 'Geautomatiseerde individuele besluitvorming (artikel 22 AVG)',
      paragraphs: [
        {
          text: 'Ik wend mij tot {controller} in verband met mijn recht, op grond van artikel 22 AVG, niet te worden onderworpen aan een uitsluitend op geautomatiseerde verwerking, waaronder profilering, gebaseerd besluit waaraan voor mij rechtsgevolgen zijn verbonden of dat mij anderszins in aanmerkelijke mate treft.',
        },
        { when: 'details', text: 'Het besluit in kwestie:\n{details}' },
        {
          text: 'Ik verzoek u mij te laten weten of u zulke besluiten over mij neemt. Voor elk daarvan verzoek ik om menselijke tussenkomst van uw kant, wil ik mijn standpunt kenbaar maken en vecht ik het besluit aan (artikel 22, lid 3).',
        },
        {
          text: 'Ik verzoek ook om nuttige informatie over de onderliggende logica en over het belang en de verwachte gevolgen van die verwerking voor mij (artikel 15, lid 1, onder h)).',
        },
        { text: TERMIJN },
      ],
    },
    'withdraw-consent': {
      subject: 'Intrekking van toestemming (artikel 7, lid 3, AVG)',
      paragraphs: [
        {
          text: 'Hierbij trek ik met onmiddellijke ingang elke toestemming in die ik {controller} heb gegeven voor de verwerking van mijn persoonsgegevens (artikel 7, lid 3, AVG).',
        },
        {
          when: 'marketing',
          text: 'Dat geldt ook voor de nieuwsbrieven en commerciële berichten die uw privacyverklaring beschrijft{marketingQuote}.',
        },
        {
          text: 'Ik verzoek u elke verwerking op basis van mijn toestemming te staken en de gegevens te wissen die uitsluitend op die grond worden verwerkt (artikel 17, lid 1, onder b)). Beroept u zich voor sommige van die gegevens op een andere rechtsgrond, vermeld dan welke en voor welke gegevens.',
        },
        { text: TERMIJN },
      ],
    },
  },
};
