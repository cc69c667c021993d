import type * as English from "../../privacy";
import { PROGRAMME } from "../../programme";
import { ROUTES } from "../../routes";
import type { ContentBlock } from "../../types";
import type { Localised } from "../../../i18n/localised";
import { programmeText } from "../../../i18n/programme-text";
import { CONTACT_DETAILS } from "./contact-details";
import { PROGRAMME_TEXT } from "./programme-text";
import { termsBlock } from "./terms";

const { dataProtectionOfficer } = PROGRAMME;
const text = programmeText(PROGRAMME_TEXT);

const controllerBlocks: Localised<ContentBlock>[] = [
  {
    kind: "paragraph",
    text: "Администраторите на данни за обединеното досие (организациите, които по закон отговарят за начина, по който се използва информацията ви) са:",
  },
  { kind: "list", items: text.dataControllers },
];

export const PRIVACY_PAGE: Localised<typeof English.PRIVACY_PAGE> = {
  href: ROUTES.privacy,
  title: "Известие за поверителност",
  shortTitle: "Известие за поверителност",
  description: "Как обединеното досие и този уебсайт използват информацията ви и какви са правата ви.",
  lede: "Това известие обяснява как се използва информацията ви в обединеното досие и на този уебсайт и какви са правата ви.",
  sections: [
    {
      id: "who-we-are",
      heading: "Кои сме ние",
      blocks: [
        {
          kind: "paragraph",
          text: "Обединеното досие е програма на North London Partners in health and care за Barnet, Camden, Enfield, Haringey и Islington.",
        },
        ...controllerBlocks,
        {
          kind: "paragraph",
          text: ["Длъжностно лице по защита на данните: ", text.dataProtectionOfficerName, `, ${dataProtectionOfficer.email}.`],
        },
      ],
    },
    {
      id: "information-in-the-record",
      heading: "Как се използва информацията в обединеното досие",
      blocks: [
        {
          kind: "paragraph",
          text: [
            "Обединеното досие събира информация от службите, които се грижат за вас. ",
            { text: "Вижте каква информация съдържа досието", href: ROUTES.whatsInTheRecord },
            ".",
          ],
        },
        { kind: "paragraph", text: "Тя се използва:" },
        {
          kind: "list",
          items: [
            "от здравните и социалните работници, когато вие ги посетите или те ви посетят",
            "от екипите, които полагат грижи, за да разберат здравните и социалните нужди на хората",
            "за да сме сигурни, че хората, които живеят с дългосрочни заболявания, получават висококачествени грижи",
            "без личните данни (анонимизирана), за да могат специалистите да планират и подобряват грижите",
          ],
        },
        {
          kind: "paragraph",
          text: "Информацията за вас е защитена от Закона за защита на данните от 2018 г. (Data Protection Act 2018) и от UK GDPR. Специалистите по грижи имат задължение за поверителност по отношение на информацията ви.",
        },
        termsBlock(["ukGdpr"]),
      ],
    },
    {
      id: "information-you-give-us",
      heading: "Информацията, която ни давате на този уебсайт",
      blocks: [
        { kind: "paragraph", text: "Когато откажете участие или се включите отново, ние пазим:" },
        {
          kind: "list",
          items: [
            "името, датата на раждане, NHS номера и пощенския код на човека, за когото е изборът",
            "вашия избор и кога сте го направили",
            "вашия имейл адрес, за да можем да потвърдим избора ви",
            "ако действате от името на друг човек: вашето име, връзката ви с човека и вашите доказателства",
          ],
        },
        {
          kind: "paragraph",
          text: "Пазим запис на всеки избор, за да бъде спазен. Ако промените решението си, добавяме новия ви избор към записа и важи най-новият избор.",
        },
        {
          kind: "paragraph",
          text: "Когато ни помолите да ви се обадим, пазим вашето име, телефонен номер и съобщение. Изтриваме ги 12 месеца след като сте поискали обаждането.",
        },
      ],
    },
    {
      id: "who-we-share-it-with",
      heading: "С кого споделяме избора ви",
      blocks: [
        {
          kind: "paragraph",
          text: "Съобщаваме на системата на обединеното досие дали всеки човек е отказал участие, за да знае чия информация може да споделя.",
        },
      ],
    },
    {
      id: "your-rights",
      heading: "Вашите права",
      blocks: [
        { kind: "paragraph", text: "Имате право:" },
        {
          kind: "list",
          items: [
            "да видите информацията, която се пази за вас",
            "да поискате грешната информация да бъде поправена",
            "да възразите срещу начина, по който се използва информацията ви",
            "да подадете оплакване",
          ],
        },
        {
          kind: "paragraph",
          text: `За да упражните някое от тези права, пишете на нашето длъжностно лице по защита на данните на ${dataProtectionOfficer.email} или се свържете с нас: пишете ни на ${CONTACT_DETAILS.email} или се обадете на ${CONTACT_DETAILS.phone}.`,
        },
        {
          kind: "paragraph",
          text: "За да видите досиетата си за здравни и социални грижи, можете също да ги поискате направо от организациите, които се грижат за вас, например от практиката на личния ви лекар, от болницата или от общината.",
        },
      ],
    },
    {
      id: "complaints",
      heading: "Оплаквания",
      blocks: [
        {
          kind: "paragraph",
          text: "Ако не сте доволни от начина, по който се използва информацията ви, първо се свържете с нас. Можете също да подадете оплакване до Службата на комисаря по информацията (Information Commissioner's Office, ICO), която следи за защитата на данните в Обединеното кралство. Данните за връзка с нея са на нейния уебсайт, ico.org.uk.",
        },
      ],
    },
    {
      id: "cookies",
      heading: "Бисквитки",
      blocks: [
        {
          kind: "paragraph",
          text: ["Този уебсайт не използва бисквитки, за да ви проследява. ", { text: "Прочетете за бисквитките", href: ROUTES.cookies }, "."],
        },
      ],
    },
  ],
};
