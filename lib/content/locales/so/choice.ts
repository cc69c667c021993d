import type * as English from "../../choice";
import { onLines, type SiteLinks } from "../../email-layout";
import { NOT_ELIGIBLE as ENGLISH_NOT_ELIGIBLE } from "../../choice";
import { PROGRAMME } from "../../programme";
import { CHILD_AGE_LIMIT, EVIDENCE_MAX_MEGABYTES } from "../../../validation/limits";
import type { Localised } from "../../../i18n/localised";
import { CONTACT_DETAILS } from "./contact-details";
import { DECISION_ERRORS } from "./decision-errors";
import { withinWorkingDays } from "./programme-words";
import { CHOICE_RULES } from "./rules";

// Every word of the online opt-out and opt-in journeys, their emails and the
// paper form, in Somali (lib/content/choice.ts). The options' values are the
// codes the forms send and stay as in English.

const EVIDENCE_CHECK_WITHIN = withinWorkingDays(PROGRAMME.responseTimes.evidenceCheckWorkingDays);

const WHO_CAN_ACT = `ilmo ka yar ${CHILD_AGE_LIMIT} sano oo aad mas'uuliyadda waalidnimo u leedahay, ama qof aad u haysato wakaalad joogto ah oo caafimaadka iyo daryeelka ah (lasting power of attorney for health and welfare) ama aad u tahay wakiil (deputy) ay maxkamaddu magacawday`;
const LETTERS_ONLY = "waa inuu ka koobnaadaa oo keliya xarfo, meelo bannaan, xariijin (-) iyo hakad sare (')";
const POST_A_COPY = "Nuqul ayaan boosto ku soo diri doonaa";

export const JOURNEYS: Localised<typeof English.JOURNEYS> = {
  "opt-out": {
    choice: "OPT_OUT",
    title: "Ka bax diiwaanka daryeelka ee isku xiran",
    intro: [
      "Haddii aad ka baxdo, shaqaalaha caafimaadka iyo daryeelka ee Barnet, Camden, Enfield, Haringey iyo Islington kuma arki doonaan macluumaadkaaga diiwaanka daryeelka ee isku xiran.",
      CHOICE_RULES.optOutDoesNot,
      ...CHOICE_RULES.emergencyWarning.paragraphs,
      `Waxaad ka bixi kartaa naftaada, ${WHO_CAN_ACT}.`,
    ],
  },
  "opt-in": {
    choice: "OPT_IN",
    title: "Dib ugu soo biir diiwaanka daryeelka ee isku xiran",
    intro: [
      "Haddii aad hore uga baxday, waxaad dib ugu soo biiri kartaa wakhti kasta. Markaas shaqaalaha caafimaadka iyo daryeelku waxay macluumaadkaaga ku arki karaan diiwaanka daryeelka ee isku xiran marka ay ku daryeelayaan.",
      `Tan waxaad u samayn kartaa naftaada, ${WHO_CAN_ACT}.`,
    ],
  },
};

export const START_PAGE: Localised<typeof English.START_PAGE> = {
  beforeYouStart: "Ka hor intaadan bilaabin",
  youWillNeed: "Waxaad u baahan doontaa:",
  needs: [
    "magaca qofka, taariikhda dhalashadiisa iyo koodhka boostada ee gurigiisa",
    "lambarkiisa NHS, haddii aad taqaanid (waad sii wadi kartaa haddii aadan aqoon)",
    "cinwaan iimayl oo aad hadda furi karto, si aad u hesho koodh amni",
    "haddii aad qof matalayso, nuqul caddayntaada ah (sida shahaadada dhalashada ama wakaaladda joogtada ah), ama waad soo diri kartaa boosto",
  ],
  takes: "Waxay qaadanaysaa qiyaastii 5 daqiiqo.",
  startButton: "Hadda bilow",
  paperIntro: "Waxaad sidoo kale",
  paperLink: "soo dejisan kartaa foom warqad ah (PDF)",
  paperOutro: "si aad u buuxiso oo boosto noogu soo dirto.",
};

