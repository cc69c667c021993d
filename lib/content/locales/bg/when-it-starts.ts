import type * as English from "../../when-it-starts";
import { PROGRAMME } from "../../programme";
import { ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";
import { formatStartMonth } from "./programme-text";

/** "април 2019 г.", in Bulgarian month words through ICU. */
export const PROGRAMME_START_DATE: Localised<typeof English.PROGRAMME_START_DATE> = formatStartMonth(PROGRAMME.start.month);

export const START_SENTENCE: Localised<typeof English.START_SENTENCE> =
  PROGRAMME.start.status === "started"
    ? `Първите ни партньори имат достъп до обединеното досие от ${PROGRAMME_START_DATE}`
    : `Планирахме първите ни партньори да получат достъп до обединеното досие през ${PROGRAMME_START_DATE}`;

export const WHEN_IT_STARTS_PAGE: Localised<typeof English.WHEN_IT_STARTS_PAGE> = {
  href: ROUTES.whenItStarts,
  title: "Кога започва и кой участва",
  shortTitle: "Кога започва",
  description: "Кога започва обединеното досие и кои организации участват в него.",
  lede: "Обединеното досие се въвежда постепенно и с времето ще се присъединяват още организации, които полагат грижи.",
  sections: [
    {
      id: "when-it-starts",
      heading: "Кога започва",
      blocks: [
        { kind: "paragraph", text: START_SENTENCE },
        {
          kind: "paragraph",
          text: "С времето досието ще включва и информация от други организации, които предоставят услуги на NHS и социални грижи от общината, например от службите за психично здраве и от социалните работници.",
        },
        {
          kind: "paragraph",
          text: ["Можете да направите своя избор по всяко време. ", { text: "Научете повече за своя избор", href: ROUTES.yourChoice }, "."],
        },
      ],
    },
    {
      id: "organisations-taking-part",
      heading: "Участващи организации",
      blocks: [
        {
          kind: "paragraph",
          text: "Тези организации участват в обединеното досие. Списъкът ще расте с времето.",
        },
      ],
      printBlocks: [
        {
          kind: "paragraph",
          text: ["Списъкът на участващите организации ще расте с времето. ", { text: "Вижте кой участва на нашия уебсайт", href: ROUTES.whenItStarts }, "."],
        },
      ],
    },
  ],
};

/** Labels for the organisation list, which comes from the register's database. */
export const ORGANISATION_LIST: Localised<typeof English.ORGANISATION_LIST> = {
  typeHeadings: {
    GP_PRACTICE: "Практики на лични лекари",
    ACUTE_HOSPITAL: "Болници",
    COMMUNITY_HEALTH: "Здравни служби в общността",
    MENTAL_HEALTH: "Служби за психично здраве",
    LOCAL_AUTHORITY: "Социални грижи за възрастни към общината",
    HOSPICE: "Хосписи",
    OTHER: "Други служби",
  },
  boroughHeadings: {
    BARNET: "Barnet",
    CAMDEN: "Camden",
    ENFIELD: "Enfield",
    HARINGEY: "Haringey",
    ISLINGTON: "Islington",
  },
  /** Read before the date, after each organisation's name: "Участва от 1 април 2026 г.". */
  joinedPrefix: "Участва от",
  joiningPrefix: "Ще участва от",
  none: "Още няма присъединени организации. Проверете отново скоро.",
  unavailable: "За съжаление в момента не можем да покажем списъка на организациите. Опитайте отново по-късно.",
  demoNotice: {
    heading: "Примерни данни",
    text: "Това е демонстрация. Тези организации и дати са измислени примерни данни, а не истинският списък.",
  },
};
