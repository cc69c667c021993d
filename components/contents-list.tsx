import { LocalLink } from "./local-link";
export type ContentsListItem = {
  text: string;
  href: string;
  isCurrent?: boolean;
};

type ContentsListProps = {
  items: readonly ContentsListItem[];
  /** The navigation landmark's name, such as "Pages in this guide". */
  label: string;
  /** The visually hidden heading, "Contents" in NHS.UK's template. */
  heading: string;
};

// Mirrors nhsuk-frontend 10.6.1's contents-list template.
export function ContentsList({ items, label, heading }: ContentsListProps) {
  return (
    <nav className="nhsuk-contents-list" role="navigation" aria-label={label}>
      <h2 className="nhsuk-u-visually-hidden">{heading}</h2>
      <ol className="nhsuk-contents-list__list">
        {items.map((item) =>
          item.isCurrent ? (
            <li className="nhsuk-contents-list__item" aria-current="page" key={item.href}>
              <span className="nhsuk-contents-list__current">{item.text}</span>
            </li>
          ) : (
            <li className="nhsuk-contents-list__item" key={item.href}>
              <LocalLink className="nhsuk-contents-list__link" href={item.href}>
                {item.text}
              </LocalLink>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
