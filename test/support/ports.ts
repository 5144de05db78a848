import { createServer } from 'node:net';

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
