// The API app over the fixture store, one per test file, and a GET helper that returns status and JSON body.

import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll } from "vitest";
import { buildApp } from "../../server/app.js";
import { SearchIndex } from "../../server/search-index.js";
import { openFixtureStore, type FixtureStore } from "../fixtures/fixture-store.js";

export function useFixtureApp(): { get<T>(url: string): Promise<{ status: number; body: T }> } {
  let fixture: FixtureStore;
  let app: FastifyInstance;
  beforeAll(async () => {
    fixture = await openFixtureStore();
    const { store } = fixture;
    app = await buildApp({
      store,
      search: await SearchIndex.fromStore(store),
      settings: { host: "127.0.0.1", port: 0 },
    });
  });
  afterAll(async () => {
    await app.close();
    await fixture.dispose();
  });
  return {
    async get<T>(url: string) {
      const r = await app.inject({ method: "GET", url });
      return { status: r.statusCode, body: r.json() as T };
    },
  };
}
