// Worker entry under tsx: Node 20 loads a worker's entry before `--import` hooks apply, so this plain module
// registers tsx's loader in the worker and then imports the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import(import.meta.resolve("./extract-pool-worker.ts"));