export const COMMON: Localised<typeof English.COMMON> = {
  backLink: "Dib u noqo",
  continue: "Sii wad",
  change: "Beddel",
  errorSummaryHeading: "Dhibaato ayaa jirta",
  optional: "(ikhtiyaari)",
  tooManyRequests: `Isku day aad u badan ayaad samaysay. Sug saacad kadibna isku day mar kale, ama nagu soo wac ${CONTACT_DETAILS.phone}.`,
  tooManyForThisPerson: `Maanta waxaan helnay doorashooyin aad u badan oo lambarkan NHS ah, sidaas darteed ma aqbali karno mid kale oo onlayn ah. Isku day berri, ama nagu soo wac ${CONTACT_DETAILS.phone}.`,
  notSaved: "Waan ka xunnahay, dhibaato ayaa ka jirta adeegga, jawaabtanna lama kaydin. Isku day dhowr daqiiqo kadib.",
};

export const WHO_FOR: Localised<typeof English.WHO_FOR> = {
  title: "Yaa doorashadan loo samaynayaa?",
  options: [
    { value: "SELF", label: "Naftayda" },
    { value: "PARENT_OR_GUARDIAN", label: `Ilmo ka yar ${CHILD_AGE_LIMIT} sano oo aan mas'uuliyadda waalidnimo u leeyahay` },
    { value: "ATTORNEY", label: "Qof aan u haysto wakaalad joogto ah oo caafimaadka iyo daryeelka ah" },
    { value: "DEPUTY", label: "Qof ay maxkamaddu ii magacawday wakiilkiisa (deputy)" },
  ],
  errors: { required: "Dooro cidda doorashada loo samaynayo" },
};

export const ABOUT_YOU: Localised<typeof English.ABOUT_YOU> = {
  title: "Adiga kugu saabsan",
  hint: "Maadaama aad doorashadan u samaynayso qof kale, waxaan sidoo kale u baahannahay faahfaahintaada.",
  proxyName: { label: "Magacaaga oo buuxa" },
  proxyRelationship: { label: "Xiriirka aad la leedahay qofka", hint: "Tusaale ahaan, hooyo, aabbe, mas'uul (guardian), wiil ama gabar" },
  errors: {
    proxyNameRequired: "Geli magacaaga oo buuxa",
    proxyNameTooLong: DECISION_ERRORS.proxyName.tooLong,
    proxyNameCharacters: `Magacaagu ${LETTERS_ONLY}`,
    relationshipRequired: "Geli xiriirka aad la leedahay qofka",
    relationshipTooLong: DECISION_ERRORS.proxyRelationship.tooLong,
    relationshipCharacters: `Xiriirku ${LETTERS_ONLY}`,
  },
};

export const NAME: Localised<typeof English.NAME> = {
  titleSelf: "Waa maxay magacaagu?",
  titleProxy: "Waa maxay magaca qofka?",
  givenName: { label: "Magaca koowaad" },
  familyName: { label: "Magaca qoyska" },
  errors: {
    givenNameRequired: "Geli magaca koowaad",
    givenNameTooLong: DECISION_ERRORS.givenName.tooLong,
    givenNameCharacters: `Magaca koowaad ${LETTERS_ONLY}`,
    familyNameRequired: "Geli magaca qoyska",
    familyNameTooLong: DECISION_ERRORS.familyName.tooLong,
    familyNameCharacters: `Magaca qoyska ${LETTERS_ONLY}`,
  },
};

