import type { Server as HttpServer } from 'node:http';
import { createServer, type AddressInfo, type Server } from 'node:net';

/**
 * Ask the kernel for a free TCP port on loopback.
 *
 * There is an unavoidable race between closing our listener and the caller
 * binding the port, but on a test machine with only loopback traffic it is
 * negligible, and it is the only way to hand a port to a child process
 * (docker-registry) that cannot report back which port it picked.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error(`unexpected listen address: ${String(address)}`));
        return;
      }
      const { port } = address;
      server.close((err) => (err ? reject(err) : resolve(port)));
    });
  });
}

/** Start `server` listening on 127.0.0.1 at a port the kernel picks; resolves to that port. */
export async function listenOnLoopback(server: Server): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return (server.address() as AddressInfo).port;
}

/** A stop() for an HTTP(S) server: closes it and its keep-alive connections; calling it again waits for the first. */
export function httpServerStopper(server: HttpServer, also: () => void = () => undefined): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  return () => {
    stopping ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
      also();
    });
    return stopping;
  };
}
