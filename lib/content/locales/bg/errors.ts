import type * as English from "../../errors";
import { ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";

export const NOT_FOUND_PAGE: Localised<typeof English.NOT_FOUND_PAGE> = {
  title: "Страницата не е намерена",
  paragraphs: ["Ако сте написали уеб адреса, проверете дали е правилен.", "Ако сте поставили уеб адреса, проверете дали сте копирали целия адрес."],
  links: [
    {
      before: "Можете да ",
      link: { text: "отидете на началната страница на обединеното досие", href: ROUTES.home },
      after: ".",
    },
    {
      before: "Ако все още имате нужда от помощ, ",
      link: { text: "свържете се с нас", href: ROUTES.contact },
      after: ".",
    },
  ],
};

export const SERVICE_ERROR_PAGE: Localised<typeof English.SERVICE_ERROR_PAGE> = {
  title: "За съжаление има проблем с услугата",
  paragraphs: ["Опитайте отново по-късно.", "Ако сте правили избор и не сте получили референтен номер, изборът ви не е запазен."],
  tryAgainButton: "Опитайте отново",
  contact: {
    before: "Ако имате нужда от помощ сега, ",
    link: { text: "свържете се с нас", href: ROUTES.contact },
    after: ".",
  },
};