export const DATE_OF_BIRTH: Localised<typeof English.DATE_OF_BIRTH> = {
  titleSelf: "Waa maxay taariikhda dhalashadaadu?",
  titleProxy: "Waa maxay taariikhda dhalashada qofka?",
  hint: "Tusaale ahaan, 15 3 1984",
  day: "Maalin",
  month: "Bil",
  year: "Sannad",
  errors: {
    required: "Geli taariikhda dhalashada",
    missingDay: "Taariikhda dhalashadu waa inay lahaato maalin",
    missingMonth: "Taariikhda dhalashadu waa inay lahaato bil",
    missingYear: "Taariikhda dhalashadu waa inay lahaato sannad",
    yearFourDigits: "Sannadku waa inuu lahaadaa 4 tiro",
    invalid: DECISION_ERRORS.dateOfBirth.invalid,
    future: DECISION_ERRORS.dateOfBirth.future,
    tooOld: DECISION_ERRORS.dateOfBirth.tooOld,
    childTooOld: `Ilmuhu waa inuu ka yar yahay ${CHILD_AGE_LIMIT} sano. Dhallinyarada da'doodu tahay ${CHILD_AGE_LIMIT} sano ama ka weyn iyagaa doorashadooda sameeya`,
  },
};

export const NHS_NUMBER: Localised<typeof English.NHS_NUMBER> = {
  titleSelf: "Waa maxay lambarkaaga NHS?",
  titleProxy: "Waa maxay lambarka NHS ee qofka?",
  label: "Lambarka NHS (ikhtiyaari)",
  hint: "Kani waa lambar ka kooban 10 tiro, sida 999 123 4567. Bannaan u dhaaf haddii aadan aqoon.",
  helpSummary: "Halka laga helo lambarka NHS",
  help: [
    "Lambarka NHS waxaad ka heli kartaa warqad ama dukumeenti kasta oo NHS ka yimid, warqadda daawada (prescription), NHS App, ama adigoo weydiinaya rugta dhakhtarka guud (GP).",
    "Haddii aadan aqoon, bannaan u dhaaf. Waxaan diiwaanka qofka ku heli doonnaa magaciisa, taariikhda dhalashadiisa iyo koodhka boostada.",
  ],
};

export const POSTCODE: Localised<typeof English.POSTCODE> = {
  titleSelf: "Waa maxay koodhka boostada ee gurigaaga?",
  titleProxy: "Waa maxay koodhka boostada ee guriga qofka?",
  label: "Koodhka boostada",
  hint: "Tusaale ahaan, N1 1AA",
  errors: { required: "Geli koodhka boostada", tooLong: "Koodhka boostadu waa inuu ahaadaa 8 xaraf ama ka yar" },
};

export const GP_PRACTICE: Localised<typeof English.GP_PRACTICE> = {
  titleSelf: "Rugta dhakhtarka guud (GP) ee aad ka diiwaan gashan tahay waa tee?",
  titleProxy: "Rugta dhakhtarka guud (GP) ee qofku ka diiwaan gashan yahay waa tee?",
  label: "Rugta dhakhtarka guud (GP) (ikhtiyaari)",
  hint: "Ka dooro rugaha ku yaal Barnet, Camden, Enfield, Haringey iyo Islington. Sidiisa u dhaaf haddii rugtu aysan liiska ku jirin ama aadan aqoon.",
  none: "Kuma jirto liiska ama ma aqaan",
  errors: { unknown: "Liiska ka dooro rugta dhakhtarka guud (GP)" },
};

const [nationalOptOut, localRecord] = ENGLISH_NOT_ELIGIBLE.alternatives;

