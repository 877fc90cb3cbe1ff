// What a paper's page adds to its stored properties: the ways to reach it (arXiv, PDF, Hugging Face, venue, code)
// and its authors; and an author's own page (papers and what they name).

import { kindOfId } from "../domain/identity.js";
import { paperLinks } from "../domain/paper-links.js";
import type { AuthorResponse, NodeDetailsResponse } from "../domain/types.js";
import type { GraphStore } from "../store/types.js";
import { NotFoundError } from "./errors.js";
import { num, str } from "./rows.js";

/** The source's links as stored: URLs joined by one space (store/write-plan.ts). */
const splitLinks = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === "string" && value ? value.split(" ") : [];

/** A paper's authors in the order its listing gives them, read from the store. */
export async function readPaperAuthors(store: GraphStore, id: string): Promise<{ id: string; name: string }[]> {
  const { rows } = await runAuthorsRead(store, "read/paper-authors", { id });
  return rows.map((r) => ({ id: String(r.id), name: String(r.name ?? r.id) }));
}

/**
 * Runs a read of authors in their listing's order (`name`), or its `-by-name` twin on a Kùzu store ingested before
 * the order was kept: WROTE has no `position` there, and a store served read-only cannot gain the column.
 */
export async function runAuthorsRead(store: GraphStore, name: string, params: Record<string, unknown> = {}) {
  try {
    return await store.run(name, params);
  } catch (error) {
    if (!/position/i.test((error as Error).message)) throw error;
    return store.run(`${name}-by-name`, params);
  }
}

/**
 * Node details with a paper's links and authors added (entities are returned unchanged); `authors` reads them
 * (the node reader's: from the index when the store is frozen).
 */
export async function withPaperExtras(
  authors: (paperId: string) => Promise<{ id: string; name: string }[]>,
  details: NodeDetailsResponse,
): Promise<NodeDetailsResponse> {
  if (details.node.kind !== "paper") return details;
  const p = details.node.properties;
  const links = splitLinks(p.links);
  const repos = details.neighbours.filter((n) => n.kind === "repo").map((n) => n.label);
  return {
    ...details,
    node: {
      ...details.node,
      properties: { ...p, links },
      links: paperLinks({ arxivId: str(p.arxivId), links, venue: str(p.venue) }, repos),
      authors: await authors(details.node.id),
    },
  };
}

export async function readAuthor(store: GraphStore, id: string, limit: number): Promise<AuthorResponse> {
  const papers = (await store.run("read/author-papers", { id, limit })).rows;
  if (!papers.length) throw new NotFoundError(`no author with id "${id}"`);
  const entities = (await store.run("read/author-entities", { id, limit })).rows;
  return {
    id,
    name: String(papers[0]!.name ?? id),
    papers: papers.map((r) => ({ id: String(r.id), label: String(r.label ?? r.id), date: str(r.date) })),
    entities: entities.flatMap((r) => {
      const kind = kindOfId(String(r.id));
      return kind ? [{ id: String(r.id), kind, label: String(r.label ?? r.id), papers: num(r.papers) }] : [];
    }),
  };
}
