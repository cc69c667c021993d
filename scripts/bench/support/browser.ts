// A browser without JavaScript, over plain HTTP: a cookie jar, GET a page,
// submit one of its forms as the browser would encode it (with the Origin and
// Fetch Metadata headers every current browser sends), and see redirects as they come
// so each request is timed on its own. Every request is recorded in the stats
// under a label, with its latency, or with the kind of error it ended in.
import { fillForm, parseHtmlPage, type HtmlForm, type HtmlPage } from "./html-page";
import type { Stats } from "./stats";

export class RequestFailed extends Error {
  constructor(
    readonly kind: string,
    message: string,
  ) {
    super(message);
    this.name = "RequestFailed";
  }
}

export type Loaded = { url: string; status: number; page: HtmlPage; location: string | null };

const USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) bench-site (no JavaScript)";

export class NoScriptBrowser {
  private readonly cookies = new Map<string, string>();

  constructor(
    private readonly origin: string,
    private readonly stats: Stats,
    private readonly timeoutMs: number,
  ) {}

  /** GET a page (no redirects followed: the caller decides). `typed`: an address typed in, not reached from the site. */
  async get(path: string, label: string, typed = false): Promise<Loaded> {
    return this.request(label, new URL(path, this.origin), { method: "GET", headers: typed ? { "sec-fetch-site": "none" } : {} });
  }

  /** Submits a form on the page at pageUrl with the answers filled in. */
  async submit(pageUrl: string, form: HtmlForm, answers: Record<string, string>, label: string): Promise<Loaded> {
    const entries = fillForm(form, answers);
    const target = new URL(form.action || pageUrl, pageUrl);
    if (form.method === "GET") {
      for (const [name, value] of entries) target.searchParams.append(name, value);
      return this.request(label, target, { method: "GET" });
    }
    let body: FormData | URLSearchParams;
    if (form.enctype === "multipart/form-data") {
      body = new FormData();
      for (const [name, value] of entries) body.append(name, value);
    } else {
      body = new URLSearchParams(entries);
    }
    return this.request(label, target, { method: "POST", body, headers: { origin: this.origin, referer: pageUrl } });
  }

  private async request(label: string, url: URL, init: { method: string; body?: FormData | URLSearchParams; headers?: Record<string, string> }): Promise<Loaded> {
    const headers: Record<string, string> = {
      "user-agent": USER_AGENT,
      accept: "text/html,application/xhtml+xml",
      "accept-language": "en-GB",
      "sec-fetch-site": "same-origin",
      "sec-fetch-mode": "navigate",
      "sec-fetch-dest": "document",
      "sec-fetch-user": "?1",
      ...init.headers,
    };
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    if (cookie) headers.cookie = cookie;
    const started = performance.now();
    let response: Response;
    let html: string;
    try {
      response = await fetch(url, { method: init.method, body: init.body, headers, redirect: "manual", signal: AbortSignal.timeout(this.timeoutMs) });
      html = await response.text();
    } catch (error) {
      const kind = isTimeout(error) ? `timeout (${this.timeoutMs / 1000} s)` : `network error (${networkCode(error)})`;
      this.stats.error(label, kind);
      throw new RequestFailed(kind, `${init.method} ${url.pathname}: ${kind}`);
    }
    const ms = performance.now() - started;
    this.keepCookies(response.headers.getSetCookie());
    if (response.status >= 400) {
      const kind = `HTTP ${response.status}`;
      this.stats.error(label, kind);
      throw new RequestFailed(kind, `${init.method} ${url.pathname} answered ${response.status}`);
    }
    this.stats.latency(label, ms);
    const location = response.headers.get("location");
    return {
      url: url.toString(),
      status: response.status,
      location: location ? new URL(location, url).toString() : null,
      page: response.status === 200 && (response.headers.get("content-type") ?? "").includes("text/html") ? parseHtmlPage(html) : emptyPage(),
    };
  }

  private keepCookies(setCookies: string[]): void {
    for (const header of setCookies) {
      const [pair, ...attributes] = header.split(";");
      const equals = pair!.indexOf("=");
      if (equals <= 0) continue;
      const name = pair!.slice(0, equals).trim();
      const value = pair!.slice(equals + 1).trim();
      const isExpired = attributes.some((attribute) => {
        const [key, attributeValue = ""] = attribute.split("=").map((part) => part.trim());
        if (key?.toLowerCase() === "max-age") return Number(attributeValue) <= 0;
        if (key?.toLowerCase() === "expires") return Date.parse(attributeValue) <= Date.now();
        return false;
      });
      if (isExpired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

function emptyPage(): HtmlPage {
  return { title: "", h1: "", forms: [], errorSummary: [], referenceNumber: null };
}

export function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
}

export function networkCode(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