export const NOT_ELIGIBLE: Localised<typeof English.NOT_ELIGIBLE> = {
  title: "Adeeggan ma isticmaali kartid",
  paragraphs: [
    "Diiwaanka daryeelka ee isku xiran wuxuu khuseeyaa dadka ku nool Barnet, Camden, Enfield, Haringey ama Islington, ama ka diiwaan gashan rugta dhakhtarka guud (GP) ee ku taal deegaannadaas. Koodhka boostada iyo rugta GP ee aad bixisay waxay ka baxsan yihiin deegaannadan.",
  ],
  whatToDoHeading: "Waxa aad samayn karto bedelkeeda",
  alternatives: [
    {
      text: "Dooro in macluumaadkaaga bukaan ee qarsoodiga ah loo isticmaalo cilmi-baarista iyo qorsheynta, adigoo adeegsanaya ka-bixidda xogta qaranka (national data opt-out)",
      href: nationalOptOut.href,
    },
    {
      text: "Wax ka ogow diiwaanka daryeelka ee la wadaago ee deegaankaaga adigoo weydiinaya rugta dhakhtarkaaga guud (GP) ama golaha degmadaada",
      href: localRecord.href,
    },
  ],
  changeAnswers: "Haddii aad khalad samaysay,",
  changePostcode: "beddel koodhka boostada",
  or: "ama",
  changeGp: "beddel rugta dhakhtarka guud (GP)",
};

export const EVIDENCE: Localised<typeof English.EVIDENCE> = {
  title: "Caddayn inaad qofka matali karto",
  hint: "Ilmo, tani waxay noqon kartaa shahaadada dhalashada ama amar maxkamadeed. Qof weyn, wakaalad joogto ah oo caafimaadka iyo daryeelka ah ama amar maxkamadeed oo kuu magacaabaya wakiil (deputy).",
  methodLegend: "Sidee u soo diri doontaa caddayntaada?",
  methods: [
    { value: "UPLOAD", label: "Hadda ayaan soo gelinayaa (upload)" },
    { value: "POST", label: POST_A_COPY },
  ],
  fileLabel: "Soo geli fayl",
  fileHint: `Oo keliya haddii aad dooratay inaad hadda soo geliso. Fayl PDF, JPEG ama PNG ah, oo ka yar ${EVIDENCE_MAX_MEGABYTES} MB. Sawir dukumeentiga laga qaaday waa la aqbalayaa.`,
  alreadyUploaded: (fileName: string) => `Waxaad soo gelisay ${fileName}. Dooro fayl kale si aad ugu beddesho.`,
  postAddressIntro: "Nuqul (ma aha asalka) u dir:",
  errors: {
    methodRequired: "Dooro sida aad u soo diri doonto caddayntaada",
    fileRequired: "Dooro fayl aad soo geliso",
    fileTooBig: `Faylka la doortay waa inuu ka yar yahay ${EVIDENCE_MAX_MEGABYTES} MB`,
    requestTooBig: `Faylka la doortay waa inuu ka yar yahay ${EVIDENCE_MAX_MEGABYTES} MB. Dooro fayl ka yar, ama dooro "${POST_A_COPY}" hana dooran fayl`,
    fileWrongType: "Faylka la doortay waa inuu ahaadaa PDF, JPEG ama PNG",
  },
};

export const DECISION: Localised<typeof English.DECISION> = {
  title: "Maxaad jeclaan lahayd inaad samayso?",
  options: [
    { value: "OPT_OUT", label: "Ka bax diiwaanka daryeelka ee isku xiran" },
    { value: "OPT_IN", label: "Dib ugu soo biir diiwaanka daryeelka ee isku xiran" },
  ],
  errors: { required: "Dooro inaad ka baxayso ama dib ugu soo biirayso" },
};

export const EMAIL: Localised<typeof English.EMAIL> = {
  title: "Waa maxay cinwaanka iimaylkaagu?",
  label: "Cinwaanka iimaylka",
  hint: "Hadda waxaan cinwaankan u diri doonnaa koodh amni, kadibna xaqiijinta doorashadaada.",
  sendButton: "Dir koodhka",
  errors: {
    required: "Geli cinwaan iimayl",
    invalid: "Geli cinwaan iimayl oo qaab sax ah leh, sida name@example.com",
    tooLong: "Cinwaanka iimaylku waa inuu ahaadaa 254 xaraf ama ka yar",
  },
};

