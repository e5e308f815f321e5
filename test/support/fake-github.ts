// A small GitHub REST API on 127.0.0.1 for tests: exactly the endpoints livepatch-gate calls, with
// in-memory state, a request log and switchable failures. Real Octokit talks to it through
// GITHUB_API_URL / baseUrl, so the HTTP behaviour (pagination via Link headers, status codes, JSON
// shapes) is exercised, not mocked.
//
//   GET    /user                                        (403 when userEndpoint: 'forbidden', like GITHUB_TOKEN)
//   GET    /repos/{o}/{r}/issues/{n}/comments?per_page&page   (Link: rel="next"/"last")
//   POST   /repos/{o}/{r}/issues/{n}/comments           (422 over 65,536 characters)
//   PATCH  /repos/{o}/{r}/issues/comments/{id}
//   DELETE /repos/{o}/{r}/issues/comments/{id}
//   GET    /repos/{o}/{r}/pulls/{n}
//   POST   /graphql                                     (only `query { viewer { login } }`; 403 when viewerEndpoint: 'forbidden')
//
// Failures: `failure` for every request, `failNext()` for the next requests (status, headers: 5xx, rate
// limits), `delayMs` before every response (request timeouts).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeUser {
  login: string;
  type: 'User' | 'Bot';
}

export interface FakeComment {
  id: number;
  repo: string;
  issue: number;
  body: string;
  user: FakeUser;
  created_at: string;
  updated_at: string;
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization?: string;
  status: number;
}

export type FailureMode =
  | 'none'
  /** Writes get 403 "Resource not accessible by integration" (fork PR token); reads work. */
  | 'read-only'
  /** Everything gets 500. */
  | 'server-error';

/** One scripted failure: the next request (matching `method`/`path` when given) gets this response. */
export interface ScriptedFailure {
  status: number;
  message?: string;
  headers?: Record<string, string>;
  method?: string;
  path?: RegExp;
}

export interface FakeGitHubOptions {
  /** Required `Authorization: token <token>`; 401 otherwise. */
  token?: string;
  /** Author of comments created through the API. */
  identity?: FakeUser;
  /** 'forbidden' mimics installation tokens, which cannot call GET /user. */
  userEndpoint?: 'ok' | 'forbidden';
  /** GraphQL `viewer`: answered for every token unless 'forbidden'. */
  viewerEndpoint?: 'ok' | 'forbidden';
  /** Kills the server after this long, so a hung test cannot keep the process alive. */
  maxLifetimeMs?: number;
}

export const GITHUB_ACTIONS_BOT: FakeUser = { login: 'github-actions[bot]', type: 'Bot' };

export class FakeGitHub {
  readonly comments = new Map<number, FakeComment>();
  readonly pulls = new Map<string, { number: number; head: { sha: string }; base: { sha: string } }>();
  readonly requests: LoggedRequest[] = [];
  failure: FailureMode = 'none';
  identity: FakeUser;
  userEndpoint: 'ok' | 'forbidden';
  viewerEndpoint: 'ok' | 'forbidden';
  /** Wait this long before answering each request (a slow or hung GitHub). */
  delayMs = 0;
  private readonly scripted: ScriptedFailure[] = [];
  private nextId = 1000;
  /** A fake clock: every comment is one second newer than the previous one. */
  private clock = Date.parse('2025-01-01T00:00:00Z');
  private lifetime?: NodeJS.Timeout;

  private constructor(
    private readonly server: Server,
    readonly url: string,
    private readonly token: string | undefined,
    opts: FakeGitHubOptions,
  ) {
    this.identity = opts.identity ?? GITHUB_ACTIONS_BOT;
    this.userEndpoint = opts.userEndpoint ?? 'forbidden';
    this.viewerEndpoint = opts.viewerEndpoint ?? 'ok';
  }

  /** The next requests (in order, each matching its method/path if given) fail as scripted. */
  failNext(...failures: ScriptedFailure[]): void {
    this.scripted.push(...failures);
  }

  /** Clears failures, delays and scripted responses (between tests). */
  reset(): void {
    this.failure = 'none';
    this.delayMs = 0;
    this.scripted.length = 0;
  }

