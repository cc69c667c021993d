import { LocalLink } from "@/components/local-link";
import type { SiteContent } from "@/lib/content/locales/site-content";

/** The paper form and the leaflet in large print (16 pt), in the page's language. */
export function LargePrintLinks({ content }: { content: SiteContent }) {
  const { largePrint } = content.siteFrame.SITE_FRAME;
  return (
    <>
      <h3>{largePrint.heading}</h3>
      <ul>
        <li>
          <LocalLink href={largePrint.paperForm.href}>{largePrint.paperForm.text}</LocalLink>
        </li>
        <li>
          <LocalLink href={largePrint.leaflet.href}>{largePrint.leaflet.text}</LocalLink>
        </li>
      </ul>
    </>
  );
}
