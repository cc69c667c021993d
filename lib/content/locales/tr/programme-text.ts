import type { ProgrammeText } from "../../../i18n/programme-text";

// The Turkish words of the example programme facts (DEFAULT_PROGRAMME_FACTS in
// lib/content/programme-schema.ts). Where the operator has changed a fact,
// programmeText() shows the operator's own English words instead.

export const PROGRAMME_TEXT: ProgrammeText = {
  teamName: "Birleşik kayıt ekibi",
  phoneHours: "Pazartesiden cumaya, saat 09:00 ile 17:00 arası (örnek saatler)",
  // The addressee lines stay as the post needs them; only the words about the example are translated.
  postalAddress: ["Joined-up record team", "North London Partners in health and care", "Örnek adres (bu adrese posta göndermeyin)", "London"],
  excludedInformation: {
    SEXUAL_HEALTH: {
      category: "Cinsel sağlık",
      includes: "Cinsel sağlık kliniklerine yapılan ziyaretler, cinsel yolla bulaşan enfeksiyonlar için yapılan testler ve tedaviler.",
    },
    FERTILITY: { category: "Doğurganlık (kısırlık) tedavisi", includes: "Tüp bebek (IVF) ve diğer doğurganlık tedavileri." },
    DOMESTIC_ABUSE: {
      category: "Aile içi şiddet",
      includes: "Aile içi şiddet ya da istismar bildirimleri ve aile içi istismar hizmetlerinden alınan destek.",
    },
    CRIMINAL_JUSTICE: { category: "Sabıka kayıtları", includes: "Sabıka kayıtları ve polisten, mahkemelerden ya da denetimli serbestlik hizmetinden gelen bilgiler." },
    HIV: { category: "HIV ve AIDS", includes: "HIV testleri, sonuçları, tedavisi ve bakımı." },
    CONTRACEPTION: { category: "Doğum kontrolü", includes: "Cinsel sağlık ya da aile planlaması hizmetinden alınan doğum kontrolü." },
    TERMINATION: { category: "Gebeliğin sonlandırılması", includes: "Kürtaj ve bununla ilgili bakım." },
    GENDER_IDENTITY: { category: "Cinsiyet kimliği", includes: "Cinsiyet kimliği hizmetleri ve cinsiyet değişikliğine ilişkin her türlü kayıt." },
    SEXUAL_ASSAULT: { category: "Cinsel saldırı", includes: "Tecavüz ya da cinsel saldırı sonrasında verilen bakım." },
    SAFEGUARDING: {
      category: "Koruma (safeguarding)",
      includes: "Zarar görme riski olan bir çocuğu ya da yetişkini korumaya yönelik endişeler ve planlar.",
    },
    ADOPTION: { category: "Evlat edinme", includes: "Evlat edinme kayıtları." },
    SUBSTANCE_USE: { category: "Uyuşturucu ve alkol hizmetleri", includes: "Uzman uyuşturucu ve alkol hizmetlerinden alınan tedavi ve destek." },
    GENETICS: { category: "Genetik testler", includes: "Genetik test sonuçları." },
    THERAPY_NOTES: { category: "Konuşma terapisi notları", includes: "Danışmanlık (counselling) ya da psikoterapi seanslarının notları." },
    COMPLAINTS_LEGAL: { category: "Şikâyetler ve hukuki talepler", includes: "Bakımla ilgili şikâyetler ve hukuki talepler." },
    MARKED_PRIVATE: {
      category: "Özel olarak işaretlenmiş bilgiler",
      includes: "Bir uzmanın kendi kaydında özel olarak işaretlediği her türlü bilgi.",
    },
  },
  roles: [
    {
      role: "Aile hekimleri (GP)",
      sees: "İlaçlarınız, alerjileriniz, hastane özetleriniz, test sonuçlarınız ve randevularınız.",
      why: "Sağlığınızla uzun süre boyunca ilgilenirler.",
    },
    {
      role: "Hastane doktorları ve klinik personeli",
      sees: "İlaçlarınız, alerjileriniz, geçmişteki hastane yatışlarınız ve test sonuçlarınız.",
      why: "Sizi değerlendirir ve tedavi ederler; bazen bu bir acil durumda olur.",
    },
    {
      role: "Toplum sağlığı çalışanları",
      sees: "İlaçlarınız, alerjileriniz ve evde aldığınız bakım.",
      why: "Size evde ya da kliniklerde bakım verirler.",
    },
    {
      role: "Ruh sağlığı çalışanları",
      sees: "İlaçlarınız, alerjileriniz ve ruh sağlığı bakımınız.",
      why: "Beden sağlığınız, ruh sağlığı bakımınızı etkileyebilir.",
    },
    {
      role: "Sosyal hizmet uzmanları",
      sees: "Yetişkin sosyal bakım hizmetlerinden aldığınız destek ve bazı sağlık bilgileri.",
      why: "Bakımınızı ve desteğinizi planlarlar.",
    },
    {
      role: "Ergoterapistler (iş ve uğraşı terapistleri)",
      sees: "Kaydınızın günlük yaşam ve evde destekle ilgili bölümleri.",
      why: "Güvende ve bağımsız kalmanıza yardım ederler.",
    },
  ],
  dataControllers: ["Example Hospital NHS Trust (örnek)", "Example Borough Council (örnek)"],
  dataProtectionOfficerName: "Veri koruma görevlisi (örnek)",
};
