import type * as English from "../../errors";
import { ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";

export const NOT_FOUND_PAGE: Localised<typeof English.NOT_FOUND_PAGE> = {
  title: "No se encuentra la página",
  paragraphs: [
    "Si escribió la dirección web, compruebe que es correcta.",
    "Si pegó la dirección web, compruebe que copió la dirección completa.",
  ],
  links: [
    {
      before: "Puede ",
      link: { text: "ir a la página de inicio del registro integrado", href: ROUTES.home },
      after: ".",
    },
    {
      before: "Si todavía necesita ayuda, ",
      link: { text: "póngase en contacto con nosotros", href: ROUTES.contact },
      after: ".",
    },
  ],
};

export const SERVICE_ERROR_PAGE: Localised<typeof English.SERVICE_ERROR_PAGE> = {
  title: "Lo sentimos, hay un problema con el servicio",
  paragraphs: [
    "Inténtelo de nuevo más tarde.",
    "Si estaba tomando una decisión y no recibió un número de referencia, su decisión no se ha guardado.",
  ],
  tryAgainButton: "Intentarlo de nuevo",
  contact: {
    before: "Si necesita ayuda ahora, ",
    link: { text: "póngase en contacto con nosotros", href: ROUTES.contact },
    after: ".",
  },
};
