// Node responses compressed in one call: the encoding the client asked for, never twice (the compress plugin is
// registered as in the app), and the same JSON once decoded.

import compress from "@fastify/compress";
import Fastify, { type FastifyInstance } from "fastify";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptedEncoding, sendCompressedJson } from "../../server/compressed-json.js";

describe("acceptedEncoding", () => {
  it.each([
    ["gzip, deflate, br", "br"],
    ["gzip", "gzip"],
    ["br;q=0, gzip;q=0.5", "gzip"],
    ["*", "br"],
    ["identity", undefined],
    ["gzip;q=0", undefined],
    [undefined, undefined],
  ])("%s → %s", (header, encoding) => {
    expect(acceptedEncoding(header)).toBe(encoding);
  });
});

describe("sendCompressedJson", () => {
  const big = { items: Array.from({ length: 200 }, (_, i) => ({ id: `model:m${i}`, evidence: "We use ImageNet." })) };
  const small = { id: "model:m0" };
  let app: FastifyInstance;
  beforeAll(async () => {
    app = Fastify();
    await app.register(compress, { global: true, threshold: 1024 });
    app.get("/big", async (req, reply) => sendCompressedJson(req, reply, big));
    app.get("/small", async (req, reply) => sendCompressedJson(req, reply, small));
  });
  afterAll(() => app.close());

  const get = (url: string, headers: Record<string, string>) => app.inject({ method: "GET", url, headers });

  it.each([
    ["gzip, deflate, br", "br", brotliDecompressSync],
    ["gzip", "gzip", gunzipSync],
    ["identity", undefined, (b: Buffer) => b],
  ])("answers %s with %s, decoding to the same JSON", async (accept, encoding, decode) => {
    const r = await get("/big", { "accept-encoding": accept });
    expect(r.statusCode).toBe(200);
    expect(r.headers["content-encoding"]).toBe(encoding);
    expect(r.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(JSON.parse(decode(r.rawPayload).toString("utf8"))).toEqual(big);
  });

  it("sends small bodies as they are, and none compressed on x-no-compression", async () => {
    const r = await get("/small", { "accept-encoding": "br" });
    expect(r.headers["content-encoding"]).toBeUndefined();
    expect(r.json()).toEqual(small);
    const plain = await get("/big", { "accept-encoding": "br", "x-no-compression": "1" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.json()).toEqual(big);
  });
});
