import { LocalLink } from "./local-link";
type BackLinkProps = {
  href: string;
  text: string;
};

// Mirrors nhsuk-frontend 10.6.1's back-link template (link form).
export function BackLink({ href, text }: BackLinkProps) {
  return (
    <LocalLink className="nhsuk-back-link" href={href}>
      {text}
    </LocalLink>
  );
}
