import type { ProgrammeText } from "../../../i18n/programme-text";

/**
 * The default programme facts' free text in Spanish (DEFAULT_PROGRAMME_FACTS in
 * lib/content/programme-schema.ts). Read through programmeText(PROGRAMME_TEXT),
 * which shows the operator's English wherever a fact no longer has its default words.
 */
export const PROGRAMME_TEXT: ProgrammeText = {
  teamName: "Equipo del registro integrado",
  phoneHours: "De lunes a viernes, de 9:00 a 17:00 (horario de ejemplo)",
  postalAddress: ["Equipo del registro integrado", "North London Partners in health and care", "Dirección de ejemplo (no válida para envíos postales)", "London"],
  excludedInformation: {
    SEXUAL_HEALTH: { category: "Salud sexual", includes: "Visitas a clínicas de salud sexual, y pruebas y tratamiento de infecciones de transmisión sexual." },
    FERTILITY: { category: "Tratamientos de fertilidad", includes: "Fecundación in vitro (FIV) y otros tratamientos de fertilidad." },
    DOMESTIC_ABUSE: { category: "Violencia doméstica", includes: "Denuncias de violencia o maltrato doméstico, y apoyo de servicios contra el maltrato doméstico." },
    CRIMINAL_JUSTICE: { category: "Antecedentes penales", includes: "Antecedentes penales e información de la policía, los tribunales o los servicios de libertad condicional." },
    HIV: { category: "VIH y sida", includes: "Pruebas, resultados, tratamiento y atención del VIH." },
    CONTRACEPTION: { category: "Anticoncepción", includes: "Anticoncepción de un servicio de salud sexual o de planificación familiar." },
    TERMINATION: { category: "Interrupción del embarazo", includes: "Aborto y atención relacionada." },
    GENDER_IDENTITY: { category: "Identidad de género", includes: "Servicios de identidad de género y cualquier registro de un cambio de género." },
    SEXUAL_ASSAULT: { category: "Agresión sexual", includes: "Atención después de una violación o una agresión sexual." },
    SAFEGUARDING: { category: "Protección de menores y adultos en riesgo", includes: "Preocupaciones y planes para proteger a un niño o a un adulto en riesgo de sufrir daño." },
    ADOPTION: { category: "Adopción", includes: "Registros de adopción." },
    SUBSTANCE_USE: { category: "Servicios de drogas y alcohol", includes: "Tratamiento y apoyo de servicios especializados en drogas y alcohol." },
    GENETICS: { category: "Pruebas genéticas", includes: "Resultados de pruebas genéticas." },
    THERAPY_NOTES: { category: "Notas de terapia psicológica", includes: "Notas de sesiones de asesoramiento psicológico o de psicoterapia." },
    COMPLAINTS_LEGAL: { category: "Quejas y reclamaciones legales", includes: "Quejas y reclamaciones legales sobre la atención recibida." },
    MARKED_PRIVATE: { category: "Información marcada como privada", includes: "Todo lo que un profesional haya marcado como privado en su propio registro." },
  },
  roles: [
    { role: "Médicos de cabecera", sees: "Sus medicamentos, alergias, resúmenes del hospital, resultados de pruebas y citas.", why: "Cuidan de su salud a lo largo del tiempo." },
    { role: "Médicos y personal clínico del hospital", sees: "Sus medicamentos, alergias, estancias anteriores en el hospital y resultados de pruebas.", why: "Le evalúan y le tratan, a veces en una emergencia." },
    { role: "Profesionales de salud comunitaria", sees: "Sus medicamentos, alergias y la atención que recibe en casa.", why: "Le atienden en su casa o en centros de salud." },
    { role: "Personal de salud mental", sees: "Sus medicamentos, alergias y su atención de salud mental.", why: "Su salud física puede influir en su atención de salud mental." },
    { role: "Trabajadores sociales", sees: "El apoyo que recibe de los servicios sociales para adultos, y alguna información de salud.", why: "Planifican su atención y su apoyo." },
    { role: "Terapeutas ocupacionales", sees: "Las partes de su registro sobre la vida diaria y el apoyo en casa.", why: "Le ayudan a mantener su seguridad y su independencia." },
  ],
  dataControllers: ["Example Hospital NHS Trust (ejemplo)", "Example Borough Council (ejemplo)"],
  dataProtectionOfficerName: "Delegado de protección de datos (ejemplo)",
};
