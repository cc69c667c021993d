import type * as English from "../../nhs-login";
import type { Localised } from "../../../i18n/localised";

// Every resident-facing word about NHS login and "Check your choice", in Somali (lib/content/nhs-login.ts).

const NOTHING_CHANGED = "Waxba isma beddelin, doorashona lama diiwaan gelin.";

export const NHS_LOGIN_START: Localised<typeof English.NHS_LOGIN_START> = {
  heading: "Haddii aad leedahay NHS login",
  intro:
    "Isticmaal NHS login-kaaga (midka aad u isticmaasho NHS App) si aad doorashadaada si degdeg ah u samayso: uma baahnaan doonno inaan ku weydiino magacaaga, taariikhda dhalashadaada ama lambarkaaga NHS, ama inaan kuu dirno koodh amni.",
  button: "Ku sii wad NHS login",
  otherwiseHeading: "Haddii aadan lahayn NHS login",
  otherwise: "Weli halkan ayaad ku samayn kartaa doorashadaada. Waxaan ku weydiin doonnaa su'aalo adiga kugu saabsan, waxaana koodh amni u diri doonnaa cinwaanka iimaylkaaga.",
  checkIntro: "Markaad ku gasho NHS login, waxaad arki kartaa doorashadaada hadda iyo taariikhdeeda.",
  checkLink: "Hubi doorashadaada",
};

