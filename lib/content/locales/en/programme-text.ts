import { DEFAULT_PROGRAMME_FACTS } from "../../programme-schema";
import type { ProgrammeText } from "../../../i18n/programme-text";

/** English needs no translation: the default facts' own words. */
const facts = DEFAULT_PROGRAMME_FACTS;

export const PROGRAMME_TEXT: ProgrammeText = {
  teamName: facts.contact.teamName,
  phoneHours: facts.contact.phoneHours,
  postalAddress: facts.contact.postalAddress,
  excludedInformation: Object.fromEntries(facts.excludedInformation.items.map(({ code, category, includes }) => [code, { category, includes }])),
  roles: facts.roles.items.map(({ role, sees, why }) => ({ role, sees, why })),
  dataControllers: facts.dataControllers,
  dataProtectionOfficerName: facts.dataProtectionOfficer.name,
};
