import type * as English from "../../when-it-starts";
import { PROGRAMME } from "../../programme";
import { ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";
import { formatStartMonth } from "./programme-words";

/** "Abriil 2019". */
export const PROGRAMME_START_DATE: Localised<typeof English.PROGRAMME_START_DATE> = formatStartMonth(PROGRAMME.start.month);

export const START_SENTENCE: Localised<typeof English.START_SENTENCE> =
  PROGRAMME.start.status === "started"
    ? `Kuwii ugu horreeyay ee la-hawlgalayaashayada ka mid ah waxay heleen diiwaanka isku xiran laga bilaabo ${PROGRAMME_START_DATE}.`
    : `Waxaan qorsheynay in kuwa ugu horreeya ee la-hawlgalayaashayada ka mid ah ay helaan diiwaanka isku xiran bisha ${PROGRAMME_START_DATE}.`;

export const WHEN_IT_STARTS_PAGE: Localised<typeof English.WHEN_IT_STARTS_PAGE> = {
  href: ROUTES.whenItStarts,
  title: "Goorta uu bilaabmayo iyo cidda ka qayb qaadanaysa",
  shortTitle: "Goorta uu bilaabmayo",
  description: "Goorta uu diiwaanka isku xiran bilaabmayo, iyo hay'adaha ka qayb qaadanaya.",
  lede: "Diiwaanka isku xiran si tartiib tartiib ah ayaa loo soo bandhigayaa, hay'ado daryeel oo kale ayaana ku soo biiri doona wakhti ka dib.",
  sections: [
    {
      id: "when-it-starts",
      heading: "Goorta uu bilaabmayo",
      blocks: [
        { kind: "paragraph", text: START_SENTENCE },
        {
          kind: "paragraph",
          text: "Wakhti ka dib, wuxuu sidoo kale yeelan doonaa macluumaad ka yimaada hay'adaha kale ee bixiya adeegyada NHS iyo adeegyada daryeelka bulshada ee golaha degmada, sida adeegyada caafimaadka maskaxda iyo shaqaalaha arrimaha bulshada.",
        },
        {
          kind: "paragraph",
          text: ["Waxaad samayn kartaa doorashadaada wakhti kasta. ", { text: "Wax ka ogow doorashadaada", href: ROUTES.yourChoice }, "."],
        },
      ],
    },
    {
      id: "organisations-taking-part",
      heading: "Hay'adaha ka qayb qaadanaya",
      blocks: [
        {
          kind: "paragraph",
          text: "Hay'adahan ayaa ka qayb qaata diiwaanka isku xiran. Liisku wuu sii kordhi doonaa wakhti ka dib.",
        },
      ],
      printBlocks: [
        {
          kind: "paragraph",
          text: ["Liiska hay'adaha ka qayb qaadanaya wuu sii kordhi doonaa wakhti ka dib. ", { text: "Ka eeg boggayaga internetka cidda ka qayb qaadanaysa", href: ROUTES.whenItStarts }, "."],
        },
      ],
    },
  ],
};

/** Labels for the organisation list, which comes from the register's database. */
export const ORGANISATION_LIST: Localised<typeof English.ORGANISATION_LIST> = {
  typeHeadings: {
    GP_PRACTICE: "Rugaha dhakhaatiirta guud (GP)",
    ACUTE_HOSPITAL: "Isbitaallada",
    COMMUNITY_HEALTH: "Adeegyada caafimaadka bulshada",
    MENTAL_HEALTH: "Adeegyada caafimaadka maskaxda",
    LOCAL_AUTHORITY: "Daryeelka bulshada ee dadka waaweyn ee golaha degmada",
    HOSPICE: "Xarumaha daryeelka dadka xanuunka daran qaba ee dhammaadka nolosha (hospice)",
    OTHER: "Adeegyo kale",
  },
  boroughHeadings: {
    BARNET: "Barnet",
    CAMDEN: "Camden",
    ENFIELD: "Enfield",
    HARINGEY: "Haringey",
    ISLINGTON: "Islington",
  },
  joinedPrefix: "Ku soo biiray",
  joiningPrefix: "Ku soo biiraya",
  none: "Weli hay'ad kuma soo biirin. Dib u eeg dhowaan.",
  unavailable: "Waan ka xunnahay, hadda ma muujin karno liiska hay'adaha. Isku day mar dambe.",
  demoNotice: {
    heading: "Xog tusaale ah",
    text: "Tani waa bandhig. Hay'adahan iyo taariikhahan waa xog tusaale ah oo la sameeyay, ma aha liiska dhabta ah.",
  },
};
