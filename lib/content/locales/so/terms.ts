import type * as English from "../../terms";
import type { TermKey } from "../../terms";
import type { Localised } from "../../../i18n/localised";

// Words residents meet on these pages, explained once in plain Somali (lib/content/terms.ts).

export const TERMS: Localised<typeof English.TERMS> = {
  parentalResponsibility: {
    term: "Mas'uuliyadda waalidnimo",
    text: "Xuquuqda iyo waajibaadka sharciga ah ee waalid u leeyahay ilmo, sida oggolaanshaha daaweynta caafimaad ee ilmaha. Hooyada ilmaha way leedahay laga bilaabo dhalashada. Dad kale ayaa sidoo kale yeelan kara, tusaale ahaan aabbayaal badan, ama qof ay maxkamadi siisay. Haddii aadan hubin inaad leedahay, weydii qareen ama Citizens Advice.",
  },
  lastingPowerOfAttorney: {
    term: "Wakaalad joogto ah oo caafimaadka iyo daryeelka ah (lasting power of attorney for health and welfare)",
    text: "Dukumeenti sharci ah oo qofku ku doorto qof uu aamino (wakiilkiisa, attorney) si uu go'aanno uga gaaro caafimaadkiisa iyo daryeelkiisa haddii uusan isagu gaari karin go'aannadaas. Waa in lagu diiwaan geliyaa Xafiiska Ilaaliyaha Dadweynaha (Office of the Public Guardian) ka hor inta aan la isticmaalin.",
  },
  deputy: {
    term: "Wakiilka (deputy) iyo Maxkamadda Ilaalinta (Court of Protection)",
    text: "Maxkamadda Ilaalintu waxay go'aanno u gaartaa dadka aan iyagu gaari karin qaar ka mid ah go'aannadooda. Waxay magacaabi kartaa wakiil (deputy) si uu go'aanno ugu gaaro qof. Amar maxkamadeed ayaa sheegaya waxa wakiilku go'aamin karo.",
  },
  nationalDataOptOut: {
    term: "Ka-bixidda xogta qaranka (national data opt-out)",
    text: "Doorasho kale oo NHS ah oo ku saabsan in macluumaadkaaga bukaan ee qarsoodiga ah loo isticmaalo cilmi-baarista iyo qorsheynta England oo dhan. Ma aha isla ka-bixidda diiwaanka isku xiran. Samaynta mid ka mid ah ma samaynayso tan kale: haddii aad labadaba rabto, waxaad u baahan tahay inaad labadaba samayso.",
  },
  careMyWayAndCidr: {
    term: "CareMyWay iyo CIDR",
    text: "Nidaamyo maxalli ah oo hore oo diiwaannada lagu wadaagi jiray: CareMyWay ee Islington iyo CIDR ee Camden. Haddii aad ka baxday midkood, ka-bixiddaas waxaa loo wareejiyay diiwaanka isku xiran.",
  },
  ukGdpr: {
    term: "UK GDPR",
    text: "Xeerka Guud ee Ilaalinta Xogta ee Boqortooyada Midowday (UK General Data Protection Regulation). Isaga iyo Sharciga Ilaalinta Xogta 2018 (Data Protection Act 2018) waa sharciga sheegaya sida hay'adaha Boqortooyada Midowday ay u isticmaalayaan oo u ilaalinayaan macluumaadka dadka. Bogga dadka deegaanka wuxuu ugu yeeraa Xeerka Guud ee Ilaalinta Xogta 2016: wuxuu ahaa sharci Yurub, wuxuuna noqday UK GDPR markii Boqortooyada Midowday ay ka baxday Midowga Yurub.",
  },
};

/** A "definitions" block with the given terms, for a page section. */
export const termsBlock: Localised<typeof English.termsBlock> = (keys: readonly TermKey[]) => ({
  kind: "definitions",
  items: keys.map((key) => TERMS[key]),
});
