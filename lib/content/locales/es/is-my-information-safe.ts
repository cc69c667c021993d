import type * as English from "../../is-my-information-safe";
import { ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";
import { termsBlock } from "./terms";

export const IS_MY_INFORMATION_SAFE_PAGE: Localised<typeof English.IS_MY_INFORMATION_SAFE_PAGE> = {
  href: ROUTES.isMyInformationSafe,
  title: "¿Está segura mi información?",
  shortTitle: "¿Está segura mi información?",
  description: "Cómo se protege su registro integrado: los códigos de conducta, la ley y el deber de confidencialidad.",
  lede: "Todas las personas con acceso a su información de salud y de asistencia social trabajan bajo códigos de conducta estrictos. Deben respetar su privacidad y mantener su información segura. No hacerlo es una infracción grave.",
  sections: [
    {
      id: "safeguards",
      heading: "Lo que deben hacer los profesionales",
      blocks: [
        { kind: "paragraph", text: "La ley exige que los profesionales de la salud y de la asistencia social:" },
        {
          kind: "list",
          items: [
            "solo vean la información que necesitan para hacer su trabajo de prestar y gestionar su atención",
            "mantengan sus registros seguros",
            "mantengan su información en confidencialidad (esto se llama deber de confidencialidad)",
          ],
        },
        { kind: "paragraph", text: "Cada persona solo puede ver la información relacionada con su trabajo." },
        { kind: "paragraph", text: [{ text: "Vea quién puede ver su registro", href: ROUTES.whoCanSeeIt }, "."] },
      ],
    },
    {
      id: "the-law",
      heading: "La ley protege su información",
      blocks: [
        {
          kind: "paragraph",
          text: "La ley protege la información sobre usted. En concreto, la Ley de Protección de Datos de 2018 (Data Protection Act 2018) y el Reglamento General de Protección de Datos del Reino Unido (UK GDPR).",
        },
        termsBlock(["ukGdpr"]),
      ],
    },
    {
      id: "access-is-recorded",
      heading: "Los accesos quedan registrados",
      blocks: [{ kind: "paragraph", text: "Queda constancia de quién consulta el registro integrado, para que los accesos puedan revisarse." }],
    },
    {
      id: "your-rights",
      heading: "Sus derechos",
      blocks: [
        {
          kind: "paragraph",
          text: [
            "Nuestro ",
            { text: "aviso de privacidad", href: ROUTES.privacy },
            " explica sus derechos y cómo ejercerlos. También puede ",
            { text: "ponerse en contacto con nosotros", href: ROUTES.contact },
            ".",
          ],
        },
      ],
    },
  ],
};
