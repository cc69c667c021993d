import type * as English from "../../when-it-starts";
import { PROGRAMME } from "../../programme";
import { ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";
import { icu } from "../../../i18n/icu";

// The start date is a programme fact (lib/content/programme.ts), its month
// named in Turkish through ICU (the English: lib/content/when-it-starts.ts).

/** "Nisan 2019". */
export const PROGRAMME_START_DATE: Localised<typeof English.PROGRAMME_START_DATE> = icu("tr", "{month, date, monthYear}", {
  month: new Date(`${PROGRAMME.start.month}-01T12:00:00Z`),
});

export const START_SENTENCE: Localised<typeof English.START_SENTENCE> =
  PROGRAMME.start.status === "started"
    ? `Ortaklarımızdan ilki birleşik kayda ${PROGRAMME_START_DATE} itibarıyla erişmeye başladı.`
    : `Planımız, ortaklarımızdan ilkinin birleşik kayda ${PROGRAMME_START_DATE} itibarıyla erişebilmesiydi.`;

export const WHEN_IT_STARTS_PAGE: Localised<typeof English.WHEN_IT_STARTS_PAGE> = {
  href: ROUTES.whenItStarts,
  title: "Ne zaman başlıyor ve kimler katılıyor?",
  shortTitle: "Ne zaman başlıyor?",
  description: "Birleşik kaydın ne zaman başladığı ve katılan kuruluşlar.",
  lede: "Birleşik kayıt adım adım uygulamaya konuluyor ve zamanla daha fazla bakım kuruluşu katılacak.",
  sections: [
    {
      id: "when-it-starts",
      heading: "Ne zaman başlıyor?",
      blocks: [
        { kind: "paragraph", text: START_SENTENCE },
        {
          kind: "paragraph",
          text: "Zamanla, NHS hizmetleri ve belediye sosyal bakım hizmetleri veren başka kuruluşların bilgileri de kayda eklenecek; örneğin ruh sağlığı hizmetlerinin ve sosyal hizmet uzmanlarının bilgileri.",
        },
        {
          kind: "paragraph",
          text: ["Tercihinizi istediğiniz zaman yapabilirsiniz. ", { text: "Tercihiniz hakkında bilgi alın", href: ROUTES.yourChoice }, "."],
        },
      ],
    },
    {
      id: "organisations-taking-part",
      heading: "Katılan kuruluşlar",
      blocks: [
        {
          kind: "paragraph",
          text: "Aşağıdaki kuruluşlar birleşik kayda katılıyor. Liste zamanla büyüyecek.",
        },
      ],
      printBlocks: [
        {
          kind: "paragraph",
          text: ["Katılan kuruluşların listesi zamanla büyüyecek. ", { text: "Kimlerin katıldığını web sitemizde görün", href: ROUTES.whenItStarts }, "."],
        },
      ],
    },
  ],
};

/** Labels for the organisation list, which comes from the register's database. */
export const ORGANISATION_LIST: Localised<typeof English.ORGANISATION_LIST> = {
  typeHeadings: {
    GP_PRACTICE: "Aile hekimi muayenehaneleri (GP)",
    ACUTE_HOSPITAL: "Hastaneler",
    COMMUNITY_HEALTH: "Toplum sağlığı hizmetleri",
    MENTAL_HEALTH: "Ruh sağlığı hizmetleri",
    LOCAL_AUTHORITY: "Belediye yetişkin sosyal bakım hizmetleri",
    HOSPICE: "Hospisler (palyatif bakım merkezleri)",
    OTHER: "Diğer hizmetler",
  },
  boroughHeadings: {
    BARNET: "Barnet",
    CAMDEN: "Camden",
    ENFIELD: "Enfield",
    HARINGEY: "Haringey",
    ISLINGTON: "Islington",
  },
  /** Read before the date an organisation joined: "Katılım tarihi: 1 Nisan 2026". */
  joinedPrefix: "Katılım tarihi:",
  /** Before a date in the future. */
  joiningPrefix: "Katılacağı tarih:",
  none: "Henüz katılan bir kuruluş yok. Kısa süre sonra yeniden bakın.",
  unavailable: "Üzgünüz, kuruluşların listesini şu anda gösteremiyoruz. Daha sonra yeniden deneyin.",
  demoNotice: {
    heading: "Örnek veriler",
    text: "Bu bir tanıtım sürümüdür. Bu kuruluşlar ve tarihler uydurma örnek verilerdir, gerçek liste değildir.",
  },
};
