// A minimal browser for driving OpenID sign-ins over real HTTP in tests: it
// keeps cookies per host and follows redirects until one leaves for `stopAt`.

export class CookieJar {
  private readonly jar = new Map<string, Map<string, string>>();

  store(url: string, response: Response): void {
    const host = new URL(url).host;
    const cookies = this.jar.get(host) ?? new Map<string, string>();
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const index = pair!.indexOf("=");
      const name = pair!.slice(0, index).trim();
      const value = pair!.slice(index + 1).trim();
      if (/expires=Thu, 01 Jan 1970|max-age=0/i.test(line) || value === "") cookies.delete(name);
      else cookies.set(name, value);
    }
    this.jar.set(host, cookies);
  }

  header(url: string): string {
    const cookies = this.jar.get(new URL(url).host);
    return cookies ? [...cookies].map(([k, v]) => `${k}=${v}`).join("; ") : "";
  }
}

export async function request(jar: CookieJar, url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
  const response = await fetch(url, {
    method: init.method ?? (init.form ? "POST" : "GET"),
    redirect: "manual",
    headers: {
      cookie: jar.header(url),
      ...(init.form ? { "content-type": "application/x-www-form-urlencoded" } : {}),
    },
    body: init.form ? new URLSearchParams(init.form).toString() : undefined,
  });
  jar.store(url, response);
  return response;
}

/** Follows redirects from `url` until one points at `stopAt` (returned, not fetched) or a page answers. */
export async function follow(jar: CookieJar, url: string, stopAt: string, init: { form?: Record<string, string> } = {}): Promise<{ url: string; response?: Response }> {
  let current = url;
  let response = await request(jar, current, init);
  for (let hops = 0; hops < 20; hops++) {
    const location = response.headers.get("location");
    if (!location || response.status < 300 || response.status >= 400) return { url: current, response };
    current = new URL(location, current).href;
    if (current.startsWith(stopAt)) return { url: current };
    response = await request(jar, current);
  }
  throw new Error("too many redirects");
}
