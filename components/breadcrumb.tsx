import type { ContentLink } from "@/lib/content/types";
import { LocalLink } from "./local-link";

type BreadcrumbProps = {
  /** Ancestors of the current page, in order; the current page is not included. */
  items: readonly ContentLink[];
  label: string;
  backToText: string;
};

// Mirrors nhsuk-frontend 10.6.1's breadcrumb template: the list for wide
// screens and a back link to the parent, which its stylesheet shows on narrow ones.
export function Breadcrumb({ items, label, backToText }: BreadcrumbProps) {
  const parent = items.at(-1);
  return (
    <nav className="nhsuk-breadcrumb" aria-label={label}>
      <ol className="nhsuk-breadcrumb__list">
        {items.map((item) => (
          <li className="nhsuk-breadcrumb__list-item" key={item.href}>
            <LocalLink className="nhsuk-breadcrumb__link" href={item.href}>
              {item.text}
            </LocalLink>
          </li>
        ))}
      </ol>
      {parent ? (
        <LocalLink className="nhsuk-back-link" href={parent.href}>
          <span className="nhsuk-u-visually-hidden">{backToText} </span>
          {parent.text}
        </LocalLink>
      ) : null}
    </nav>
  );
}
