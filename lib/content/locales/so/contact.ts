import type * as English from "../../contact";
import { CALLBACK_FORM as ENGLISH_CALLBACK_FORM } from "../../contact";
import { PROGRAMME } from "../../programme";
import { ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";
import { CONTACT_DETAILS } from "./contact-details";
import { withinWorkingDays } from "./programme-words";
import { joinWords } from "../../types";

const callbackWithin = withinWorkingDays(PROGRAMME.responseTimes.callbackWorkingDays);

export const CONTACT_PAGE: Localised<typeof English.CONTACT_PAGE> = {
  href: ROUTES.contact,
  title: "Nala soo xiriir",
  shortTitle: "Nala soo xiriir",
  description: "Wac, iimayl u dir ama warqad u qor kooxda diiwaanka isku xiran, ama na weydii inaan kuu soo wacno.",
  lede: "Nala soo xiriir haddii aad su'aal ka qabto diiwaanka isku xiran ama aad u baahan tahay caawimo si aad u samayso doorashadaada.",
  sections: [
    {
      id: "call-us",
      heading: "Na wac",
      blocks: [
        { kind: "paragraph", text: ["Taleefan: ", { text: CONTACT_DETAILS.phone, href: CONTACT_DETAILS.phoneHref }] },
        { kind: "paragraph", text: CONTACT_DETAILS.marked.phoneHours },
        { kind: "paragraph", text: CONTACT_DETAILS.textRelay },
      ],
    },
    {
      id: "email-us",
      heading: "Iimayl noo soo dir",
      blocks: [
        { kind: "paragraph", text: ["Iimayl: ", { text: CONTACT_DETAILS.email, href: `mailto:${CONTACT_DETAILS.email}` }] },
        ...(CONTACT_DETAILS.emailReply ? [{ kind: "paragraph", text: CONTACT_DETAILS.emailReply } as const] : []),
        {
          kind: "paragraph",
          text: "Ha ku soo dirin macluumaad caafimaad iimayl. Haddii aad u baahan tahay caawimo caafimaad, la xiriir dhakhtarkaaga guud (GP) ama wac 111.",
        },
      ],
    },
    {
      id: "write-to-us",
      heading: "Warqad noo soo qor",
      blocks: [
        { kind: "paragraph", text: joinWords(CONTACT_DETAILS.marked.postalAddress, ", ") },
        ...(CONTACT_DETAILS.postage ? [{ kind: "paragraph", text: CONTACT_DETAILS.postage } as const] : []),
      ],
    },
    {
      id: "other-formats",
      heading: "Qaabab iyo luqado kale",
      blocks: [{ kind: "paragraph", text: CONTACT_DETAILS.otherFormats }],
    },
  ],
};

// The preferred time's values are what the form sends and the register stores
// (checked against the English options in lib/validation/contact.ts), so they
// stay as in English; only the labels residents read are Somali.
const [anyTime, morning, afternoon] = ENGLISH_CALLBACK_FORM.preferredTime.options;

/** The request-a-call-back form on the contact page. */
export const CALLBACK_FORM: Localised<typeof English.CALLBACK_FORM> = {
  heading: "Na weydii inaan kuu soo wacno",
  id: "call-back",
  intro: `Noo dhaaf magacaaga iyo lambarkaaga, waanan kuu soo wici doonaa${callbackWithin ? ` ${callbackWithin}` : ""}.`,
  name: { label: "Magacaaga" },
  phone: {
    label: "Lambarka taleefanka UK",
    hint: "Tusaale ahaan, 07700 900 982 ama 020 7946 0123",
  },
  preferredTime: {
    legend: "Goorma ayaa kuugu habboon in lagu soo waco?",
    options: [
      { value: anyTime.value, label: "Wakhti kasta" },
      { value: morning.value, label: "Subaxnimo (9:00 subaxnimo ilaa duhurka)" },
      { value: afternoon.value, label: "Galabnimo (duhurka ilaa 5:00 galabnimo)" },
    ],
  },
  message: {
    label: "Maxaad jeclaan lahayd inaan ka hadalno? (ikhtiyaari)",
    hint: "Ha ku darin faahfaahin caafimaad. Waxaan ku weydiin doonnaa waxa aan u baahannahay marka aan ku soo wacno.",
  },
  submit: "Codso in laguu soo waco",
  errorSummaryHeading: "Dhibaato ayaa jirta",
  errorTitlePrefix: "Khalad: ",
  errors: {
    name: {
      required: "Geli magacaaga",
      tooLong: "Magacaagu waa inuu ahaadaa 200 xaraf ama ka yar",
      hiddenCharacters: "Magacaagu waa inuusan lahayn xarfo qarsoon sida tab ama xariiq-cusub",
    },
    phone: {
      required: "Geli lambar taleefan oo UK ah",
      invalid: "Geli lambar taleefan oo UK ah, sida 07700 900 982 ama 020 7946 0123",
    },
    preferredTime: {
      required: "Dooro wakhtiga kuugu habboon in lagu soo waco",
    },
    message: {
      tooLong: "Waxa aad jeclaan lahayd inaan ka hadalno waa inuu ahaadaa 2000 xaraf ama ka yar",
      hiddenCharacters: "Waxa aad jeclaan lahayd inaan ka hadalno waa inuusan lahayn xarfo xakamayn oo qarsoon",
    },
    tooManyRequests: "Waxaad codsatay in laguu soo waco marar aad u badan. Isku day saacad kadib, ama na soo wac.",
    notSaved: `Waan ka xunnahay, ma kaydin karin codsigaaga. Isku day mar dambe, ama nagu soo wac ${CONTACT_DETAILS.phone}.`,
  },
};

export const CALLBACK_REQUESTED_PAGE: Localised<typeof English.CALLBACK_REQUESTED_PAGE> = {
  title: "Waan kuu soo wici doonaa",
  body: `Codsigaaga waan helnay. Qof ka tirsan kooxda diiwaanka isku xiran ayaa kuu soo wici doona${callbackWithin ? ` ${callbackWithin}` : ""}.`,
  nextHeading: "Waxa xiga",
  next: [
    [`Haddii aanaan ku heli karin, waxaad nagu soo wici kartaa ${CONTACT_DETAILS.phone}, `, CONTACT_DETAILS.marked.phoneHours, "."],
    "Haddii aad caawimo caafimaad u baahato ka hor intaas, la xiriir dhakhtarkaaga guud (GP) ama wac 111.",
  ],
  backLink: { text: "Ku noqo bogga nala soo xiriir", href: ROUTES.contact },
};
