import type * as English from "../../film";
import { ROUTES } from "../../routes";
import { icu } from "../../../i18n/icu";
import type { Localised } from "../../../i18n/localised";
import { CHOICE_RULES } from "./rules";

// The explainer film's script in Spanish: the Spanish captions and transcript.
// One Spanish cue for each English cue, in the same order, so each caption
// keeps the English cue's timing from the film's build (lib/film/film-manifest.json).
// Like the English, it speaks no phone number or address.

export const FILM_CHAPTERS: Localised<typeof English.FILM_CHAPTERS> = [
  {
    title: "Qué es el registro integrado",
    slides: [
      {
        heading: "Su registro integrado de salud y asistencia social",
        points: ["Barnet", "Camden", "Enfield", "Haringey", "Islington"],
        cues: [
          { text: "Este vídeo explica el registro integrado de salud y asistencia social." },
          { text: "Estamos uniendo los registros de salud y de asistencia social de Barnet, Camden, Enfield, Haringey e Islington." },
        ],
      },
      {
        heading: "Sus registros están en distintos lugares",
        points: ["Consultorio del médico de cabecera", "Hospital", "Servicios de salud comunitaria", "Servicios de salud mental", "Servicios sociales para adultos"],
        cues: [
          { text: "Su médico de cabecera, su hospital y otros servicios tienen cada uno su propio registro sobre usted." },
          { text: "El registro integrado reúne la información importante de estos registros." },
          { text: "Así, los profesionales de salud y asistencia social deciden más rápido y con más seguridad sobre su atención." },
        ],
      },
    ],
  },
  {
    title: "Cómo se usa y cómo le ayuda",
    slides: [
      {
        heading: "Cómo se usa la información",
        points: ["Cuando usted va a verlos, o ellos le visitan", "Para entender las necesidades de las personas", "Atención de enfermedades de larga duración", "De forma anónima, para planificar la atención"],
        cues: [
          { text: "El personal de salud y asistencia social lo usa cuando usted va a verlos o ellos le visitan." },
          { text: "Los equipos de atención lo usan para entender las necesidades de salud y de asistencia de las personas." },
          { text: "Ayuda a asegurar que las personas con enfermedades de larga duración reciben una atención de alta calidad." },
          { text: "Y, sin los datos personales, se usa para planificar y mejorar la atención." },
        ],
      },
      {
        heading: "Cómo le ayuda",
        points: ["Todos tienen la imagen completa", "Un nuevo profesional tiene la información", "Menos pruebas repetidas"],
        cues: [
          { text: "Todas las personas que participan en su atención tendrán la imagen completa." },
          { text: "Cuando conozca a un nuevo profesional, este tendrá la información importante." },
          { text: "Los resultados de las pruebas habituales, como los análisis de sangre, se comparten con todas las personas que le atienden." },
          { text: "Así puede que no tenga que repetir la misma prueba." },
        ],
      },
    ],
  },
  {
    title: "Qué contiene y qué se deja fuera",
    slides: [
      {
        heading: "Qué contiene el registro",
        points: ["Medicamentos y alergias", "Estancias anteriores en el hospital", "Próximas citas", "Salud mental y servicios sociales: con el tiempo"],
        cues: [
          { text: "El registro muestra sus medicamentos, sus alergias, resúmenes de sus estancias anteriores en el hospital y sus próximas citas." },
          { text: "Muestra su historial reciente." },
          { text: "Con el tiempo, incluirá los registros de salud mental y los registros que hacen los trabajadores sociales." },
          { text: "Se incluyen los registros de salud de los niños. Por ahora no se incluyen los registros de los servicios sociales para niños." },
        ],
      },
      {
        heading: "Qué se deja fuera",
        points: ["Salud sexual", "Tratamientos de fertilidad", "Violencia doméstica", "Antecedentes penales", "La lista completa está en nuestro sitio web"],
        cues: [
          { text: "Alguna información delicada se deja fuera." },
          { text: "Por ejemplo, la salud sexual, los tratamientos de fertilidad, la violencia doméstica y los antecedentes penales." },
          { text: "La lista completa está en nuestro sitio web." },
        ],
      },
    ],
  },
  {
    title: "Quién puede verlo y cómo se protege",
    slides: [
      {
        heading: "Quién puede verlo",
        points: ["Solo quienes apoyan su atención", "Cada persona ve lo que necesita para su trabajo", "Códigos de conducta estrictos"],
        cues: [
          { text: "Solo pueden verla las personas que necesitan su información para apoyar su atención de salud y de asistencia social." },
          { text: "Cada persona solo puede ver la información relacionada con su trabajo." },
          { text: "Trabajan bajo códigos de conducta estrictos. No mantener su información segura es una infracción grave." },
          {
            text: "Su información está protegida por la Ley de Protección de Datos de 2018 y el RGPD del Reino Unido.",
            spoken: "Su información está protegida por la Ley de Protección de Datos de 2018, y el Reglamento General de Protección de Datos del Reino Unido.",
          },
        ],
      },
    ],
  },
  {
    title: "Usted decide",
    slides: [
      {
        heading: "Usted decide",
        points: ["Se le incluye, a menos que se excluya", "Puede volver a incluirse en cualquier momento", "Se sigue compartiendo por teléfono, correo electrónico y papel"],
        cues: [
          { text: "Se le incluye en el registro integrado, a menos que solicite la exclusión." },
          { text: CHOICE_RULES.optOutDoes },
          { text: CHOICE_RULES.optOutDoesNot },
          { text: "Puede volver a incluirse en cualquier momento." },
          {
            text: "Si se excluyó de CareMyWay en Islington o de CIDR en Camden, no tiene que volver a excluirse.",
            spoken: "Si se excluyó de Care My Way en Islington, o de C I D R en Camden, no tiene que volver a excluirse.",
          },
        ],
      },
      {
        heading: "Piénselo bien antes de excluirse",
        points: ["Sin historial integrado, ni siquiera en una emergencia", "Las decisiones pueden tardar más"],
        cues: CHOICE_RULES.emergencyWarning.paragraphs.map((text) => ({ text })),
      },
      {
        heading: "Tome su decisión",
        points: ["Por internet", "Con el formulario en papel", "Por teléfono"],
        cues: [
          { text: "Puede tomar su decisión por internet, con el formulario en papel o por teléfono." },
          { text: "Nuestro número de teléfono y el formulario en papel están en nuestro sitio web." },
        ],
      },
    ],
  },
];

