// Only our own pages talk to the API: a Host allow-list (DNS rebinding), same-origin JSON for anything but a
// read, an access token for the console and writes when one is set (always, beyond loopback), security headers
// on every response (helmet: a CSP without inline script, nosniff, frame-ancestors 'none', Referrer-Policy) and
// per-client rate limits on the console and the costly reads (429 with Retry-After).

import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { timingSafeEqual } from "node:crypto";
import { DEFAULT_SETTINGS } from "../../settings/index.js";
import type { ServerSettings } from "../context.js";
import { allowedHostnames, hostnameOf, isAllowedHost, isSameOrigin } from "./origins.js";

export const TOKEN_COOKIE = "papergraph_token";

/** Which rate-limit bucket a request falls in: the console, the costly reads, or none. */
export function costOf(method: string, url: string): "console" | "expensive" | undefined {
  const path = url.split("?")[0]!;
  if (path === "/api/cypher" || path.startsWith("/api/queries")) return "console";
  if (method !== "GET") return "expensive";
  if (path === "/api/graph" || path === "/api/methods/related" || /^\/api\/papers\/.+\/shares-data$/.test(path)) {
    return "expensive";
  }
  return undefined;
}

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

function refuse(reply: FastifyReply, status: number, error: string, message: string) {
  return reply.status(status).send({ error, message });
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieToken(req: FastifyRequest): string | undefined {
  const cookie = req.headers.cookie ?? "";
  const m = new RegExp(`(?:^|;\\s*)${TOKEN_COOKIE}=([^;]*)`).exec(cookie);
  return m ? decodeURIComponent(m[1]!) : undefined;
}

function bearerToken(req: FastifyRequest): string | undefined {
  const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "");
  return m?.[1];
}

export async function registerSecurity(app: FastifyInstance, settings: ServerSettings): Promise<void> {
  const hosts = allowedHostnames(settings.host, settings.allowedHosts ?? []);
  const token = settings.token;
  const limits = settings.rateLimit ?? DEFAULT_SETTINGS.server.rateLimit;

  app.addHook("onRequest", async (req, reply) => {
    if (!isAllowedHost(req.headers.host, hosts)) {
      const name = hostnameOf(req.headers.host) ?? String(req.headers.host ?? "(none)");
      return refuse(reply, 421, "misdirected", `host ${name} is not served here (allowed: ${[...hosts].join(", ")})`);
    }
    const write = !READS.has(req.method);
    if (write) {
      const crossSite = req.headers["sec-fetch-site"] === "cross-site";
      if (crossSite || !isSameOrigin(req.headers.origin, req.headers.host)) {
        return refuse(reply, 403, "forbidden", `requests from ${req.headers.origin ?? "another site"} are refused`);
      }
      // A JSON content type makes any cross-site browser request need a CORS preflight, which we never grant;
      // body-less beacons and form posts have none.
      if (!/^application\/json\b/i.test(String(req.headers["content-type"] ?? ""))) {
        return refuse(reply, 415, "unsupported_media_type", "send a JSON body (content-type: application/json)");
      }
    }
    if (!token) return;
    const url = new URL(req.url, "http://localhost");
    // The printed URL carries the token once: trade it for a same-site cookie and drop it from the address.
    if (req.method === "GET" && !url.pathname.startsWith("/api/") && url.searchParams.has("token")) {
      if (!sameToken(url.searchParams.get("token") ?? undefined, token)) {
        return refuse(reply, 401, "unauthorized", "wrong access token");
      }
      url.searchParams.delete("token");
      const secure = req.protocol === "https" ? "; Secure" : "";
      void reply.header(
        "set-cookie",
        `${TOKEN_COOKIE}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Strict${secure}`,
      );
      return reply.redirect(`${url.pathname}${url.search}`, 303);
    }
    if (write || costOf(req.method, req.url) === "console") {
      if (!sameToken(bearerToken(req) ?? cookieToken(req), token)) {
        return refuse(
          reply,
          401,
          "unauthorized",
          "this server needs its access token (PAPERGRAPH_TOKEN) for the console and writes: open the URL it " +
            "printed, or send Authorization: Bearer <token>",
        );
      }
    }
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // CodeMirror and React inline styles; no inline script anywhere.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", "blob:"],
        fontSrc: ["'self'", "data:"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Plain http on a LAN must keep working: no HSTS, no upgrade of requests.
    strictTransportSecurity: false,
    referrerPolicy: { policy: "no-referrer" },
    crossOriginEmbedderPolicy: false,
  });

  await app.register(rateLimit, {
    global: true,
    max: (req) => {
      const cost = costOf(req.method, req.url);
      return cost === "console" ? limits.consolePerMinute : cost === "expensive" ? limits.expensivePerMinute : 1e9;
    },
    keyGenerator: (req) => `${req.ip}|${costOf(req.method, req.url) ?? "cheap"}`,
    timeWindow: 60_000,
    addHeadersOnExceeding: { "x-ratelimit-limit": false, "x-ratelimit-remaining": false, "x-ratelimit-reset": false },
    errorResponseBuilder: (_req, context) => ({
      statusCode: 429,
      error: "rate_limited",
      message: `more than ${context.max} requests a minute to this kind of route; retry in ${context.after}`,
    }),
  });
}
