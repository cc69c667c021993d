import type { SITE_FRAME as English } from "../../site-frame";
import type { Localised } from "../../../i18n/localised";

// Written by the lead engineer with the other words about the site itself (lib/content/site-frame.ts).

export const SITE_FRAME: Localised<typeof English> = {
  languageLinksLabel: "Luqadaha",
  translationNotice: {
    text: "Turjumaaddan weli ma hubin turjumaan u qalma. Waxaa laga yaabaa inay khaladaad ku jiraan.",
    englishLink: "Ku akhri boggan Ingiriisi",
  },
  exampleDetails: {
    heading: "Faahfaahinta xiriirka ee tusaalaha ah",
    text: (fields: string) => `Tani waa bandhig. Macluumaadkan waa tusaalooyin, weli ma aha kuwa barnaamijka: ${fields}. Ha isticmaalin.`,
    fieldNames: {
      "phone number": "lambarka taleefanka",
      "opening hours": "saacadaha shaqada",
      "text relay number": "lambarka Relay UK",
      "email address": "ciwaanka iimaylka",
      "postal address": "ciwaanka boostada",
      "list of information left out": "liiska macluumaadka laga saaray",
      "list of what each role can see": "liiska waxa xirfadle kastaa arki karo",
      "data controllers": "maamulayaasha xogta",
      "data protection officer": "sarkaalka ilaalinta xogta",
      "web address": "ciwaanka websaydka",
    },
  },
};
