import type * as English from "../../is-my-information-safe";
import { ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";
import { termsBlock } from "./terms";

// Opens with the safeguards themselves, the residents' page's words (the
// English: lib/content/is-my-information-safe.ts).

export const IS_MY_INFORMATION_SAFE_PAGE: Localised<typeof English.IS_MY_INFORMATION_SAFE_PAGE> = {
  href: ROUTES.isMyInformationSafe,
  title: "Bilgilerim güvende mi?",
  shortTitle: "Bilgilerim güvende mi?",
  description: "Birleşik kaydınızın nasıl korunduğu: davranış kuralları, yasalar ve gizlilik yükümlülüğü.",
  lede: "Sağlık ve bakım bilgilerinize erişimi olan herkes sıkı davranış kurallarına göre çalışır. Gizliliğinize saygı göstermek ve bilgilerinizi güvende tutmak zorundadırlar. Bunu yapmamak ciddi bir suçtur.",
  sections: [
    {
      id: "safeguards",
      heading: "Bakım uzmanlarının yapması gerekenler",
      blocks: [
        { kind: "paragraph", text: "Yasa, bakım uzmanlarının şunları yapmasını zorunlu kılar:" },
        {
          kind: "list",
          items: [
            "yalnızca bakımınızı vermek ve yönetmek için işlerini yaparken ihtiyaç duydukları bilgileri görmek",
            "kayıtlarınızı güvende tutmak",
            "bilgilerinizi gizli tutmak (buna gizlilik yükümlülüğü denir)",
          ],
        },
        { kind: "paragraph", text: "Her kişi yalnızca kendi işiyle ilgili bilgileri görebilir." },
        { kind: "paragraph", text: [{ text: "Kaydınızı kimlerin görebileceğine bakın", href: ROUTES.whoCanSeeIt }, "."] },
      ],
    },
    {
      id: "the-law",
      heading: "Bilgileriniz yasalarla korunur",
      blocks: [
        {
          kind: "paragraph",
          text: "Sizinle ilgili bilgiler, 2018 tarihli Veri Koruma Yasası (Data Protection Act 2018) ve Birleşik Krallık Genel Veri Koruma Tüzüğü (UK GDPR) ile korunur.",
        },
        termsBlock(["ukGdpr"]),
      ],
    },
    {
      id: "access-is-recorded",
      heading: "Erişim kayıt altına alınır",
      blocks: [
        {
          kind: "paragraph",
          text: "Birleşik kayda kimin baktığı kayıt altına alınır. Böylece kayda yapılan erişim kontrol edilebilir.",
        },
      ],
    },
    {
      id: "your-rights",
      heading: "Haklarınız",
      blocks: [
        {
          kind: "paragraph",
          text: [
            { text: "Gizlilik bildirimimiz", href: ROUTES.privacy },
            ", haklarınızı ve bu hakları nasıl kullanacağınızı açıklar. Ayrıca ",
            { text: "bize ulaşabilirsiniz", href: ROUTES.contact },
            ".",
          ],
        },
      ],
    },
  ],
};
