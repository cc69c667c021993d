import type * as English from "../../terms";
import type { TermKey } from "../../terms";
import type { Localised } from "../../../i18n/localised";

// Words residents meet on these pages, explained once in plain Turkish (the
// English: lib/content/terms.ts).

export const TERMS: Localised<typeof English.TERMS> = {
  parentalResponsibility: {
    term: "Ebeveyn sorumluluğu",
    text: "Bir ebeveynin çocuğu için sahip olduğu yasal haklar ve görevler; örneğin çocuğun tıbbi tedavisine onay vermek. Çocuğun annesi bu sorumluluğa doğumdan itibaren sahiptir. Başka kişiler de bu sorumluluğa sahip olabilir; örneğin birçok baba ya da mahkemenin bu sorumluluğu verdiği bir kişi. Bu sorumluluğa sahip olup olmadığınızdan emin değilseniz, bir avukata ya da Citizens Advice'a danışın.",
  },
  lastingPowerOfAttorney: {
    term: "Sağlık ve refah konularında kalıcı vekâletname (lasting power of attorney)",
    text: "Bir kişinin, sağlığı ve bakımı hakkındaki kararları kendisi veremez hale gelirse bu kararları vermesi için güvendiği birini (vekilini) seçtiği yasal belge. Kullanılabilmesi için önce Kamu Vasiliği Dairesi'ne (Office of the Public Guardian) tescil ettirilmesi gerekir.",
  },
  deputy: {
    term: "Kayyum (deputy) ve Koruma Mahkemesi (Court of Protection)",
    text: "Koruma Mahkemesi, bazı kararları kendileri veremeyen kişiler için karar verir. Bir kişi adına karar vermesi için bir kayyum atayabilir. Kayyumun neye karar verebileceği mahkeme kararında yazar.",
  },
  nationalDataOptOut: {
    term: "Ulusal veri paylaşımından çıkma (national data opt-out)",
    text: "Gizli hasta bilgilerinizin İngiltere genelinde araştırma ve planlama için kullanılıp kullanılmayacağına ilişkin ayrı bir NHS tercihi. Birleşik kayıttan çıkmakla aynı şey değildir. Bu tercihlerden birini yapmak diğerini de yapmış olmanız anlamına gelmez: ikisini de istiyorsanız, ikisini de ayrı ayrı yapmanız gerekir.",
  },
  careMyWayAndCidr: {
    term: "CareMyWay ve CIDR",
    text: "Kayıtları paylaşmak için daha önceki yerel programlar: Islington'da CareMyWay ve Camden'da CIDR. Bunlardan birinden çıktıysanız, bu çıkma kararınız birleşik kayda aktarılmıştır.",
  },
  ukGdpr: {
    term: "UK GDPR (Birleşik Krallık Genel Veri Koruma Tüzüğü)",
    text: "Birleşik Krallık Genel Veri Koruma Tüzüğü. 2018 tarihli Veri Koruma Yasası (Data Protection Act 2018) ile birlikte, Birleşik Krallık'taki kuruluşların insanlarla ilgili bilgileri nasıl kullanması ve koruması gerektiğini belirleyen yasadır. Sakinlere yönelik bilgi sayfamız bu yasaya 2016 tarihli Genel Veri Koruma Tüzüğü der: bu bir Avrupa yasasıydı; Birleşik Krallık AB'den ayrıldığında adı UK GDPR oldu.",
  },
};

/** A "definitions" block with the given terms, for a page section. */
export const termsBlock: Localised<typeof English.termsBlock> = (keys: readonly TermKey[]) => ({
  kind: "definitions",
  items: keys.map((key) => TERMS[key]),
});
