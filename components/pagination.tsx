import { Icon } from "./icon";
import { LocalLink } from "./local-link";

type PaginationLink = { href: string; label: string };

type PaginationProps = {
  previous?: PaginationLink;
  next?: PaginationLink;
  label: string;
  previousText: string;
  nextText: string;
  /** Read after "Previous" and "Next" by screen readers: " page". */
  pageSuffix: string;
};

// Mirrors nhsuk-frontend 10.6.1's pagination template (previous and next pages of a guide).
export function Pagination({ previous, next, label, previousText, nextText, pageSuffix }: PaginationProps) {
  if (!previous && !next) return null;
  return (
    <nav className="nhsuk-pagination" role="navigation" aria-label={label}>
      <ul className="nhsuk-list nhsuk-pagination__list">
        {previous ? (
          <li className="nhsuk-pagination-item--previous">
            <LocalLink className="nhsuk-pagination__link nhsuk-pagination__link--prev" href={previous.href} rel="prev">
              <span className="nhsuk-pagination__title">
                {previousText}
                <span className="nhsuk-u-visually-hidden">{pageSuffix}</span>
              </span>
              <span className="nhsuk-u-visually-hidden">:</span>
              <span className="nhsuk-pagination__page">{previous.label}</span>
              <Icon name="arrow-left" />
            </LocalLink>
          </li>
        ) : null}
        {next ? (
          <li className="nhsuk-pagination-item--next">
            <LocalLink className="nhsuk-pagination__link nhsuk-pagination__link--next" href={next.href} rel="next">
              <span className="nhsuk-pagination__title">
                {nextText}
                <span className="nhsuk-u-visually-hidden">{pageSuffix}</span>
              </span>
              <span className="nhsuk-u-visually-hidden">:</span>
              <span className="nhsuk-pagination__page">{next.label}</span>
              <Icon name="arrow-right" />
            </LocalLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
