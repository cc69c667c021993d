import type * as English from "../../contact";
import { PROGRAMME } from "../../programme";
import { ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";
import { CONTACT_DETAILS } from "./contact-details";
import { withinWorkingDays } from "./programme-text";
import { joinWords } from "../../types";

const callbackWithin = withinWorkingDays(PROGRAMME.responseTimes.callbackWorkingDays);

export const CONTACT_PAGE: Localised<typeof English.CONTACT_PAGE> = {
  href: ROUTES.contact,
  title: "Свържете се с нас",
  shortTitle: "Свържете се с нас",
  description: "Обадете се, пишете по имейл или по пощата на екипа на обединеното досие или ни помолете да ви се обадим.",
  lede: "Свържете се с нас, ако имате въпрос за обединеното досие или имате нужда от помощ, за да направите своя избор.",
  sections: [
    {
      id: "call-us",
      heading: "Обадете ни се",
      blocks: [
        { kind: "paragraph", text: ["Телефон: ", { text: CONTACT_DETAILS.phone, href: CONTACT_DETAILS.phoneHref }] },
        { kind: "paragraph", text: CONTACT_DETAILS.marked.phoneHours },
        { kind: "paragraph", text: CONTACT_DETAILS.textRelay },
      ],
    },
    {
      id: "email-us",
      heading: "Пишете ни по имейл",
      blocks: [
        { kind: "paragraph", text: ["Имейл: ", { text: CONTACT_DETAILS.email, href: `mailto:${CONTACT_DETAILS.email}` }] },
        ...(CONTACT_DETAILS.emailReply ? [{ kind: "paragraph", text: CONTACT_DETAILS.emailReply } as const] : []),
        {
          kind: "paragraph",
          text: "Не изпращайте медицинска информация по имейл. Ако имате нужда от медицинска помощ, свържете се с личния си лекар или се обадете на 111.",
        },
      ],
    },
    {
      id: "write-to-us",
      heading: "Пишете ни по пощата",
      blocks: [
        { kind: "paragraph", text: joinWords(CONTACT_DETAILS.marked.postalAddress, ", ") },
        ...(CONTACT_DETAILS.postage ? [{ kind: "paragraph", text: CONTACT_DETAILS.postage } as const] : []),
      ],
    },
    {
      id: "other-formats",
      heading: "Други формати и езици",
      blocks: [{ kind: "paragraph", text: CONTACT_DETAILS.otherFormats }],
    },
  ],
};

/** The request-a-call-back form. Each option's `value` is what the server checks and staff read, so it stays as in English. */
export const CALLBACK_FORM: Localised<typeof English.CALLBACK_FORM> = {
  heading: "Помолете ни да ви се обадим",
  id: "call-back",
  intro: `Оставете името и номера си и ние ще ви се обадим${callbackWithin ? ` ${callbackWithin}` : ""}.`,
  name: { label: "Вашето име" },
  phone: {
    label: "Телефонен номер в Обединеното кралство",
    hint: "Например 07700 900 982 или 020 7946 0123",
  },
  preferredTime: {
    legend: "Кога е най-удобно да ви се обадим?",
    options: [
      { value: "Any time", label: "По всяко време" },
      { value: "Morning (9am to 12pm)", label: "Сутрин (от 9:00 до 12:00 ч.)" },
      { value: "Afternoon (12pm to 5pm)", label: "След обяд (от 12:00 до 17:00 ч.)" },
    ],
  },
  message: {
    label: "За какво искате да говорим? (по желание)",
    hint: "Не пишете медицински подробности. Ще попитаме за това, което ни трябва, когато се обадим.",
  },
  submit: "Поискайте обаждане",
  errorSummaryHeading: "Има проблем",
  errorTitlePrefix: "Грешка: ",
  errors: {
    name: {
      required: "Въведете името си",
      tooLong: "Името ви трябва да е до 200 знака",
      hiddenCharacters: "Името ви не трябва да съдържа скрити знаци, например табулации или нови редове",
    },
    phone: {
      required: "Въведете телефонен номер в Обединеното кралство",
      invalid: "Въведете телефонен номер в Обединеното кралство, например 07700 900 982 или 020 7946 0123",
    },
    preferredTime: {
      required: "Изберете кога е най-удобно да ви се обадим",
    },
    message: {
      tooLong: "Текстът за това, за което искате да говорим, трябва да е до 2000 знака",
      hiddenCharacters: "Текстът за това, за което искате да говорим, не трябва да съдържа скрити управляващи знаци",
    },
    tooManyRequests: "Поискахте обаждане твърде много пъти. Опитайте отново след един час или ни се обадете.",
    notSaved: `За съжаление не успяхме да запазим заявката ви. Опитайте отново по-късно или ни се обадете на ${CONTACT_DETAILS.phone}.`,
  },
};

export const CALLBACK_REQUESTED_PAGE: Localised<typeof English.CALLBACK_REQUESTED_PAGE> = {
  title: "Ще ви се обадим",
  body: `Получихме заявката ви. Човек от екипа на обединеното досие ще ви се обади${callbackWithin ? ` ${callbackWithin}` : ""}.`,
  nextHeading: "Какво следва",
  next: [
    [`Ако не успеем да се свържем с вас, можете да ни се обадите на ${CONTACT_DETAILS.phone}. `, CONTACT_DETAILS.marked.phoneHours, "."],
    "Ако междувременно имате нужда от медицинска помощ, свържете се с личния си лекар или се обадете на 111.",
  ],
  backLink: { text: "Обратно към „Свържете се с нас“", href: ROUTES.contact },
};
