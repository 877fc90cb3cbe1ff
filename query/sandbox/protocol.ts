// Messages between the parent and a Kùzu sandbox process (child.mjs), over Node's structured-clone IPC channel.

export interface RunRequest {
  id: number;
  cypher: string;
  params: Record<string, string | number | boolean | null>;
  maxRows: number;
  /** Rows stop (and the result says it was cut) before their serialised size passes this. */
  maxBytes: number;
  timeoutMs: number;
}

/** `timeout`: Kùzu's own query timeout fired; `memory`: an allocation failed under the cap. */
export type FailureKind = "failed" | "timeout" | "memory";

export type ChildMessage =
  | { type: "ready" }
  | { type: "fatal"; message: string }
  /** Rows as Kùzu gives them (BigInt, nested objects): the parent converts them with `fromKuzu`. */
  | {
      type: "result";
      id: number;
      columns: string[];
      rows: Record<string, unknown>[];
      truncated: boolean;
      /** Columns whose values the binding damaged or rounds (see exact-columns.ts), by position. */
      inexact: number[];
      /** A column is missing from the row objects (named `__proto__`): the rows need asking again, renamed. */
      hidden: boolean;
    }
  | { type: "error"; id: number; kind: FailureKind; message: string };
