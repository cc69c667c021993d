import type { ReactNode } from "react";
import { Icon } from "./icon";
import { LocalLink } from "./local-link";

type ActionLinkProps = {
  href: string;
  children: ReactNode;
};

// Mirrors nhsuk-frontend 10.6.1's action-link template.
export function ActionLink({ href, children }: ActionLinkProps) {
  return (
    <LocalLink className="nhsuk-action-link" href={href}>
      <Icon name="arrow-right-circle" />
      <span className="nhsuk-action-link__text">{children}</span>
    </LocalLink>
  );
}
