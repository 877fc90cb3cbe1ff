import { afterEach, describe, expect, it } from "vitest";
import { HttpError, httpGet, httpGetJson, retryAfterMs } from "../../ingest/sources/http.js";
import { send, startServer, type LocalServer } from "./helpers.js";

const fast = { backoffMs: 1, timeoutMs: 2000 };
let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A server answering the n-th request with `replies[n]` (the last one repeats). */
async function serve(...replies: [number, string, Record<string, string>?][]) {
  let n = 0;
  server = await startServer((_req, res) => {
    const [status, body, headers] = replies[Math.min(n++, replies.length - 1)]!;
    send(res, status, body, headers);
  });
  return server;
}

describe("httpGet", () => {
  it("retries a 503 and returns the 200 that follows", async () => {
    const { url, requests } = await serve([503, "busy"], [200, "ok"]);
    const res = await httpGet(`${url}/x`, fast);
    expect(res.body).toBe("ok");
    expect(requests).toEqual(["/x", "/x"]);
  });

  it("honours Retry-After on a 429", async () => {
    const { url } = await serve([429, "slow down", { "retry-after": "1" }], [200, "ok"]);
    const started = Date.now();
    await httpGet(url, fast);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it("caps a Retry-After longer than maxDelayMs", async () => {
    const { url } = await serve([429, "slow down", { "retry-after": "3600" }], [200, "ok"]);
    const started = Date.now();
    await httpGet(url, { ...fast, maxDelayMs: 20 });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("gives up after the retries with an error naming the URL and status", async () => {
    const { url, requests } = await serve([502, "bad gateway body"]);
    const error = await httpGet(`${url}/feed`, { ...fast, retries: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(502);
    expect((error as HttpError).message).toBe(
      `GET ${url}/feed failed: HTTP 502 Bad Gateway after 3 attempts: bad gateway body`,
    );
    expect(requests).toHaveLength(3);
  });

  it("does not retry a 404", async () => {
    const { url, requests } = await serve([404, "no such paper"]);
    await expect(httpGet(url, fast)).rejects.toThrow(/HTTP 404 Not Found after 1 attempt: no such paper/);
    expect(requests).toHaveLength(1);
  });

  it("times out a server that never answers, and says so", async () => {
    server = await startServer(() => {}); // holds every request open
    const error = await httpGet(`${server.url}/slow`, { ...fast, timeoutMs: 100, retries: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as Error).message).toBe(`GET ${server.url}/slow timed out after 100 ms after 2 attempts`);
    expect(server.requests).toHaveLength(2);
  });

  it("reports a refused connection as a network error", async () => {
    const { url } = await serve([200, "ok"]);
    await server!.close();
    server = undefined;
    await expect(httpGet(url, { ...fast, retries: 1 })).rejects.toThrow(
      /network error \(ECONNREFUSED\) after 2 attempts/,
    );
  });

  it("stops at once when the caller aborts, without retrying", async () => {
    server = await startServer(() => {});
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("user cancelled")), 50);
    await expect(httpGet(server.url, { ...fast, signal: controller.signal })).rejects.toThrow("user cancelled");
    expect(server.requests).toHaveLength(1);
  });
});

describe("httpGetJson", () => {
  it("names the URL when the body is not JSON", async () => {
    const { url } = await serve([200, "<html>oops</html>"]);
    await expect(httpGetJson(url, fast)).rejects.toThrow(
      `GET ${url} returned a body that is not JSON: "<html>oops</html>"`,
    );
  });
});

describe("retryAfterMs", () => {
  it.each([
    ["5", 5000],
    ["Wed, 25 Nov 2026 00:00:10 GMT", 10_000],
    ["soon", undefined],
    [null, undefined],
  ])("%j → %j", (header, expected) => {
    expect(retryAfterMs(header, Date.parse("Wed, 25 Nov 2026 00:00:00 GMT"))).toBe(expected);
  });
});
