// The floor of the platform's shape, gateway side: node:http, one NATS request per POST, the answer as JSON.
import { createServer } from 'node:http';
import { connect } from 'nats';

async function main(): Promise<void> {
  const nc = await connect({ servers: process.env['NATS_URL'] });
  const subject = `${process.env['FLOOR_SUBJECT']}`;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      nc.request(subject, Buffer.concat(chunks), { timeout: 5000 }).then(
        (answer) => response.writeHead(201, { 'content-type': 'application/json' }).end(Buffer.from(answer.data)),
        () => response.writeHead(504).end(),
      );
    });
  });
  server.listen(Number(process.env['PORT']), '127.0.0.1', () => process.send?.('ready'));
}

void main();
