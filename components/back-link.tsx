type BackLinkProps = {
  href: string;
  text: string;
};

// Mirrors nhsuk-frontend 10.6.1's back-link template (link form).
export function BackLink({ href, text }: BackLinkProps) {
  return (
    <a className="nhsuk-back-link" href={href}>
      {text}
    </a>
  );
}