export const FILM_PAGE: Localised<typeof English.FILM_PAGE> = {
  href: ROUTES.film,
  title: "Vea un vídeo sobre el registro integrado",
  description: "Un vídeo corto, con subtítulos y transcripción, que explica el registro integrado de salud y asistencia social.",
  lede: "Este vídeo corto explica cómo funciona el registro integrado, cómo le ayuda y qué puede decidir.",
  captionsHint:
    "El vídeo tiene subtítulos en español. Para activarlos o desactivarlos, use el botón CC o de subtítulos del reproductor de vídeo. La narración del vídeo está en inglés.",
  videoLabel: "Vídeo: su registro integrado de salud y asistencia social",
  captionsLabel: "Español",
  noVideoSupport: "Su navegador no puede reproducir este vídeo. Puede descargarlo o leer la transcripción más abajo.",
  chaptersHeading: "Capítulos",
  chaptersTrackLabel: "Capítulos",
  lengthPrefix: "Duración:",
  fallbackLinkText: "Descargar el vídeo",
  transcriptHeading: "Transcripción",
  downloadHeading: "Descargar el vídeo",
  downloadLinkText: "Descargar el vídeo",
  captionsDownloadText: "Descargar los subtítulos (WebVTT)",
  chapterStartsAt: "empieza en",
  fileName: "joined-up-record-film.mp4",
};

/** Plain-language running time, such as "2 minutos 15 segundos", with Spanish plurals. */
export const formatDuration: Localised<typeof English.formatDuration> = (totalSeconds) => {
  const whole = Math.round(totalSeconds);
  const minutes = Math.floor(whole / 60);
  const seconds = whole % 60;
  const parts: string[] = [];
  if (minutes > 0) parts.push(icu("es", "{minutes, plural, one {# minuto} other {# minutos}}", { minutes }));
  if (seconds > 0 || minutes === 0) parts.push(icu("es", "{seconds, plural, one {# segundo} other {# segundos}}", { seconds }));
  return parts.join(" y ");
};
