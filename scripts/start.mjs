// `npm start`: builds what is missing, then serves the demo site on http://localhost:8000
// (PORT to change it). Until <guichet-form> exists, the site is the procedure checker and
// the docs of the procedure format.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? 8000);

if (!existsSync(join(root, 'packages/form/dist/guichet-form.js'))) {
  console.log('First start: building the packages (about 20 seconds)…');
  const { status } = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

/** URL prefixes and the folders they serve. */
const mounts = [
  ['/core/', 'packages/core/dist/'],
  ['/form/', 'packages/form/dist/'],
  ['/docs/', 'docs/'],
  ['/schemas/', 'schemas/'],
  ['/', 'site/'],
];

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The file a URL path names, or undefined when it is outside the served folders. */
function fileFor(pathname) {
  const [prefix, folder] = mounts.find(([p]) => pathname.startsWith(p));
  const relative = normalize(decodeURIComponent(pathname.slice(prefix.length)));
  if (relative.startsWith('..')) return undefined;
  const base = resolve(root, folder);
  const file = resolve(base, relative);
  return file.startsWith(base) ? file : undefined;
}

const server = createServer(async (request, response) => {
  const headers = {
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-eval'",
  };
  try {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    let file = fileFor(pathname);
    if (file && (await stat(file).catch(() => undefined))?.isDirectory()) file = join(file, 'index.html');
    const body = file ? await readFile(file).catch(() => undefined) : undefined;
    if (!body) {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Page introuvable / Not found');
      return;
    }
    response.writeHead(200, { ...headers, 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(400, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Requête invalide / Bad request');
  }
});

server.listen(port, () => {
  console.log(`Guichet demo: http://localhost:${port}/  (Ctrl+C to stop)`);
});
