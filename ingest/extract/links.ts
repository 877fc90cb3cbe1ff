// Code-repository and Hugging Face links: found in text, repaired where the page broke them, normalised.

export interface NormalizedLink {
  type: "repo" | "hf";
  name: string;
}

export interface FoundLink extends NormalizedLink {
  start: number;
  end: number;
}

// Code hosts, with the anonymous one papers under review link to (`anonymous.4open.science/r/<name>`).
const REPO_HOSTS = [
  "github.com",
  "gitlab.com",
  "gitee.com",
  "bitbucket.org",
  "codeberg.org",
  "anonymous.4open.science",
];
// The site's own pages, not Hub repositories: documentation, blog posts, courses.
const HF_SITE_PAGES = new Set(["docs", "blog", "learn", "tasks", "pricing", "join", "login", "settings"]);
// Path segments that are Hugging Face namespaces rather than owners.
const HF_KINDS = new Set(["spaces", "datasets", "models", "collections", "papers"]);
const TRAILING = /[.,;:!?)\]}>"'’”*]+$/;

/**
 * Normalises a repository or Hugging Face link to `host/owner/name` (repo) or `huggingface.co/…` (hf):
 * no scheme, no `www.`, no `.git`, no trailing punctuation, case kept. Null when it is neither.
 */
export function normalizeLink(url: string): NormalizedLink | null {
  const cleaned = url
    .trim()
    // A space the page inserted after "github." or after the scheme is removed; any other space ends the link.
    .replace(/^([a-z]+):\s+\/\//i, "$1://")
    .replace(/(\.|:\/\/)\s+(?=[\w])/g, "$1")
    .split(/\s/)[0]!
    .replace(/^<|>$/g, "")
    .replace(/^[a-z]+:\/\//i, "")
    .replace(/^www\./i, "");
  const parts = cleaned.split(/[/?#]/);
  const host = parts[0]!.toLowerCase();
  const path = parts
    .slice(1)
    .map((p) => p.replace(TRAILING, ""))
    .filter(Boolean);
  if (REPO_HOSTS.includes(host)) {
    if (path.length < 2) return null;
    const owner = path[0]!;
    const name = path[1]!.replace(/\.git$/i, "");
    if (!name || !/^[\w.-]+$/.test(owner) || !/^[\w.-]+$/.test(name)) return null;
    return { type: "repo", name: `${host}/${owner}/${name}` };
  }
  if (host === "huggingface.co" || host === "hf.co") {
    if (path.length === 0 || HF_SITE_PAGES.has(path[0]!)) return null;
    const take = HF_KINDS.has(path[0]!) ? 3 : 2;
    const segments = path.slice(0, Math.min(take, path.length));
    if (segments.length === 1 && !HF_KINDS.has(segments[0]!)) return null;
    return { type: "hf", name: `huggingface.co/${segments.join("/")}` };
  }
  return null;
}

// A link as written, allowing the space a page sometimes inserts after "github.", after the scheme, or after the
// host's slash when an owner and a name follow ("github.com/ owner/name").
const LINK =
  /(?:https?:\/\/\s?)?(?:www\.)?(?:github\.\s?com|gitlab\.\s?com|gitee\.\s?com|bitbucket\.\s?org|codeberg\.org|anonymous\.4open\.science|huggingface\.\s?co|hf\.co)\/(?:\s(?=[\w.-]+\/[\w.-]))?[^\s,;"'<>)\]]+(?:\/[^\s,;"'<>)\]]*)*/gi;

/** Every repository or Hugging Face link in `text`, normalised, with offsets of the link as written. */
export function findLinks(text: string): FoundLink[] {
  const found: FoundLink[] = [];
  // Most abstracts hold no link: a plain substring test spares the regex scan.
  if (!/github|gitlab|gitee|bitbucket|codeberg|4open|huggingface|hf\.co/i.test(text)) return found;
  LINK.lastIndex = 0;
  for (let m = LINK.exec(text); m; m = LINK.exec(text)) {
    const raw = m[0].replace(TRAILING, "");
    const link = normalizeLink(raw.replace(/\s/g, ""));
    if (link) found.push({ ...link, start: m.index, end: m.index + raw.length });
  }
  return found;
}
