// The GHCR diagnosis asks GitHub's REST API about the package. The real API is out of reach from here (no network
// but the package registries), so a loopback HTTP server STANDS IN FOR THE GITHUB API: it answers the documented
// routes (`GET /orgs/{org}/packages/container/{package_name}`, `GET /users/{username}/packages/container/{package_name}`)
// with the documented response shapes and status codes, and records what it was asked. The diagnosis finds it
// through GITHUB_API_URL, as on a GitHub Enterprise runner.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { diagnoseGhcr, USUAL_CAUSES, type GhcrDiagnosisRequest } from '../../src/action/ghcr-diagnosis.ts';

/** A package as the API documents it (trimmed to real fields; `repository` is absent when none is linked). */
function packageBody(owner: string, name: string, linkedTo?: string): Record<string, unknown> {
  return {
    id: 197,
    name,
    package_type: 'container',
    owner: { login: owner, id: 9919, type: 'Organization' },
    version_count: 3,
    visibility: 'private',
    url: `https://api.github.com/orgs/${owner}/packages/container/${encodeURIComponent(name)}`,
    created_at: '2026-04-10T19:39:27Z',
    updated_at: '2026-11-12T08:01:54Z',
    html_url: `https://github.com/orgs/${owner}/packages/container/package/${encodeURIComponent(name)}`,
    ...(linkedTo !== undefined && {
      repository: {
        id: 1296269,
        name: linkedTo.split('/')[1],
        full_name: linkedTo,
        private: true,
        owner: { login: linkedTo.split('/')[0] },
      },
    }),
  };
}

const notFound = { message: 'Package not found.', documentation_url: 'https://docs.github.com/rest/packages/packages' };

describe('GHCR diagnosis against a stand-in for the GitHub REST API', () => {
  let server: Server;
  let apiUrl = '';
  /** Route (decoded path as sent, e.g. `/orgs/acme/packages/container/app%2Fsub`) -> [status, body]. */
  let routes = new Map<string, [number, unknown]>();
  let asked: Array<{ url: string; authorization: string | undefined; accept: string | undefined }> = [];
  const savedApiUrl = process.env['GITHUB_API_URL'];

  before(async () => {
    server = createServer((req: IncomingMessage, res) => {
      asked.push({ url: req.url ?? '', authorization: req.headers.authorization, accept: req.headers.accept });
      const [status, body] = routes.get(req.url ?? '') ?? [404, notFound];
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    process.env['GITHUB_API_URL'] = apiUrl;
  });
  after(async () => {
    if (savedApiUrl === undefined) delete process.env['GITHUB_API_URL'];
    else process.env['GITHUB_API_URL'] = savedApiUrl;
    await new Promise((closed) => server.close(closed));
  });
  beforeEach(() => {
    routes = new Map();
    asked = [];
  });

  const request = (partial: Partial<GhcrDiagnosisRequest> = {}): GhcrDiagnosisRequest => ({
    registry: 'ghcr.io',
    status: 403,
    repository: 'acme/app',
    workflowRepository: { owner: 'acme', repo: 'app' },
    token: 'ghs_jobtoken123',
    ...partial,
  });

  it('a package linked to another repository: names both and says to add this one with the Write role', async () => {
    routes.set('/orgs/acme/packages/container/app', [200, packageBody('acme', 'app', 'acme/legacy-app')]);
    const text = await diagnoseGhcr(request({ workflowRepository: { owner: 'acme', repo: 'release' } }));
    assert.equal(
      text,
      'The package ghcr.io/acme/app exists and is linked to acme/legacy-app, not to acme/release: Package settings → Manage ' +
        'Actions access → add acme/release with the Write role, and give the job `permissions: packages: write`.',
    );
    assert.deepEqual(asked, [
      { url: '/orgs/acme/packages/container/app', authorization: 'token ghs_jobtoken123', accept: asked[0]?.accept },
    ]);
    assert.match(asked[0]!.accept ?? '', /application\/vnd\.github/);
  });

  it('a package linked to this repository: the job lacks packages: write', async () => {
    routes.set('/orgs/acme/packages/container/app', [200, packageBody('acme', 'app', 'acme/app')]);
    const text = await diagnoseGhcr(request({ status: 401 }));
    assert.match(text!, /^The package ghcr\.io\/acme\/app exists and is linked to acme\/app, this workflow’s repository/);
    assert.match(text!, /give the job `permissions: packages: write`/);
  });

  it('a package linked to no repository says so', async () => {
    routes.set('/orgs/acme/packages/container/app', [200, packageBody('acme', 'app')]);
    assert.match(
      (await diagnoseGhcr(request()))!,
      /exists and is linked to no repository: Package settings → Manage Actions access → add acme\/app/,
    );
  });

  it('a user-owned package: the org route answers 404, the user route is asked next, the nested name URL-encoded', async () => {
    routes.set('/users/octo/packages/container/tools%2Fbuilder', [200, packageBody('octo', 'tools/builder', 'octo/dotfiles')]);
    const text = await diagnoseGhcr(request({ repository: 'octo/tools/builder', workflowRepository: { owner: 'octo', repo: 'ci' } }));
    assert.deepEqual(
      asked.map((a) => a.url),
      ['/orgs/octo/packages/container/tools%2Fbuilder', '/users/octo/packages/container/tools%2Fbuilder'],
    );
    assert.match(text!, /^The package ghcr\.io\/octo\/tools\/builder exists and is linked to octo\/dotfiles, not to octo\/ci:/);
  });

  it('no package under either route: it does not exist yet, or this repository has no access', async () => {
    const text = await diagnoseGhcr(request({ repository: 'acme/new-app' }));
    assert.equal(asked.length, 2);
    assert.match(text!, /^GitHub’s API shows no package new-app owned by acme to this token\. Either it does not exist yet/);
    assert.match(text!, /Manage Actions access → add acme\/app with the Write role/);
  });

  it('when the API cannot answer (it refuses the token), the usual causes, and why nothing more is known', async () => {
    routes.set('/orgs/acme/packages/container/app', [403, { message: 'Resource not accessible by integration' }]);
    const text = await diagnoseGhcr(request());
    assert.equal(text, `${USUAL_CAUSES} (GitHub’s API could not say more: it answered HTTP 403.)`);
  });

  it('when the API is unreachable, the usual causes', async () => {
    const closed = createServer();
    await new Promise<void>((listening) => closed.listen(0, '127.0.0.1', listening));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((done) => closed.close(done));
    const text = await diagnoseGhcr(request({ apiUrl: `http://127.0.0.1:${port}` }));
    assert.ok(text!.startsWith(USUAL_CAUSES), text);
    assert.equal(asked.length, 0);
  });

  it('says nothing for another registry or another status, without asking the API', async () => {
    assert.equal(await diagnoseGhcr(request({ registry: 'docker.io' })), undefined);
    assert.equal(await diagnoseGhcr(request({ status: 404 })), undefined);
    assert.equal(await diagnoseGhcr(request({ status: undefined })), undefined);
    assert.deepEqual(asked, []);
  });
});