export const CONFIRM_EMAIL: Localised<typeof English.CONFIRM_EMAIL> = {
  title: "Hubi iimaylkaaga",
  sentTo: (email: string) => `Waxaan koodh amni oo ka kooban 6 tiro u dirnay ${email}. Koodhku wuxuu shaqaynayaa 10 daqiiqo oo keliya.`,
  label: "Koodhka amniga",
  hint: "Koodhku waa 6 tiro",
  resendIntro: "Ma helin? Hubi galka fariimaha aan la rabin (spam), ama",
  resendButton: "Dir koodh cusub",
  resent: "Waxaan kuu dirnay koodh cusub. Isticmaal kan ugu dambeeyay.",
  changeEmail: "Isticmaal cinwaan iimayl oo kale",
  errors: {
    required: "Geli koodhka amniga ee 6 tiro ah",
    format: "Koodhka amnigu waa inuu ahaadaa 6 tiro",
    wrong: "Koodhka amnigu sax ma aha. Hubi iimaylka oo isku day mar kale",
    expired: "Koodhka amniga wakhtigiisii wuu dhammaaday. Dir koodh cusub",
    tooManyAttempts: "Koodh khaldan ayaad gelisay marar aad u badan. Dir koodh cusub",
    resendTooSoon: "Sug daqiiqad ka hor intaadan codsan koodh kale",
    tooManyCodes: "Waxaad codsatay koodhad aad u badan. Sug saacad kadibna isku day mar kale",
    noCode: "Marka hore dir koodh amni",
  },
};

export const CHECK_ANSWERS: Localised<typeof English.CHECK_ANSWERS> = {
  title: "Hubi jawaabahaaga ka hor intaadan dirin",
  rows: {
    madeBy: "Cidda doorashada loo samaynayo",
    proxyName: "Magacaaga",
    proxyRelationship: "Xiriirka aad la leedahay qofka",
    name: "Magaca",
    dateOfBirth: "Taariikhda dhalashada",
    nhsNumber: "Lambarka NHS",
    postcode: "Koodhka boostada ee guriga",
    gpPractice: "Rugta dhakhtarka guud (GP)",
    evidence: "Caddaynta",
    decision: "Doorashada",
    email: "Cinwaanka iimaylka",
  },
  notGiven: "Lama bixin",
  evidenceUploaded: (fileName: string) => `La soo geliyay: ${fileName}`,
  evidencePost: POST_A_COPY,
  declarationHeading: "Hadda dir doorashadaada",
  declaration:
    "Markaad tan dirto, waxaad xaqiijinaysaa in macluumaadku sax yahay, iyo, haddii aad qof matalayso, inaad xaq u leedahay inaad doorashadan u samayso.",
  submit: "Dir doorashadayda",
  errors: {
    incomplete: "Jawaabaha qaar ayaa maqan. Ka jawaab su'aal kasta, kadibna isku day mar kale",
    emailNotProved: "Ka hor intaadan dirin, ku xaqiiji cinwaanka iimaylkaaga koodh amni",
  },
};

