// Point 4 of the hardening issue: the console's result cap counts encoded bytes, not characters. Rows of
// three-byte characters used to pass a 32 MB cap at three times its size; now the reply stops at the cap and
// says `truncated`.

import { describe, expect, it } from "vitest";
import { MAX_RESULT_BYTES } from "../../query/limits.js";
import { useFixtureApp } from "../server/fixture-app.js";

const app = useFixtureApp({ readOnly: true });

describe("result cap in bytes", () => {
  it("a reply of multi-byte text stops at the cap with truncated", async () => {
    // 4,000 rows of 10,000 '€' (3 bytes each in UTF-8): 40 M characters, 120 MB encoded.
    const query = "UNWIND range(1, 4000) AS i RETURN i, repeat('€', 10000) AS s";
    const r = await app.inject({
      method: "POST",
      url: "/api/cypher",
      payload: { query, maxRows: 1_000_000, timeoutMs: 60_000 },
    });
    expect(r.statusCode, r.body.slice(0, 300)).toBe(200);
    const bytes = Buffer.byteLength(r.body, "utf8");
    const body = JSON.parse(r.body) as { rows: unknown[]; truncated: boolean };
    expect(body.truncated).toBe(true);
    expect(body.rows.length).toBeLessThan(1200);
    expect(bytes).toBeLessThanOrEqual(MAX_RESULT_BYTES + 64 * 1024);
    expect(bytes).toBeGreaterThan(MAX_RESULT_BYTES * 0.9);
  }, 120_000);
});
