// Where to read a paper: its arXiv page and PDF, its Hugging Face page, its venue page, a PDF, its code, from
// what the store keeps (arXiv id, the source's links, the repositories it names). Pure; server and web share it.

export type PaperLinkKind = "arxiv" | "pdf" | "hf" | "venue" | "code" | "page";

export interface PaperLink {
  kind: PaperLinkKind;
  url: string;
  /** What a reader sees: "arXiv 1810.04805", "PDF", "github.com/org/repo". */
  label: string;
}

const VENUE_HOSTS =
  /(?:^|\.)(?:openreview\.net|proceedings\.(?:neurips\.cc|mlr\.press)|papers\.nips\.cc|proceedings\.mlr\.press|jmlr\.org|openaccess\.thecvf\.com|aclanthology\.org|doi\.org|dl\.acm\.org|ieeexplore\.ieee\.org|link\.springer\.com|ecva\.net|ojs\.aaai\.org|ijcai\.org|mlanthology\.org)$/i;
const CODE_HOSTS = /(?:^|\.)(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org)$/i;

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

const withoutScheme = (url: string) => url.replace(/^https?:\/\/(?:www\.)?/i, "").replace(/\/+$/, "");

/** The kind of one of a source's links, or null when it is not an http(s) URL. */
export function linkKind(url: string): PaperLinkKind | null {
  const host = hostOf(url);
  if (!host || !/^https?:/i.test(url)) return null;
  if (/(?:^|\.)arxiv\.org$/i.test(host)) return /\/pdf\//.test(url) ? "pdf" : "arxiv";
  if (/(?:^|\.)huggingface\.co$/i.test(host)) return "hf";
  if (CODE_HOSTS.test(host)) return "code";
  if (/\.pdf(?:$|[?#])/i.test(url) || /\/pdf(?:$|[/?#])/i.test(new URL(url).pathname)) return "pdf";
  if (VENUE_HOSTS.test(host)) return "venue";
  return "page";
}

const ORDER: PaperLinkKind[] = ["arxiv", "pdf", "hf", "venue", "page", "code"];

/**
 * Every way to reach the paper, deduplicated by URL, in reading order (arXiv, PDF, Hugging Face, venue, other
 * pages, code). `repos` are repository names the paper links to ("github.com/org/repo").
 */
export function paperLinks(
  paper: { arxivId?: string | null; links?: readonly string[]; venue?: string | null },
  repos: readonly string[] = [],
): PaperLink[] {
  const out: PaperLink[] = [];
  const seen = new Set<string>();
  const add = (kind: PaperLinkKind, url: string, label: string) => {
    const key = withoutScheme(url).toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ kind, url, label });
  };
  if (paper.arxivId) {
    add("arxiv", `https://arxiv.org/abs/${paper.arxivId}`, `arXiv ${paper.arxivId}`);
    add("pdf", `https://arxiv.org/pdf/${paper.arxivId}`, "PDF (arXiv)");
    add("hf", `https://huggingface.co/papers/${paper.arxivId}`, "Hugging Face");
  }
  for (const url of paper.links ?? []) {
    const kind = linkKind(url);
    if (!kind) continue;
    const label =
      kind === "pdf"
        ? "PDF"
        : kind === "venue"
          ? `${paper.venue ? `${paper.venue} · ` : ""}${hostOf(url)}`
          : kind === "hf"
            ? "Hugging Face"
            : withoutScheme(url);
    add(kind, url, label);
  }
  for (const repo of repos) add("code", /^https?:/i.test(repo) ? repo : `https://${repo}`, withoutScheme(repo));
  return out.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
}
