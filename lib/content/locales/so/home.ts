import type * as English from "../../home";
import { DOWNLOADS, ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";
import { CHOICE_RULES } from "./rules";

export const HOME_PAGE: Localised<typeof English.HOME_PAGE> = {
  title: "Diiwaankaaga caafimaadka iyo daryeelka ee isku xiran",
  lede: "Adeegyada caafimaadka iyo daryeelka ee Waqooyiga London waxay isku xirayaan diiwaannada ay kaa hayaan. Tani waxay ka caawinaysaa dadka ku daryeela inay arkaan macluumaadka ay u baahan yihiin.",

  sections: [
    {
      heading: "Waa maxay diiwaanka isku xiran",
      paragraphs: ["Waxaan isku xiraynaa diiwaannada caafimaadka iyo daryeelka ee Barnet, Camden, Enfield, Haringey iyo Islington. Tan waxaa ku jira diiwaannada:"],
      bullets: ["rugaha dhakhaatiirta guud (GP)", "isbitaallada", "adeegyada caafimaadka bulshada", "adeegyada caafimaadka maskaxda", "daryeelka bulshada ee dadka waaweyn"],
      afterBullets: [
        "Markay suurtagal tahay in diiwaannadaada la arko wakhti kasta iyo meelo kala duwan, xirfadlayaasha caafimaadka iyo daryeelku waxay gaari karaan go'aanno dhaqso badan oo badbaado badan oo ku saabsan daryeelkaaga.",
        "Waxaa loogu talagalay dadka ku nool Barnet, Camden, Enfield, Haringey ama Islington, ama dadka dhakhtarkooda guud (GP) uu halkaas joogo.",
      ],
    },
    {
      heading: "Waxa ku jira iyo waxa laga reebay",
      paragraphs: [
        "Diiwaannada caafimaadka ee dadka waaweyn iyo carruurta waa lagu daray, sidoo kale macluumaadka daryeelka bulshada ee dadka waaweyn. Diiwaannada daryeelka bulshada ee carruurta hadda laguma darin.",
        "Macluumaadka xasaasiga ah qaarkood waa laga reebay. Tusaale ahaan, macluumaadka ku saabsan caafimaadka galmada, daaweynta bacriminta, rabshadaha qoyska iyo diiwaannada dembiyada.",
      ],
    },
    {
      heading: "Doorashadaada",
      paragraphs: [
        "Waxaad ku jirtaa diiwaanka isku xiran haddii aadan ka bixin mooyee. Waxaad dib ugu soo biiri kartaa wakhti kasta.",
        `${CHOICE_RULES.optOutDoes} ${CHOICE_RULES.optOutDoesNot}`,
        CHOICE_RULES.emergencyWarning.paragraphs[0] ?? "",
      ],
    },
  ],

  earlierOptOut: CHOICE_RULES.earlierOptOut,

  findOutMore: {
    heading: "Wax badan ka ogow",
    cards: [
      { text: "Waa maxay diiwaanka isku xiran", href: ROUTES.joinedUpRecord, description: "Sida uu u shaqeeyo, sida loo isticmaalo iyo sida uu kuu caawiyo." },
      {
        text: "Waxa ku jira diiwaanka",
        href: ROUTES.whatsInTheRecord,
        description: "Macluumaadka ku jira diiwaanka isku xiran, iyo waxa lagu dari doono wakhti ka dib.",
      },
      { text: "Waxa laga reebay", href: ROUTES.whatsLeftOut, description: "Macluumaadka xasaasiga ah ee laga reebay diiwaanka, iyo liiska oo dhammaystiran." },
      { text: "Yaa arki kara", href: ROUTES.whoCanSeeIt, description: "Cidda eegi karta diiwaankaaga, iyo sababta ay u arkaan oo keliya waxa ay u baahan yihiin." },
      { text: "Doorashadaada", href: ROUTES.yourChoice, description: "Waxa ka-bixiddu ka dhigan tahay, waxa aysan joojinayn, iyo dib-u-soo-biiridda." },
      { text: "Macluumaadkaygu ma badbaadsan yahay?", href: ROUTES.isMyInformationSafe, description: "Sida macluumaadkaaga loo ilaaliyo, iyo sharciga ilaaliya." },
      { text: "Goorma ayuu bilaabmayaa", href: ROUTES.whenItStarts, description: "Goorta uu diiwaanka isku xiran bilaabmayo iyo hay'adaha ka qayb qaadanaya." },
      { text: "Nala soo xiriir", href: ROUTES.contact, description: "Su'aal na weydii ama macluumaadkan ku hel qaab kale." },
    ],
  },

  watchOrRead: {
    heading: "Daawo filimka ama daabac buug-yaraha",
    links: [
      { text: "Daawo filim gaaban oo ku saabsan diiwaanka isku xiran (qoraal hoose leh)", href: ROUTES.film },
      { text: "Soo deji buug-yaraha si aad u daabacato ama u akhrido mar dambe (PDF)", href: DOWNLOADS.leafletPdf },
    ],
  },

  makeYourChoice: {
    heading: "Samee doorashadaada",
    paragraphs: [
      "Waxaad ka bixi kartaa ama dib ugu soo biiri kartaa onlayn, foom warqad ah ama taleefan. Tan waxaad u samayn kartaa naftaada, ilmo ka yar 16 sano oo aad mas'uuliyadda waalidnimo u leedahay, ama qof aad awood sharci ah u leedahay inaad matasho.",
      "Waxaad u baahan doontaa cinwaan iimayl. Haddii aad taqaanid lambarka NHS ee qofka doorashada loo samaynayo, diyaar u ahaw.",
    ],
    actions: [
      { text: "Ka bax diiwaanka isku xiran", href: ROUTES.optOut },
      { text: "Dib ugu soo biir diiwaanka isku xiran", href: ROUTES.optIn },
    ],
    otherWays: {
      before: "Haddii aadan isticmaali karin adeegga onlaynka, ",
      link: { text: "nala soo xiriir", href: ROUTES.contact },
      after: " waanan ku caawin doonaa.",
    },
  },
};
