// Point 2 of the hardening issue: only our own pages talk to the API. Host allow-list (DNS rebinding), same-origin
// JSON for every non-GET route (sendBeacon and foreign pages refused), security headers on every response, the
// access token beyond loopback, rate limits with Retry-After, and 503 with Retry-After.

import { describe, expect, it } from "vitest";
import { ApiError } from "../../server/errors.js";
import { secureServerSettings } from "../../settings/index.js";
import { useFixtureApp } from "../server/fixture-app.js";

const TOKEN = "test-token-0123456789abcdef";
const json = { "content-type": "application/json" };

describe("Host and Origin", () => {
  const app = useFixtureApp({ readOnly: true });

  it.each([
    ["evil.example:5178", 421],
    ["evil.example", 421],
    ["127.0.0.1.evil.example:80", 421],
    ["localhost:5178", 200],
    ["127.0.0.1:5178", 200],
    ["[::1]:5178", 200],
  ])("GET /api/stats with Host %s answers %i", async (host, status) => {
    const r = await app.inject({ method: "GET", url: "/api/stats", headers: { host } });
    expect(r.statusCode).toBe(status);
  });

  it("a foreign Origin cannot POST the console, the page's own can", async () => {
    const payload = { query: "RETURN 1 AS one" };
    const host = "127.0.0.1:5178";
    const foreign = await app.inject({
      method: "POST",
      url: "/api/cypher",
      headers: { host, origin: "http://evil.example:5178" },
      payload,
    });
    expect(foreign.statusCode).toBe(403);
    const rebound = await app.inject({
      method: "POST",
      url: "/api/cypher",
      headers: { host: "evil.example:5178", origin: "http://evil.example:5178" },
      payload,
    });
    expect(rebound.statusCode).toBe(421);
    const nullOrigin = await app.inject({
      method: "POST",
      url: "/api/cypher",
      headers: { host, origin: "null" },
      payload,
    });
    expect(nullOrigin.statusCode).toBe(403);
    const own = await app.inject({
      method: "POST",
      url: "/api/cypher",
      headers: { host, origin: `http://${host}` },
      payload,
    });
    expect(own.statusCode).toBe(200);
  });

  it("body-less cross-site POSTs to saved queries (sendBeacon) are refused", async () => {
    const beacon = await app.inject({
      method: "POST",
      url: "/api/queries/shared-datasets",
      headers: { origin: "http://evil.example", "sec-fetch-site": "cross-site" },
    });
    expect(beacon.statusCode).toBe(403);
    const bare = await app.inject({ method: "POST", url: "/api/queries/shared-datasets" });
    expect(bare.statusCode).toBe(415);
    const form = await app.inject({
      method: "POST",
      url: "/api/queries/shared-datasets",
      headers: { "content-type": "text/plain" },
      payload: "{}",
    });
    expect(form.statusCode).toBe(415);
  });

  it.each(["/api/stats", "/", "/api/nope", "/neighbourhood/x"])("security headers on %s", async (url) => {
    const r = await app.inject({ method: "GET", url });
    const csp = String(r.headers["content-security-policy"]);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(r.headers["x-content-type-options"]).toBe("nosniff");
    expect(r.headers["referrer-policy"]).toBe("no-referrer");
  });
});

describe("access token", () => {
  const app = useFixtureApp({ readOnly: true, settings: { token: TOKEN } });
  const cypher = (headers: Record<string, string>) =>
    app.inject({
      method: "POST",
      url: "/api/cypher",
      headers: { ...json, ...headers },
      payload: { query: "RETURN 1 AS one" },
    });

  it("the console needs it; plain reads do not", async () => {
    expect((await cypher({})).statusCode).toBe(401);
    expect((await cypher({ authorization: "Bearer wrong-token-0123456789" })).statusCode).toBe(401);
    expect((await cypher({ authorization: `Bearer ${TOKEN}` })).statusCode).toBe(200);
    expect((await app.inject({ method: "GET", url: "/api/queries" })).statusCode).toBe(401);
    expect((await app.inject({ method: "GET", url: "/api/stats" })).statusCode).toBe(200);
  });

  it("the printed URL trades the token for a same-site HttpOnly cookie", async () => {
    const r = await app.inject({ method: "GET", url: `/?token=${TOKEN}` });
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe("/");
    const cookie = String(r.headers["set-cookie"]);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect((await cypher({ cookie: cookie.split(";")[0]! })).statusCode).toBe(200);
    expect((await app.inject({ method: "GET", url: "/?token=nope" })).statusCode).toBe(401);
  });

  it("beyond loopback a token is generated when none is set, with a warning", () => {
    const open = secureServerSettings({
      host: "0.0.0.0",
      port: 0,
      allowedHosts: [],
      rateLimit: { consolePerMinute: 1, expensivePerMinute: 1 },
    });
    expect(open.server.token).toMatch(/^[\w-]{32}$/);
    expect(open.warning).toMatch(/beyond loopback/);
    const local = secureServerSettings({
      host: "127.0.0.1",
      port: 0,
      allowedHosts: [],
      rateLimit: { consolePerMinute: 1, expensivePerMinute: 1 },
    });
    expect(local.server.token).toBeUndefined();
    expect(local.warning).toBeUndefined();
  });
});

describe("rate limits and Retry-After", () => {
  const app = useFixtureApp({
    readOnly: true,
    settings: { rateLimit: { consolePerMinute: 2, expensivePerMinute: 3 } },
    onApp: (a) =>
      a.get("/api/test-busy", () => {
        throw new ApiError(503, "unavailable", "all sandboxes busy");
      }),
  });

  it("the console answers 429 with Retry-After past its limit; cheap reads go on", async () => {
    const post = () => app.inject({ method: "POST", url: "/api/cypher", payload: { query: "RETURN 1 AS one" } });
    expect((await post()).statusCode).toBe(200);
    expect((await post()).statusCode).toBe(200);
    const third = await post();
    expect(third.statusCode).toBe(429);
    expect(Number(third.headers["retry-after"])).toBeGreaterThan(0);
    expect(third.json()).toMatchObject({ error: "rate_limited" });
    expect((await app.inject({ method: "GET", url: "/api/stats" })).statusCode).toBe(200);
  });

  it("a 503 says when to retry", async () => {
    const r = await app.inject({ method: "GET", url: "/api/test-busy" });
    expect(r.statusCode).toBe(503);
    expect(Number(r.headers["retry-after"])).toBeGreaterThan(0);
  });
});
