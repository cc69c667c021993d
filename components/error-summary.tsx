import type { Ref } from "react";
import { LocalLink } from "./local-link";

type ErrorSummaryProps = {
  heading: string;
  /** Each error links to the field it is about. */
  errors: readonly { text: string; href?: string }[];
  ref?: Ref<HTMLDivElement>;
};

// Mirrors nhsuk-frontend 10.6.1's error-summary template. Its JavaScript
// focuses the summary on page load; the form focuses it after a client-side
// submission too (tabIndex -1 makes that possible).
export function ErrorSummary({ heading, errors, ref }: ErrorSummaryProps) {
  return (
    <div className="nhsuk-error-summary" data-module="nhsuk-error-summary" tabIndex={-1} ref={ref}>
      <div role="alert">
        <h2 className="nhsuk-error-summary__heading">{heading}</h2>
        <div className="nhsuk-error-summary__body">
          <ul className="nhsuk-list nhsuk-error-summary__list">
            {errors.map((error) => (
              <li key={error.text}>{error.href ? <LocalLink href={error.href}>{error.text}</LocalLink> : error.text}</li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
