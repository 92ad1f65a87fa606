/**
 * How a request form's fields are labelled, in the eight UI languages (en, fr, de, es, it, nl,
 * pl, pt): words of the field's label, aria-label, placeholder, name or id, lower case and without
 * accents (fill-form.ts strips them; ł and ø stay). A field is read by its `autocomplete` token
 * first (WHATWG HTML, "Autofill"), these words second. Adding a language is a change here only.
 */
export interface FormWords {
  /** The free-text field the letter goes into (a textarea). */
  message: readonly string[];
  subject: readonly string[];
  /** Says "the whole name" outright: wins over `namePart` ("Vor- und Nachname"). */
  fullName: readonly string[];
  /** The name in one field, unless it names a part or another name. */
  name: readonly string[];
  /** A part of the name: such a field never gets the full name, nor does a bare "Nom" beside it. */
  namePart: readonly string[];
  /** Another name (account, company, file): never the user's. */
  otherName: readonly string[];
  email: readonly string[];
  /** A textarea for an address is not the message field. */
  address: readonly string[];
}

export const FORM_WORDS: FormWords = {
  message: [
    // en
    'message',
    'your request',
    'request',
    'comment',
    'comments',
    'details',
    'description',
    'enquiry',
    'inquiry',
    'how can we help',
    // fr
    'demande',
    'votre demande',
    'commentaire',
    'precisions',
    // de
    'nachricht',
    'ihre nachricht',
    'anliegen',
    'mitteilung',
    'anfrage',
    'ihre anfrage',
    'kommentar',
    'beschreibung',
    // es
    'mensaje',
    'solicitud',
    'comentario',
    'consulta',
    // it
    'messaggio',
    'richiesta',
    'commento',
    // nl
    'bericht',
    'uw bericht',
    'vraag',
    'opmerking',
    'verzoek',
    'toelichting',
    // pl
    'wiadomosc',
    'tresc',
    'zapytanie',
    'wniosek',
    'komentarz',
    // pt
    'mensagem',
    'pedido',
    'solicitacao',
  ],
  subject: [
    'subject',
    'topic',
    'objet',
    'sujet',
    'betreff',
    'asunto',
    'oggetto',
    'onderwerp',
    'temat',
    'assunto',
  ],
  fullName: [
    'full name',
    'nom complet',
    'nom et prenom',
    'prenom et nom',
    'vollstandiger name',
    'vor und nachname',
    'vor und zuname',
    'nombre completo',
    'nombre y apellidos',
    'nome completo',
    'nome e cognome',
    'volledige naam',
    'voor en achternaam',
    'imie i nazwisko',
    'imie nazwisko',
  ],
  name: ['name', 'your name', 'nom', 'votre nom', 'ihr name', 'nombre', 'nome', 'naam'],
  namePart: [
    'first',
    'last',
    'given',
    'family',
    'surname',
    'middle',
    'prenom',
    'nom de famille',
    'vorname',
    'nachname',
    'familienname',
    'zuname',
    'apellido',
    'apellidos',
    'cognome',
    'voornaam',
    'achternaam',
    'imie',
    'nazwisko',
    'primeiro',
    'sobrenome',
    'apelido',
  ],
  otherName: [
    'username',
    'user',
    'company',
    'organisation',
    'organization',
    'file',
    'utilisateur',
    'societe',
    'entreprise',
    'benutzer',
    'benutzername',
    'firma',
    'unternehmen',
    'usuario',
    'empresa',
    'utente',
    'azienda',
    'gebruiker',
    'gebruikersnaam',
    'bedrijf',
    'uzytkownik',
    'firmy',
    'utilizador',
  ],
  email: [
    'email',
    'e mail',
    'email address',
    'courriel',
    'adresse electronique',
    'correo',
    'correo electronico',
    'posta elettronica',
    'emailadres',
    'e mailadres',
    'adres e mail',
    'correio eletronico',
  ],
  address: [
    'address',
    'postal',
    'adresse',
    'anschrift',
    'direccion',
    'indirizzo',
    'adres',
    'endereco',
    'morada',
  ],
};
