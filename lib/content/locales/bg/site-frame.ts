import type { SITE_FRAME as English } from "../../site-frame";
import type { Localised } from "../../../i18n/localised";

// Written by the lead engineer with the other words about the site itself (lib/content/site-frame.ts).

export const SITE_FRAME: Localised<typeof English> = {
  languageLinksLabel: "Езици",
  translationNotice: {
    text: "Този превод още не е проверен от квалифициран преводач. Може да съдържа грешки.",
    englishLink: "Прочетете тази страница на английски",
  },
  exampleDetails: {
    heading: "Примерни данни за контакт",
    text: (fields: string) => `Това е демонстрация. Тези данни са примерни, а не истинските данни на програмата: ${fields}. Не ги използвайте.`,
    fieldNames: {
      "phone number": "телефонен номер",
      "opening hours": "работно време",
      "text relay number": "номер за Relay UK",
      "email address": "имейл адрес",
      "postal address": "пощенски адрес",
      "list of information left out": "списък на изключената информация",
      "list of what each role can see": "списък на това какво вижда всеки специалист",
      "data controllers": "администратори на данни",
      "data protection officer": "длъжностно лице по защита на данните",
      "web address": "уеб адрес",
    },
  },
};
