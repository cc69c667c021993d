import type { ReactNode } from "react";

type InsetTextProps = {
  children: ReactNode;
  /** Read before the text by screen readers, as in NHS.UK's inset text template (for example "Information: "). */
  visuallyHiddenPrefix: string;
};

export function InsetText({ children, visuallyHiddenPrefix }: InsetTextProps) {
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">{visuallyHiddenPrefix}</span>
      {children}
    </div>
  );
}
