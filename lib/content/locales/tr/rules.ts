import type * as English from "../../rules";
import { PROGRAMME } from "../../programme";
import type { Localised } from "../../../i18n/localised";
import { withinWorkingDays } from "./dates";

// The rules of the choice, in Turkish, stated once for the pages, the leaflet,
// the paper form, the emails and the film (the English: lib/content/rules.ts).

const posted = withinWorkingDays(PROGRAMME.responseTimes.postedChoiceWorkingDays);
const evidence = withinWorkingDays(PROGRAMME.responseTimes.evidenceCheckWorkingDays);
const review = withinWorkingDays(PROGRAMME.responseTimes.optInReviewWorkingDays);

export const CHOICE_RULES: Localised<typeof English.CHOICE_RULES> = {
  included:
    "Bilgilerinizin birleşik kaydın bir parçası olmasında bir sakınca görmüyorsanız, hiçbir şey yapmanız gerekmez. Kayda dahil olmak istemiyorsanız, birleşik kayıttan çıkmanız gerekir.",

  optOutDoes: "Birleşik kayıttan çıkarsanız, bilgileriniz elektronik birleşik kayıt üzerinden paylaşılmaz.",

  optOutDoesNot: "Bilgileriniz, bakım kuruluşları tarafından bugün olduğu gibi paylaşılmaya devam eder: telefonla, e-postayla ve kâğıt üzerinde.",

  emergencyWarning: {
    heading: "Önemli: kayıttan çıkmadan önce iyice düşünün",
    paragraphs: [
      "Kayıttan çıkarsanız, birleşik kayıt size bakan kişilere geçmişinizi göstermez. Sizi değerlendirirken en son bilgilerinize sahip olmazlar, acil bir durumda bile.",
      "Bakımınızla ilgili kararlar daha uzun sürebilir, acil bir durumda bile.",
    ],
  },

  whenItTakesEffect: [
    "İnternet üzerinden: kayıttan çıkma kararınız, onu gönderdiğiniz anda geçerli olur.",
    `Posta ile: tercihiniz, ekibimiz onu sicile işlediğinde geçerli olur. ${posted ? `Bu, formunuz bize ulaştıktan sonra ${posted} yapılır.` : "Bu, formunuz bize ulaştıktan sonra yapılır."} O zamana kadar hiçbir şey değişmez.`,
    "Telefonla: kayıttan çıkma kararınız, siz telefondayken ekibimiz onu sicile işlediğinde geçerli olur.",
    `Kayıttan çıktıktan sonra kayda yeniden katılma kararı, ancak bu kararın kayıttan çıkan kişiden geldiğinden emin olabildiğimizde hemen geçerli olur. Örneğin, kayıttan çıkma kararlarının hepsi aynı e-posta adresiyle verildiyse. Aksi halde ekibimiz kararı önce kontrol eder${review ? ` (${review})` : ""} ve kişi o zamana kadar kayıt dışında kalır. Telefonla ya da kâğıt üzerinde verilen yeniden katılma kararları her zaman önce kontrol edilir.`,
    `Başka biri adına hareket ediyorsanız, tercihiniz hemen geçerli olur; bu sırada ekibimiz belgelerinizi kontrol eder${evidence ? ` (${evidence})` : ""}. Belgelerinizi kabul edemezsek tercihi geri çeker ve size nedenini bildiririz.`,
  ],

  optBackIn:
    "Birleşik kayda istediğiniz zaman yeniden katılabilirsiniz: internet üzerinden, kâğıt formla ya da telefonla. Bilgileriniz o zaman yeniden birleşik kayıt üzerinden paylaşılır.",

  whoCanActIntro: "Aşağıdakilerden biriyseniz, başka biri adına tercih yapabilirsiniz:",
  whoCanAct: [
    "16 yaşından küçük bir çocuğun ebeveyni ya da çocuk üzerinde ebeveyn sorumluluğu olan başka bir kişi",
    "bir kişinin sağlık ve refah konularındaki kalıcı vekâletnamesiyle atanmış vekili",
    "bir kişinin Koruma Mahkemesi (Court of Protection) tarafından atanmış kayyumu",
  ],
  evidence:
    "Belgenizin bir kopyasını (aslını değil) göndermeniz gerekir. Bir çocuk için bu belge, doğum belgesi ya da mahkeme kararıdır. Bir yetişkin için ise sağlık ve refah konularındaki kalıcı vekâletname ya da sizi kayyum olarak atayan mahkeme kararıdır.",

  atSixteen:
    "Gençler 16 yaşından itibaren tercihlerini kendileri yapar: ebeveyn artık onlar adına tercih yapamaz. 16 yaşına girmeden önce onlar adına yapılmış bir tercih, kendileri değiştirene kadar geçerli kalır.",

  earlierOptOut:
    "Islington'daki CareMyWay'den ya da Camden'daki CIDR'den çıktıysanız, bu çıkma kararınız birleşik kayda aktarılmıştır. Yeniden kayıttan çıkmanız gerekmez.",

  thinkCarefully:
    "Kayıttan çıkmadan önce, bunun sizin için ne anlama geldiğini anlamak için lütfen bu bilgileri dikkatlice okuyun. Sağlık ve sosyal bakım bilgilerinizin paylaşılması, hizmetlerin size en iyi tedaviyi ve bakımı vermesini kolaylaştırır.",
};

/** The rules as one list, for the leaflet and the paper form. */
export const choiceRulesSummary: Localised<typeof English.choiceRulesSummary> = () => [
  CHOICE_RULES.optOutDoes,
  CHOICE_RULES.optOutDoesNot,
  ...CHOICE_RULES.whenItTakesEffect,
  CHOICE_RULES.optBackIn,
  CHOICE_RULES.atSixteen,
];
