import type * as English from "../../film";
import { ROUTES } from "../../routes";
import { icu } from "../../../i18n/icu";
import type { Localised } from "../../../i18n/localised";
import { CHOICE_RULES } from "./rules";

// The explainer film's script in Somali (lib/content/film.ts): one Somali cue
// for each English cue, in the same order, so each caption keeps the English
// cue's timing in the film.

export const FILM_CHAPTERS: Localised<typeof English.FILM_CHAPTERS> = [
  {
    title: "Waa maxay diiwaanka isku xiran",
    slides: [
      {
        heading: "Diiwaankaaga caafimaadka iyo daryeelka ee isku xiran",
        points: ["Barnet", "Camden", "Enfield", "Haringey", "Islington"],
        cues: [
          { text: "Filimkan wuxuu sharxayaa diiwaanka caafimaadka iyo daryeelka ee isku xiran." },
          { text: "Waxaan isku xiraynaa diiwaannada caafimaadka iyo daryeelka ee Barnet, Camden, Enfield, Haringey iyo Islington." },
        ],
      },
      {
        heading: "Diiwaannadaadu waxay ku kala yaalaan meelo kala duwan",
        points: ["Rugta dhakhtarka guud (GP)", "Isbitaalka", "Adeegyada caafimaadka bulshada", "Adeegyada caafimaadka maskaxda", "Daryeelka bulshada ee dadka waaweyn"],
        cues: [
          { text: "Dhakhtarkaaga guud (GP), isbitaalkaaga iyo adeegyada kale mid kastaa wuxuu kaa hayaa diiwaan u gaar ah." },
          { text: "Diiwaanka isku xiran wuxuu isugu keenaa macluumaadka muhiimka ah ee diiwaannadan." },
          { text: "Si xirfadlayaasha caafimaadka iyo daryeelku ay u gaaraan go'aanno dhaqso badan oo badbaado badan oo ku saabsan daryeelkaaga." },
        ],
      },
    ],
  },
  {
    title: "Sida loo isticmaalo iyo sida uu kuu caawiyo",
    slides: [
      {
        heading: "Sida macluumaadka loo isticmaalo",
        points: ["Marka aad u tagto, ama ay kuu yimaadaan", "Si loo fahmo baahiyaha dadka", "Daryeelka xanuunnada muddada dheer", "Qarsoon, si loo qorsheeyo daryeelka"],
        cues: [
          { text: "Shaqaalaha caafimaadka iyo daryeelku waxay isticmaalaan marka aad u tagto, ama ay kuu yimaadaan." },
          { text: "Kooxaha daryeelku waxay u isticmaalaan si ay u fahmaan baahiyaha caafimaadka iyo daryeelka ee dadka." },
          { text: "Wuxuu gacan ka geystaa in dadka qaba xanuunno muddada dheer socda ay helaan daryeel tayo sare leh." },
          { text: "Iyadoo faahfaahinta shakhsiga ah laga saaray, waxaa loo isticmaalaa in la qorsheeyo oo la horumariyo daryeelka." },
        ],
      },
      {
        heading: "Sida uu kuu caawiyo",
        points: ["Qof walba wuxuu arkaa sawirka oo dhan", "Xirfadle cusub wuxuu haystaa macluumaadka", "Baaritaanno soo noqnoqda oo yar"],
        cues: [
          { text: "Qof kasta oo ka qayb qaata daryeelkaaga wuxuu arki doonaa sawirka oo dhan." },
          { text: "Marka aad la kulanto xirfadle daryeel oo cusub, wuxuu heli doonaa macluumaad muhiim ah." },
          { text: "Natiijooyinka baaritaannada caadiga ah, sida baaritaannada dhiigga, waxaa lala wadaagaa qof kasta oo ku daryeela." },
          { text: "Sidaas darteed waxaa laga yaabaa inaadan u baahnaan in mar kale laguu sameeyo isla baaritaankaas." },
        ],
      },
    ],
  },
  {
    title: "Waxa ku jira iyo waxa laga reebay",
    slides: [
      {
        heading: "Waxa ku jira diiwaanka",
        points: ["Daawooyinka iyo xasaasiyadaha", "Joogitaannadii hore ee isbitaalka", "Ballamaha soo socda", "Caafimaadka maskaxda iyo daryeelka bulshada: wakhti ka dib"],
        cues: [
          { text: "Diiwaanku wuxuu muujinayaa daawooyinkaaga, xasaasiyadahaaga, soo-koobidda joogitaannadaadii hore ee isbitaalka, iyo ballamaha soo socda." },
          { text: "Wuxuu muujinayaa taariikhdaada dhowaan." },
          { text: "Wakhti ka dib, wuxuu yeelan doonaa diiwaannada caafimaadka maskaxda iyo diiwaannada ay sameeyaan shaqaalaha arrimaha bulshada." },
          { text: "Diiwaannada caafimaadka ee carruurta waa lagu daray. Diiwaannada daryeelka bulshada ee carruurta hadda laguma darin." },
        ],
      },
      {
        heading: "Waxa laga reebay",
        points: ["Caafimaadka galmada", "Daaweynta bacriminta", "Rabshadaha qoyska", "Diiwaannada dembiyada", "Liiska oo dhammaystiran wuxuu ku yaal websaydhkayaga"],
        cues: [
          { text: "Macluumaadka xasaasiga ah qaarkood waa laga reebay." },
          { text: "Tusaale ahaan, caafimaadka galmada, daaweynta bacriminta, rabshadaha qoyska iyo diiwaannada dembiyada." },
          { text: "Liiska oo dhammaystiran wuxuu ku yaal websaydhkayaga." },
        ],
      },
    ],
  },
  {
    title: "Yaa arki kara iyo ilaalinta macluumaadka",
    slides: [
      {
        heading: "Yaa arki kara",
        points: ["Dadka taageera daryeelkaaga oo keliya", "Qof kastaa wuxuu arkaa waxa shaqadiisu u baahan tahay", "Xeerar anshax oo adag"],
        cues: [
          { text: "Dadka u baahan macluumaadkaaga si ay u taageeraan caafimaadkaaga iyo daryeelkaaga bulshada oo keliya ayaa arki kara." },
          { text: "Qof kastaa wuxuu arki karaa oo keliya macluumaadka la xiriira shaqadiisa." },
          { text: "Waxay ku shaqeeyaan xeerar anshax oo adag. Ilaalin la'aanta macluumaadkaagu waa dembi culus." },
          {
            text: "Macluumaadkaaga waxaa ilaaliya Sharciga Ilaalinta Xogta 2018 iyo UK GDPR.",
            spoken: "Macluumaadkaaga waxaa ilaaliya Sharciga Ilaalinta Xogta 2018, iyo U K, G D P R.",
          },
        ],
      },
    ],
  },
  {
    title: "Doorashadaada",
    slides: [
      {
        heading: "Doorashadaada",
        points: ["Waa lagu darayaa haddii aadan ka bixin mooyee", "Dib ugu soo biir wakhti kasta", "Weli waa la wadaagaa taleefan, iimayl iyo warqad"],
        cues: [
          { text: "Waxaad ku jirtaa diiwaanka isku xiran haddii aadan ka bixin mooyee." },
          { text: CHOICE_RULES.optOutDoes },
          { text: CHOICE_RULES.optOutDoesNot },
          { text: "Waxaad dib ugu soo biiri kartaa wakhti kasta." },
          {
            text: "Haddii aad ka baxday CareMyWay ee Islington ama CIDR ee Camden, uma baahnid inaad mar kale ka baxdo.",
            spoken: "Haddii aad ka baxday Care My Way ee Islington, ama C I D R ee Camden, uma baahnid inaad mar kale ka baxdo.",
          },
        ],
      },
      {
        heading: "Si taxaddar leh uga fikir ka hor intaadan ka bixin",
        points: ["Taariikh isku xiran ma jirto, xitaa xaalad degdeg ah", "Go'aannadu waxay qaadan karaan waqti dheer"],
        cues: CHOICE_RULES.emergencyWarning.paragraphs.map((text) => ({ text })),
      },
      {
        heading: "Samee doorashadaada",
        points: ["Onlayn", "Foomka warqadda ah", "Taleefan"],
        cues: [
          { text: "Waxaad doorashadaada ku samayn kartaa onlayn, foomka warqadda ah, ama taleefan." },
          { text: "Lambarkayaga taleefanka iyo foomka warqadda ah waxay ku yaalaan websaydhkayaga." },
        ],
      },
    ],
  },
];

