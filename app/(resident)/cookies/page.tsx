import { COOKIES_PAGE } from "@/lib/content/cookies";

import { StandalonePage, informationPageMetadata } from "../_components/information-pages";

export const metadata = informationPageMetadata(COOKIES_PAGE);

export default function CookiesPage() {
  return <StandalonePage page={COOKIES_PAGE} />;
}
