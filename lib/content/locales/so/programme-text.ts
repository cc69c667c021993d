import type { ProgrammeText } from "../../../i18n/programme-text";

/** The example programme facts' free text in Somali (DEFAULT_PROGRAMME_FACTS in lib/content/programme-schema.ts). */
export const PROGRAMME_TEXT: ProgrammeText = {
  teamName: "Kooxda diiwaanka isku xiran",
  phoneHours: "Isniinta ilaa Jimcaha, 9:00 subaxnimo ilaa 5:00 galabnimo (saacado tusaale ah)",
  postalAddress: ["Kooxda diiwaanka isku xiran", "North London Partners in health and care", "Cinwaan tusaale ah (ha loo dirin boosto)", "London"],
  excludedInformation: {
    SEXUAL_HEALTH: {
      category: "Caafimaadka galmada",
      includes: "Booqashooyinka rugaha caafimaadka galmada, baaritaannada iyo daaweynta cudurrada galmada lagu kala qaado.",
    },
    FERTILITY: { category: "Daaweynta bacriminta (uur-qaadidda)", includes: "IVF iyo daaweynta kale ee bacriminta." },
    DOMESTIC_ABUSE: {
      category: "Rabshadaha qoyska",
      includes: "Warbixinnada rabshadaha ama xadgudubka qoyska, iyo taageerada adeegyada xadgudubka qoyska.",
    },
    CRIMINAL_JUSTICE: {
      category: "Diiwaannada dembiyada",
      includes: "Diiwaannada dembiyada iyo macluumaadka ka yimaada booliiska, maxkamadaha ama adeegga kormeerka dembiilayaasha (probation).",
    },
    HIV: { category: "HIV iyo AIDS", includes: "Baaritaannada HIV, natiijooyinkooda, daaweynta iyo daryeelka." },
    CONTRACEPTION: { category: "Ka-hortagga uurka", includes: "Ka-hortagga uurka ee laga helo adeegga caafimaadka galmada ama qorsheynta qoyska." },
    TERMINATION: { category: "Joojinta uurka", includes: "Uur-ka-soo-rididda (ilmo iska soo ridid) iyo daryeelka la xiriira." },
    GENDER_IDENTITY: { category: "Aqoonsiga jinsiga", includes: "Adeegyada aqoonsiga jinsiga, iyo diiwaan kasta oo ku saabsan beddelidda jinsiga." },
    SEXUAL_ASSAULT: { category: "Xadgudubka galmada", includes: "Daryeelka kadib kufsi ama xadgudub galmo." },
    SAFEGUARDING: {
      category: "Ilaalinta ka-hortagga waxyeellada",
      includes: "Walaacyada iyo qorshayaasha lagu ilaalinayo ilmo ama qof weyn oo khatar ugu jira in waxyeello loo geysto.",
    },
    ADOPTION: { category: "Korsashada ilmaha", includes: "Diiwaannada korsashada ilmaha." },
    SUBSTANCE_USE: {
      category: "Adeegyada daroogada iyo khamriga",
      includes: "Daaweynta iyo taageerada adeegyada gaarka ah ee daroogada iyo khamriga.",
    },
    GENETICS: { category: "Baaritaanka hidda-sidaha", includes: "Natiijooyinka baaritaannada hidda-sidaha." },
    THERAPY_NOTES: {
      category: "Qoraallada daaweynta hadalka",
      includes: "Qoraallada fadhiyada la-talinta ama daaweynta nafsiga ah.",
    },
    COMPLAINTS_LEGAL: { category: "Cabashooyinka iyo dacwadaha sharciga", includes: "Cabashooyinka iyo dacwadaha sharciga ee ku saabsan daryeelka." },
    MARKED_PRIVATE: {
      category: "Macluumaad loo calaamadeeyay mid gaar ah",
      includes: "Wax kasta oo xirfadle uu diiwaankiisa gaarka ah ugu calaamadeeyay mid gaar ah (qarsoodi).",
    },
  },
  roles: [
    {
      role: "Dhakhaatiirta guud (GP)",
      sees: "Daawooyinkaaga, xasaasiyadahaaga, soo-koobidda isbitaalka, natiijooyinka baaritaannada iyo ballamahaaga.",
      why: "Waxay daryeelaan caafimaadkaaga muddo dheer.",
    },
    {
      role: "Xirfadlayaasha caafimaadka ee isbitaalka",
      sees: "Daawooyinkaaga, xasaasiyadahaaga, joogitaannadaadii hore ee isbitaalka iyo natiijooyinka baaritaannada.",
      why: "Way ku qiimeeyaan oo ku daaweeyaan, mararka qaarkood xaalad degdeg ah.",
    },
    {
      role: "Xirfadlayaasha caafimaadka bulshada",
      sees: "Daawooyinkaaga, xasaasiyadahaaga iyo daryeelka aad guriga ku hesho.",
      why: "Waxay kugu daryeelaan guriga ama rugaha caafimaadka.",
    },
    {
      role: "Shaqaalaha caafimaadka maskaxda",
      sees: "Daawooyinkaaga, xasaasiyadahaaga iyo daryeelkaaga caafimaadka maskaxda.",
      why: "Caafimaadka jirkaagu wuxuu saameyn karaa daryeelka caafimaadka maskaxdaada.",
    },
    {
      role: "Shaqaalaha arrimaha bulshada",
      sees: "Taageerada aad ka hesho daryeelka bulshada ee dadka waaweyn, iyo qaar ka mid ah macluumaadka caafimaadka.",
      why: "Waxay qorsheeyaan daryeelkaaga iyo taageeradaada.",
    },
    {
      role: "Daaweeyayaasha nolol-maalmeedka (occupational therapists)",
      sees: "Qaybaha diiwaankaaga ee ku saabsan nolol-maalmeedka iyo taageerada guriga.",
      why: "Waxay kaa caawiyaan inaad ahaato mid badbaadsan oo madax-bannaan.",
    },
  ],
  dataControllers: ["Example Hospital NHS Trust (tusaale)", "Example Borough Council (tusaale)"],
  dataProtectionOfficerName: "Sarkaalka ilaalinta xogta (tusaale)",
};
