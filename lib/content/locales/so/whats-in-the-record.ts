import type * as English from "../../whats-in-the-record";
import { ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";
import { CHOICE_RULES } from "./rules";
import { TERMS } from "./terms";

export const WHATS_IN_THE_RECORD_PAGE: Localised<typeof English.WHATS_IN_THE_RECORD_PAGE> = {
  href: ROUTES.whatsInTheRecord,
  title: "Macluumaadka ku jira diiwaanka",
  shortTitle: "Waxa ku jira diiwaanka",
  description: "Macluumaadka caafimaadka iyo daryeelka ee ku jira diiwaanka isku xiran, iyo macluumaadka lagu dari doono wakhti ka dib.",
  lede: "Inta badan macluumaadkaaga hadda ee caafimaadka iyo daryeelka waxay ku jiri doonaan diiwaanka isku xiran.",
  sections: [
    {
      id: "what-it-shows",
      heading: "Waxa ku jira",
      blocks: [
        { kind: "paragraph", text: "Tusaale ahaan:" },
        {
          kind: "list",
          items: [
            "daawooyinkaaga",
            "xasaasiyadahaaga",
            "soo-koobidda daryeelkaagii markii aad hore isbitaal u jiiftay",
            "ballamaha kuu soo socda",
            "natiijooyinka baaritaannada caadiga ah, sida baaritaannada dhiigga",
          ],
        },
      ],
    },
    {
      id: "recent-history",
      heading: "Taariikhda dhowaan oo keliya",
      blocks: [
        {
          kind: "paragraph",
          text: "Diiwaanka isku xiran wuxuu muujin doonaa taariikhdaada dhowaan. Sababtu waxay tahay in adeegyada caafimaadka iyo daryeelku aysan had iyo jeer macluumaadkan ku hayn nidaamyada kombiyuutarka.",
        },
      ],
    },
    {
      id: "added-over-time",
      heading: "Macluumaadka lagu dari doono wakhti ka dib",
      blocks: [
        {
          kind: "paragraph",
          text: "Wakhti ka dib, wuxuu sidoo kale yeelan doonaa macluumaad ka yimaada hay'adaha kale ee bixiya adeegyada NHS iyo adeegyada daryeelka bulshada ee golaha degmada. Tan waxaa ku jira diiwaannada caafimaadka maskaxda iyo diiwaannada ay sameeyaan shaqaalaha arrimaha bulshada.",
        },
        {
          kind: "paragraph",
          text: ["Hay'ado daryeel oo kale ayaa ku soo biiri doona wakhti ka dib. ", { text: "Eeg goorta uu bilaabmayo iyo cidda ka qayb qaadanaysa", href: ROUTES.whenItStarts }, "."],
        },
      ],
    },
    {
      id: "children-and-young-people",
      heading: "Carruurta iyo dhallinyarada",
      blocks: [
        { kind: "paragraph", text: "Diiwaannada caafimaadka ee dhammaan dadka waaweyn iyo carruurta waa la isku xiri doonaa, sidoo kale macluumaadka daryeelka bulshada ee dadka waaweyn." },
        { kind: "paragraph", text: "Hadda ma qorsheyneyno inaan ku darno diiwaannada daryeelka bulshada ee carruurta." },
        {
          kind: "paragraph",
          text: [
            "Haddii aad mas'uuliyadda waalidnimo u leedahay ilmo ka yar 16 sano, waxaad u samayn kartaa doorashada. ",
            { text: "Wax ka ogow sida doorashada loogu sameeyo qof kale", href: `${ROUTES.yourChoice}#making-a-choice-for-someone-else` },
            ".",
          ],
        },
        { kind: "paragraph", text: CHOICE_RULES.atSixteen },
        { kind: "definitions", items: [TERMS.parentalResponsibility] },
      ],
    },
    {
      id: "what-is-left-out",
      heading: "Macluumaadka laga reebay",
      blocks: [
        {
          kind: "paragraph",
          text: [
            "Qayb kasta oo macluumaadkaaga ka mid ah kuma jirto diiwaanka isku xiran. Macluumaadka xasaasiga ah qaarkood waa laga reebay, tusaale ahaan caafimaadka galmada, daaweynta bacriminta, rabshadaha qoyska iyo diiwaannada dembiyada. ",
            { text: "Eeg waxa laga reebay", href: ROUTES.whatsLeftOut },
            ".",
          ],
        },
      ],
    },
  ],
};
