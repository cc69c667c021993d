import type * as English from "../../accessibility";
import { ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";
import { CONTACT_DETAILS } from "./contact-details";

// The English: lib/content/accessibility.ts.

export const ACCESSIBILITY_PAGE: Localised<typeof English.ACCESSIBILITY_PAGE> = {
  href: ROUTES.accessibility,
  title: "Erişilebilirlik beyanı",
  shortTitle: "Erişilebilirlik beyanı",
  description: "Birleşik kayıt web sitesinin ne kadar erişilebilir olduğu ve bir sorunu bize nasıl bildirebileceğiniz.",
  lede: "Bu beyan, film ve indirebileceğiniz belgeler dahil olmak üzere Kuzey Londra birleşik bakım kaydı web sitesi için geçerlidir.",
  sections: [
    {
      id: "using-this-website",
      heading: "Bu web sitesini kullanmak",
      blocks: [
        {
          kind: "paragraph",
          text: "Bu web sitesini North London Partners in health and care yönetir. Web sitesini olabildiğince çok kişinin kullanabilmesini istiyoruz. Örneğin şunları yapabilmelisiniz:",
        },
        {
          kind: "list",
          items: [
            "tarayıcınızın ya da cihazınızın ayarlarıyla renkleri, kontrastı ve yazı tiplerini değiştirmek",
            "metin ekrandan taşmadan %400'e kadar yakınlaştırmak",
            "web sitesinde yalnızca klavye kullanarak gezinmek",
            "web sitesinde konuşma tanıma yazılımı kullanarak gezinmek",
            "web sitesini bir ekran okuyucuyla dinlemek",
            "web sitesini JavaScript olmadan kullanmak",
            "filmi altyazılı izlemek ya da filmin metnini (transkriptini) okumak",
          ],
        },
        {
          kind: "paragraph",
          text: "Ayrıca metinleri anlaşılması olabildiğince kolay olacak şekilde yazdık.",
        },
      ],
    },
    {
      id: "how-accessible",
      heading: "Bu web sitesi ne kadar erişilebilir?",
      blocks: [
        {
          kind: "paragraph",
          text: "Web İçeriği Erişilebilirlik Yönergeleri (WCAG) 2.2 sürümünün AA düzeyini karşılamayı amaçlıyoruz. Web sitesi her değiştiğinde, her sayfada otomatik erişilebilirlik kontrolleri yapılır. Web sitesi henüz bağımsız bir erişilebilirlik denetiminden geçmedi.",
        },
        { kind: "paragraph", text: "Şu sorunların farkındayız:" },
        {
          kind: "list",
          items: [
            "filmin anlatımı bilgisayar sesiyle yapılıyor ve bazı kişiler bunu izlemekte zorlanabilir: altyazılarda ve metinde (transkriptte) söylenen her sözcük yer alır",
            "filmde sesli betimleme yok, ancak ekranda gösterilen her şey anlatımda da söyleniyor",
          ],
        },
      ],
    },
    {
      id: "other-formats",
      heading: "Bilgileri başka biçimlerde almak",
      blocks: [
        {
          kind: "paragraph",
          text: `${CONTACT_DETAILS.otherFormats} Bizi ${CONTACT_DETAILS.phone} numaralı telefondan arayın ya da ${CONTACT_DETAILS.email} adresine e-posta gönderin.${CONTACT_DETAILS.emailReply ? ` ${CONTACT_DETAILS.emailReply}` : ""}`,
        },
      ],
    },
    {
      id: "reporting-problems",
      heading: "Erişilebilirlik sorunlarını bildirmek",
      blocks: [
        {
          kind: "paragraph",
          text: [
            "Her zaman daha iyisini yapmaya çalışıyoruz. Burada listelenmemiş bir sorun bulursanız ya da erişilebilirlik gereklerini karşılamadığımızı düşünüyorsanız, ",
            { text: "bize ulaşın", href: ROUTES.contact },
            ".",
          ],
        },
      ],
    },
    {
      id: "enforcement-procedure",
      heading: "Uygulama ve denetim süreci",
      blocks: [
        {
          kind: "paragraph",
          text: "Erişilebilirlik yönetmeliklerinin uygulanmasını Eşitlik ve İnsan Hakları Komisyonu (Equality and Human Rights Commission, EHRC) denetler. Şikâyetinize verdiğimiz yanıttan memnun değilseniz, Eşitlik Danışma ve Destek Hizmeti'ne (Equality Advisory and Support Service, EASS) başvurun.",
        },
      ],
    },
    {
      id: "compliance-status",
      heading: "Uyumluluk durumu",
      blocks: [
        {
          kind: "paragraph",
          text: "Bu web sitesi, yukarıda listelenen sorunlar nedeniyle Web İçeriği Erişilebilirlik Yönergeleri 2.2 sürümünün AA standardıyla kısmen uyumludur. Otomatik kontroller her sorunu bulamaz ve web sitesi henüz bağımsız olarak denetlenmedi.",
        },
      ],
    },
    {
      id: "preparation",
      heading: "Bu erişilebilirlik beyanının hazırlanması",
      blocks: [
        {
          kind: "paragraph",
          text: "Bu beyan 25 Kasım 2026'da hazırlandı ve 6 Aralık 2026'da gözden geçirildi. Web sitesi her değiştiğinde, her sayfada otomatik kontrollerle test edilir.",
        },
      ],
    },
  ],
};
