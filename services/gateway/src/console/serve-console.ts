import type { INestApplication } from '@nestjs/common';
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { chooseEncoding, CompressedFiles } from './compressed-files';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** Text worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json']);

/** Where `npm run build` puts the console: dist/console, found from dist/services/gateway/src. */
export function defaultConsoleDir(): string {
  return path.resolve(__dirname, '..', '..', '..', '..', 'console');
}

/**
 * The console's built files at /console: hashed assets cached for a year, anything else that is no file answers
 * index.html (the single-page app routes it). Text is sent brotli- or gzip-compressed to clients that accept it.
 * Outside the API and its guards: the files are public, the data is not.
 */
export function serveConsole(app: INestApplication, dir: string): boolean {
  const root = path.resolve(dir);
  const index = path.join(root, 'index.html');
  if (!existsSync(index)) return false;
  const compressed = new CompressedFiles();
  app.use('/console', (request: IncomingMessage, response: ServerResponse, next: () => void) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    const pathname = decodeSafely(new URL(request.url ?? '/', 'http://console').pathname);
    const candidate = pathname === undefined ? undefined : path.join(root, path.normalize(pathname));
    const file = candidate && candidate.startsWith(root + path.sep) && isFile(candidate) ? candidate : index;
    const hashed = file.includes(`${path.sep}assets${path.sep}`);
    response.statusCode = 200;
    response.setHeader('Content-Type', CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream');
    response.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    const compressible = COMPRESSIBLE.has(path.extname(file));
    if (compressible) response.setHeader('Vary', 'Accept-Encoding');
    const encoding = compressible ? chooseEncoding(request.headers['accept-encoding']) : undefined;
    if (!encoding) {
      if (request.method === 'HEAD') return void response.end();
      return void createReadStream(file).pipe(response);
    }
    compressed.get(file, encoding).then(
      (body) => {
        response.setHeader('Content-Encoding', encoding);
        response.setHeader('Content-Length', body.length);
        response.end(request.method === 'HEAD' ? undefined : body);
      },
      () => createReadStream(file).pipe(response),
    );
  });
  return true;
}

function decodeSafely(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}

function isFile(candidate: string): boolean {
  try {
    return statSync(candidate).isFile();
  } catch {
    return false;
  }
}