  static async start(opts: FakeGitHubOptions = {}): Promise<FakeGitHub> {
    // The handler needs the instance and the instance needs the listening port: bind through a holder.
    const holder: { fake?: FakeGitHub } = {};
    const server = createServer((req, res) => {
      if (!holder.fake) {
        res.writeHead(503).end();
        return;
      }
      void holder.fake.handle(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const fake = new FakeGitHub(server, `http://127.0.0.1:${port}`, opts.token, opts);
    holder.fake = fake;
    fake.lifetime = setTimeout(() => void fake.close(), opts.maxLifetimeMs ?? 5 * 60_000);
    fake.lifetime.unref();
    return fake;
  }

  async close(): Promise<void> {
    if (this.lifetime) clearTimeout(this.lifetime);
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Seeds a comment (e.g. by another user, or an older duplicate of ours). */
  addComment(repo: string, issue: number, body: string, user: FakeUser = this.identity): FakeComment {
    const now = new Date((this.clock += 1000)).toISOString();
    const c: FakeComment = { id: this.nextId++, repo, issue, body, user, created_at: now, updated_at: now };
    this.comments.set(c.id, c);
    return c;
  }

  commentsOn(repo: string, issue: number): FakeComment[] {
    return [...this.comments.values()].filter((c) => c.repo === repo && c.issue === issue).sort((a, b) => a.id - b.id);
  }

  setPullRequest(repo: string, number: number, headSha: string, baseSha = '0'.repeat(40)): void {
    this.pulls.set(`${repo}#${number}`, { number, head: { sha: headSha }, base: { sha: baseSha } });
  }

  /** Requests matching a method and a path pattern. */
  calls(method: string, path?: RegExp): LoggedRequest[] {
    return this.requests.filter((r) => r.method === method && (!path || path.test(r.path)));
  }

  private htmlUrl(c: FakeComment): string {
    return `https://github.com/${c.repo}/pull/${c.issue}#issuecomment-${c.id}`;
  }

  private view(c: FakeComment) {
    return { ...c, html_url: this.htmlUrl(c), url: `${this.url}/repos/${c.repo}/issues/comments/${c.id}` };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const u = new URL(req.url ?? '/', this.url);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown = undefined;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const entry: LoggedRequest = {
      method: req.method ?? 'GET',
      path: u.pathname,
      query: Object.fromEntries(u.searchParams),
      body,
      authorization: req.headers.authorization,
      status: 0,
    };
    this.requests.push(entry);
    const send = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
      entry.status = status;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(payload === undefined ? undefined : JSON.stringify(payload));
    };
    const fail = (status: number, message: string) => send(status, { message, documentation_url: 'https://docs.github.com/rest', status: String(status) });

    if (this.delayMs > 0) {
      // Ends early when the client gives up (or the server closes), so no timer outlives the test.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.delayMs);
        res.once('close', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      if (res.destroyed || res.writableEnded) return;
    }
    if (this.token && req.headers.authorization !== `token ${this.token}`) return fail(401, 'Bad credentials');
    const i = this.scripted.findIndex((f) => (!f.method || f.method === entry.method) && (!f.path || f.path.test(u.pathname)));
    if (i >= 0) {
      const [f] = this.scripted.splice(i, 1);
      return send(f.status, { message: f.message ?? `scripted ${f.status}`, documentation_url: 'https://docs.github.com/rest' }, f.headers);
    }
    if (this.failure === 'server-error') return fail(500, 'Server Error');
    const write = entry.method !== 'GET' && u.pathname !== '/graphql'; // a GraphQL query reads
    if (write && this.failure === 'read-only') return fail(403, 'Resource not accessible by integration');

    let m: RegExpExecArray | null;
    if (entry.method === 'POST' && u.pathname === '/graphql') {
      const query = String((body as { query?: unknown })?.query ?? '');
      if (!/^\s*query\s*\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(query)) return fail(400, `fake-github: unsupported GraphQL query ${query}`);
      if (this.viewerEndpoint === 'forbidden') return fail(403, 'Resource not accessible by integration');
      return send(200, { data: { viewer: { login: this.identity.login } } });
    }
    if (entry.method === 'GET' && u.pathname === '/user') {
      if (this.userEndpoint === 'forbidden') return fail(403, 'Resource not accessible by integration');
      return send(200, { login: this.identity.login, type: this.identity.type, id: 1 });
    }
    if ((m = /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/.exec(u.pathname))) {
      const repo = m[1];
      const issue = Number(m[2]);
      if (entry.method === 'GET') {
        const perPage = Math.min(Math.max(Number(u.searchParams.get('per_page') ?? 30) || 30, 1), 100);
        const page = Math.max(Number(u.searchParams.get('page') ?? 1) || 1, 1);
        const all = this.commentsOn(repo, issue);
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const slice = all.slice((page - 1) * perPage, page * perPage).map((c) => this.view(c));
        const link = (p: number) => `<${this.url}/repos/${repo}/issues/${issue}/comments?per_page=${perPage}&page=${p}>`;
        const links: string[] = [];
        if (page < last) links.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`);
        if (page > 1) links.push(`${link(1)}; rel="first"`, `${link(page - 1)}; rel="prev"`);
        return send(200, slice, links.length ? { link: links.join(', ') } : {});
      }
      if (entry.method === 'POST') {
        const text = (body as { body?: unknown })?.body;
        if (typeof text !== 'string') return fail(422, 'Validation Failed: body is missing');
        if (text.length > 65_536) return fail(422, 'Validation Failed: body is too long (maximum is 65536 characters)');
        return send(201, this.view(this.addComment(repo, issue, text)));
      }
    }
    if ((m = /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)$/.exec(u.pathname))) {
      const c = this.comments.get(Number(m[2]));
      if (!c || c.repo !== m[1]) return fail(404, 'Not Found');
      if (entry.method === 'PATCH') {
        if (c.user.login !== this.identity.login) return fail(403, 'You must be the author of this comment to edit it');
        const text = (body as { body?: unknown })?.body;
        if (typeof text !== 'string') return fail(422, 'Validation Failed: body is missing');
        if (text.length > 65_536) return fail(422, 'Validation Failed: body is too long (maximum is 65536 characters)');
        c.body = text;
        c.updated_at = new Date((this.clock += 1000)).toISOString();
        return send(200, this.view(c));
      }
      if (entry.method === 'DELETE') {
        if (c.user.login !== this.identity.login) return fail(403, 'You must be the author of this comment to delete it');
        this.comments.delete(c.id);
        entry.status = 204;
        res.writeHead(204).end();
        return;
      }
      if (entry.method === 'GET') return send(200, this.view(c));
    }
    if (entry.method === 'GET' && (m = /^\/repos\/([^/]+\/[^/]+)\/pulls\/(\d+)$/.exec(u.pathname))) {
      const pull = this.pulls.get(`${m[1]}#${m[2]}`);
      return pull ? send(200, pull) : fail(404, 'Not Found');
    }
    return fail(404, `fake-github: no route for ${entry.method} ${u.pathname}`);
  }
}
