import type * as English from "../../is-my-information-safe";
import { ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";
import { termsBlock } from "./terms";

export const IS_MY_INFORMATION_SAFE_PAGE: Localised<typeof English.IS_MY_INFORMATION_SAFE_PAGE> = {
  href: ROUTES.isMyInformationSafe,
  title: "В безопасност ли е информацията ми?",
  shortTitle: "В безопасност ли е информацията ми?",
  description: "Как се пази обединеното ви досие: правила за професионално поведение, законът и задължението за поверителност.",
  lede: "Всеки, който има достъп до информацията за здравните и социалните грижи за вас, работи по строги правила за професионално поведение. Тези хора трябва да зачитат личния ви живот и да пазят информацията ви. Ако не го правят, това е сериозно нарушение.",
  sections: [
    {
      id: "safeguards",
      heading: "Какво трябва да правят специалистите по грижи",
      blocks: [
        { kind: "paragraph", text: "Законът изисква от специалистите по грижи:" },
        {
          kind: "list",
          items: [
            "да виждат само информацията, която им трябва, за да вършат работата си по предоставянето и управлението на грижите за вас",
            "да пазят досиетата ви сигурни",
            "да пазят информацията ви поверителна (това се нарича задължение за поверителност)",
          ],
        },
        { kind: "paragraph", text: "Всеки може да вижда само информацията, която е свързана с работата му." },
        { kind: "paragraph", text: [{ text: "Вижте кой може да вижда досието ви", href: ROUTES.whoCanSeeIt }, "."] },
      ],
    },
    {
      id: "the-law",
      heading: "Законът защитава информацията ви",
      blocks: [
        {
          kind: "paragraph",
          text: "Информацията за вас е защитена от Закона за защита на данните от 2018 г. (Data Protection Act 2018) и от Общия регламент относно защитата на данните на Обединеното кралство (UK GDPR).",
        },
        termsBlock(["ukGdpr"]),
      ],
    },
    {
      id: "access-is-recorded",
      heading: "Достъпът се записва",
      blocks: [{ kind: "paragraph", text: "Води се запис кой разглежда обединеното досие, за да може достъпът да бъде проверен." }],
    },
    {
      id: "your-rights",
      heading: "Вашите права",
      blocks: [
        {
          kind: "paragraph",
          text: [
            "Нашето ",
            { text: "известие за поверителност", href: ROUTES.privacy },
            " обяснява правата ви и как да ги упражните. Можете също да ",
            { text: "се свържете с нас", href: ROUTES.contact },
            ".",
          ],
        },
      ],
    },
  ],
};
