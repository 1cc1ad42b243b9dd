// Builds the web app into web/dist: type-checks with tsc --strict (tsconfig.json), bundles the
// TypeScript with esbuild into one script and one style sheet, and copies the page. Everything the
// page loads comes from its own origin: no CDN.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const web = dirname(fileURLToPath(import.meta.url));
const dist = join(web, "dist");

execFileSync(process.execPath, [join(web, "..", "node_modules", "typescript", "bin", "tsc"), "-p", web], { stdio: "inherit" });
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
await build({
  entryPoints: { app: join(web, "src", "main.tsx"), styles: join(web, "src", "styles.css") },
  outdir: dist,
  bundle: true,
  minify: true,
  sourcemap: true,
  target: "es2022",
  legalComments: "linked",
  logLevel: "warning",
});
cpSync(join(web, "index.html"), join(dist, "index.html"));
