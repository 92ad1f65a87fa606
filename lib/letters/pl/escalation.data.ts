import { usStateNames } from '../../legal/us-states.data';
import type { EscalationLetters } from '../schema';
import { usVocabulary } from '../us-vocabulary';

/** The law in the genitive, as after "na podstawie" (on the basis of). */
const LAWS_OF = {
  ...usStateNames((l) => `ustawy ${l.name} (${l.short})`),
  'us-none': 'prawa amerykańskiego (bez ogólnej stanowej ustawy o ochronie prywatności)',
  gdpr: 'ogólnego rozporządzenia o ochronie danych (RODO)',
  'uk-gdpr': 'brytyjskiego RODO (UK GDPR)',
  ccpa: 'kalifornijskiej ustawy o ochronie prywatności konsumentów (CCPA)',
  lgpd: 'brazylijskiej ogólnej ustawy o ochronie danych osobowych (LGPD)',
  revfadp: 'szwajcarskiej federalnej ustawy o ochronie danych (DSG)',
  pipeda: 'kanadyjskiej ustawy o ochronie danych osobowych i dokumentach elektronicznych (PIPEDA)',
};

/**
 * Ponaglenia i skargi po polsku (our own words), for the UODO: the RODO's Polish terms
 * ("administrator", "żądanie", "organ nadzorczy", "art. 77 RODO"). Polish past tenses carry the
 * writer's gender ("wysłałem/wysłałam"): every sentence about the writer's past acts is impersonal
 * ("wysłano", "nie otrzymano") or in the present or future ("wnoszę", "złożę"). Dates are
 * followed by "r." (roku), as Polish letters write them; `rights` are in the genitive
 * ("żądanie dotyczące dostępu…") and periods too ("w terminie jednego miesiąca").
 */
const US_AUTHORITY: [string, string][] = [
  ['właściwego organu nadzorczego', 'właściwego organu'],
  ['organu nadzorczego', 'właściwego organu'],
  ['organ nadzorczy', 'właściwy organ'],
];
const US_BUSINESS: [string, string][] = [
  ['następującego administratora', 'następującego przedsiębiorcę'],
  ['tego administratora', 'tego przedsiębiorcy'],
  ['do administratora', 'do przedsiębiorcy'],
  ['Administrator ', 'Przedsiębiorca '],
  ['administrator ', 'przedsiębiorca '],
];

