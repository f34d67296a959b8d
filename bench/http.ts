// A signed-in HTTP client for benchmarks: next-auth's credentials flow by hand.
export class BenchClient {
  private cookies = new Map<string, string>();
  constructor(readonly baseUrl: string) {}

  private remember(response: Response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const [name, ...value] = pair!.split("=");
      this.cookies.set(name!.trim(), value.join("="));
    }
  }

  get cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  async request(path: string, init: RequestInit = {}) {
    const response = await fetch(this.baseUrl + path, {
      ...init,
      redirect: "manual",
      headers: { ...(init.headers as Record<string, string>), cookie: this.cookieHeader, origin: this.baseUrl },
    });
    this.remember(response);
    return response;
  }

  async signIn(email: string, password: string) {
    const { csrfToken } = (await (await this.request("/api/auth/csrf")).json()) as { csrfToken: string };
    const body = new URLSearchParams({ csrfToken, email, password, json: "true" });
    const response = await this.request("/api/auth/callback/credentials", {
      method: "POST",
      body,
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    if (![200, 302].includes(response.status) || !this.cookieHeader.includes("session-token")) throw new Error(`sign-in failed (${response.status})`);
  }

  /** Time to first byte of a GET (headers received), in ms. */
  async ttfb(path: string) {
    const start = performance.now();
    const response = await this.request(path);
    const ms = performance.now() - start;
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`GET ${path} → ${response.status}`);
    return ms;
  }
}
