// `npm run serve`/`npm start` build step: builds the web app only when a source is newer than the last build, so
// starting the server on a current build costs no rebuild. `--force` always builds (`npm run build:web`).

import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..");
const BUILT = join(ROOT, "dist", "web", "index.html");
/** What the bundle is made of: the web sources, the shared domain types it imports, and the build settings. */
const INPUTS = ["web", "domain", "package-lock.json"];

/** The newest modification time under `path` (a file or a directory, recursively). */
function newest(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = info.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

/** Whether dist/web is older than any input (or missing). */
export function webBuildIsStale(root = ROOT): boolean {
  const built = join(root, "dist", "web", "index.html");
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return INPUTS.some((input) => existsSync(join(root, input)) && newest(join(root, input)) > builtAt);
}

if (process.argv.includes("--force") || webBuildIsStale()) {
  execFileSync(
    join(ROOT, "node_modules", ".bin", "vite"),
    ["build", "--config", "web/vite.config.ts", "--logLevel", "warn"],
    {
      cwd: ROOT,
      stdio: "inherit",
    },
  );
} else {
  console.log(`web app is current (${BUILT}); not rebuilt`);
}
