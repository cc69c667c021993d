import type * as English from "../../errors";
import { ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";

// The pages shown when something goes wrong (the English: lib/content/errors.ts).

export const NOT_FOUND_PAGE: Localised<typeof English.NOT_FOUND_PAGE> = {
  title: "Sayfa bulunamadı",
  paragraphs: [
    "Web adresini kendiniz yazdıysanız, doğru yazıp yazmadığınızı kontrol edin.",
    "Web adresini yapıştırdıysanız, adresin tamamını kopyalayıp kopyalamadığınızı kontrol edin.",
  ],
  links: [
    {
      before: "",
      link: { text: "Birleşik kayıt ana sayfasına gidebilirsiniz", href: ROUTES.home },
      after: ".",
    },
    {
      before: "Hâlâ yardıma ihtiyacınız varsa, ",
      link: { text: "bize ulaşın", href: ROUTES.contact },
      after: ".",
    },
  ],
};

export const SERVICE_ERROR_PAGE: Localised<typeof English.SERVICE_ERROR_PAGE> = {
  title: "Üzgünüz, hizmette bir sorun var",
  paragraphs: [
    "Daha sonra yeniden deneyin.",
    "Bir tercih yapıyorduysanız ve referans numarası almadıysanız, tercihiniz kaydedilmedi.",
  ],
  tryAgainButton: "Yeniden deneyin",
  contact: {
    before: "Şu anda yardıma ihtiyacınız varsa, ",
    link: { text: "bize ulaşın", href: ROUTES.contact },
    after: ".",
  },
};