export const FILM_PAGE: Localised<typeof English.FILM_PAGE> = {
  href: ROUTES.film,
  title: "Daawo filim ku saabsan diiwaanka isku xiran",
  description: "Filim gaaban oo leh qoraal hoose iyo qoraalka filimka oo dhan, oo sharxaya diiwaanka caafimaadka iyo daryeelka ee isku xiran.",
  lede: "Filimkan gaaban wuxuu sharxayaa sida uu diiwaanka isku xiran u shaqeeyo, sida uu kuu caawiyo iyo doorashada aad leedahay.",
  captionsHint: "Filimku wuxuu leeyahay qoraal hoose. Si aad u shido ama u damiso, isticmaal badhanka CC ama qoraalka hoose ee ku yaal ciyaaraha muuqaalka.",
  videoLabel: "Filim: diiwaankaaga caafimaadka iyo daryeelka ee isku xiran",
  captionsLabel: "Soomaali",
  noVideoSupport: "Browser-kaagu ma daari karo filimkan. Waad soo dejisan kartaa ama waxaad akhrin kartaa qoraalka filimka ee hoose.",
  chaptersHeading: "Cutubyada",
  chaptersTrackLabel: "Cutubyada",
  lengthPrefix: "Dhererka:",
  fallbackLinkText: "Soo deji filimka",
  transcriptHeading: "Qoraalka filimka",
  downloadHeading: "Soo deji filimka",
  downloadLinkText: "Soo deji filimka",
  captionsDownloadText: "Soo deji qoraalka hoose (WebVTT)",
  chapterStartsAt: "wuxuu bilaabmayaa",
  fileName: "joined-up-record-film.mp4",
};

/** Plain-language running time in Somali, such as "2 daqiiqo iyo 15 ilbiriqsi". */
export const formatDuration: Localised<typeof English.formatDuration> = (totalSeconds) => {
  const whole = Math.round(totalSeconds);
  const minutes = Math.floor(whole / 60);
  const seconds = whole % 60;
  const parts: string[] = [];
  if (minutes > 0) parts.push(icu("so", "{minutes, plural, one {# daqiiqo} other {# daqiiqo}}", { minutes }));
  if (seconds > 0 || minutes === 0) parts.push(icu("so", "{seconds, plural, one {# ilbiriqsi} other {# ilbiriqsi}}", { seconds }));
  return parts.join(" iyo ");
};
