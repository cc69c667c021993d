import type * as English from "../../emails";
import { PROGRAMME } from "../../programme";
import type { Localised } from "../../../i18n/localised";
import { CONTACT_DETAILS } from "./contact-details";
import { SITE_TITLE } from "./site";
import { withinWorkingDays } from "./working-days";
import { emailLayout } from "../../email-layout";

// The service's emails in Spanish: the same facts and layout as the English
// (lib/content/emails.ts), with the HTML marked lang="es" so mail readers and
// screen readers speak it as Spanish.

/** Sent to the team when a resident asks for a call back on the contact page. */

/** The service's email layout (lib/content/email-layout.ts), marked as this language. */
const LAYOUT = emailLayout({ lang: "es" });
const { renderRows } = LAYOUT;
export const { renderPlainEmail, renderFactsEmail } = LAYOUT;

export const renderCallbackRequestEmail: Localised<typeof English.renderCallbackRequestEmail> = (input) => {
  const title = "Un residente ha pedido que le devuelvan la llamada";
  const rows: [string, string][] = [
    ["Nombre", input.name],
    ["Número de teléfono", input.phone],
    ["Mejor momento para llamar", input.preferredTime ?? "No indicado"],
    ["Asunto", input.message ?? "No indicado"],
    ["Pedido el", input.requestedAt],
    ["Referencia de la solicitud", input.reference],
  ];
  const within = withinWorkingDays(PROGRAMME.responseTimes.callbackWorkingDays);
  const footer = `Enviado por el sitio web ${SITE_TITLE}. Devuelva la llamada${within ? ` ${within}` : " lo antes posible"} y marque la solicitud como atendida.`;
  return {
    // The subject names no one: subjects show in notifications and mail logs.
    subject: `Solicitud de llamada ${input.reference}`,
    text: [title, "", ...rows.map(([key, value]) => `${key}: ${value}`), "", footer].join("\n"),
    html: renderRows(title, rows, footer),
  };
};

/** Sent to every address that proved an earlier opt-out when someone asks to opt that person back in. Carries nothing the requester gave. */
export const renderOptInAttemptNotice: Localised<typeof English.renderOptInAttemptNotice> = (input) => {
  const title = "Alguien ha pedido volver a incluirse en el registro integrado de salud y asistencia social";
  const why =
    input.basis.kind === "opt-out"
      ? `Le escribimos porque esta dirección de correo electrónico se usó para excluir a una persona del registro integrado de salud y asistencia social del norte de Londres (referencia ${input.basis.reference}, el ${input.basis.decidedOn}). Ahora alguien ha pedido que esa misma persona vuelva a incluirse.`
      : "Le escribimos porque inició sesión con NHS login para tomar una decisión sobre su registro integrado de salud y asistencia social del norte de Londres. Ahora alguien ha pedido que usted vuelva a incluirse.";
  const whatHappens =
    input.outcome === "EFFECTIVE"
      ? "La solicitud ya tiene efecto. El personal de salud y de asistencia social puede volver a ver la información de la persona en el registro integrado."
      : "La solicitud no tiene efecto todavía. Nuestro equipo la revisará primero. Hasta entonces, la persona sigue excluida.";
  const rows: [string, string][] = [
    ["Referencia de la solicitud", input.requestReference],
    ["Solicitud recibida", input.receivedAt],
  ];
  const closing = [
    whatHappens,
    "Si usted hizo esta solicitud, o estaba de acuerdo con ella, no tiene que hacer nada.",
    [`Si no, llámenos al ${CONTACT_DETAILS.phone} (`, CONTACT_DETAILS.marked.phoneHours, `) e indique la referencia de la solicitud.`],
    ["También puede volver a excluirse en cualquier momento en nuestro sitio web: ", { href: input.links.site }],
    "La exclusión tiene efecto inmediato.",
    "No le decimos quién hizo la solicitud. Nunca le pediremos su código de seguridad por teléfono ni por correo electrónico.",
  ];
  // The subject names no one: subjects show in notifications and mail logs.
  return renderFactsEmail({ subject: `Solicitud para volver a incluirse: referencia ${input.requestReference}`, title, intro: [why], rows, closing });
};
