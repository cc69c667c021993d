import type * as English from "../../joined-up-record";
import { DOWNLOADS, ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";

// Every fact here is from the residents' page (the English: lib/content/joined-up-record.ts).

export const JOINED_UP_RECORD_PAGE: Localised<typeof English.JOINED_UP_RECORD_PAGE> = {
  href: ROUTES.joinedUpRecord,
  title: "Birleşik kayıt nedir?",
  shortTitle: "Birleşik kayıt nedir?",
  description:
    "Kuzey Londra'daki birleşik sağlık ve bakım kaydının nasıl çalıştığı, nasıl kullanıldığı ve size ve size bakan kişilere nasıl yardımcı olduğu.",
  lede: "Barnet, Camden, Enfield, Haringey ve Islington'daki sağlık ve bakım kayıtlarını birleştiriyoruz. Böylece size bakan kişiler ihtiyaç duydukları bilgileri görebilir.",
  sections: [
    {
      id: "how-it-works",
      heading: "Nasıl çalışır?",
      blocks: [
        { kind: "paragraph", text: "Kullandığınız her sağlık ve bakım hizmeti, sizinle ilgili kendi kaydını tutar. Örneğin:" },
        {
          kind: "list",
          items: ["aile hekiminizin muayenehanesi (GP)", "hastaneler", "toplum sağlığı hizmetleri", "ruh sağlığı hizmetleri", "yetişkin sosyal bakım hizmetleri"],
        },
        {
          kind: "paragraph",
          text: "Birleşik kayıt, bu kayıtlardaki önemli bilgileri elektronik olarak bir araya getirir. Kayıtlarınızı her zaman ve farklı yerlerde görebilmek, sağlık ve bakım uzmanlarının bakımınızla ilgili daha hızlı ve daha güvenli kararlar verebilmesi demektir.",
        },
      ],
    },
    {
      id: "who-it-is-for",
      heading: "Kimler için?",
      blocks: [
        {
          kind: "paragraph",
          text: "Barnet, Camden, Enfield, Haringey ya da Islington'da yaşayan veya aile hekimi (GP) bu bölgelerde olan yetişkinler ve çocuklar içindir.",
        },
        {
          kind: "paragraph",
          text: ["Kayıttan çıkmadığınız sürece kayda dahilsiniz. ", { text: "Tercihiniz hakkında bilgi alın", href: ROUTES.yourChoice }, "."],
        },
      ],
    },
    {
      id: "how-it-is-used",
      heading: "Bilgiler nasıl kullanılır?",
      blocks: [
        { kind: "paragraph", text: "Birleşik kayıttaki bilgiler farklı şekillerde kullanılır:" },
        {
          kind: "list",
          items: [
            "siz sağlık ve bakım çalışanlarına gittiğinizde ya da onlar size geldiğinde, bu çalışanlar tarafından",
            "insanların sağlık ve bakım ihtiyaçlarını anlamak için bakım ekipleri tarafından",
            "bölgelerimizde uzun süreli (kronik) hastalıklarla yaşayan kişilerin yüksek kaliteli bakım almasını sağlamak için",
            "adlar ve diğer kişisel bilgiler çıkarılarak (anonim hale getirilerek), uzmanların sizin ve sizin gibi diğer kişilerin bakımını planlayıp iyileştirebilmesi için",
          ],
        },
      ],
    },
    {
      id: "how-it-helps-you",
      heading: "Size nasıl yardımcı olur?",
      blocks: [
        {
          kind: "list",
          items: [
            "Bakımınızda görev alan herkes resmin tamamını görür.",
            "Bakım için yeni bir yere gittiğinizde ya da yeni bir bakım uzmanıyla görüştüğünüzde, bu kişiler önemli sağlık ve bakım bilgilerinize sahip olur.",
            "Kan tahlili gibi yaygın testlerin sonuçları, test nerede yapılmış olursa olsun, bakımınızda görev alan herkes tarafından görülebilir. Bu, aynı testi yeniden yaptırmanız gerekmeyebileceği anlamına gelir.",
            "Bakımınızdan sorumlu uzmanlar, bakımınızı planlamak ve iyileştirmek için kaydınıza bakabilir.",
          ],
        },
      ],
    },
    {
      id: "how-it-helps-staff",
      heading: "Size bakan kişilere nasıl yardımcı olur?",
      blocks: [
        {
          kind: "list",
          items: [
            "Eksiksiz ve güncel bir kayıt, daha bilinçli kararlar vermelerine yardımcı olur.",
            "Farklı kuruluşlardan ve bilgisayar sistemlerinden bilgi bulmak için daha az zaman harcarlar. Aynı bilgiyi farklı kayıtlara yazmak için de daha az zaman harcarlar.",
            "Bilgileri, bölge sakinlerinin bakımını planlamak ve iyileştirmek için kullanabilirler.",
            "Sakinlerin kişisel bilgileri çıkarılmış anonim bilgileri kullanarak, bakımı iyileştirmenin yollarını bulmak için ekip olarak çalışabilirler.",
          ],
        },
      ],
    },
    {
      id: "film-and-leaflet",
      heading: "Filmi izleyin ya da broşürü okuyun",
      blocks: [
        {
          kind: "list",
          items: [
            [{ text: "Nasıl çalıştığını ve nasıl yardımcı olduğunu anlatan kısa filmi izleyin", href: ROUTES.film }],
            [{ text: "Broşürü indirin (PDF)", href: DOWNLOADS.leafletPdf }],
          ],
        },
        {
          kind: "paragraph",
          text: "Basılı broşür, aile hekiminizin muayenehanesi birleşik kayda katıldığında orada da bulunur.",
        },
      ],
    },
  ],
};
