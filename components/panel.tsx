import type { ReactNode } from "react";

// Mirrors nhsuk-frontend 10.6.1's panel template: the confirmation panel.
export function Panel({ heading, children }: { heading: string; children?: ReactNode }) {
  return (
    <div className="nhsuk-panel">
      <h1 className="nhsuk-panel__heading">{heading}</h1>
      {children ? <div className="nhsuk-panel__body">{children}</div> : null}
    </div>
  );
}
