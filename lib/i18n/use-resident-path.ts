"use client";

import { usePathname } from "next/navigation";

import { residentPathOf } from "./paths";

/**
 * The address of the page the resident is on now, without its language prefix ("/choice/opt-out/name").
 *
 * The root layout renders once per full page load: with JavaScript, the journeys' answers and links
 * move on with the client router, which renders the new page but not the layout, so the address the
 * layout read from the request (`serverPath`, from proxy.ts's x-resident-path) goes stale. The
 * router's own address does not. Without JavaScript every page is a full load and `serverPath` is
 * right; it is also the answer while the router has no resident address (never a staff or API path).
 */
export function useResidentPath(serverPath: string): string {
  return residentPathOf(usePathname(), serverPath);
}
