import type { AnchorHTMLAttributes } from "react";

import { useLocalisedHref } from "@/lib/i18n/use-resident-locale";

type LocalLinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/**
 * A plain link whose address stays in the page's language: "/your-choice" on a
 * Bengali page goes to "/bn/your-choice" (lib/i18n/paths.ts). Links to other
 * sites, fragments, staff pages and files are left as they are.
 */
export function LocalLink({ href, children, ...rest }: LocalLinkProps) {
  return (
    <a href={useLocalisedHref(href)} {...rest}>
      {children}
    </a>
  );
}
