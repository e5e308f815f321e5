// The GitHub REST/GraphQL client every sink uses: the toolkit's Octokit with the Octokit plugins for
// retries (5xx, network errors, timeouts: exponential backoff) and throttling (secondary rate limits
// waited out; writes paced as GitHub asks), plus a per-attempt request timeout. Its errors are sorted
// here into what a user can act on: rate limit, read-only token (fork PR), bad credentials, not found.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import type { SinkLog } from './sink-log.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  /** GITHUB_API_URL on GHES and in tests; api.github.com otherwise. */
  apiUrl?: string;
  /** One attempt gets this long for its whole response (default 15 s). */
  timeoutMs?: number;
  /** Retries after a 5xx, a network error or a timeout (default 2). */
  retries?: number;
  /** Backoff unit: retry n waits n² units (default 1 s: 1 s, 4 s). */
  retryBaseMs?: number;
  /** Unit of Retry-After / rate-limit reset waits (default 1 s; tests make it small). */
  rateLimitUnitMs?: number;
  /** A rate limit (primary or secondary) is waited out only when it lifts within this (default 60 s). */
  maxRateLimitWaitS?: number;
  /** Spacing of writes; default GitHub's guidance (1 s, 3 s for writes that notify). */
  writeIntervalMs?: number;
  log?: SinkLog;
}

const DEFAULTS = { timeoutMs: 15_000, retries: 2, retryBaseMs: 1000, rateLimitUnitMs: 1000, maxRateLimitWaitS: 60 };

/** A request with no complete response within the timeout: retried like a 5xx. */
export class GitHubTimeoutError extends Error {
  readonly timedOut = true;
  /** plugin-retry retries errors with a status >= 400 and the request that failed. */
  readonly status = 500;
  constructor(
    readonly timeoutMs: number,
    readonly request: { request: Record<string, unknown> },
  ) {
    super(`no response within ${timeoutMs / 1000} s`);
    this.name = 'GitHubTimeoutError';
  }
}

type RequestHook = (options: { request: Record<string, unknown> }) => Promise<unknown>;

/**
 * Plugin: every attempt (the retry plugin wraps around it) gets its own deadline, body included. Hooks
 * are bound to the request's options object, so the signal is set on it rather than passed along.
 */
function requestTimeout(ms: number) {
  return (octokit: { hook: { wrap: (name: 'request', fn: (request: RequestHook, options: { request: Record<string, unknown> }) => Promise<unknown>) => void } }) => {
    octokit.hook.wrap('request', async (request, options) => {
      const signal = AbortSignal.timeout(ms);
      options.request.signal = signal;
      try {
        const response = await request(options);
        // A body cut off by the deadline is read as empty data, not as an error: never use it.
        if (signal.aborted) throw new GitHubTimeoutError(ms, options);
        return response;
      } catch (err) {
        if (signal.aborted) throw new GitHubTimeoutError(ms, options);
        throw err;
      }
    });
  };
}

/** An Octokit for `apiUrl` with retries, throttling and a request timeout. */
export function createGitHubClient(token: string, opts: GitHubClientOptions = {}): GitHubClient {
  if (!token) throw new Error('no GitHub token: set the `token` input (default ${{ github.token }}) or the token env variable');
  const o = { ...DEFAULTS, ...opts };
  const baseUrl = (opts.apiUrl || process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const waitOrGiveUp = (kind: string) => (retryAfter: number, options: { method: string; url: string }, _o: unknown, retryCount: number) => {
    const retrying = retryAfter <= o.maxRateLimitWaitS && retryCount < o.retries;
    o.log?.warning(`GitHub ${kind} on ${options.method} ${options.url}: ${retrying ? `retrying in ${retryAfter} s` : `not waiting ${retryAfter} s`}`);
    return retrying;
  };
  const paced = opts.writeIntervalMs === undefined ? {} : {
    write: new Bottleneck.Group({ maxConcurrent: 1, minTime: opts.writeIntervalMs }),
    notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: opts.writeIntervalMs }),
  };
  return getOctokit(
    token,
    {
      baseUrl,
      retry: {
        retries: o.retries,
        retryAfterBaseValue: o.retryBaseMs,
        // Rate limits (403/429) are the throttling plugin's; the rest of 4xx will not change on retry.
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
      },
      throttle: {
        ...paced,
        retryAfterBaseValue: o.rateLimitUnitMs,
        onRateLimit: waitOrGiveUp('rate limit'),
        onSecondaryRateLimit: waitOrGiveUp('secondary rate limit'),
      },
    },
    // Innermost first: each retry is a new attempt with its own timeout.
    requestTimeout(o.timeoutMs) as never,
    retry,
    throttling,
  );
}

// ---------------------------------------------------------------------------------------------
// What went wrong, in words a user can act on
// ---------------------------------------------------------------------------------------------

interface ErrorShape {
  status?: unknown;
  message?: unknown;
  timedOut?: unknown;
  timeoutMs?: unknown;
  response?: { headers?: Record<string, string | undefined> };
}

/** HTTP status of an Octokit RequestError (or anything shaped like one). */
export function httpStatus(err: unknown): number | undefined {
  const s = (err as ErrorShape)?.status;
  return typeof s === 'number' ? s : undefined;
}

function header(err: unknown, name: string): string | undefined {
  return (err as ErrorShape)?.response?.headers?.[name];
}

/** A primary (x-ratelimit-remaining: 0) or secondary rate limit: not a permission problem. */
export function isRateLimited(err: unknown): boolean {
  const s = httpStatus(err);
  if (s === 429) return true;
  if (s !== 403) return false;
  return header(err, 'x-ratelimit-remaining') === '0' || header(err, 'retry-after') !== undefined || /rate limit/i.test(String((err as ErrorShape).message));
}

/** A 403 that is not a rate limit: the token may read but not write (a fork PR under `pull_request`). */
export function isReadOnly(err: unknown): boolean {
  return httpStatus(err) === 403 && !isRateLimited(err);
}

/** One line: what failed and why, naming rate limits, timeouts and credentials as such. */
export function describeGitHubError(what: string, err: unknown): string {
  const e = err as ErrorShape;
  const msg = err instanceof Error ? err.message : String(err);
  if (e?.timedOut) return `${what}: GitHub did not answer within ${Number(e.timeoutMs) / 1000} s (retried)`;
  if (isRateLimited(err)) {
    const reset = Number(header(err, 'x-ratelimit-reset'));
    const when = reset > 0 ? `; it resets at ${new Date(reset * 1000).toISOString()}` : header(err, 'retry-after') ? `; retry after ${header(err, 'retry-after')} s` : '';
    return `${what}: GitHub API rate limit exceeded (HTTP ${httpStatus(err)}${when}): ${msg}`;
  }
  const status = httpStatus(err);
  if (status === 401) return `${what}: the token was refused (HTTP 401 bad credentials): ${msg}`;
  return `${what} failed${status ? ` (HTTP ${status})` : ''}: ${msg}`;
}
