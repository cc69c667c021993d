import type * as English from "../../accessibility";
import { ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";
import { CONTACT_DETAILS } from "./contact-details";
import { formatCalendarDate } from "./dates";

const prepared = formatCalendarDate(new Date(Date.UTC(2026, 10, 25)));
const reviewed = formatCalendarDate(new Date(Date.UTC(2026, 11, 6)));

export const ACCESSIBILITY_PAGE: Localised<typeof English.ACCESSIBILITY_PAGE> = {
  href: ROUTES.accessibility,
  title: "Bayaanka fududaynta isticmaalka (accessibility)",
  shortTitle: "Bayaanka fududaynta isticmaalka",
  description: "Sida ay u fudud tahay isticmaalka websaydhka diiwaanka isku xiran, iyo sida noogu sheegi karto dhibaato.",
  lede: "Bayaankan wuxuu khuseeyaa websaydhka diiwaanka daryeelka ee isku xiran ee Waqooyiga London, oo ay ku jiraan filimka iyo dukumeentiyada aad soo dejisan karto.",
  sections: [
    {
      id: "using-this-website",
      heading: "Isticmaalka websaydhkan",
      blocks: [
        {
          kind: "paragraph",
          text: "North London Partners in health and care ayaa maamusha websaydhkan. Waxaan rabnaa in dad badan oo intii suurtagal ah ay isticmaali karaan. Tusaale ahaan, waa inaad awood u leedahay inaad:",
        },
        {
          kind: "list",
          items: [
            "beddesho midabada, kala-soocidda midabada iyo farta adigoo isticmaalaya dejinta browser-kaaga ama qalabkaaga",
            "weyneyso ilaa 400% iyada oo qoraalku aanu shaashadda ka bixin",
            "websaydhka dhex mariso adigoo isticmaalaya kiiboodh keliya",
            "websaydhka dhex mariso adigoo isticmaalaya barnaamij aqoonsada codka",
            "websaydhka dhegeysato adigoo isticmaalaya akhriyaha shaashadda (screen reader)",
            "websaydhka isticmaasho JavaScript la'aan",
            "filimka daawato adigoo leh qoraal hoose, ama akhrido qoraalkiisa oo dhan",
          ],
        },
        {
          kind: "paragraph",
          text: "Waxaan sidoo kale qoraalka ka dhignay mid sida ugu fudud loo fahmi karo.",
        },
      ],
    },
    {
      id: "how-accessible",
      heading: "Sida uu u fudud yahay isticmaalka websaydhkan",
      blocks: [
        {
          kind: "paragraph",
          text: "Waxaan higsaneynaa inaan buuxinno Tilmaamaha Fududaynta Isticmaalka Nuxurka Websaydhka (WCAG) nooca 2.2, heerka AA. Hubinno otomaatig ah oo fududaynta isticmaalka ah ayaa lagu sameeyaa bog kasta mar kasta oo websaydhku isbeddelo. Websaydhka weli lama marin hubin madax-bannaan oo fududaynta isticmaalka ah.",
        },
        { kind: "paragraph", text: "Waxaan ognahay dhibaatooyinkan:" },
        {
          kind: "list",
          items: [
            "sheekaynta filimku waxay isticmaashaa cod kombiyuutar, oo dadka qaarkood ay ku adkaan karto inay la socdaan: qoraalka hoose iyo qoraalka filimka oo dhan ayaa leh eray kasta",
            "filimku ma laha sharaxaad cod ah oo muuqaalka ah (audio description), laakiin wax kasta oo shaashadda lagu muujiyo waxaa sidoo kale lagu sheegaa sheekaynta",
          ],
        },
      ],
    },
    {
      id: "other-formats",
      heading: "Helitaanka macluumaadka qaabab kale",
      blocks: [
        {
          kind: "paragraph",
          text: `${CONTACT_DETAILS.otherFormats} Nagu soo wac ${CONTACT_DETAILS.phone} ama iimayl u dir ${CONTACT_DETAILS.email}.${CONTACT_DETAILS.emailReply ? ` ${CONTACT_DETAILS.emailReply}` : ""}`,
        },
      ],
    },
    {
      id: "reporting-problems",
      heading: "Ka warbixinta dhibaatooyinka fududaynta isticmaalka",
      blocks: [
        {
          kind: "paragraph",
          text: [
            "Had iyo jeer waxaan raadinaynaa sidii aan wax u hagaajin lahayn. Haddii aad hesho dhibaato aan halkan ku qornayn, ama aad u malaynayso inaanan buuxinayn shuruudaha fududaynta isticmaalka, ",
            { text: "nala soo xiriir", href: ROUTES.contact },
            ".",
          ],
        },
      ],
    },
    {
      id: "enforcement-procedure",
      heading: "Habka dhaqan-gelinta",
      blocks: [
        {
          kind: "paragraph",
          text: "Guddiga Sinnaanta iyo Xuquuqda Aadanaha (Equality and Human Rights Commission, EHRC) ayaa mas'uul ka ah dhaqan-gelinta xeerarka fududaynta isticmaalka. Haddii aadan ku qanacsanayn sida aan uga jawaabno cabashadaada, la xiriir Adeegga La-talinta iyo Taageerada Sinnaanta (Equality Advisory and Support Service, EASS).",
        },
      ],
    },
    {
      id: "compliance-status",
      heading: "Xaaladda u hoggaansanaanta",
      blocks: [
        {
          kind: "paragraph",
          text: "Websaydhkan qayb ahaan ayuu u hoggaansan yahay heerka AA ee Tilmaamaha Fududaynta Isticmaalka Nuxurka Websaydhka nooca 2.2, sababtoo ah dhibaatooyinka kor ku qoran. Hubinnada otomaatigga ahi ma heli karaan dhibaato kasta, websaydhkana weli lama marin hubin madax-bannaan.",
        },
      ],
    },
    {
      id: "preparation",
      heading: "Diyaarinta bayaankan fududaynta isticmaalka",
      blocks: [
        {
          kind: "paragraph",
          text: `Bayaankan waxaa la diyaariyay ${prepared}, dib ayaana loo eegay ${reviewed}. Websaydhka waa la tijaabiyaa mar kasta oo uu isbeddelo, iyadoo bog kasta lagu sameeyo hubinno otomaatig ah.`,
        },
      ],
    },
  ],
};
