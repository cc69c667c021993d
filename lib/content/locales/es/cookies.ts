import type * as English from "../../cookies";
import { ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";

export const COOKIES_PAGE: Localised<typeof English.COOKIES_PAGE> = {
  href: ROUTES.cookies,
  title: "Cookies",
  shortTitle: "Cookies",
  description: "Este sitio web no usa cookies para seguirle ni para publicidad.",
  lede: "Las cookies son pequeños archivos que se guardan en su teléfono, tableta o computadora cuando visita un sitio web.",
  sections: [
    {
      id: "how-we-use-cookies",
      heading: "Cómo usamos las cookies",
      blocks: [
        {
          kind: "paragraph",
          text: "Este sitio web no usa cookies para seguirle, para medir cómo lo usa ni para publicidad.",
        },
        {
          kind: "paragraph",
          text: "Solo usaríamos las cookies que el sitio web necesita para funcionar, llamadas cookies esenciales. La ley dice que estas no necesitan su permiso. Estas páginas no guardan ninguna cookie.",
        },
      ],
    },
    {
      id: "other-websites",
      heading: "Otros sitios web",
      blocks: [
        {
          kind: "paragraph",
          text: "Todo lo que hay en este sitio web, incluido el vídeo, viene de este sitio web. No usamos servicios de otras empresas que puedan guardar sus propias cookies.",
        },
        {
          kind: "paragraph",
          text: ["Lea nuestro ", { text: "aviso de privacidad", href: ROUTES.privacy }, " para saber cómo usamos su información."],
        },
      ],
    },
  ],
};
