import type { RequestLetters } from '../schema';

// Pisma RODO po polsku, napisane dla Rightful. Przepisy cytowane jak w polskim tekście RODO
// ("art. 15 ust. 1 lit. c"); w pierwszej osobie tylko czas teraźniejszy i przyszły, bez form
// zależnych od płci.
const TERMIN =
  'Proszę o odpowiedź bez zbędnej zwłoki, a w każdym razie w terminie miesiąca od otrzymania niniejszego żądania (art. 12 ust. 3 RODO). Jeżeli konieczne jest przedłużenie tego terminu, proszę o poinformowanie mnie o tym w ciągu tego samego miesiąca, z podaniem przyczyn opóźnienia.';
const ODBIORCY =
  'Proszę o poinformowanie o tym działaniu każdego odbiorcy, któremu ujawniono moje dane osobowe (art. 19 RODO), oraz o wskazanie mi tych odbiorców.';

export const GDPR_PL: RequestLetters = {
  law: 'gdpr',
  language: 'pl',
  frame: {
    greeting: 'Szanowni Państwo,',
    controllerFallback: 'Państwa organizacji',
    identityIntro:
      'Aby ułatwić Państwu odnalezienie moich danych, podaję dane, którymi Państwo dysponują:',
    fieldLabels: {
      name: 'Imię i nazwisko',
      email: 'Adres e-mail',
      postalAddress: 'Adres pocztowy',
      accountId: 'Numer klienta lub konta',
    },
    fieldSeparator: ': ',
    identityNote:
      'W razie uzasadnionych wątpliwości co do mojej tożsamości mogą Państwo zażądać jedynie dodatkowych informacji niezbędnych do jej potwierdzenia (art. 12 ust. 6 RODO).',
    closing: 'Z poważaniem',
    quote: ': „{q}”',
    and: 'i',
    bullet: '- ',
    // Always after "okres" (a period of …): the genitive, right for every number.
    units: {
      Y: ['roku', 'lat'],
      M: ['miesiąca', 'miesięcy'],
      W: ['tygodnia', 'tygodni'],
      D: ['dnia', 'dni'],
    },
  },
  rights: {
    access: {
      subject: 'Żądanie dostępu do danych (art. 15 RODO)',
      paragraphs: [
        {
          text: 'Zwracam się do {controller} w celu skorzystania z prawa dostępu do danych, przysługującego mi na podstawie art. 15 ogólnego rozporządzenia o ochronie danych (RODO).',
        },
        {
          text: 'Proszę o potwierdzenie, czy przetwarzają Państwo dane osobowe, które mnie dotyczą. Jeżeli tak, żądam kopii wszystkich tych danych (art. 15 ust. 3) oraz następujących informacji (art. 15 ust. 1 lit. a–h i ust. 2):',
        },
        {
          text: [
            'a) cele przetwarzania;',
            'b) kategorie odnośnych danych osobowych;',
            'c) odbiorcy, którym moje dane zostały lub zostaną ujawnione, w szczególności odbiorcy w państwach trzecich lub organizacje międzynarodowe. Żądam wskazania tożsamości każdego odbiorcy, a nie jedynie kategorii odbiorców (wyrok Trybunału Sprawiedliwości Unii Europejskiej z 12 stycznia 2023 r., Österreichische Post, C-154/21);',
            'd) planowany okres przechowywania moich danych, a gdy nie jest to możliwe, kryteria ustalania tego okresu;',
            'e) informacja o prawie do żądania sprostowania, usunięcia lub ograniczenia przetwarzania moich danych oraz o prawie do wniesienia sprzeciwu wobec takiego przetwarzania;',
            'f) informacja o prawie wniesienia skargi do organu nadzorczego;',
            'g) jeżeli moje dane nie zostały zebrane ode mnie – wszelkie dostępne informacje o ich źródle;',
            'h) informacja o zautomatyzowanym podejmowaniu decyzji, w tym o profilowaniu (art. 22 ust. 1 i 4), a w takim przypadku istotne informacje o zasadach ich podejmowania, a także o znaczeniu i przewidywanych konsekwencjach takiego przetwarzania dla mnie;',
            '- jeżeli moje dane są przekazywane do państwa trzeciego lub organizacji międzynarodowej: odpowiednie zabezpieczenia związane z przekazaniem (art. 15 ust. 2 i art. 46 RODO).',
          ].join('\n'),
        },
        {
          when: 'partnersMentioned',
          text: 'Państwa polityka prywatności wskazuje, że ujawniają Państwo dane osobowe partnerom lub innym podmiotom trzecim{partnersQuote}. Na podstawie lit. c proszę o wskazanie każdego partnera, który otrzymał moje dane, wraz z zakresem tych danych i datą ich ujawnienia.',
        },
        {
          when: 'partnersNamed',
          text: 'Polityka wymienia: {partners}. Proszę o wskazanie, które z tych podmiotów otrzymały moje dane, oraz wszystkich innych odbiorców.',
        },
        {
          when: 'sourcesMentioned',
          text: 'Wskazuje ona również, że otrzymują Państwo dane osobowe od partnerów lub innych podmiotów trzecich{sourcesQuote}. Na podstawie lit. g proszę o wskazanie, które z moich danych pozyskali Państwo w ten sposób, od kogo i kiedy.',
        },
        {
          when: 'publicSources',
          text: 'Wskazuje ona ponadto, że zbierają Państwo informacje publicznie dostępne{publicQuote}. Proszę o wskazanie, z jakich publicznych źródeł korzystali Państwo w odniesieniu do mnie.',
        },
        {
          text: 'Ponieważ składam to żądanie drogą elektroniczną, proszę o przekazanie kopii i informacji w powszechnie stosowanej formie elektronicznej (art. 15 ust. 3). Pierwsza kopia jest bezpłatna (art. 12 ust. 5 RODO).',
        },
        { text: TERMIN },
      ],
    },
    rectification: {
      subject: 'Żądanie sprostowania danych (art. 16 RODO)',
      paragraphs: [
        {
          text: 'Zwracam się do {controller} z żądaniem sprostowania nieprawidłowych danych osobowych, które mnie dotyczą, oraz uzupełnienia niekompletnych danych, na podstawie art. 16 RODO.',
        },
        { when: 'details', text: 'Dane do sprostowania i prawidłowe wartości:\n{details}' },
        {
          unless: 'details',
          text: 'Dane do sprostowania i prawidłowe wartości:\n[proszę wskazać każdą nieprawidłową daną i jej prawidłową wartość]',
        },
        { text: ODBIORCY },
        { text: TERMIN },
      ],
    },
    erasure: {
      subject: 'Żądanie usunięcia danych (art. 17 RODO)',
      paragraphs: [
        {
          text: 'Zwracam się do {controller} z żądaniem niezwłocznego usunięcia wszystkich dotyczących mnie danych osobowych, na podstawie art. 17 RODO.',
        },
        {
          text: 'Zachodzi co najmniej jedna z okoliczności określonych w art. 17 ust. 1: dane nie są już niezbędne do celów, w których zostały zebrane (lit. a); cofam zgodę, na której opiera się przetwarzanie (lit. b); wnoszę sprzeciw wobec przetwarzania i nie występują nadrzędne prawnie uzasadnione podstawy przetwarzania lub wnoszę sprzeciw wobec przetwarzania na potrzeby marketingu bezpośredniego (lit. c); dane były przetwarzane niezgodnie z prawem (lit. d); dane muszą zostać usunięte w celu wywiązania się z obowiązku prawnego (lit. e); albo dane zostały zebrane w związku z oferowaniem usług społeczeństwa informacyjnego dziecku (lit. f, art. 8 ust. 1).',
        },
        {
          when: 'retentionDuration',
          text: 'Państwa polityka prywatności określa okres przechowywania {retention}{retentionQuote}. Dane, które przechowują Państwo dłużej, nie są już niezbędne i w każdym razie muszą zostać usunięte (art. 5 ust. 1 lit. e i art. 17 ust. 1 lit. a RODO).',
        },
        {
          when: 'retentionStatement',
          text: 'Państwa polityka prywatności stanowi w sprawie przechowywania{retentionQuote}. Dane, które nie są już niezbędne do celu, muszą zostać usunięte (art. 5 ust. 1 lit. e i art. 17 ust. 1 lit. a RODO).',
        },
        { text: ODBIORCY },
        {
          when: 'partnersMentioned',
          text: 'Dotyczy to także partnerów wymienionych w Państwa polityce prywatności{partnersQuote}.',
        },
        {
          text: 'Jeżeli upublicznili Państwo moje dane, proszę o podjęcie rozsądnych działań w celu poinformowania innych administratorów przetwarzających te dane o moim żądaniu ich usunięcia (art. 17 ust. 2).',
        },
        {
          text: 'Jeżeli uważają Państwo, że wyjątek przewidziany w art. 17 ust. 3 pozwala na zachowanie części danych, proszę o wskazanie, których danych, jakiego wyjątku i na jak długo, oraz o wykorzystywanie ich wyłącznie w tym celu.',
        },
        { text: TERMIN },
      ],
    },
    restriction: {
      subject: 'Żądanie ograniczenia przetwarzania (art. 18 RODO)',
      paragraphs: [
        {
          text: 'Zwracam się do {controller} z żądaniem ograniczenia przetwarzania moich danych osobowych, na podstawie art. 18 RODO.',
        },
        { when: 'details', text: 'Podstawa ograniczenia (art. 18 ust. 1):\n{details}' },
        {
          unless: 'details',
          text: 'Podstawa ograniczenia (art. 18 ust. 1): [proszę wybrać jedną] kwestionuję prawidłowość danych – na okres pozwalający ją sprawdzić (lit. a); przetwarzanie jest niezgodne z prawem, a zamiast usunięcia danych żądam ograniczenia ich wykorzystywania (lit. b); dane nie są już Państwu potrzebne, ale są mi potrzebne do ustalenia, dochodzenia lub obrony roszczeń (lit. c); wniesiono sprzeciw na mocy art. 21 ust. 1 – do czasu stwierdzenia, czy prawnie uzasadnione podstawy po Państwa stronie są nadrzędne (lit. d).',
        },
        {
          text: 'W czasie ograniczenia mogą Państwo dane jedynie przechowywać, z wyjątkiem przypadków określonych w art. 18 ust. 2. Proszę o poinformowanie mnie przed uchyleniem ograniczenia (art. 18 ust. 3).',
        },
        { text: ODBIORCY },
        { text: TERMIN },
      ],
    },
    portability: {
      subject: 'Żądanie przeniesienia danych (art. 20 RODO)',
      paragraphs: [
        {
          text: 'Zwracam się do {controller} w celu skorzystania z prawa do przenoszenia danych, przysługującego mi na podstawie art. 20 RODO.',
        },
        {
          text: 'Proszę o wydanie mi dotyczących mnie danych osobowych, które Państwu dostarczono, w tym danych powstałych w wyniku korzystania z Państwa usług, w ustrukturyzowanym, powszechnie używanym formacie nadającym się do odczytu maszynowego, np. CSV lub JSON (art. 20 ust. 1).',
        },
        {
          text: 'Jeżeli jest to technicznie możliwe, mogę zażądać przesłania tych danych bezpośrednio innemu administratorowi (art. 20 ust. 2); w takim przypadku poinformuję Państwa o tym.',
        },
        { text: TERMIN },
      ],
    },
    objection: {
      subject: 'Sprzeciw wobec przetwarzania (art. 21 RODO)',
      paragraphs: [
        {
          text: 'Wnoszę do {controller} sprzeciw wobec przetwarzania moich danych osobowych, na podstawie art. 21 RODO.',
        },
        {
          text: 'W zakresie, w jakim przetwarzają Państwo moje dane na podstawie prawnie uzasadnionego interesu (art. 6 ust. 1 lit. f RODO) lub zadania realizowanego w interesie publicznym albo w ramach sprawowania władzy publicznej (lit. e tego ustępu), wnoszę sprzeciw z przyczyn związanych z moją szczególną sytuacją (art. 21 ust. 1). Nie wolno Państwu dalej przetwarzać tych danych, chyba że wykażą Państwo istnienie ważnych prawnie uzasadnionych podstaw do przetwarzania, nadrzędnych wobec moich interesów, praw i wolności, lub podstaw do ustalenia, dochodzenia lub obrony roszczeń.',
        },
        {
          when: 'legitimateInterest',
          text: 'Państwa polityka prywatności opiera następujące cele na prawnie uzasadnionym interesie; mój sprzeciw dotyczy każdego z nich:\n{liPurposes}',
        },
        {
          text: 'Ponadto wnoszę sprzeciw wobec wszelkiego przetwarzania moich danych na potrzeby marketingu bezpośredniego, w tym profilowania w zakresie, w jakim jest ono związane z takim marketingiem (art. 21 ust. 2). Sprzeciw ten nie wymaga uzasadnienia: moje dane nie mogą być już przetwarzane do takich celów (art. 21 ust. 3).',
        },
        {
          when: 'marketing',
          text: 'Dotyczy to również marketingu opisanego w Państwa polityce prywatności{marketingQuote}.',
        },
        {
          text:
            'Proszę o potwierdzenie, które operacje przetwarzania zostały zaprzestane. ' + TERMIN,
        },
      ],
    },
    'automated-decision': {
      subject: 'Zautomatyzowane podejmowanie decyzji (art. 22 RODO)',
      paragraphs: [
        {
          text: 'Zwracam się do {controller} w sprawie przysługującego mi na podstawie art. 22 RODO prawa do tego, by nie podlegać decyzji, która opiera się wyłącznie na zautomatyzowanym przetwarzaniu, w tym profilowaniu, i wywołuje wobec mnie skutki prawne lub w podobny sposób istotnie na mnie wpływa.',
        },
        { when: 'details', text: 'Decyzja, której dotyczy żądanie:\n{details}' },
        {
          text: 'Proszę o informację, czy podejmują Państwo takie decyzje w odniesieniu do mnie. W odniesieniu do każdej z nich żądam interwencji ludzkiej ze strony administratora, chcę wyrazić własne stanowisko i kwestionuję tę decyzję (art. 22 ust. 3).',
        },
        {
          text: 'Proszę również o istotne informacje o zasadach podejmowania tych decyzji, a także o znaczeniu i przewidywanych konsekwencjach takiego przetwarzania dla mnie (art. 15 ust. 1 lit. h).',
        },
        { text: TERMIN },
      ],
    },
    'withdraw-consent': {
      subject: 'Wycofanie zgody (art. 7 ust. 3 RODO)',
      paragraphs: [
        {
          text: 'Ze skutkiem natychmiastowym wycofuję wszelkie zgody na przetwarzanie moich danych osobowych udzielone {controller} (art. 7 ust. 3 RODO).',
        },
        {
          when: 'marketing',
          text: 'Dotyczy to również newsletterów i informacji handlowych opisanych w Państwa polityce prywatności{marketingQuote}.',
        },
        {
          text: 'Proszę o zaprzestanie wszelkiego przetwarzania opartego na mojej zgodzie i usunięcie danych przetwarzanych wyłącznie na tej podstawie (art. 17 ust. 1 lit. b). Jeżeli w odniesieniu do części tych danych powołują się Państwo na inną podstawę prawną, proszę o wskazanie tej podstawy i danych, których dotyczy.',
        },
        { text: TERMIN },
      ],
    },
  },
};
