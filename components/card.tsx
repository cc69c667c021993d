import type { ReactNode } from "react";
import { LocalLink } from "./local-link";

type HeadingLevel = 2 | 3 | 4;

type ClickableCardProps = {
  heading: string;
  href: string;
  description?: string;
  headingLevel?: HeadingLevel;
  headingSize?: "xs" | "s" | "m";
};

// Mirrors nhsuk-frontend 10.6.1's clickable card: the whole card is the link's
// target, but only the heading is the link, so screen readers hear it once.
export function ClickableCard({
  heading,
  href,
  description,
  headingLevel = 2,
  headingSize = "m",
}: ClickableCardProps) {
  const HeadingTag = `h${headingLevel}` as const;
  return (
    <div className="nhsuk-card nhsuk-card--clickable">
      <div className="nhsuk-card__content">
        <HeadingTag className={`nhsuk-card__heading nhsuk-heading-${headingSize}`}>
          <LocalLink className="nhsuk-card__link" href={href}>
            {heading}
          </LocalLink>
        </HeadingTag>
        {description ? <p className="nhsuk-card__description">{description}</p> : null}
      </div>
    </div>
  );
}

type CardGroupProps = {
  children: ReactNode[];
  columns?: "one-half" | "one-third" | "one-quarter";
};

// Each child becomes one card-group item in a grid row.
export function CardGroup({ children, columns = "one-half" }: CardGroupProps) {
  return (
    <ul className="nhsuk-grid-row nhsuk-card-group">
      {children.map((child, index) => (
        // Cards are static content in a fixed order, so the index is a stable key.
        <li className={`nhsuk-grid-column-${columns} nhsuk-card-group__item`} key={index}>
          {child}
        </li>
      ))}
    </ul>
  );
}
