import type * as English from "../../facts-and-figures";
import { FACTS_AND_FIGURES_CSV_PATH, FACTS_AND_FIGURES_JSON_PATH } from "../../facts-and-figures";
import { icu } from "../../../i18n/icu";
import type { Localised } from "../../../i18n/localised";

// The public facts and figures page in Bulgarian. Months are named through
// ICU ("октомври 2026 г."); the downloads' codes and addresses stay as in English.

export const BOROUGH_LABELS: Localised<typeof English.BOROUGH_LABELS> = {
  BARNET: "Barnet",
  CAMDEN: "Camden",
  ENFIELD: "Enfield",
  HARINGEY: "Haringey",
  ISLINGTON: "Islington",
  UNKNOWN: "Неизвестен район",
};

export const CHANNEL_LABELS: Localised<typeof English.CHANNEL_LABELS> = {
  ONLINE: "Онлайн",
  PAPER: "Хартиен формуляр",
  PHONE: "Телефон",
  CAREMYWAY_IMPORT: "Пренесено от CareMyWay",
  CIDR_IMPORT: "Пренесено от CIDR",
};

/** "2026-10" becomes "октомври 2026 г.". */
export const monthLabel: Localised<typeof English.monthLabel> = (yearMonth) =>
  icu("bg", "{month, date, monthYear}", { month: new Date(`${yearMonth}-01T12:00:00Z`) });

/** "октомври 2025 г. – септември 2026 г.", or "" for no months. */
export const periodLabel: Localised<typeof English.periodLabel> = (months) => {
  const [first] = months;
  const last = months.at(-1);
  return first !== undefined && last !== undefined ? `${monthLabel(first)} – ${monthLabel(last)}` : "";
};

export const FEWER_THAN_10: Localised<typeof English.FEWER_THAN_10> = "под 10";
export const NOT_SHOWN: Localised<typeof English.NOT_SHOWN> = "не се показва";

export const FACTS_AND_FIGURES: Localised<typeof English.FACTS_AND_FIGURES> = {
  title: "Факти и цифри",
  description:
    "Колко души са отказали участие в обединеното досие или са се включили отново всеки месец, по райони и по начина, по който са ни съобщили.",
  lede: "Колко души са отказали участие в обединеното досие или са се включили отново всеки месец.",
  aboutHeading: "За тези данни",
  about: [
    "Всяко число брои решенията, които са в сила, според месеца, в който човекът ги е взел (по времето в Обединеното кралство). Решение, което е оттеглено, например защото доказателството за него не е прието, не се брои. Човек, който е отказал участие и по-късно се е включил отново, се брои по веднъж в месеца на всяко от двете си решения.",
    `За да пазим личната информация на хората, числата под 10 се показват като „${FEWER_THAN_10}“, а останалите числа се закръглят до най-близкото число, кратно на 5. Общите суми се закръглят отделно, затова може да не се събират точно.`,
    "Нетната промяна е броят на отказите минус броят на повторните включвания, изчислена от закръглените числа. Тя не се показва, когато някое от двете числа е под 10.",
    `Районът се определя по пощенския код или по практиката на личния лекар, когато пощенският код не е в района. „Неизвестен район“ означава, че не сме могли да го определим.`,
    "Данните за текущия месец се добавят, когато месецът приключи.",
  ],
  periodSelect: {
    legend: "Покажи данните за",
    label: "Период",
    wholePeriod: (months) => `Всички 12 месеца (${periodLabel(months)})`,
    button: "Покажи данните",
    unknownMonth: "Нямаме данни за този месец. Вместо това показваме всички 12 месеца.",
  },
  eachMonthHeading: "По месеци",
  byBoroughHeading: "По райони",
  byChannelHeading: "По начина, по който хората са ни съобщили",
  forPeriod: (label) => `Данни за ${label}`,
  columns: {
    month: "Месец",
    borough: "Район",
    channel: "Как са ни съобщили",
    optOuts: "Откази от участие",
    optIns: "Повторни включвания",
    net: "Нетна промяна",
  },
  totalRow: "Общо",
  caption: {
    eachMonth: (period) => `Откази от участие, повторни включвания и нетна промяна по месеци, ${period}`,
    byBorough: (period) => `Откази от участие, повторни включвания и нетна промяна по райони, ${period}`,
    byChannel: (period) => `Откази от участие, повторни включвания и нетна промяна по начина, по който хората са ни съобщили, ${period}`,
  },
  chart: {
    title: (caption) => `Стълбовидна диаграма: ${caption}`,
    description:
      "Стълбовете показват отказите от участие и повторните включвания. Число, показано като „под 10“, няма стълб. Същите данни са в таблицата под диаграмата.",
    optOuts: "Откази от участие",
    optIns: "Повторни включвания",
    fewerThan10Mark: "<10",
  },
  downloadsHeading: "Изтеглете данните",
  downloads: [
    { text: "Изтеглете данните като електронна таблица (CSV)", href: FACTS_AND_FIGURES_CSV_PATH },
    { text: "Изтеглете данните като данни за компютърна обработка (JSON)", href: FACTS_AND_FIGURES_JSON_PATH },
  ],
  downloadsNote: "Файловете за изтегляне съдържат всеки месец по райони и по начина, по който хората са ни съобщили, със същото закръгляне.",
  generatedAt: (when) => `Данните са изчислени на ${when}`,
  csvFileName: "joined-up-record-facts-and-figures",
  jsonTitle: "Обединено досие за грижи в Северен Лондон: откази от участие и повторни включвания по месеци",
  staffSection: {
    heading: "Публични факти и цифри",
    intro: "Данните, които жителите виждат на публичната страница с факти и цифри, със същото закръгляне. Тестовите хора (canary) никога не се броят.",
    link: "Отворете публичната страница",
  },
};
