import type * as English from "../../whats-in-the-record";
import { ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";
import { CHOICE_RULES } from "./rules";
import { TERMS } from "./terms";

export const WHATS_IN_THE_RECORD_PAGE: Localised<typeof English.WHATS_IN_THE_RECORD_PAGE> = {
  href: ROUTES.whatsInTheRecord,
  title: "Каква информация съдържа досието",
  shortTitle: "Какво съдържа досието",
  description: "Информацията за здравните и социалните грижи в обединеното досие и информацията, която ще се добавя с времето.",
  lede: "Повечето от настоящата ви информация за здравни и социални грижи ще бъде в обединеното досие.",
  sections: [
    {
      id: "what-it-shows",
      heading: "Какво включва",
      blocks: [
        { kind: "paragraph", text: "Например:" },
        {
          kind: "list",
          items: [
            "вашите лекарства",
            "вашите алергии",
            "обобщения на грижите за вас от предишни престои в болница",
            "предстоящите ви часове за прегледи",
            "резултатите от обичайни изследвания, например кръвни изследвания",
          ],
        },
      ],
    },
    {
      id: "recent-history",
      heading: "Само скорошната история",
      blocks: [
        {
          kind: "paragraph",
          text: "Обединеното досие ще показва скорошната ви история. Причината е, че здравните и социалните служби не винаги са пазили тази информация в компютърни системи.",
        },
      ],
    },
    {
      id: "added-over-time",
      heading: "Информация, която ще се добавя с времето",
      blocks: [
        {
          kind: "paragraph",
          text: "С времето досието ще включва и информация от други организации, които предоставят услуги на NHS и социални грижи от общината. Това включва досиета за психично здраве и записи, направени от социални работници.",
        },
        {
          kind: "paragraph",
          text: ["С времето ще се присъединяват още организации. ", { text: "Вижте кога започва и кой участва", href: ROUTES.whenItStarts }, "."],
        },
      ],
    },
    {
      id: "children-and-young-people",
      heading: "Деца и млади хора",
      blocks: [
        { kind: "paragraph", text: "Здравните досиета на всички възрастни и деца ще бъдат обединени, както и информацията от социалните грижи за възрастни." },
        { kind: "paragraph", text: "Засега не планираме да включваме досиетата от социалните грижи за деца." },
        {
          kind: "paragraph",
          text: [
            "Ако имате родителска отговорност за дете под 16 години, можете да направите избора вместо него. ",
            { text: "Научете как да направите избор за друг човек", href: `${ROUTES.yourChoice}#making-a-choice-for-someone-else` },
            ".",
          ],
        },
        { kind: "paragraph", text: CHOICE_RULES.atSixteen },
        { kind: "definitions", items: [TERMS.parentalResponsibility] },
      ],
    },
    {
      id: "what-is-left-out",
      heading: "Информация, която остава извън досието",
      blocks: [
        {
          kind: "paragraph",
          text: [
            "Не всяка част от информацията ви е в обединеното досие. Част от чувствителната информация остава извън него, например за сексуалното здраве, лечението на безплодие, домашното насилие и съдимостта. ",
            { text: "Вижте какво остава извън досието", href: ROUTES.whatsLeftOut },
            ".",
          ],
        },
      ],
    },
  ],
};
