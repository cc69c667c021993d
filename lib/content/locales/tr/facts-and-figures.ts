import type * as English from "../../facts-and-figures";
import { FACTS_AND_FIGURES_CSV_PATH, FACTS_AND_FIGURES_JSON_PATH } from "../../facts-and-figures";
import type { Localised } from "../../../i18n/localised";
import { icu } from "../../../i18n/icu";

// The public facts and figures page in Turkish (the English:
// lib/content/facts-and-figures.ts). Months are named through ICU.

export const BOROUGH_LABELS: Localised<typeof English.BOROUGH_LABELS> = {
  BARNET: "Barnet",
  CAMDEN: "Camden",
  ENFIELD: "Enfield",
  HARINGEY: "Haringey",
  ISLINGTON: "Islington",
  UNKNOWN: "İlçe bilinmiyor",
};

/** How a decision reached the register. */
export const CHANNEL_LABELS: Localised<typeof English.CHANNEL_LABELS> = {
  ONLINE: "İnternet üzerinden",
  PAPER: "Kâğıt form",
  PHONE: "Telefon",
  CAREMYWAY_IMPORT: "CareMyWay'den aktarılan",
  CIDR_IMPORT: "CIDR'den aktarılan",
};

/** "2026-10" becomes "Ekim 2026". */
export const monthLabel: Localised<typeof English.monthLabel> = (yearMonth) =>
  icu("tr", "{month, date, monthYear}", { month: new Date(`${yearMonth}-01T12:00:00Z`) });

/** "Ekim 2025 ile Eylül 2026 arası". */
export const periodLabel: Localised<typeof English.periodLabel> = (months) =>
  months.length ? icu("tr", "{first} ile {last} arası", { first: monthLabel(months[0]!), last: monthLabel(months.at(-1)!) }) : "";

export const FEWER_THAN_10: Localised<typeof English.FEWER_THAN_10> = "10'dan az";
export const NOT_SHOWN: Localised<typeof English.NOT_SHOWN> = "gösterilmiyor";

export const FACTS_AND_FIGURES: Localised<typeof English.FACTS_AND_FIGURES> = {
  title: "Rakamlar ve bilgiler",
  description: "Her ay kaç kişinin birleşik kayıttan çıktığı ya da kayda yeniden katıldığı; ilçeye ve bize nasıl bildirdiklerine göre.",
  lede: "Her ay kaç kişinin birleşik kayıttan çıktığı ya da kayda yeniden katıldığı.",
  aboutHeading: "Bu rakamlar hakkında",
  about: [
    "Her rakam, geçerli olan kararları, kişinin kararı verdiği aya göre (Birleşik Krallık saatiyle) sayar. Geri çekilen bir karar, örneğin belgesi kabul edilmediği için geri çekilen bir karar, sayılmaz. Kayıttan çıkıp daha sonra yeniden katılan biri, kararlarını verdiği aylarda her karar için birer kez sayılır.",
    "İnsanların gizliliğini korumak için 10'un altındaki sayılar \"10'dan az\" olarak gösterilir, diğer sayılar da en yakın 5'in katına yuvarlanır. Toplamlar ayrı yuvarlanır, bu yüzden tam olarak tutmayabilir.",
    "Net değişim, kayıttan çıkanların sayısından kayda yeniden katılanların sayısı çıkarılarak, yuvarlanmış sayılarla hesaplanır. İki sayıdan biri 10'dan az olduğunda gösterilmez.",
    "İlçe, posta kodundan; posta kodu bölgede değilse aile hekimi muayenehanesinden belirlenir. \"İlçe bilinmiyor\", ilçeyi belirleyemediğimiz anlamına gelir.",
    "İçinde bulunulan ayın rakamları, ay bittiğinde eklenir.",
  ],
  periodSelect: {
    legend: "Rakamları gösterilecek dönem",
    label: "Dönem",
    wholePeriod: (months) => `12 ayın tümü (${periodLabel(months)})`,
    button: "Rakamları göster",
    unknownMonth: "O ay için rakamlarımız yok. Bunun yerine 12 ayın tümü gösteriliyor.",
  },
  eachMonthHeading: "Her ay",
  byBoroughHeading: "İlçeye göre",
  byChannelHeading: "Bize nasıl bildirdiklerine göre",
  forPeriod: (label) => `Dönem: ${label}`,
  columns: {
    month: "Ay",
    borough: "İlçe",
    channel: "Bize nasıl bildirdikleri",
    optOuts: "Kayıttan çıkanlar",
    optIns: "Yeniden katılanlar",
    net: "Net değişim",
  },
  totalRow: "Tümü",
  caption: {
    eachMonth: (period) => `Her ay kayıttan çıkanlar, yeniden katılanlar ve net değişim, ${period}`,
    byBorough: (period) => `İlçeye göre kayıttan çıkanlar, yeniden katılanlar ve net değişim, ${period}`,
    byChannel: (period) => `Bize nasıl bildirdiklerine göre kayıttan çıkanlar, yeniden katılanlar ve net değişim, ${period}`,
  },
  chart: {
    title: (caption) => `Çubuk grafik: ${caption}`,
    description:
      "Çubuklar kayıttan çıkanları ve yeniden katılanları gösterir. 10'dan az olarak gösterilen bir sayının çubuğu yoktur. Aynı rakamlar grafiğin altındaki tabloda da yer alır.",
    optOuts: "Kayıttan çıkanlar",
    optIns: "Yeniden katılanlar",
    fewerThan10Mark: "<10",
  },
  downloadsHeading: "Rakamları indirin",
  downloads: [
    { text: "Rakamları elektronik tablo olarak indirin (CSV)", href: FACTS_AND_FIGURES_CSV_PATH },
    { text: "Rakamları veri olarak indirin (JSON)", href: FACTS_AND_FIGURES_JSON_PATH },
  ],
  downloadsNote: "İndirilen dosyalarda her ay, ilçeye ve bize nasıl bildirildiğine göre, aynı yuvarlamayla yer alır.",
  generatedAt: (when) => `Rakamların hesaplandığı zaman: ${when}.`,
  csvFileName: "joined-up-record-facts-and-figures",
  jsonTitle: "Kuzey Londra birleşik bakım kaydı: her ay kayıttan çıkanlar ve yeniden katılanlar",
  staffSection: {
    heading: "Herkese açık rakamlar ve bilgiler",
    intro: "Bölge sakinlerinin herkese açık rakamlar ve bilgiler sayfasında gördüğü rakamlar, aynı yuvarlamayla. Deneme (canary) test kişileri hiçbir zaman sayılmaz.",
    link: "Herkese açık sayfayı açın",
  },
};
