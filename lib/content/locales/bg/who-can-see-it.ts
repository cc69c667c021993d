import type * as English from "../../who-can-see-it";
import { PROGRAMME } from "../../programme";
import { ROUTES } from "../../routes";
import type { ContentBlock } from "../../types";
import type { Localised } from "../../../i18n/localised";
import { programmeText, wordsOf } from "../../../i18n/programme-text";
import { PROGRAMME_TEXT } from "./programme-text";

/** What each role sees, in Bulgarian where the operator's list is still the translated default (else English, marked). */
export const ROLE_SUMMARIES: Localised<typeof English.ROLE_SUMMARIES> = programmeText(PROGRAMME_TEXT).roles;

export const ROLES_STATUS: Localised<typeof English.ROLES_STATUS> = PROGRAMME.roles.confirmed
  ? undefined
  : {
      heading: "Пример: още не е потвърден",
      text: "Този списък е пример. Програмата още не е потвърдила какво може да вижда всяка роля.",
    };

const roleBlocks: Localised<ContentBlock>[] = [
  ...(ROLES_STATUS ? [{ kind: "warning", heading: ROLES_STATUS.heading, paragraphs: [ROLES_STATUS.text] } as const] : []),
  {
    kind: "list",
    items: ROLE_SUMMARIES.map((role) => wordsOf(`${role.role}: ${role.sees} ${role.why}`, role)),
  },
];

export const WHO_CAN_SEE_IT_PAGE: Localised<typeof English.WHO_CAN_SEE_IT_PAGE> = {
  href: ROUTES.whoCanSeeIt,
  title: "Кой може да вижда досието ви",
  shortTitle: "Кой може да го вижда",
  description: "Кой може да вижда обединеното ви досие и защо всеки вижда само това, което му трябва за работата.",
  lede: "Достъп до информацията ви ще имат само хората, които трябва да я виждат, за да подкрепят здравните и социалните грижи за вас.",
  sections: [
    {
      id: "who-can-see-it",
      heading: "Кой може да го вижда",
      blocks: [
        { kind: "paragraph", text: "Това включва:" },
        {
          kind: "list",
          items: [
            "личните лекари",
            "социалните работници",
            "болничните лекари и медицински специалисти",
            "специалистите по здравни грижи в общността",
            "специалистите по психично здраве",
            "други упълномощени членове на екипа, който се грижи за вас",
          ],
        },
        {
          kind: "paragraph",
          text: "Всеки може да вижда само информацията, която е свързана с работата му. Така социалният работник може да вижда други части от досието ви, различни от тези, които вижда ерготерапевтът.",
        },
      ],
    },
    {
      id: "the-rules",
      heading: "Правилата, които трябва да спазват",
      blocks: [
        {
          kind: "list",
          items: [
            "Те могат да виждат само информацията, която им трябва, за да вършат работата си по предоставянето и управлението на грижите за вас.",
            "Те трябва да пазят досиетата ви сигурни.",
            "Те имат задължение за поверителност: трябва да пазят информацията ви в тайна.",
            "Те работят по строги правила за професионално поведение. Ако не зачитат личния ви живот или не пазят информацията ви, това е сериозно нарушение.",
          ],
        },
        { kind: "paragraph", text: [{ text: "Научете как се пази информацията ви", href: ROUTES.isMyInformationSafe }, "."] },
      ],
    },
    {
      id: "what-each-role-can-see",
      heading: "Какво може да вижда всяка роля",
      blocks: roleBlocks,
    },
    {
      id: "seeing-your-own-record",
      heading: "Как да видите собственото си досие",
      blocks: [
        {
          kind: "paragraph",
          text: "Обединеното досие е за специалистите, които се грижат за вас. Вие няма да можете да виждате собствената си информация чрез него.",
        },
        {
          kind: "paragraph",
          text: "Ако искате да видите досиетата си за здравни и социални грижи, можете да ги поискате направо от организациите, които се грижат за вас, например от практиката на личния ви лекар, от болницата или от общината.",
        },
      ],
    },
  ],
};
