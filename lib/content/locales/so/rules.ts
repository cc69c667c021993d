import type * as English from "../../rules";
import { PROGRAMME } from "../../programme";
import type { Localised } from "../../../i18n/localised";
import { withinWorkingDays } from "./programme-words";

// The rules of the choice in Somali, stated once for the pages, the leaflet,
// the paper form, the emails and the film script (lib/content/rules.ts).

const posted = withinWorkingDays(PROGRAMME.responseTimes.postedChoiceWorkingDays);
const evidence = withinWorkingDays(PROGRAMME.responseTimes.evidenceCheckWorkingDays);
const review = withinWorkingDays(PROGRAMME.responseTimes.optInReviewWorkingDays);

export const CHOICE_RULES: Localised<typeof English.CHOICE_RULES> = {
  included:
    "Haddii aad ku qanacsan tahay in macluumaadkaagu ka mid noqdo diiwaanka isku xiran, waxba uma baahnid inaad samayso. Haddii aadan rabin in lagu daro, waxaad u baahan tahay inaad ka baxdo.",

  optOutDoes: "Haddii aad ka baxdo, macluumaadkaaga laguma wadaagi doono diiwaanka elektaroonigga ah ee isku xiran.",

  optOutDoesNot: "Hay'adaha daryeelku weli way wadaagi doonaan sida hadda oo kale: taleefanka, iimaylka iyo warqadda.",

  emergencyWarning: {
    heading: "Muhiim: si taxaddar leh uga fikir ka hor intaadan ka bixin",
    paragraphs: [
      "Haddii aad ka baxdo, diiwaanka isku xiran ma tusi doono taariikhdaada dadka ku daryeelaya. Ma heli doonaan macluumaadkaagii ugu dambeeyay marka ay ku qiimeynayaan, xitaa xaalad degdeg ah.",
      "Go'aannada ku saabsan daryeelkaaga waxay qaadan karaan waqti dheer, xitaa xaalad degdeg ah.",
    ],
  },

  whenItTakesEffect: [
    "Onlayn: ka-bixiddu waxay dhaqan gashaa isla marka aad soo dirto.",
    `Boosto: doorashadaadu waxay dhaqan gashaa marka kooxdayadu ay ku darto diiwaanka doorashooyinka${posted ? `, ${posted} laga bilaabo marka foomkaagu na soo gaaro` : ", taas oo ah kadib marka foomkaagu na soo gaaro"}. Ilaa markaas, waxba isma beddelaan.`,
    "Taleefan: ka-bixiddu waxay dhaqan gashaa marka kooxdayadu ay ku darto diiwaanka adigoo weli taleefanka nagula jira.",
    `Dib-u-soo-biiridda kadib ka-bixid waxay isla markiiba dhaqan gashaa oo keliya marka aan hubin karno inay ka timid qofkii ka baxay. Tusaale ahaan, marka isla cinwaanka iimaylka ahi uu sameeyay ka-bixid kasta. Haddii kale, kooxdayadu marka hore ayay hubisaa${review ? ` (${review})` : ""}, qofkuna wuu ka baxsanaanayaa ilaa markaas. Dib-u-soo-biiridda taleefanka ama warqadda lagu sameeyo marwalba marka hore ayaa la hubiyaa.`,
    `Haddii aad qof kale matalayso, doorashadaadu isla markiiba way dhaqan gashaa inta kooxdayadu hubinayso caddayntaada${evidence ? ` (${evidence})` : ""}. Haddii aanaan aqbali karin caddaynta, waan ka noqonaynaa doorashada, waxaana kuu sheegaynaa sababta.`,
  ],

  optBackIn:
    "Waxaad dib ugu soo biiri kartaa wakhti kasta, onlayn, foomka warqadda ah ama taleefanka. Markaas macluumaadkaaga mar kale ayaa lagu wadaagi doonaa diiwaanka isku xiran.",

  whoCanActIntro: "Waxaad doorashada u samayn kartaa qof kale haddii aad tahay:",
  whoCanAct: [
    "waalidka ama qof kale oo leh mas'uuliyadda waalidnimo ee ilmo ka yar 16 sano",
    "wakiilka qof (attorney) ee ku magacaaban wakaalad joogto ah oo caafimaadka iyo daryeelka ah (lasting power of attorney for health and welfare)",
    "wakiilka qof (deputy) oo ay magacawday Maxkamadda Ilaalinta (Court of Protection)",
  ],
  evidence:
    "Waxaad u baahan doontaa inaad soo dirto nuqul (ma aha asalka) caddayntaada. Ilmo, tani waa shahaadada dhalashada ama amar maxkamadeed. Qof weyn, waa wakaaladda joogtada ah ee caafimaadka iyo daryeelka, ama amarka maxkamadda ee kuu magacaabaya wakiil (deputy).",

  atSixteen:
    "Laga bilaabo da'da 16 sano, dhallinyaradu iyagaa doorashadooda sameeya: waalid uma samayn karo mar dambe. Doorasho loo sameeyay ka hor intaysan gaarin 16 sano way sii jiraysaa ilaa ay iyagu beddelaan.",

  earlierOptOut:
    "Haddii aad ka baxday CareMyWay ee Islington ama CIDR ee Camden, ka-bixiddaas waxaa loo wareejiyay diiwaanka isku xiran. Uma baahnid inaad mar kale ka baxdo.",

  thinkCarefully:
    "Ka hor intaadan ka bixin, fadlan si taxaddar leh u akhri macluumaadkan si aad u fahamto waxa ay kuu tahay. Wadaagista macluumaadkaaga caafimaadka iyo daryeelka bulshada waxay u fududaysaa adeegyada inay ku siiyaan daaweynta iyo daryeelka ugu wanaagsan.",
};

/** The rules as one list, for the leaflet and the paper form. */
export const choiceRulesSummary: Localised<typeof English.choiceRulesSummary> = () => [
  CHOICE_RULES.optOutDoes,
  CHOICE_RULES.optOutDoesNot,
  ...CHOICE_RULES.whenItTakesEffect,
  CHOICE_RULES.optBackIn,
  CHOICE_RULES.atSixteen,
];
