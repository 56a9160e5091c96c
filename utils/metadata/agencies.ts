// Wire agencies: the canonical name the view shows, the names they go by (matched case-insensitively as a whole
// segment of a byline, dateline or credit line) and their short codes (matched exactly as written, because "AP",
// "PA", "TT" or "CP" in lower case are ordinary words or abbreviations).

export interface AgencyEntry {
  /** What the view shows. */
  name: string;
  /** Full names and spellings, compared after lower-casing and dropping a leading "the". */
  aliases: readonly string[];
  /** Short codes, compared case-sensitively (list a lower-case form only where agencies write it so). */
  codes?: readonly string[];
}

export const AGENCIES: readonly AgencyEntry[] = [
  { name: 'AFP', aliases: ['Agence France-Presse', 'Agence France Presse', 'Agence-France-Presse', 'AFP', 'AFP-Jiji', 'AFP Relaxnews'], codes: ['afp', 'Afp'] },
  { name: 'Reuters', aliases: ['Reuters', 'Thomson Reuters', 'Reuters News', 'Reuters Staff'] },
  { name: 'AP', aliases: ['Associated Press', 'The Associated Press', 'AP News'], codes: ['AP'] },
  { name: 'dpa', aliases: ['Deutsche Presse-Agentur', 'Deutsche Presseagentur', 'dpa'] },
  { name: 'dpa-AFX', aliases: ['dpa-AFX', 'AFX News'], codes: ['AFX'] },
  { name: 'PA', aliases: ['PA Media', 'Press Association', 'PA Wire', 'PA News Agency', 'PA Reporters'], codes: ['PA'] },
  { name: 'EFE', aliases: ['Agencia EFE', 'EFE'] },
  { name: 'ANSA', aliases: ['ANSA', 'Agenzia ANSA'] },
  { name: 'Xinhua', aliases: ['Xinhua', 'Xinhua News Agency', 'Xinhuanet', '新华社'] },
  { name: 'Kyodo', aliases: ['Kyodo', 'Kyodo News', '共同通信'] },
  { name: 'Jiji', aliases: ['Jiji Press', 'Jiji', '時事通信'] },
  { name: 'UPI', aliases: ['United Press International'], codes: ['UPI'] },
  { name: 'Bloomberg', aliases: ['Bloomberg', 'Bloomberg News'] },
  { name: 'AAP', aliases: ['Australian Associated Press'], codes: ['AAP'] },
  { name: 'CP', aliases: ['The Canadian Press', 'Canadian Press', 'La Presse Canadienne'], codes: ['CP'] },
  { name: 'Yonhap', aliases: ['Yonhap', 'Yonhap News Agency', 'Yonhap News', '연합뉴스'] },
  { name: 'TASS', aliases: ['TASS', 'ITAR-TASS', 'ТАСС'] },
  { name: 'Interfax', aliases: ['Interfax', 'Интерфакс'] },
  { name: 'RIA Novosti', aliases: ['RIA Novosti', 'РИА Новости'] },
  {
    name: 'Keystone-SDA',
    aliases: ['Keystone-SDA', 'Keystone-ATS', 'Keystone-SDA-ATS', 'Schweizerische Depeschenagentur', 'Agence télégraphique suisse'],
    codes: ['SDA', 'sda', 'ATS', 'ats', 'SDA-ATS'],
  },
  { name: 'AWP', aliases: ['AWP Finanznachrichten'], codes: ['AWP', 'awp'] },
  { name: 'APA', aliases: ['Austria Presse Agentur', 'APA-OTS'], codes: ['APA', 'apa'] },
  { name: 'Belga', aliases: ['Belga', 'Agence Belga'] },
  { name: 'ANP', aliases: ['Algemeen Nederlands Persbureau'], codes: ['ANP'] },
  { name: 'NTB', aliases: ['Norsk Telegrambyrå'], codes: ['NTB'] },
  { name: 'TT', aliases: ['TT Nyhetsbyrån', 'Tidningarnas Telegrambyrå'], codes: ['TT'] },
  { name: 'Ritzau', aliases: ['Ritzau', 'Ritzaus Bureau'] },
  { name: 'STT', aliases: ['Suomen Tietotoimisto', 'STT-Info'], codes: ['STT'] },
  { name: 'Europa Press', aliases: ['Europa Press'] },
  { name: 'Lusa', aliases: ['Lusa', 'Agência Lusa', 'Agencia Lusa'] },
  { name: 'Agência Brasil', aliases: ['Agência Brasil', 'Agencia Brasil'], codes: ['ABr'] },
  { name: 'PTI', aliases: ['Press Trust of India'], codes: ['PTI'] },
  { name: 'IANS', aliases: ['Indo-Asian News Service'], codes: ['IANS'] },
  { name: 'ANI', aliases: ['Asian News International'], codes: ['ANI'] },
  { name: 'KNA', aliases: ['Katholische Nachrichten-Agentur'], codes: ['KNA'] },
  { name: 'epd', aliases: ['Evangelischer Pressedienst', 'epd'] },
  { name: 'SID', aliases: ['Sport-Informations-Dienst'], codes: ['SID'] },
  { name: 'PAP', aliases: ['Polska Agencja Prasowa'], codes: ['PAP'] },
  { name: 'ČTK', aliases: ['ČTK', 'CTK', 'Česká tisková kancelář'] },
  { name: 'MTI', aliases: ['Magyar Távirati Iroda'], codes: ['MTI'] },
  { name: 'STA', aliases: ['Slovenska tiskovna agencija'], codes: ['STA'] },
  { name: 'HINA', aliases: ['Hrvatska izvještajna novinska agencija'], codes: ['HINA', 'Hina'] },
  { name: 'Tanjug', aliases: ['Tanjug'] },
  { name: 'ANA-MPA', aliases: ['ANA-MPA', 'Athens-Macedonian News Agency', 'Athens News Agency'] },
  { name: 'Anadolu', aliases: ['Anadolu Agency', 'Anadolu Ajansı', 'Anadolu'] },
  { name: 'AGI', aliases: ['Agenzia Giornalistica Italia'], codes: ['AGI'] },
  { name: 'Adnkronos', aliases: ['Adnkronos'] },
  { name: 'LaPresse', aliases: ['LaPresse'] },
  { name: 'Notimex', aliases: ['Notimex'] },
  { name: 'Télam', aliases: ['Télam', 'Telam'] },
  { name: 'Bernama', aliases: ['Bernama'] },
  { name: 'Antara', aliases: ['Antara', 'Antara News'] },
  { name: 'IRNA', aliases: ['Islamic Republic News Agency'], codes: ['IRNA'] },
  { name: 'WAFA', aliases: ['WAFA'] },
  { name: 'MENA', aliases: ['Middle East News Agency'], codes: ['MENA'] },
  { name: 'SPA', aliases: ['Saudi Press Agency'], codes: ['SPA'] },
  { name: 'WAM', aliases: ['Emirates News Agency'], codes: ['WAM'] },
  { name: 'KUNA', aliases: ['Kuwait News Agency'], codes: ['KUNA'] },
  { name: 'CNS', aliases: ['Catholic News Service'] },
  { name: 'RNS', aliases: ['Religion News Service'] },
];

/**
 * Words that may follow an agency's name in a byline without changing what it names ("Reuters Staff",
 * "Associated Press Writer", "AFP correspondent in Paris" is cut at "in" by the caller). Lower case.
 */
export const AGENCY_ROLE_SUFFIXES: readonly string[] = [
  'staff', 'staff writer', 'staff writers', 'writer', 'writers', 'reporter', 'reporters', 'correspondent',
  'correspondents', 'journalist', 'news', 'news agency', 'newsroom', 'wire', 'wire service', 'wires', 'bureau',
  'agency', 'agencies', 'editors', 'redaktion', 'korrespondent', 'korrespondentin', 'correspondant', 'correspondante',
  'with agencies', 'and agencies', 'online', 'digital', 'video', 'reporting',
];
