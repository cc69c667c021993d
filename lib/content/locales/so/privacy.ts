import type * as English from "../../privacy";
import { PROGRAMME } from "../../programme";
import { ROUTES } from "../../routes";
import type { ContentBlock } from "../../types";
import type { Localised } from "../../../i18n/localised";
import { programmeText } from "../../../i18n/programme-text";
import { CONTACT_DETAILS } from "./contact-details";
import { PROGRAMME_TEXT } from "./programme-text";
import { termsBlock } from "./terms";

const text = programmeText(PROGRAMME_TEXT);
const dpoEmail = PROGRAMME.dataProtectionOfficer.email;

const controllerBlocks: ContentBlock[] = [
  {
    kind: "paragraph",
    text: "Maamulayaasha xogta (data controllers) ee diiwaanka isku xiran (hay'adaha sharci ahaan mas'uulka ka ah sida macluumaadkaaga loo isticmaalo) waa:",
  },
  { kind: "list", items: text.dataControllers },
];

export const PRIVACY_PAGE: Localised<typeof English.PRIVACY_PAGE> = {
  href: ROUTES.privacy,
  title: "Ogeysiiska sirta",
  shortTitle: "Ogeysiiska sirta",
  description: "Sida diiwaanka isku xiran iyo websaydhkan u isticmaalaan macluumaadkaaga, iyo xuquuqdaada.",
  lede: "Ogeysiiskan wuxuu sharxayaa sida macluumaadkaaga loogu isticmaalo diiwaanka isku xiran iyo websaydhkan, iyo waxa xuquuqdaadu tahay.",
  sections: [
    {
      id: "who-we-are",
      heading: "Cidda aan nahay",
      blocks: [
        {
          kind: "paragraph",
          text: "Diiwaanka isku xiran waa barnaamij ay leedahay North London Partners in health and care, oo loogu talagalay Barnet, Camden, Enfield, Haringey iyo Islington.",
        },
        ...controllerBlocks,
        {
          kind: "paragraph",
          text: ["Sarkaalka ilaalinta xogta: ", text.dataProtectionOfficerName, `, ${dpoEmail}.`],
        },
      ],
    },
    {
      id: "information-in-the-record",
      heading: "Sida loo isticmaalo macluumaadka ku jira diiwaanka isku xiran",
      blocks: [
        {
          kind: "paragraph",
          text: [
            "Diiwaanka isku xiran wuxuu isugu keenaa macluumaadka adeegyada ku daryeela. ",
            { text: "Eeg macluumaadka ku jira diiwaanka", href: ROUTES.whatsInTheRecord },
            ".",
          ],
        },
        { kind: "paragraph", text: "Waxaa loo isticmaalaa:" },
        {
          kind: "list",
          items: [
            "shaqaalaha caafimaadka iyo daryeelka marka aad u tagto, ama ay kuu yimaadaan",
            "kooxaha daryeelka, si ay u fahmaan baahiyaha caafimaadka iyo daryeelka ee dadka",
            "in la hubiyo in dadka qaba xanuunno muddada dheer socda ay helaan daryeel tayo sare leh",
            "iyada oo faahfaahinta shakhsiga ah laga saaray (qarsoon, anonymised), si xirfadlayaashu u qorsheeyaan oo u horumariyaan daryeelka",
          ],
        },
        {
          kind: "paragraph",
          text: "Macluumaadka adiga kugu saabsan waxaa ilaaliya Sharciga Ilaalinta Xogta 2018 (Data Protection Act 2018) iyo UK GDPR. Xirfadlayaasha daryeelku waxay leeyihiin waajibaadka sirta ee macluumaadkaaga.",
        },
        termsBlock(["ukGdpr"]),
      ],
    },
    {
      id: "information-you-give-us",
      heading: "Macluumaadka aad nagu siiso websaydhkan",
      blocks: [
        { kind: "paragraph", text: "Marka aad ka baxdo ama dib ugu soo biirto, waxaan haynaa:" },
        {
          kind: "list",
          items: [
            "magaca, taariikhda dhalashada, lambarka NHS iyo koodhka boostada ee qofka doorashada loo sameeyay",
            "doorashadaada iyo goorta aad samaysay",
            "cinwaanka iimaylkaaga, si aan u xaqiijinno doorashadaada",
            "haddii aad qof kale matalayso, magacaaga, xiriirka aad la leedahay iyo caddayntaada",
          ],
        },
        {
          kind: "paragraph",
          text: "Waxaan haynaa diiwaanka doorasho kasta, si loo ixtiraamo. Haddii aad fikirkaaga beddesho, doorashadaada cusub ayaan ku darnaa diiwaanka, doorashada ugu dambaysaana waa tan la tixgeliyo.",
        },
        {
          kind: "paragraph",
          text: "Marka aad na weydiiso inaan kuu soo wacno, waxaan haynaa magacaaga, lambarka taleefankaaga iyo fariintaada. Waxaan tirtirnaa 12 bilood kadib markii aad codsatay.",
        },
      ],
    },
    {
      id: "who-we-share-it-with",
      heading: "Cidda aan la wadaagno doorashadaada",
      blocks: [
        {
          kind: "paragraph",
          text: "Waxaan u sheegnaa nidaamka diiwaanka isku xiran in qof kastaa ka baxay iyo in kale, si uu u ogaado cidda macluumaadkeeda uu wadaagi karo.",
        },
      ],
    },
    {
      id: "your-rights",
      heading: "Xuquuqdaada",
      blocks: [
        { kind: "paragraph", text: "Waxaad xaq u leedahay inaad:" },
        {
          kind: "list",
          items: [
            "aragto macluumaadka lagaa hayo",
            "codsato in la saxo macluumaadka khaldan",
            "ka soo horjeesato sida macluumaadkaaga loo isticmaalo",
            "cabasho gudbiso",
          ],
        },
        {
          kind: "paragraph",
          text: `Si aad u isticmaasho mid ka mid ah xuquuqdan, iimayl u dir sarkaalkayaga ilaalinta xogta ${dpoEmail}, ama nala soo xiriir: iimayl u dir ${CONTACT_DETAILS.email} ama wac ${CONTACT_DETAILS.phone}.`,
        },
        {
          kind: "paragraph",
          text: "Si aad u aragto diiwaannadaada caafimaadka iyo daryeelka, waxaad sidoo kale si toos ah u weydiisan kartaa hay'adahaaga caafimaadka iyo daryeelka, tusaale ahaan rugta dhakhtarkaaga guud (GP), isbitaalka ama golaha degmada.",
        },
      ],
    },
    {
      id: "complaints",
      heading: "Cabashooyinka",
      blocks: [
        {
          kind: "paragraph",
          text: "Haddii aadan ku qanacsanayn sida macluumaadkaaga loo isticmaalo, marka hore nala soo xiriir. Waxaad sidoo kale cabasho u gudbin kartaa Xafiiska Guddoomiyaha Macluumaadka (Information Commissioner's Office, ICO), oo nidaamiya ilaalinta xogta ee Boqortooyada Midowday. Faahfaahinta xiriirkiisa waxay ku qoran tahay websaydhkiisa, ico.org.uk.",
        },
      ],
    },
    {
      id: "cookies",
      heading: "Kukiyada (cookies)",
      blocks: [
        {
          kind: "paragraph",
          text: ["Websaydhkan uma isticmaalo kukiyada inuu kula socdo. ", { text: "Wax ka akhri kukiyada", href: ROUTES.cookies }, "."],
        },
      ],
    },
  ],
};
