import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

const ROOT = join(__dirname, "..", "..");
const OFFICE_JS_DIR = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
// The production page loads office.js from Microsoft's CDN; the minifier may drop the quotes.
const CDN_OFFICE_JS =
  /<script src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?><\/script>/;

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

export interface PaneServer {
  /** The page's address, `http://127.0.0.1:PORT/taskpane.html`. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves the built pane on loopback. The page's office.js is the real one from
 * `@microsoft/office-js`, served from here instead of the CDN; with `?excel=1` the Excel
 * stand-in script runs right after office.js and before the pane's own scripts.
 *
 * @param dir The folder `buildPane` produced.
 */
export async function servePane(dir: string): Promise<PaneServer> {
  const html = readFileSync(join(dir, "taskpane.html"), "utf8");
  if (!CDN_OFFICE_JS.test(html)) throw new Error("taskpane.html no longer loads office.js");
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/taskpane.html") {
      const standIn = url.searchParams.has("excel")
        ? '<script src="/e2e/excelStandIn.js"></script>'
        : "";
      const page = html.replace(
        CDN_OFFICE_JS,
        `<script src="/office-js/office.js"></script>${standIn}`,
      );
      response.writeHead(200, { "content-type": TYPES[".html"] });
      response.end(page);
      return;
    }
    const file = url.pathname.startsWith("/office-js/")
      ? inside(OFFICE_JS_DIR, url.pathname.slice("/office-js/".length))
      : inside(dir, url.pathname.slice(1));
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/taskpane.html`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The file under `base`, or `null` for a path that climbs out of it. */
function inside(base: string, relative: string): string | null {
  const file = normalize(join(base, decodeURIComponent(relative)));
  return file.startsWith(base + sep) ? file : null;
}