export const ESCALATION_PL: EscalationLetters = {
  locale: 'pl-PL',
  colon: ': ',
  appealExtension: ' (z możliwością przedłużenia o {n})',
  days: { one: '{n} dzień', other: '{n} dni' },
  smallAgent:
    ' W przypadku małych podmiotów przetwarzających dane obowiązuje termin {smallPeriod} ({smallCitation}); uwzględniono ten dłuższy termin.',
  laws: {
    ...usStateNames((l) => `ustawa ${l.name} (${l.short})`),
    'us-none': 'prawo amerykańskie (bez ogólnej stanowej ustawy o ochronie prywatności)',
    gdpr: 'ogólne rozporządzenie o ochronie danych (RODO)',
    'uk-gdpr': 'brytyjskie RODO (UK GDPR)',
    ccpa: 'kalifornijska ustawa o ochronie prywatności konsumentów (CCPA)',
    lgpd: 'brazylijska ogólna ustawa o ochronie danych osobowych (LGPD)',
    revfadp: 'szwajcarska federalna ustawa o ochronie danych (DSG)',
    pipeda: 'kanadyjska ustawa o ochronie danych osobowych i dokumentach elektronicznych (PIPEDA)',
  },
  lawsOf: LAWS_OF,
  citations: {
    'gdpr-art-12-3': 'art. 12 ust. 3 RODO; rozporządzenie (EWG, Euratom) nr 1182/71, art. 3',
    'uk-gdpr-art-12-3-ico':
      'art. 12 ust. 3 i art. 12A UK GDPR; wytyczne ICO dotyczące terminów udzielania odpowiedzi',
    'ccpa-7026-f': 'Cal. Code Regs. tit. 11, §7026(f)',
    'ccpa-7027-g': 'Cal. Code Regs. tit. 11, §7027(g)',
    'ccpa-1798-130': 'Cal. Civ. Code §1798.130(a)(2); Cal. Code Regs. tit. 11, §7021(b)',
    'lgpd-art-19-ii': 'LGPD, art. 19 pkt II',
    'revfadp-art-25-7':
      'art. 25 ust. 7 DSG; art. 18 szwajcarskiego rozporządzenia o ochronie danych',
    'revfadp-dpo-22': 'art. 28 DSG; art. 22 i 18 szwajcarskiego rozporządzenia o ochronie danych',
    'pipeda-8-3': 'PIPEDA, art. 8 ust. 3; kanadyjska ustawa o wykładni, art. 26 i 35',
  },
  rights: {
    access: 'dostępu do moich danych osobowych',
    rectification: 'sprostowania moich danych osobowych',
    erasure: 'usunięcia moich danych osobowych',
    restriction: 'ograniczenia przetwarzania moich danych osobowych',
    portability: 'przeniesienia moich danych osobowych',
    objection: 'sprzeciwu wobec przetwarzania moich danych osobowych',
    'automated-decision':
      'interwencji ludzkiej w sprawie zautomatyzowanej decyzji, która mnie dotyczy',
    'withdraw-consent': 'cofnięcia mojej zgody',
    know: 'ujawnienia informacji osobowych, które Państwo o mnie przechowują',
    delete: 'usunięcia moich informacji osobowych',
    correct: 'poprawienia moich informacji osobowych',
    'opt-out-sale': 'zaprzestania sprzedaży lub udostępniania moich informacji osobowych',
    'limit-sensitive': 'ograniczenia wykorzystania moich wrażliwych informacji osobowych',
  },
  units: {
    months: { one: 'jednego miesiąca', other: '{n} miesięcy' },
    'calendar-days': { one: 'jednego dnia', other: '{n} dni' },
    'business-days': { one: 'jednego dnia roboczego', other: '{n} dni roboczych' },
  },
  events: {
    sent: 'Wysłano moje żądanie na adres {recipient}.',
    acknowledged: 'Administrator potwierdził otrzymanie żądania.',
    extended: 'Administrator zapowiedział przedłużenie terminu.',
    'id-requested': 'Administrator poprosił o potwierdzenie mojej tożsamości.',
    'id-provided': 'Przekazano żądane informacje.',
    'clarification-requested': 'Administrator poprosił o doprecyzowanie żądania.',
    'clarification-provided': 'Żądanie zostało doprecyzowane.',
    answered: 'Administrator udzielił odpowiedzi.',
    escalated: 'Wysłano ponaglenie do: {to}.',
    closed: 'Sprawa została zamknięta.',
    note: 'Notatka.',
  },
  complaintLodged: 'Złożono skargę do: {to}.',
  theAuthority: 'organ nadzorczy',

  followUp: {
    subject: 'Ponaglenie: moje żądanie z {sent} r. dotyczące {right} — termin upłynął {due} r.',
    subjectNoPeriod:
      'Ponaglenie: moje żądanie z {sent} r. dotyczące {right} pozostaje bez odpowiedzi',
    ukComplaintSubject:
      'Skarga na podstawie sekcji 164A Data Protection Act 2018: moje żądanie z {sent} r. dotyczące {right}',
    ukComplaint:
      'Niniejszym składam do Państwa skargę na podstawie sekcji 164A Data Protection Act 2018. Proszę o potwierdzenie jej otrzymania w ciągu 30 dni, jej rozpatrzenie i poinformowanie mnie o wyniku bez zbędnej zwłoki.',
    paragraphs: [
      'Szanowni Państwo,',
      '{intro}',
      'W dniu {sent} r. przesłano Państwu, na podstawie {lawOf}, moje żądanie dotyczące {right}.',
      '{deadline}',
      'Proszę o niezwłoczne udzielenie odpowiedzi na moje żądanie.',
      '{warn}',
      'Z poważaniem',
    ],
    deadline:
      'Odpowiedzi należało udzielić w terminie {period} od otrzymania żądania ({citation}).{smallAgent}{extended}{paused} Termin ten upłynął {due} r. Do dnia dzisiejszego ({today} r.), czyli {daysLate} po terminie, nie otrzymano odpowiedzi.',
    noPeriod:
      'Przepisy nie przewidują stałego terminu na odpowiedź na to żądanie. Do dnia dzisiejszego ({today} r.), czyli {daysSince} od jego wysłania, nie otrzymano odpowiedzi.',
    extended: ' Termin ten został przez Państwa przedłużony do {due} r.',
    paused:
      ' Uwzględniono okres, w którym oczekiwali Państwo na informacje ode mnie ({pausedDays}).',
    warnUsAppeal:
      'W razie odmowy rozpatrzenia mojego żądania wniosę odwołanie na podstawie {lawOf}: są Państwo zobowiązani rozpatrzyć odwołanie w terminie {appealPeriod} od jego otrzymania{appealExtension}, a w razie jego odrzucenia poinformować mnie, jak złożyć skargę do właściwego organu ({appealCitation}): {agency}.',
    warnUsAgency:
      'W razie braku odpowiedzi złożę skargę do właściwego organu ({agencyCitation}): {agency}.',
    warnAuthority: 'W razie braku odpowiedzi złożę skargę do organu nadzorczego: {authority}.',
    warnGeneric: 'W razie braku odpowiedzi złożę skargę do właściwego organu nadzorczego.',
  },
  complaint: {
    subject: 'Skarga na {controller}: żądanie z {sent} r. bez odpowiedzi w terminie',
    subjectNoPeriod: 'Skarga na {controller}: żądanie z {sent} r. bez odpowiedzi',
    paragraphs: [
      'Szanowni Państwo,',
      'Niniejszym wnoszę skargę{legalBasis} na następującego administratora:',
      '{controller}\nStrona internetowa: {site}\nWykorzystany adres kontaktowy: {recipient}',
      'W dniu {sent} r. skierowano do tego administratora, na podstawie {lawOf}, moje żądanie dotyczące {right}. {deadline} {status}',
      '{priorComplaint}',
      'Przebieg sprawy:\n{timeline}',
      'Proszę o rozpatrzenie niniejszej skargi i podjęcie działań niezbędnych do tego, aby administrator udzielił odpowiedzi na moje żądanie. Na Państwa prośbę mogę przekazać kopię żądania i całej korespondencji.',
      'Z poważaniem',
    ],
    deadline: 'Termin przewidziany w przepisach ({citation}) upłynął {due} r.',
    noPeriod:
      'Przepisy nie przewidują stałego terminu dla tego żądania; żądanie wysłano {daysSince} temu.',
    usAppeal:
      'Na podstawie {lawOf} konsument może odwołać się od odmowy rozpatrzenia żądania; administrator musi rozpatrzyć odwołanie w terminie {appealPeriod} od jego otrzymania{appealExtension}, a w razie jego odrzucenia poinformować konsumenta, jak złożyć skargę do Państwa ({appealCitation}).',
    usAgency:
      'Kieruję tę skargę do Państwa jako organu przyjmującego skargi na podstawie {lawOf} ({agencyCitation}).',
    ukPriorComplaint:
      'W dniu {date} r. złożono najpierw skargę do administratora na podstawie sekcji 164A Data Protection Act 2018.',
    legalBasis: {
      gdpr: ' na podstawie art. 77 RODO',
      'uk-gdpr': ' na podstawie art. 77 UK GDPR',
    },
    statusUnanswered: 'Do dnia dzisiejszego ({today} r.) nie otrzymano odpowiedzi.',
    statusAnswered:
      'Odpowiedź otrzymana w dniu {answered} r. wpłynęła po terminie lub nie odnosi się do mojego żądania.',
  },
  vocabulary: usVocabulary(US_AUTHORITY, US_BUSINESS),
  fallback: 'Nie mamy szablonu w tym języku ({wanted}); to pismo jest w języku polskim.',
};
