import type * as English from "../../contact";
import { CALLBACK_FORM as ENGLISH_CALLBACK_FORM } from "../../contact";
import { PROGRAMME } from "../../programme";
import { ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";
import { CONTACT_DETAILS } from "./contact-details";
import { withinWorkingDays } from "./dates";
import { joinWords } from "../../types";

// The English: lib/content/contact.ts.

const callbackWithin = withinWorkingDays(PROGRAMME.responseTimes.callbackWorkingDays);

export const CONTACT_PAGE: Localised<typeof English.CONTACT_PAGE> = {
  href: ROUTES.contact,
  title: "Bize ulaşın",
  shortTitle: "Bize ulaşın",
  description: "Birleşik kayıt ekibini arayın, ona e-posta gönderin ya da yazın; isterseniz sizi geri aramamızı isteyin.",
  lede: "Birleşik kayıtla ilgili bir sorunuz varsa ya da tercihinizi yapmak için yardıma ihtiyacınız varsa bize ulaşın.",
  sections: [
    {
      id: "call-us",
      heading: "Bizi arayın",
      blocks: [
        { kind: "paragraph", text: ["Telefon: ", { text: CONTACT_DETAILS.phone, href: CONTACT_DETAILS.phoneHref }] },
        { kind: "paragraph", text: CONTACT_DETAILS.marked.phoneHours },
        { kind: "paragraph", text: CONTACT_DETAILS.textRelay },
      ],
    },
    {
      id: "email-us",
      heading: "Bize e-posta gönderin",
      blocks: [
        { kind: "paragraph", text: ["E-posta: ", { text: CONTACT_DETAILS.email, href: `mailto:${CONTACT_DETAILS.email}` }] },
        ...(CONTACT_DETAILS.emailReply ? [{ kind: "paragraph", text: CONTACT_DETAILS.emailReply } as const] : []),
        {
          kind: "paragraph",
          text: "Tıbbi bilgilerinizi e-postayla göndermeyin. Tıbbi yardıma ihtiyacınız varsa, aile hekiminize (GP) başvurun ya da 111'i arayın.",
        },
      ],
    },
    {
      id: "write-to-us",
      heading: "Bize yazın",
      blocks: [
        { kind: "paragraph", text: joinWords(CONTACT_DETAILS.marked.postalAddress, ", ") },
        ...(CONTACT_DETAILS.postage ? [{ kind: "paragraph", text: CONTACT_DETAILS.postage } as const] : []),
      ],
    },
    {
      id: "other-formats",
      heading: "Başka biçimler ve diller",
      blocks: [{ kind: "paragraph", text: CONTACT_DETAILS.otherFormats }],
    },
  ],
};

/** The request-a-call-back form on the contact page. Each option's value is what the form sends and the team reads: it stays as in English. */
export const CALLBACK_FORM: Localised<typeof English.CALLBACK_FORM> = {
  heading: "Sizi geri aramamızı isteyin",
  id: "call-back",
  intro: `Adınızı ve telefon numaranızı bırakın, sizi ${callbackWithin ? `${callbackWithin} ` : ""}geri arayalım.`,
  name: { label: "Adınız" },
  phone: {
    label: "Birleşik Krallık telefon numarası",
    hint: "Örneğin, 07700 900 982 ya da 020 7946 0123",
  },
  preferredTime: {
    legend: "Sizi aramamız için en uygun zaman hangisi?",
    options: [
      { value: ENGLISH_CALLBACK_FORM.preferredTime.options[0].value, label: "Herhangi bir zaman" },
      { value: ENGLISH_CALLBACK_FORM.preferredTime.options[1].value, label: "Sabah (09:00 ile 12:00 arası)" },
      { value: ENGLISH_CALLBACK_FORM.preferredTime.options[2].value, label: "Öğleden sonra (12:00 ile 17:00 arası)" },
    ],
  },
  message: {
    label: "Ne hakkında konuşmak istiyorsunuz? (isteğe bağlı)",
    hint: "Tıbbi ayrıntıları yazmayın. Aradığımızda ihtiyacımız olan bilgileri soracağız.",
  },
  submit: "Geri aranmak istiyorum",
  errorSummaryHeading: "Bir sorun var",
  errorTitlePrefix: "Hata: ",
  errors: {
    name: {
      required: "Adınızı girin",
      tooLong: "Adınız en fazla 200 karakter olmalıdır",
      hiddenCharacters: "Adınızda sekme ya da satır sonu gibi gizli karakterler olmamalıdır",
    },
    phone: {
      required: "Bir Birleşik Krallık telefon numarası girin",
      invalid: "07700 900 982 ya da 020 7946 0123 gibi bir Birleşik Krallık telefon numarası girin",
    },
    preferredTime: {
      required: "Sizi aramamız için en uygun zamanı seçin",
    },
    message: {
      tooLong: "Konuşmak istediğiniz konu en fazla 2000 karakter olmalıdır",
      hiddenCharacters: "Konuşmak istediğiniz konu gizli kontrol karakterleri içermemelidir",
    },
    tooManyRequests: "Çok fazla kez geri aranmak istediniz. Bir saat sonra yeniden deneyin ya da bizi arayın.",
    notSaved: `Üzgünüz, isteğinizi kaydedemedik. Daha sonra yeniden deneyin ya da bizi ${CONTACT_DETAILS.phone} numaralı telefondan arayın.`,
  },
};

export const CALLBACK_REQUESTED_PAGE: Localised<typeof English.CALLBACK_REQUESTED_PAGE> = {
  title: "Sizi geri arayacağız",
  body: `İsteğinizi aldık. Birleşik kayıt ekibinden biri sizi ${callbackWithin ? `${callbackWithin} ` : ""}geri arayacak.`,
  nextHeading: "Bundan sonra ne olacak?",
  next: [
    [`Size ulaşamazsak, bizi ${CONTACT_DETAILS.phone} numaralı telefondan arayabilirsiniz (`, CONTACT_DETAILS.marked.phoneHours, ")."],
    "O zamana kadar tıbbi yardıma ihtiyacınız olursa, aile hekiminize (GP) başvurun ya da 111'i arayın.",
  ],
  backLink: { text: "Bize ulaşın sayfasına geri dönün", href: ROUTES.contact },
};
