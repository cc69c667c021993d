import type * as English from "../../joined-up-record";
import { DOWNLOADS, ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";

export const JOINED_UP_RECORD_PAGE: Localised<typeof English.JOINED_UP_RECORD_PAGE> = {
  href: ROUTES.joinedUpRecord,
  title: "Waa maxay diiwaanka isku xiran",
  shortTitle: "Waa maxay diiwaanka isku xiran",
  description:
    "Sida uu u shaqeeyo diiwaanka caafimaadka iyo daryeelka ee isku xiran ee Waqooyiga London, sida loo isticmaalo, iyo sida uu kuu caawiyo adiga iyo dadka ku daryeela.",
  lede: "Waxaan isku xiraynaa diiwaannada caafimaadka iyo daryeelka ee Barnet, Camden, Enfield, Haringey iyo Islington, si dadka ku daryeela ay u arkaan macluumaadka ay u baahan yihiin.",
  sections: [
    {
      id: "how-it-works",
      heading: "Sida uu u shaqeeyo",
      blocks: [
        { kind: "paragraph", text: "Adeeg kasta oo caafimaad iyo daryeel ah oo aad isticmaashaa wuxuu kaa hayaa diiwaan u gaar ah. Tusaale ahaan:" },
        {
          kind: "list",
          items: ["rugta dhakhtarkaaga guud (GP)", "isbitaallada", "adeegyada caafimaadka bulshada", "adeegyada caafimaadka maskaxda", "daryeelka bulshada ee dadka waaweyn"],
        },
        {
          kind: "paragraph",
          text: "Diiwaanka isku xiran wuxuu si elektaroonig ah isugu keenaa macluumaadka muhiimka ah ee diiwaannadan. Markay suurtagal tahay in diiwaannadaada la arko wakhti kasta iyo meelo kala duwan, xirfadlayaasha caafimaadka iyo daryeelku waxay gaari karaan go'aanno dhaqso badan oo badbaado badan oo ku saabsan daryeelkaaga.",
        },
      ],
    },
    {
      id: "who-it-is-for",
      heading: "Cidda loogu talagalay",
      blocks: [
        {
          kind: "paragraph",
          text: "Waxaa loogu talagalay dadka waaweyn iyo carruurta ku nool Barnet, Camden, Enfield, Haringey ama Islington, ama kuwa dhakhtarkooda guud (GP) uu halkaas joogo.",
        },
        {
          kind: "paragraph",
          text: ["Waa lagu darayaa haddii aadan ka bixin mooyee. ", { text: "Wax ka ogow doorashadaada", href: ROUTES.yourChoice }, "."],
        },
      ],
    },
    {
      id: "how-it-is-used",
      heading: "Sida macluumaadka loo isticmaalo",
      blocks: [
        { kind: "paragraph", text: "Macluumaadka ku jira diiwaanka isku xiran siyaabo kala duwan ayaa loo isticmaalaa:" },
        {
          kind: "list",
          items: [
            "shaqaalaha caafimaadka iyo daryeelka ayaa isticmaala marka aad u tagto, ama ay kuu yimaadaan",
            "kooxaha daryeelka ayaa isticmaala, si ay u fahmaan baahiyaha caafimaadka iyo daryeelka ee dadka",
            "si loo hubiyo in dadka degmooyinkayaga ku nool ee qaba xanuunno muddada dheer socda ay helaan daryeel tayo sare leh",
            "iyada oo magacyada iyo faahfaahinta kale ee shakhsiga ah laga saaray (qarsoon, anonymised), si xirfadlayaashu u qorsheeyaan oo u horumariyaan daryeelka adiga iyo dadka kale ee kula mid ah",
          ],
        },
      ],
    },
    {
      id: "how-it-helps-you",
      heading: "Sida uu kuu caawiyo",
      blocks: [
        {
          kind: "list",
          items: [
            "Qof kasta oo ka qayb qaata daryeelkaaga wuxuu arki doonaa sawirka oo dhan.",
            "Marka aad meel cusub u tagto si aad daryeel u hesho, ama aad la kulanto xirfadle daryeel oo cusub, waxay heli doonaan macluumaad muhiim ah oo caafimaad iyo daryeel ah.",
            "Natiijooyinka baaritaannada caadiga ah, sida baaritaannada dhiigga, waxay u diyaar ahaan doonaan qof kasta oo ka qayb qaata daryeelkaaga, meel kasta oo baaritaanka lagu sameeyay. Tani waxay ka dhigan tahay in laga yaabo inaadan u baahnayn in mar kale laguu sameeyo isla baaritaankaas.",
            "Xirfadlayaasha mas'uulka ka ah daryeelkaagu waxay eegi karaan diiwaankaaga si ay u qorsheeyaan oo u horumariyaan daryeelkaaga.",
          ],
        },
      ],
    },
    {
      id: "how-it-helps-staff",
      heading: "Sida uu u caawiyo dadka ku daryeela",
      blocks: [
        {
          kind: "list",
          items: [
            "Diiwaan dhammaystiran oo casri ah ayaa ka caawiya inay gaaraan go'aanno ku salaysan macluumaad wanaagsan.",
            "Waqti yar ayay ku bixiyaan raadinta macluumaadka hay'ado iyo nidaamyo kombiyuutar oo kala duwan, waqti yarna ku qoraan isla macluumaadka diiwaanno kala duwan.",
            "Waxay macluumaadka u isticmaali karaan inay qorsheeyaan oo u horumariyaan daryeelka dadka deegaanka.",
            "Waxay koox ahaan u wada shaqayn karaan si ay u helaan siyaabo lagu horumariyo daryeelka, iyagoo isticmaalaya macluumaad qarsoon oo laga saaray faahfaahinta shakhsiga ah ee dadka deegaanka.",
          ],
        },
      ],
    },
    {
      id: "film-and-leaflet",
      heading: "Daawo filimka ama akhri buug-yaraha",
      blocks: [
        {
          kind: "list",
          items: [
            [{ text: "Daawo filim gaaban oo ku saabsan sida uu u shaqeeyo iyo sida uu wax u tari karo", href: ROUTES.film }],
            [{ text: "Soo deji buug-yaraha (PDF)", href: DOWNLOADS.leafletPdf }],
          ],
        },
        {
          kind: "paragraph",
          text: "Buug-yaraha la daabacay waxaa sidoo kale laga heli karaa rugta dhakhtarkaaga guud (GP) marka rugtu ay ka mid noqoto diiwaanka isku xiran.",
        },
      ],
    },
  ],
};
