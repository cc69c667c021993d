import { NhsLogo } from "./nhs-logo";

export type HeaderProps = {
  service?: { text: string; href?: string };
  logo?: { href?: string; alt?: string; ariaLabel?: string };
  organisation?: { name: string; split?: string; descriptor?: string };
  colour?: "white";
};

// A React port of nhsuk-frontend 10.6.1's header template (components/header/template.njk)
// for the logo, organisation and service name. Search, account and navigation
// are left out because this service has none.
export function Header({ service, logo = {}, organisation, colour }: HeaderProps) {
  const classNames = ["nhsuk-header"];
  if (colour === "white") classNames.push("nhsuk-header--white");
  if (organisation) classNames.push("nhsuk-header--organisation");

  const logoAlt = logo.alt ?? "NHS";

  // As in the template: one link for logo and service name when they would
  // otherwise be two links to the same place.
  const combineLogoAndServiceNameLinks = Boolean(
    (service?.text && service.href && !logo.href) || (service?.href && service.href === logo.href),
  );
  const logoHref = combineLogoAndServiceNameLinks ? service?.href : logo.href;

  const logoAriaLabel =
    logo.ariaLabel ??
    [
      logoAlt,
      organisation?.name,
      organisation?.split,
      combineLogoAndServiceNameLinks ? service?.text : undefined,
      "homepage",
    ]
      .filter((part): part is string => typeof part === "string" && part.length > 0)
      .join(" ");

  const logoAndOrganisation = (
    <>
      <NhsLogo alt={logoAlt} />
      {organisation ? (
        <>
          <span className="nhsuk-header__organisation-name">
            {organisation.name}
            {organisation.split ? (
              <>
                {" "}
                <span className="nhsuk-header__organisation-name-split">{organisation.split}</span>
              </>
            ) : null}
          </span>
          {organisation.descriptor ? (
            <span className="nhsuk-header__organisation-name-descriptor">{organisation.descriptor}</span>
          ) : null}
        </>
      ) : null}
    </>
  );

  const serviceText = service?.text.trim();

  return (
    <header className={classNames.join(" ")} data-module="nhsuk-header" role="banner">
      <div className="nhsuk-header__container nhsuk-width-container">
        <div className="nhsuk-header__service">
          {logoHref ? (
            <a className="nhsuk-header__service-logo" href={logoHref} aria-label={logoAriaLabel}>
              {logoAndOrganisation}
              {combineLogoAndServiceNameLinks && serviceText ? (
                <span className="nhsuk-header__service-name">{serviceText}</span>
              ) : null}
            </a>
          ) : (
            logoAndOrganisation
          )}
          {serviceText && !combineLogoAndServiceNameLinks ? (
            service?.href ? (
              <a className="nhsuk-header__service-name" href={service.href}>
                {serviceText}
              </a>
            ) : (
              <span className="nhsuk-header__service-name">{serviceText}</span>
            )
          ) : null}
        </div>
      </div>
    </header>
  );
}
