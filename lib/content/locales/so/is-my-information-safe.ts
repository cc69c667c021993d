import type * as English from "../../is-my-information-safe";
import { ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";
import { termsBlock } from "./terms";

export const IS_MY_INFORMATION_SAFE_PAGE: Localised<typeof English.IS_MY_INFORMATION_SAFE_PAGE> = {
  href: ROUTES.isMyInformationSafe,
  title: "Macluumaadkaygu ma badbaadsan yahay?",
  shortTitle: "Macluumaadkaygu ma badbaadsan yahay?",
  description: "Sida loo ilaaliyo diiwaankaaga isku xiran: xeerarka anshaxa, sharciga iyo waajibaadka sirta.",
  lede: "Qof kasta oo geli kara macluumaadkaaga caafimaadka iyo daryeelka wuxuu ku shaqeeyaa xeerar anshax oo adag. Waa inay ixtiraamaan sirtaada oo ay macluumaadkaaga badbaado ku hayaan. Haddii ay sidaas samayn waayaan, waa dembi culus.",
  sections: [
    {
      id: "safeguards",
      heading: "Waxa ay tahay inay xirfadlayaasha daryeelku sameeyaan",
      blocks: [
        { kind: "paragraph", text: "Sharcigu wuxuu xirfadlayaasha daryeelka ku waajibinayaa inay:" },
        {
          kind: "list",
          items: [
            "arkaan oo keliya macluumaadka ay u baahan yihiin si ay shaqadooda u qabtaan marka ay ku siinayaan oo maaraynayaan daryeelkaaga",
            "diiwaannadaada si ammaan ah u hayaan",
            "macluumaadkaaga sir ka dhigaan (tan waxaa la yiraahdaa waajibaadka sirta)",
          ],
        },
        { kind: "paragraph", text: "Qof kastaa wuxuu arki karaa oo keliya macluumaadka la xiriira shaqadiisa." },
        { kind: "paragraph", text: [{ text: "Eeg cidda arki karta diiwaankaaga", href: ROUTES.whoCanSeeIt }, "."] },
      ],
    },
    {
      id: "the-law",
      heading: "Sharcigu wuu ilaaliyaa macluumaadkaaga",
      blocks: [
        {
          kind: "paragraph",
          text: "Macluumaadka adiga kugu saabsan waxaa ilaaliya Sharciga Ilaalinta Xogta 2018 (Data Protection Act 2018) iyo Xeerka Guud ee Ilaalinta Xogta ee Boqortooyada Midowday (UK GDPR).",
        },
        termsBlock(["ukGdpr"]),
      ],
    },
    {
      id: "access-is-recorded",
      heading: "Gelitaanka waa la diiwaan geliyaa",
      blocks: [{ kind: "paragraph", text: "Waxaa la hayaa diiwaan muujinaya cidda eegta diiwaanka isku xiran, si gelitaanka loo hubin karo." }],
    },
    {
      id: "your-rights",
      heading: "Xuquuqdaada",
      blocks: [
        {
          kind: "paragraph",
          text: [
            { text: "Ogeysiiskayaga sirta", href: ROUTES.privacy },
            " wuxuu sharxayaa xuquuqdaada iyo sida aad u isticmaali karto. Waxaad sidoo kale ",
            { text: "nala soo xiriiri kartaa", href: ROUTES.contact },
            ".",
          ],
        },
      ],
    },
  ],
};