export const CONFIRMATION: Localised<typeof English.CONFIRMATION> = {
  title: { OPT_OUT: "Ka-bixiddaada waa la diiwaan geliyay", OPT_IN: "Dib-u-soo-biiriddaada waa la diiwaan geliyay" },
  referenceLabel: "Lambarka tixraacaaga",
  emailSent: (email: string) =>
    `Waxaan iimayl xaqiijin ah u dirnay ${email}. Hay lambarka tixraacaaga haddii aad u baahato inaad nala soo xiriirto.`,
  whatHappensNext: "Waxa xiga",
  next: {
    OPT_OUT_EFFECTIVE: [
      "Ka-bixiddaadu way dhaqan gashay. Diiwaanka daryeelka ee isku xiran uma muujin doono macluumaadka qofkan shaqaalaha caafimaadka iyo daryeelka.",
      "Shaqaaluhu weli way wadaagi karaan macluumaadka taleefan, iimayl ama warqad marka ay u baahdaan.",
    ],
    // The same words for everyone who opts back in without NHS login: they
    // must not reveal anyone's current choice (lib/content/choice.ts).
    OPT_IN_RECEIVED: [
      "Waxaan helnay codsigaaga ah inaad dib ugu soo biirto. Codsi kasta waxaan la barbar dhignaa diiwaanka doorashooyinka. Haddii uu beddelayo ka-bixid hore, waxaa laga yaabaa inuusan dhaqan gelin ilaa kooxdayadu ay hubiso.",
      "Sirta awgeed, halkan kuma muujinno inuu dhaqan galay iyo in kale, sababtoo ah qof kasta ayaa soo diri kara foomkan. Si aad u ogaato, ku gal NHS login oo hubi doorashadaada, ama nala soo xiriir.",
      "Haddii kooxdayadu aysan aqbali karin, waxaan kuu soo diri doonnaa iimayl aan ku sheegayno sababta.",
    ],
    PROXY_EVIDENCE: `Kooxdayadu waxay hubin doontaa caddayntaada${EVIDENCE_CHECK_WITHIN ? ` ${EVIDENCE_CHECK_WITHIN}` : ""}. Haddii aanaan aqbali karin, waan ka noqon doonnaa doorashada, waxaana kuu soo diri doonnaa iimayl aan ku sheegayno sababta.`,
  },
  postEvidence: {
    heading: "Boosto ku soo dir caddayntaada",
    intro: "Nuqul (ma aha asalka) caddayntaada u dir:",
    quoteReference: (reference: string) =>
      `Ku qor lambarka tixraacaaga, ${reference}, gadaasha nuqulka ama warqad la socota, si aan ugu xirno doorashadaada.`,
  },
  changeMind: "Waxaad beddeli kartaa go'aankaaga wakhti kasta adigoo ka baxaya ama dib ugu soo biiraya websaydhkan, ama adigoo na soo wacaya.",
  backHome: "Ku noqo bogga hore ee diiwaanka daryeelka ee isku xiran",
};

/** The programme's postal address, for forms and evidence. */
export const RETURN_ADDRESS: Localised<typeof English.RETURN_ADDRESS> = CONTACT_DETAILS.postalAddress;
export const CONTACT_PHONE: Localised<typeof English.CONTACT_PHONE> = CONTACT_DETAILS.phone;

export const CHOICE_EMAILS: Localised<typeof English.CHOICE_EMAILS> = {
  codeSubject: "Koodhkaaga amniga",
  codeBody: (code: string) => [
    `Koodhkaaga amniga ee diiwaanka daryeelka ee isku xiran ee Waqooyiga London waa ${code}.`,
    "",
    "Wuxuu shaqaynayaa 10 daqiiqo oo keliya. Haddii aadan codsan, iska dhaaf iimaylkan.",
  ],
  confirmationSubject: (reference: string) => `Doorashadaada waa la diiwaan geliyay: tixraac ${reference}`,
  confirmationTitle: "Doorashadaada ku saabsan diiwaanka daryeelka ee isku xiran",
  rows: {
    reference: "Lambarka tixraaca",
    choice: "Doorashada",
    status: "Xaaladda",
    person: "Loo sameeyay",
    madeBy: "Waxaa sameeyay",
    recordedAt: "Waqtiga la diiwaan geliyay",
  },
  madeByValue: {
    SELF: "Qofka laftiisa",
    PARENT_OR_GUARDIAN: (proxyName: string) => `${proxyName}, waalid ama mas'uul u leh qofka mas'uuliyadda waalidnimo`,
    ATTORNEY: (proxyName: string) => `${proxyName}, oo u haysta qofka wakaalad joogto ah oo caafimaadka iyo daryeelka ah`,
    DEPUTY: (proxyName: string) => `${proxyName}, wakiilka (deputy) ay maxkamaddu u magacawday qofka`,
  },
  postEvidence: (reference: string) => [CONFIRMATION.postEvidence.intro, onLines(CONTACT_DETAILS.marked.postalAddress), CONFIRMATION.postEvidence.quoteReference(reference)],
  choiceLabel: { OPT_OUT: "Ka bixid", OPT_IN: "Dib u soo biirid" },
  statusLabel: { EFFECTIVE: "Waa dhaqan galay", AWAITING_REVIEW: "Waxay sugaysaa in kooxdayadu hubiso" },
  optInStatus: "Waa la helay. Waxaan la barbar dhigaynaa diiwaanka doorashooyinka",
  changeMind: (links: SiteLinks) => ["Si aad u beddesho go'aankaaga wakhti kasta, na soo wac, ama ka bax ama dib ugu soo biir mar kale websaydhkayaga: ", { href: links.site }],
  contact: (links: SiteLinks) => [
    `Sheeg lambarka tixraacaaga haddii aad nala soo xiriirto. Wac ${CONTACT_DETAILS.phone} (`, CONTACT_DETAILS.marked.phoneHours, `), iimayl u dir ${CONTACT_DETAILS.email} ama isticmaal bogga xiriirka ee websaydhkayaga: `,
    { href: links.contact },
  ],
  emergencyWarning: CHOICE_RULES.emergencyWarning.paragraphs.join(" "),
};

