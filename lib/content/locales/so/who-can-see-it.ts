import type * as English from "../../who-can-see-it";
import { PROGRAMME } from "../../programme";
import { ROUTES } from "../../routes";
import type { ContentBlock } from "../../types";
import type { Localised } from "../../../i18n/localised";
import { programmeText, wordsOf } from "../../../i18n/programme-text";
import { PROGRAMME_TEXT } from "./programme-text";

/** What each role sees, in Somali where the programme's list is still the one translated; a role the operator changed stays in English, marked. */
export const ROLE_SUMMARIES: Localised<typeof English.ROLE_SUMMARIES> = programmeText(PROGRAMME_TEXT).roles;

export const ROLES_STATUS: Localised<typeof English.ROLES_STATUS> = PROGRAMME.roles.confirmed
  ? undefined
  : {
      heading: "Tusaale: weli lama xaqiijin",
      text: "Liiskan waa tusaale. Barnaamijku weli ma xaqiijin waxa door kasta arki karo.",
    };

const roleBlocks: ContentBlock[] = [
  ...(ROLES_STATUS ? [{ kind: "warning", heading: ROLES_STATUS.heading, paragraphs: [ROLES_STATUS.text] } as const] : []),
  {
    kind: "list",
    items: ROLE_SUMMARIES.map((role) => wordsOf(`${role.role}: ${role.sees} ${role.why}`, role)),
  },
];

export const WHO_CAN_SEE_IT_PAGE: Localised<typeof English.WHO_CAN_SEE_IT_PAGE> = {
  href: ROUTES.whoCanSeeIt,
  title: "Yaa arki kara diiwaankaaga",
  shortTitle: "Yaa arki kara",
  description: "Cidda arki karta diiwaankaaga isku xiran, iyo sababta qof kastaa u arko oo keliya waxa shaqadiisu u baahan tahay.",
  lede: "Dadka u baahan inay arkaan macluumaadkaaga si ay u taageeraan caafimaadkaaga iyo daryeelkaaga bulshada oo keliya ayaa geli kara macluumaadkaas.",
  sections: [
    {
      id: "who-can-see-it",
      heading: "Yaa arki kara",
      blocks: [
        { kind: "paragraph", text: "Tan waxaa ka mid ah:" },
        {
          kind: "list",
          items: [
            "dhakhaatiirta guud (GP)",
            "shaqaalaha arrimaha bulshada",
            "xirfadlayaasha caafimaadka ee isbitaalka",
            "xirfadlayaasha caafimaadka bulshada",
            "shaqaalaha caafimaadka maskaxda",
            "xubnaha kale ee kooxda daryeelka ee loo oggolaaday",
          ],
        },
        {
          kind: "paragraph",
          text: "Qof kastaa wuxuu arki karaa oo keliya macluumaadka la xiriira shaqadiisa. Sidaas darteed, shaqaale daryeelka bulshada ah wuxuu arki karaa qaybo kale oo diiwaankaaga ah marka loo eego daaweeyaha nolol-maalmeedka (occupational therapist).",
        },
      ],
    },
    {
      id: "the-rules",
      heading: "Xeerarka ay tahay inay raacaan",
      blocks: [
        {
          kind: "list",
          items: [
            "Waxay arki karaan oo keliya macluumaadka ay u baahan yihiin si ay shaqadooda u qabtaan marka ay ku siinayaan oo maaraynayaan daryeelkaaga.",
            "Waa inay diiwaannadaada si ammaan ah u hayaan.",
            "Waxay leeyihiin waajibaadka sirta: waa inay macluumaadkaaga sir ka dhigaan.",
            "Waxay ku shaqeeyaan xeerar anshax oo adag. Ixtiraam la'aanta sirtaada ama ilaalin la'aanta macluumaadkaagu waa dembi culus.",
          ],
        },
        { kind: "paragraph", text: [{ text: "Wax ka ogow sida macluumaadkaaga loo ilaaliyo", href: ROUTES.isMyInformationSafe }, "."] },
      ],
    },
    {
      id: "what-each-role-can-see",
      heading: "Waxa door kasta arki karo",
      blocks: roleBlocks,
    },
    {
      id: "seeing-your-own-record",
      heading: "Arkidda diiwaankaaga",
      blocks: [
        {
          kind: "paragraph",
          text: "Diiwaanka isku xiran waxaa loogu talagalay xirfadlayaasha ku daryeela. Adigu kuma arki kartid macluumaadkaaga adigoo isticmaalaya.",
        },
        {
          kind: "paragraph",
          text: "Haddii aad rabto inaad aragto diiwaannadaada caafimaadka iyo daryeelka, waxaad si toos ah u weydiisan kartaa hay'adahaaga caafimaadka iyo daryeelka, tusaale ahaan rugta dhakhtarkaaga guud (GP), isbitaalka ama golaha degmada.",
        },
      ],
    },
  ],
};
