import type { ReactNode } from "react";

type WarningCalloutProps = {
  heading: string;
  children: ReactNode;
  /** Read before the heading unless it already says "important", as NHS.UK's template does. */
  visuallyHiddenPrefix?: string;
};

// Mirrors nhsuk-frontend 10.6.1's warning callout (a warning card).
export function WarningCallout({ heading, children, visuallyHiddenPrefix = "Important: " }: WarningCalloutProps) {
  const saysImportant = /important/i.test(heading);
  return (
    <div className="nhsuk-card nhsuk-card--warning">
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading">
          {saysImportant ? (
            heading
          ) : (
            <span role="text">
              <span className="nhsuk-u-visually-hidden">{visuallyHiddenPrefix}</span>
              {heading}
            </span>
          )}
        </h3>
        {children}
      </div>
    </div>
  );
}
