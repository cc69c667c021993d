import type * as English from "../../decision-errors";
import { NAME_MAX, PROXY_NAME_MAX, RELATIONSHIP_MAX } from "../../../validation/limits";
import type { Localised } from "../../../i18n/localised";
import { NHS_NUMBER_ERRORS } from "./nhs-number-errors";

// Error messages for the details of a decision: say what is wrong and how to
// fix it (the English: lib/content/decision-errors.ts). Turkish keeps a noun
// singular after a number, so the limits need no plural forms.

export const DECISION_ERRORS: Localised<typeof English.DECISION_ERRORS> = {
  nhsNumber: {
    notDigits: NHS_NUMBER_ERRORS["not-digits"],
    wrongLength: NHS_NUMBER_ERRORS["wrong-length"],
    checkDigit: NHS_NUMBER_ERRORS["check-digit"],
  },
  givenName: {
    required: "Kişinin adını girin",
    tooLong: `Ad en fazla ${NAME_MAX} karakter olmalıdır`,
    hiddenCharacters: "Ad, sekme ya da satır sonu gibi gizli karakterler içermemelidir",
  },
  familyName: {
    required: "Kişinin soyadını girin",
    tooLong: `Soyadı en fazla ${NAME_MAX} karakter olmalıdır`,
    hiddenCharacters: "Soyadı, sekme ya da satır sonu gibi gizli karakterler içermemelidir",
  },
  dateOfBirth: {
    invalid: "Doğum tarihi gerçek bir tarih olmalıdır",
    future: "Doğum tarihi geçmişte bir tarih olmalıdır",
    tooOld: "Doğum tarihi 1 Ocak 1900'den sonra olmalıdır",
  },
  postcode: { invalid: "N1 1AA gibi, eksiksiz bir Birleşik Krallık posta kodu girin" },
  gpPracticeOds: { invalid: "Aile hekimi muayenehanesinin kodu bir harf ve ardından 5 rakamdan oluşmalıdır; örneğin F83004" },
  choice: { required: "Kişinin kayıttan çıkmak mı yoksa kayda yeniden katılmak mı istediğini seçin" },
  madeBy: { required: "Tercihin kimin için olduğunu seçin" },
  proxyName: {
    required: "Tam adınızı girin",
    notAllowed: "Temsilci adını yalnızca biri kişi adına hareket ediyorsa yazın",
    tooLong: `Adınız en fazla ${PROXY_NAME_MAX} karakter olmalıdır`,
    hiddenCharacters: "Adınız, sekme ya da satır sonu gibi gizli karakterler içermemelidir",
  },
  proxyRelationship: {
    required: "Kişiyle yakınlığınızı girin",
    tooLong: `Yakınlık bilgisi en fazla ${RELATIONSHIP_MAX} karakter olmalıdır`,
    hiddenCharacters: "Yakınlık bilgisi, sekme ya da satır sonu gibi gizli karakterler içermemelidir",
  },
  channel: { required: "Kararın bize nasıl ulaştığını seçin" },
  contactEmail: { invalid: "E-posta adresini ad@example.com gibi doğru biçimde girin" },
  decidedAt: {
    invalid: "Karar tarihi gerçek bir tarih ve saat olmalıdır",
    future: "Karar tarihi gelecekte olamaz",
    beforeBirth: "Karar tarihi, kişinin doğum tarihinden önce olamaz",
  },
  sourceReference: {
    tooLong: "Referans en fazla 200 karakter olmalıdır",
    hiddenCharacters: "Referans, sekme ya da satır sonu gibi gizli karakterler içermemelidir",
  },
};
