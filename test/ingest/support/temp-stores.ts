// Kùzu stores for one test file, in a temp folder of its own: each opened empty under a name, all closed and the
// folder removed by `removeAll` (the file's afterAll).

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { KuzuStore, type KuzuStoreOptions } from "../../../store/kuzu/index.js";

export class TempStores {
  readonly root: string;
  private readonly open: KuzuStore[] = [];

  constructor(prefix: string) {
    this.root = mkdtempSync(join(tmpdir(), prefix));
  }

  /** The store under `name` (its path `pathOf(name)`), opened and ready. */
  async fresh(name: string, options: Omit<KuzuStoreOptions, "path"> = {}): Promise<KuzuStore> {
    const store = new KuzuStore({ ...options, path: this.pathOf(name) });
    await store.init();
    this.open.push(store);
    return store;
  }

  pathOf(name: string): string {
    return join(this.root, name, "graph.kuzu");
  }

  /** Closes one store before the others (a test that reopens its files). */
  async close(store: KuzuStore): Promise<void> {
    this.open.splice(this.open.indexOf(store), 1);
    await store.close();
  }

  async removeAll(): Promise<void> {
    for (const store of this.open) await store.close();
    rmSync(this.root, { recursive: true, force: true });
  }
}
