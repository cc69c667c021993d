import type { ReactNode } from "react";

type WarningCalloutProps = {
  heading: string;
  children: ReactNode;
  /**
   * Read before the heading unless it already says "important", as NHS.UK's template does: on resident
   * pages the locale's own word (WARNING_CALLOUT_PREFIX in lib/content/site.ts); staff pages are English.
   */
  visuallyHiddenPrefix?: string;
  /** One level under the heading it sits beneath: 2 straight under the page's h1, 3 (the default) inside an h2's section. */
  headingLevel?: 2 | 3;
};

// Mirrors nhsuk-frontend 10.6.1's warning callout (a warning card).
export function WarningCallout({ heading, children, visuallyHiddenPrefix = "Important: ", headingLevel = 3 }: WarningCalloutProps) {
  // "Important: " → "important", "Önemli: " → "önemli": the heading already says it in the same language.
  const word = visuallyHiddenPrefix.replace(/[\s:]+$/u, "").toLocaleLowerCase();
  const saysImportant = word !== "" && heading.toLocaleLowerCase().includes(word);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="nhsuk-card nhsuk-card--warning">
      <div className="nhsuk-card__content">
        <Heading className="nhsuk-card__heading">
          {saysImportant ? (
            heading
          ) : (
            <span role="text">
              <span className="nhsuk-u-visually-hidden">{visuallyHiddenPrefix}</span>
              {heading}
            </span>
          )}
        </Heading>
        {children}
      </div>
    </div>
  );
}
