import type * as English from "../../facts-and-figures";
import { FACTS_AND_FIGURES_CSV_PATH, FACTS_AND_FIGURES_JSON_PATH } from "../../facts-and-figures";
import { formatDate } from "../../../i18n/icu";
import type { Localised } from "../../../i18n/localised";

export const BOROUGH_LABELS: Localised<typeof English.BOROUGH_LABELS> = {
  BARNET: "Barnet",
  CAMDEN: "Camden",
  ENFIELD: "Enfield",
  HARINGEY: "Haringey",
  ISLINGTON: "Islington",
  UNKNOWN: "Degmada lama yaqaan",
};

/** How a decision reached the register, as residents would put it. */
export const CHANNEL_LABELS: Localised<typeof English.CHANNEL_LABELS> = {
  ONLINE: "Onlayn",
  PAPER: "Foom warqad ah",
  PHONE: "Taleefan",
  CAREMYWAY_IMPORT: "Laga soo wareejiyay CareMyWay",
  CIDR_IMPORT: "Laga soo wareejiyay CIDR",
};

/** "2026-10" becomes the month and year in Somali ("Oktoobar 2026"). */
export const monthLabel: Localised<typeof English.monthLabel> = (yearMonth) =>
  formatDate("so", new Date(`${yearMonth}-01T12:00:00Z`), { timeZone: "UTC", month: "long", year: "numeric" });

export const periodLabel: Localised<typeof English.periodLabel> = (months) =>
  months.length ? `${monthLabel(months[0]!)} ilaa ${monthLabel(months.at(-1)!)}` : "";

export const FEWER_THAN_10: Localised<typeof English.FEWER_THAN_10> = "ka yar 10";
export const NOT_SHOWN: Localised<typeof English.NOT_SHOWN> = "lama muujin";

export const FACTS_AND_FIGURES: Localised<typeof English.FACTS_AND_FIGURES> = {
  title: "Xaqiiqooyin iyo tirooyin",
  description: "Inta qof ee bil kasta ka baxday, ama dib ugu soo biirtay, diiwaanka isku xiran, degmo degmo iyo sida ay noogu sheegeen.",
  lede: "Inta qof ee bil kasta ka baxday diiwaanka isku xiran, ama dib ugu soo biirtay.",
  aboutHeading: "Tirooyinkan ku saabsan",
  about: [
    "Tiro kastaa waxay tirisaa go'aannada dhaqan galsan, iyadoo loo eegayo bisha uu qofku sameeyay (waqtiga UK). Go'aan laga noqday, tusaale ahaan sababtoo ah caddayntiisii lama aqbalin, lama tiriyo. Qof ka baxay kadibna dib ugu soo biiray hal mar ayaa lagu tiriyaa bil kasta.",
    `Si loo ilaaliyo sirta dadka, tirooyinka ka yar 10 waxaa lagu muujiyaa "${FEWER_THAN_10}", tirooyinka kalena waxaa loo soo dhoweeyaa tirada ugu dhow ee 5 u qaybsanta. Wadarrada si gooni ah ayaa loo soo dhoweeyaa, sidaas darteed marka tirooyinka la isku daro waxaa laga yaabaa inaysan si sax ah ula mid noqon wadarta.`,
    `Isbeddelka saafiga ahi waa ka-bixidda oo laga jaray dib-u-soo-biiridda, waxaana laga xisaabiyaa tirooyinka la soo dhoweeyay. Lama muujiyo marka mid ka mid ah labada tiro uu yahay "${FEWER_THAN_10}".`,
    "Degmada waxaa laga ogaadaa koodhka boostada, ama rugta dhakhtarka guud (GP) marka koodhka boostadu aanu deegaanka ku jirin. \"Degmada lama yaqaan\" waxay ka dhigan tahay inaanan ogaan karin.",
    "Tirooyinka bishan waxaa lagu darayaa marka bishu dhammaato.",
  ],
  periodSelect: {
    legend: "Tus tirooyinka",
    label: "Muddada",
    wholePeriod: (months: readonly string[]) => `Dhammaan 12-ka bilood (${periodLabel(months)})`,
    button: "Tus tirooyinka",
    unknownMonth: "Ma hayno tirooyinka bishaas. Waxaa lagu tusayaa dhammaan 12-ka bilood.",
  },
  eachMonthHeading: "Bil kasta",
  byBoroughHeading: "Degmo degmo",
  byChannelHeading: "Sida dadku noogu sheegeen",
  forPeriod: (label: string) => `Tirooyinka ${label}`,
  columns: {
    month: "Bisha",
    borough: "Degmada",
    channel: "Sida dadku noogu sheegeen",
    optOuts: "Ka-bixidda",
    optIns: "Dib-u-soo-biiridda",
    net: "Isbeddelka saafiga ah",
  },
  totalRow: "Dhammaan",
  caption: {
    eachMonth: (period: string) => `Ka-bixidda, dib-u-soo-biiridda iyo isbeddelka saafiga ah bil kasta, ${period}`,
    byBorough: (period: string) => `Ka-bixidda, dib-u-soo-biiridda iyo isbeddelka saafiga ah degmo degmo, ${period}`,
    byChannel: (period: string) => `Ka-bixidda, dib-u-soo-biiridda iyo isbeddelka saafiga ah iyadoo loo eegayo sida dadku noogu sheegeen, ${period}`,
  },
  chart: {
    title: (caption: string) => `Shaxda tiirarka: ${caption}`,
    description: `Tiirarku waxay muujinayaan ka-bixidda iyo dib-u-soo-biiridda. Tiro lagu muujiyay "${FEWER_THAN_10}" tiir ma leh. Isla tirooyinkaas waxay ku jiraan jadwalka ka hooseeya shaxda.`,
    optOuts: "Ka-bixidda",
    optIns: "Dib-u-soo-biiridda",
    fewerThan10Mark: "<10",
  },
  downloadsHeading: "Soo deji tirooyinka",
  downloads: [
    { text: "Soo deji tirooyinka oo ah xaashi xisaabeed (CSV)", href: FACTS_AND_FIGURES_CSV_PATH },
    { text: "Soo deji tirooyinka oo ah xog (JSON)", href: FACTS_AND_FIGURES_JSON_PATH },
  ],
  downloadsNote: "Waxa la soo dejiyo waxay hayaan bil kasta degmo degmo iyo sida dadku noogu sheegeen, iyadoo isla si loo soo dhoweeyay.",
  generatedAt: (when: string) => `Tirooyinka waxaa la xisaabiyay ${when}.`,
  csvFileName: "joined-up-record-facts-and-figures",
  jsonTitle: "Diiwaanka daryeelka ee isku xiran ee Waqooyiga London: ka-bixidda iyo dib-u-soo-biiridda bil kasta",
  staffSection: {
    heading: "Xaqiiqooyinka iyo tirooyinka dadweynaha",
    intro: "Tirooyinka ay dadka deegaanku ku arkaan bogga dadweynaha ee xaqiiqooyinka iyo tirooyinka, iyadoo isla si loo soo dhoweeyay. Dadka tijaabada ah (canary) weligood lama tiriyo.",
    link: "Fur bogga dadweynaha",
  },
};
