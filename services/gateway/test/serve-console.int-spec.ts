import { INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { serveConsole } from '../src/console/serve-console';

@Module({})
class NoApiModule {}

/** The raw answer, as a browser receives it before decoding (fetch would decode it). */
function getRaw(url: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const request = httpRequest(url, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    request.on('error', reject).end();
  });
}

/** The console's built files over HTTP: compressed for clients that accept it, as they are for the rest. */
describe('the console served by the gateway (real HTTP)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'console-'));
  const bundle = Buffer.from(
    Array.from({ length: 4000 }, (_, index) => `export const step${index} = () => '工单第${index}步';`).join('\n'),
  );
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(
      path.join(dir, 'index.html'),
      '<!doctype html><script src="/console/assets/index-abc123.js"></script>',
    );
    writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), bundle);
    writeFileSync(path.join(dir, 'assets', 'logo-abc123.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
    app = await NestFactory.create(NoApiModule, { logger: false });
    serveConsole(app, dir);
    await app.listen(0, '127.0.0.1');
    url = `${await app.getUrl()}/console`;
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends the JS bundle gzip-encoded to a client that accepts gzip, and it decodes to the same bytes', async () => {
    const answer = await getRaw(`${url}/assets/index-abc123.js`, { 'Accept-Encoding': 'gzip' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.headers['vary']).toBe('Accept-Encoding');
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    expect(answer.body.length).toBeLessThan(bundle.length / 4);
    expect(gunzipSync(answer.body).equals(bundle)).toBe(true);
  });

  it('prefers brotli when the client accepts it, and gzip when brotli is refused', async () => {
    const brotli = await getRaw(`${url}/assets/index-abc123.js`, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.body).equals(bundle)).toBe(true);
    const gzipOnly = await getRaw(`${url}/assets/index-abc123.js`, { 'Accept-Encoding': 'br;q=0, gzip' });
    expect(gzipOnly.headers['content-encoding']).toBe('gzip');
  });

  it('sends the bundle as it is to a client that accepts no compression', async () => {
    const acceptNone: Record<string, string>[] = [
      {},
      { 'Accept-Encoding': 'identity' },
      { 'Accept-Encoding': 'gzip;q=0' },
    ];
    for (const headers of acceptNone) {
      const answer = await getRaw(`${url}/assets/index-abc123.js`, headers);
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(answer.headers['vary']).toBe('Accept-Encoding');
      expect(answer.body.equals(bundle)).toBe(true);
    }
  });

  it('compresses the single-page app’s index at any console path, but not images', async () => {
    const page = await getRaw(`${url}/orders/some-order`, { 'Accept-Encoding': 'gzip' });
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(page.body).toString()).toContain('index-abc123.js');
    const image = await getRaw(`${url}/assets/logo-abc123.png`, { 'Accept-Encoding': 'gzip' });
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.body.length).toBe(7);
  });

  it('answers HEAD with the compressed length and no body', async () => {
    const head = await getRaw(`${url}/assets/index-abc123.js`, { 'Accept-Encoding': 'gzip' }, 'HEAD');
    const get = await getRaw(`${url}/assets/index-abc123.js`, { 'Accept-Encoding': 'gzip' });
    expect(head.headers['content-encoding']).toBe('gzip');
    expect(head.headers['content-length']).toBe(get.headers['content-length']);
    expect(head.body.length).toBe(0);
  });
});
