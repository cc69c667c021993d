import type * as English from "../../site-frame";
import type { Localised } from "../../../i18n/localised";

// The words around every resident page that are about the site itself, in
// Turkish (the English: lib/content/site-frame.ts).

export const SITE_FRAME: Localised<typeof English.SITE_FRAME> = {
  languageLinksLabel: "Diller",
  translationNotice: {
    text: "Bu çeviri henüz nitelikli bir çevirmen tarafından kontrol edilmedi. Hatalar içerebilir.",
    englishLink: "Bu sayfayı İngilizce okuyun",
  },
  exampleDetails: {
    heading: "Örnek iletişim bilgileri",
    /** `fields`: the example fields' Turkish names, already joined as a Turkish list ("telefon numarası, e-posta adresi ve web adresi"). */
    text: (fields) => `Bu bir tanıtım sürümüdür. Burada gösterilen ${fields} birer örnektir; henüz programın kendi bilgileri değildir. Bunları kullanmayın.`,
    fieldNames: {
      "phone number": "telefon numarası",
      "opening hours": "çalışma saatleri",
      "text relay number": "Relay UK numarası",
      "email address": "e-posta adresi",
      "postal address": "posta adresi",
      "list of information left out": "kayda alınmayan bilgilerin listesi",
      "list of what each role can see": "her görevdeki kişinin neleri görebileceğinin listesi",
      "data controllers": "veri sorumluları",
      "data protection officer": "veri koruma görevlisi",
      "web address": "web adresi",
    },
  },
};
