type SkipLinkProps = {
  text: string;
  href?: string;
};

// Mirrors nhsuk-frontend's skip-link template; its JavaScript moves focus to
// the target, and the plain fragment link still works without it.
export function SkipLink({ text, href = "#maincontent" }: SkipLinkProps) {
  return (
    <a className="nhsuk-skip-link" data-module="nhsuk-skip-link" href={href}>
      {text}
    </a>
  );
}