export const PAPER_FORM: Localised<typeof English.PAPER_FORM> = {
  title: "Ka bax ama dib ugu soo biir: foomka warqadda ah",
  subject: "Foom warqad ah oo lagaga baxo, ama dib loogu soo biiro, diiwaanka daryeelka ee isku xiran ee Waqooyiga London",
  intro:
    "Isticmaal foomkan si aad uga baxdo, ama dib ugu soo biirto, diiwaanka caafimaadka iyo daryeelka ee isku xiran ee Barnet, Camden, Enfield, Haringey iyo Islington. Ku qor xarfo waaweyn. Qof kasta foom gaar ah u buuxi.",
  formReferenceLabel: "Tixraaca foomka",
  sections: {
    decision: "1. Doorashadaada (mid calaamadee)",
    whoFor: "2. Yaa doorashadan loo samaynayaa? (mid calaamadee)",
    person: "3. Qofka ku saabsan",
    proxy: "4. Adiga kugu saabsan, haddii aad qof matalayso",
    contact: "5. Faahfaahinta xiriirkaaga",
    sign: "6. Saxiix oo qor taariikhda",
  },
  fields: {
    givenName: "Magaca koowaad",
    familyName: "Magaca qoyska",
    dateOfBirth: "Taariikhda dhalashada (maalin, bil, sannad)",
    nhsNumber: "Lambarka NHS, haddii la yaqaan",
    postcode: "Koodhka boostada ee guriga",
    gpPractice: "Rugta dhakhtarka guud (GP), haddii la yaqaan",
    proxyName: "Magacaaga oo buuxa",
    proxyRelationship: "Xiriirka aad la leedahay qofka",
    evidence:
      "Ku dar nuqul (ma aha asalka) caddayntaada: ilmo, shahaadada dhalashada ama amar maxkamadeed; qof weyn, wakaalad joogto ah oo caafimaadka iyo daryeelka ah ama amar maxkamadeed.",
    email: "Cinwaanka iimaylka, si aad u hesho xaqiijinta",
    phone: "Lambarka taleefanka, haddii aadan iimayl lahayn",
    signature: "Saxiixa",
    date: "Taariikhda",
  },
  rulesHeading: "Ka hor intaadan buuxin foomkan",
  onlineLine: "Waxaad sidoo kale doorashadaada onlayn ku samayn kartaa cinwaankan:",
  returnHeading: "Halka foomkan loo diro",
  returnIntro: `Foomka boosto ugu dir cinwaankan.${CONTACT_DETAILS.postage ? ` ${CONTACT_DETAILS.postage}` : ""}`,
  staffUse: "Xafiiska oo keliya: taariikhda la helay iyo cidda gelisay",
};
