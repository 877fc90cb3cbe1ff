// Gzipped sources: `.jsonl.gz` and `.csv.gz` are read through zlib as streams, like their plain twins, with year-only
// dates and placeholder abstracts as a real bibliography gives them.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { isPlaceholderAbstract, isPublisherPage, parseFlatRecord } from "../../ingest/sources/flat-record.js";
import { resolveSources, sourceFor, streamSources } from "../../ingest/sources/index.js";

const work = mkdtempSync(join(tmpdir(), "papergraph-gz-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ABSTRACT = "We fold paper cranes with a recurrent policy and measure wing symmetry on a new benchmark.";
const rows = Array.from({ length: 3000 }, (_, i) => ({
  id: `venue/2019/p${i}`,
  title: `Crane Folding Study ${i}`,
  abstract: i % 1000 === 7 ? "International audience" : i === 2500 ? "\u0001\u0003\u0002\u0005" : ABSTRACT,
  date: String(2000 + (i % 20)),
  authors: [`Author ${i % 50}`],
}));
const jsonl = rows.map((r) => JSON.stringify(r)).join("\n") + "\n";
const csv = "title,abstract,date\n" + rows.map((r) => `"${r.title}","${r.abstract}",${r.date}`).join("\n") + "\n";
writeFileSync(join(work, "papers.jsonl.gz"), gzipSync(jsonl));
writeFileSync(join(work, "papers.csv.gz"), gzipSync(csv));
writeFileSync(join(work, "papers.jsonl"), jsonl);

describe("gzipped sources", () => {
  it.each([
    ["a.jsonl.gz", "jsonl"],
    ["a.NDJSON.GZ", "jsonl"],
    ["a.csv.gz", "csv"],
    ["a.txt.gz", undefined],
    ["a.gz", undefined],
  ])("%s → %s", (spec, name) => expect(sourceFor(spec)?.name).toBe(name));

  it.each(["papers.jsonl.gz", "papers.csv.gz"])("reads %s like the plain file, year-only dates kept", async (name) => {
    const { records, problems } = await resolveSources([join(work, name)]);
    // The one record whose abstract is control characters only is kept, and the cleaning reported at its line.
    const line = name.endsWith(".csv.gz") ? 2502 : 2501;
    expect(problems).toEqual([{ source: name, line, message: '4 control characters removed from "abstract"' }]);
    expect(records).toHaveLength(rows.length);
    expect(records.map((r) => r.date)).toEqual(rows.map((r) => r.date));
    expect(records[2999]!.title).toBe("Crane Folding Study 2999");
    expect(records[2999]!.origin).toEqual({ source: name, line: name.endsWith(".csv.gz") ? 3001 : 3000 });
  });

  it("keeps a paper whose abstract is a placeholder, with an empty abstract", async () => {
    const { records } = await resolveSources([join(work, "papers.jsonl.gz")]);
    expect(records[7]).toMatchObject({ title: "Crane Folding Study 7", abstract: "" });
    expect(records[2500]).toMatchObject({ title: "Crane Folding Study 2500", abstract: "" }); // control characters only
    expect(records.filter((r) => r.abstract === "")).toHaveLength(4);
  });

  it("a gzip cut short or a file that is not gzip fails naming the file and how far it was read", async () => {
    const whole = gzipSync(jsonl);
    writeFileSync(join(work, "cut.jsonl.gz"), whole.subarray(0, Math.floor(whole.length / 2)));
    writeFileSync(join(work, "plain.csv.gz"), csv);
    const cut = resolveSources([join(work, "cut.jsonl.gz")]);
    await expect(cut).rejects.toThrow(/cut\.jsonl\.gz: compressed data ends early .* after line \d+$/);
    const line = Number(/after line (\d+)$/.exec(((await cut.catch((e: Error) => e)) as Error).message)![1]);
    expect(line).toBeGreaterThan(0);
    expect(line).toBeLessThan(rows.length);
    await expect(resolveSources([join(work, "plain.csv.gz")])).rejects.toThrow(
      /plain\.csv\.gz: not valid gzip data \(.+\) before its first line$/,
    );
  });

  it("streams record by record and reports progress in bytes of the file on disk", async () => {
    const seen: Array<[number, number]> = [];
    let count = 0;
    const specs = [join(work, "papers.jsonl.gz"), join(work, "papers.jsonl")];
    for await (const item of streamSources(specs, { onProgress: (done, total) => seen.push([done, total]) })) {
      if (item.record) count++;
    }
    expect(count).toBe(2 * rows.length);
    const total = seen[0]![1];
    expect(total).toBe(gzipSync(jsonl).length + Buffer.byteLength(jsonl));
    expect(seen.at(-1)).toEqual([total, total]);
    for (let i = 1; i < seen.length; i++) expect(seen[i]![0]).toBeGreaterThanOrEqual(seen[i - 1]![0]);
  });
});

describe("isPlaceholderAbstract", () => {
  it.each([
    ["International audience", true],
    ["n/a", true],
    ["No abstract available.", true],
    ["10.1109/XYZ.2005.276", true],
    ["http://example.org<br/>http://example.org", true],
    ["", true],
    ["We propose a sparse router for mixture-of-experts models.", false],
    ["Graph networks scale well.", false],
  ])("%j → %s", (text, expected) => expect(isPlaceholderAbstract(text)).toBe(expected));
});

describe("a publisher page's text where the abstract should be", () => {
  // Written for this test in the shape of a digital library's landing page: author boxes, counts, alert buttons.
  const page =
    "Article Share on Folding cranes Authors: A. Writer Department of Paper, Some University, Town, CountryView " +
    "Profile Authors Info & Claims Proceedings of a workshop 1994 Pages 1–9 Publication History 3citation40Downloads " +
    "Get Citation AlertsNew Citation Alert added! Save to BinderSave to BinderCreate a New BinderNameCancelCreateExport Citation";

  it("is recognised, and an abstract quoting one such phrase is not", () => {
    expect(isPublisherPage(page)).toBe(true);
    expect(isPublisherPage("We count how often papers are cited (Total Citations) and predict it from text.")).toBe(
      false,
    );
    expect(isPublisherPage("We propose a sparse router for mixture-of-experts models.")).toBe(false);
  });

  it("is recognised on a journal platform's page too (citation managers, author search, access note)", () => {
    // Written for this test in the shape of such a page.
    const journal =
      "Folding Cranes Ann Writer Search for other works by this author on: This Site Author and Article " +
      "Information Paper Folding Letters (1994) 6 (2): 1-9. Download citation file: Ris (Zotero) Mendeley " +
      "BibTex Advanced Search This content is only available as a PDF.";
    expect(isPublisherPage(journal)).toBe(true);
    expect(isPublisherPage("Our tool lets users download citation files and run an advanced search.")).toBe(false);
  });

  it("is dropped with a message, the paper kept under its title", () => {
    const parsed = parseFlatRecord({ title: "Folding Cranes", abstract: page }, { source: "p.jsonl", line: 3 });
    expect(parsed.record).toMatchObject({ title: "Folding Cranes", abstract: "" });
    expect(parsed.record && parsed.warnings).toEqual([
      `"abstract" is a publisher page's text (author boxes, citation counts), not an abstract; dropped`,
    ]);
  });
});
