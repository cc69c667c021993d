import type { ContentLink } from "@/lib/content/types";
import { LocalLink } from "./local-link";

type FooterProps = {
  links: readonly ContentLink[];
  linksHeading: string;
  copyright: string;
};

// Mirrors nhsuk-frontend 10.6.1's footer template with meta links and copyright.
export function Footer({ links, linksHeading, copyright }: FooterProps) {
  return (
    <footer className="nhsuk-footer" role="contentinfo">
      <div className="nhsuk-width-container">
        <div className="nhsuk-footer__meta">
          <h2 className="nhsuk-u-visually-hidden">{linksHeading}</h2>
          <ul className="nhsuk-footer__list">
            {links.map((link) => (
              <li className="nhsuk-footer__list-item" key={link.href}>
                <LocalLink className="nhsuk-footer__list-item-link" href={link.href}>
                  {link.text}
                </LocalLink>
              </li>
            ))}
          </ul>
          <p className="nhsuk-body-s">{copyright}</p>
        </div>
      </div>
    </footer>
  );
}
