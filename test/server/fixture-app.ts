// The API app over the fixture store, one per test file, and a GET helper that returns status and JSON body.
// `readOnly` serves the store as `npm start` does: frozen, with node reads from the in-memory index.

import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll } from "vitest";
import { buildApp } from "../../server/app.js";
import type { AppContext, ServerSettings } from "../../server/context.js";
import { openNodeReader } from "../../server/neighbourhood/index.js";
import { SearchIndex } from "../../server/search-index.js";
import { openFixtureStore, type FixtureStore } from "../fixtures/fixture-store.js";

export function useFixtureApp(
  options: { readOnly?: boolean; settings?: Partial<ServerSettings>; onApp?: (app: FastifyInstance) => void } = {},
): {
  get<T>(url: string): Promise<{ status: number; body: T }>;
  /** Any request, as `app.inject` takes it (headers, payload). */
  inject: FastifyInstance["inject"];
  context(): AppContext;
} {
  let fixture: FixtureStore;
  let app: FastifyInstance;
  let ctx: AppContext;
  beforeAll(async () => {
    fixture = await openFixtureStore({ readOnly: options.readOnly });
    const { store } = fixture;
    ctx = {
      store,
      search: await SearchIndex.fromStore(store),
      nodes: await openNodeReader(store),
      settings: { host: "127.0.0.1", port: 0, ...options.settings },
    };
    app = await buildApp(ctx);
    options.onApp?.(app);
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
    inject: ((...args: unknown[]) =>
      (app.inject as (...a: unknown[]) => unknown)(...args)) as FastifyInstance["inject"],
    context: () => ctx,
  };
}
