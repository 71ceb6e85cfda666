import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Serves the generated page from loopback; nothing else. */
export async function servePage(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const body = Buffer.from(html);
  const server: Server = createServer((request, response) => {
    if (request.url?.startsWith('/calls')) {
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
        .end(body);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/calls`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