export const NHS_LOGIN_PROBLEMS: Localised<typeof English.NHS_LOGIN_PROBLEMS> = {
  cancelled: {
    title: "Ma dhammaystirin gelitaanka NHS login",
    paragraphs: ["Waad joojisay gelitaanka NHS login, sidaas darteed waxba isma beddelin, doorashona lama diiwaan gelin."],
    tryAgain: true,
  },
  "access-denied": {
    title: "NHS login nooma oggolaan inaan aragno faahfaahintaada",
    paragraphs: [
      `NHS login wuxuu noo sheegay inaadan oggolaan in faahfaahintaada lala wadaago adeeggan, sidaas darteed ma xaqiijin karin cidda aad tahay. ${NOTHING_CHANGED}`,
    ],
    tryAgain: true,
  },
  "login-required": {
    title: "Waxaad u baahan tahay inaad mar kale gasho NHS login",
    paragraphs: [`NHS login wuxuu codsaday inaad mar kale gasho ka hor intaanu xaqiijin cidda aad tahay. ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  "provider-error": {
    title: "NHS login ma xaqiijin karin cidda aad tahay",
    paragraphs: [`Wax ayaa khaldamay inta u dhaxaysa NHS login iyo adeeggan. ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  "no-sign-in": {
    title: "Gelitaankaagii NHS login wakhtigiisii wuu dhammaaday",
    paragraphs: [`Ma helin gelitaankii aad ka bilowday qalabkan, ama wuxuu ahaa in ka badan 15 daqiiqo ka hor. ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  replayed: {
    title: "Gelitaankan NHS login hore ayaa loo isticmaalay",
    paragraphs: [
      `Gelitaan kasta hal mar ayaa la isticmaali karaa. Tani waxay dhici kartaa haddii aad dib u noqotay ama aad bogga dib u cusboonaysiisay kadib markii aad gashay. ${NOTHING_CHANGED}`,
    ],
    tryAgain: true,
  },
  "state-mismatch": {
    title: "Gelitaankan kuma xiri karin booqashadaada",
    paragraphs: [
      "Jawaabta NHS login kama ay dhigmin gelitaankii qalabkani bilaabay. Tani waxay dhici kartaa haddii xiriir (link) la beddelay ama laguu soo diray halkan websaydh kale.",
      NOTHING_CHANGED,
    ],
    tryAgain: true,
  },
  "code-rejected": {
    title: "NHS login ma aqbalin gelitaankan",
    paragraphs: [`NHS login wuxuu sheegay in gelitaankii aan dib ugu dirnay aanu ansax ahayn, ama hore loo isticmaalay. ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  "nonce-mismatch": {
    title: "Gelitaankan kuma xiri karin booqashadaada",
    paragraphs: [`Aqoonsiga uu NHS login soo diray wuxuu ka tirsan yahay gelitaan ka duwan kii qalabkani bilaabay. ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  "token-signature": {
    title: "Ma hubin karin in faahfaahintaadu ka timid NHS login",
    paragraphs: [`Faahfaahinta aan helnay ma aanu saxiixin NHS login, sidaas darteed ma isticmaali karno. ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  "token-expired": {
    title: "Gelitaankaaga NHS login wakhti badan ayuu qaatay",
    paragraphs: [`Faahfaahinta uu NHS login soo diray wakhtigoodii way dhammaadeen ka hor intaanan isticmaalin. ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  "token-invalid": {
    title: "Ma isticmaali karin faahfaahinta uu NHS login soo diray",
    paragraphs: [`Faahfaahinta aan ka helnay NHS login looma talagalin adeeggan, ama way dhiman yihiin. ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  "vot-too-low": {
    title: "NHS login-kaagu wuxuu u baahan yahay in aqoonsigaaga la caddeeyo",
    paragraphs: [
      "Si aad doorashadaada ugu samayso ama ugu hubiso NHS login, NHS login-kaagu waa inuu si buuxda u xaqiijisan yahay: hal mar ayaad caddaynaysaa cidda aad tahay, adigoo isticmaalaya aqoonsi sawir leh, NHS App ama websaydhka NHS login.",
      `${NOTHING_CHANGED} Waxaad caddayn kartaa cidda aad tahay NHS login kadibna soo noqon kartaa, ama waxaad doorashadaada samayn kartaa NHS login la'aantiis.`,
    ],
    tryAgain: false,
  },
  "no-nhs-number": {
    title: "NHS login nama siin lambarkaaga NHS",
    paragraphs: [
      "Waxaan u baahannahay lambarkaaga NHS oo ka yimaada NHS login si aan ugu isticmaalno doorashadaada, NHS login-na ma uu haysan lambar adiga kuu gaar ah.",
      `${NOTHING_CHANGED} Waxaad doorashadaada samayn kartaa NHS login la'aantiis.`,
    ],
    tryAgain: false,
  },
  "nhs-number-differs": {
    title: "Lambarka NHS ee aad bixisay ma aha kan ku jira NHS login-kaaga",
    paragraphs: [
      "Hore waxaad u qortay lambar NHS, NHS login-na wuxuu kuu hayaa lambar kale. NHS login-kaaga waxaa loo isticmaali karaa oo keliya doorasho adiga naftaada ku saabsan.",
      `${NOTHING_CHANGED} Haddii aad doorasho u samaynayso qof kale, ku sii wad NHS login la'aantiis.`,
    ],
    tryAgain: false,
  },
  "under-16": {
    title: "Weli ma isticmaali kartid adeeggan",
    paragraphs: [
      "NHS login-kaagu wuxuu muujinayaa inaad ka yar tahay 16 sano. Ilaa aad ka gaarto 16 sano, waalid ama mas'uul leh mas'uuliyadda waalidnimo ayaa kuu samaynaya doorashadan.",
      `${NOTHING_CHANGED} Waalid ama mas'uul ayaa kuu samayn kara doorashada onlayn, warqad ama taleefan.`,
    ],
    tryAgain: false,
  },
  "provider-unavailable": {
    title: "NHS login hadda lama heli karo",
    paragraphs: [`Ma gaari karin NHS login. ${NOTHING_CHANGED} Isku day mar dambe, ama doorashadaada samee NHS login la'aantiis.`],
    tryAgain: true,
  },
};

export const NHS_LOGIN_PROBLEM_LINKS: Localised<typeof English.NHS_LOGIN_PROBLEM_LINKS> = {
  tryAgain: "Isku day NHS login mar kale",
  withoutNhsLogin: "Samee doorashadaada NHS login la'aantiis",
  optOutWithout: "Ka bax NHS login la'aantiis",
  optInWithout: "Dib ugu soo biir NHS login la'aantiis",
  home: "U tag bogga hore",
};

export const CHECK_YOUR_CHOICE: Localised<typeof English.CHECK_YOUR_CHOICE> = {
  title: "Hubi doorashadaada",
  signInTitle: "Ku hubi doorashadaada NHS login",
  signInIntro:
    "Ku gal NHS login si aad u aragto doorashadaada hadda ee ku saabsan diiwaanka daryeelka ee isku xiran iyo go'aan kasta oo loo diiwaan geliyay lambarkaaga NHS.",
  signedInAs: (name: string, nhsNumber: string) => `Waxaad ku gashay NHS login adigoo ah ${name}, lambarka NHS ${nhsNumber}.`,
  currentHeading: "Doorashadaada hadda",
  current: {
    participating: "Macluumaadkaagu wuxuu ku jiraa diiwaanka daryeelka ee isku xiran.",
    "opted-out": "Waad ka baxday. Macluumaadkaaga laguma wadaago diiwaanka daryeelka ee isku xiran.",
  },
  currentSince: (date: string) => `Laga bilaabo ${date}.`,
  noDecisions:
    "Ma hayno go'aan loo diiwaan geliyay lambarkaaga NHS, sidaas darteed macluumaadkaagu wuu ku jiraa (qof walba waa lagu daraa haddii uusan ka bixin mooyee).",
  carriedAcross: (scheme: string) => `Ka-bixiddaadii ${scheme} waa la soo wareejiyay: uma baahnayn inaad wax kale samayso.`,
  awaitingReview: "Go'aan ayaa sugaya in kooxdayadu hubiso. Ilaa markaas, doorashadaadu sideedii ayay ahaanaysaa.",
  historyHeading: "Go'aan kasta oo loo diiwaan geliyay lambarkaaga NHS",
  historyCaption: "Go'aannada lambarkaaga NHS, kuwa ugu dambeeyay marka hore",
  historyHead: ["Taariikhda", "Go'aanka", "Sida", "Waxaa sameeyay", "Tixraaca", "Xaaladda"],
  choiceLabel: { OPT_OUT: "Ka bixid", OPT_IN: "Ku soo biirid" },
  channelLabel: { ONLINE: "Onlayn", PAPER: "Foom warqad ah", PHONE: "Taleefan", CAREMYWAY_IMPORT: "CareMyWay (Islington)", CIDR_IMPORT: "CIDR (Camden)" },
  statusLabel: { EFFECTIVE: "Dhaqan gal ah", AWAITING_REVIEW: "Sugaya hubin", WITHDRAWN: "Laga noqday" },
  madeBySelf: "Adiga",
  madeByProxy: (name: string, relationship: string) => `${name} (${relationship})`,
  changeHeading: "Beddel doorashadaada",
  optOutButton: "Hadda ka bax",
  optInButton: "Hadda dib ugu soo biir",
  changeHint: "Maadaama aad ku gashay NHS login, isbeddelkaagu wuxuu dhaqan galayaa isla marka aad ku xaqiijiso bogga xiga.",
  receiptLink: "Soo deji rasiid (PDF)",
  signOut: "Xir gelitaankaaga adeeggan",
  receiptTitle: "Doorashadaada ku saabsan diiwaanka daryeelka ee isku xiran",
  receiptSubject: "Rasiidka doorashadaada iyo taariikhdeeda",
  receiptIssued: (date: string) => `Waxaa la sameeyay ${date} loogu talagalay qofka ku galay NHS login.`,
  receiptFooter: "Diiwaanka daryeelka ee isku xiran ee Waqooyiga London: doorashadaada",
  receiptPage: "Bogga",
};

export const NHS_LOGIN_DETAILS: Localised<typeof English.NHS_LOGIN_DETAILS> = {
  title: "Faahfaahintaada ka timid NHS login",
  intro: "NHS login ayaa xaqiijiyay faahfaahintan, sidaas darteed kuma weydiin doonno. Halkan laguma beddeli karo.",
  madeBy: "Naftayda (waxaan ku galay NHS login)",
  notGiven: "Lama bixin",
  sessionEnded:
    "Gelitaankaaga NHS login wuu dhammaaday, sidaas darteed doorashadan uma diri karno sidii adiga. Dib u bilow oo ku sii wad NHS login, ama doorashadaada samee la'aantiis.",
};
