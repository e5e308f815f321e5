// Uploads the report files as a workflow artifact (the workflow_run commenter downloads it; people
// download it for the full report). The artifact service only exists inside a real run, so it sits
// behind a small interface and every failure is a warning.
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { SinkLog } from './sink-log.js';

export interface ArtifactUploader {
  upload(name: string, files: string[], rootDirectory: string): Promise<{ id?: number; size?: number }>;
}

/** The runtime the artifact service needs (set by the runner for `uses:` steps only). */
export function artifactRuntimeMissing(env: NodeJS.ProcessEnv = process.env): string[] {
  return ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter((k) => !env[k]);
}

/** @actions/artifact's client, loaded lazily (it is large and only needed inside a run). */
export async function createDefaultArtifactUploader(): Promise<ArtifactUploader> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  return {
    upload: async (name, files, root) => {
      const r = await client.uploadArtifact(name, files, root);
      return { id: r.id, size: r.size };
    },
  };
}

/** The deepest directory containing every file (the artifact's root, so paths inside it stay short). */
export function commonDirectory(files: string[]): string {
  const dirs = files.map((f) => dirname(resolve(f)));
  let root = dirs[0] ?? process.cwd();
  for (const d of dirs) {
    while (relative(root, d).split(sep)[0] === '..') {
      const up = dirname(root);
      if (up === root) break;
      root = up;
    }
  }
  return root;
}

export type ArtifactOutcome =
  | { status: 'uploaded'; id?: number; size?: number }
  | { status: 'skipped' | 'failed'; message: string };

export async function uploadReportArtifact(
  name: string,
  files: string[],
  opts: { log: SinkLog; uploader?: ArtifactUploader; env?: NodeJS.ProcessEnv },
): Promise<ArtifactOutcome> {
  const missing = artifactRuntimeMissing(opts.env);
  if (!opts.uploader && missing.length) {
    const message = `artifact upload skipped: ${missing.join(' and ')} not set (not running as a GitHub Actions step?)`;
    opts.log.info(message);
    return { status: 'skipped', message };
  }
  try {
    const uploader = opts.uploader ?? (await createDefaultArtifactUploader());
    const r = await uploader.upload(name, files.map((f) => resolve(f)), commonDirectory(files));
    opts.log.info(`uploaded artifact '${name}' (${files.length} files${r.size !== undefined ? `, ${r.size} bytes` : ''})`);
    return { status: 'uploaded', id: r.id, size: r.size };
  } catch (err) {
    const message = `artifact upload of '${name}' failed: ${(err as Error).message} (the report is still in the job summary; with several jobs per workflow, give each a distinct artifact-name)`;
    opts.log.warning(message);
    return { status: 'failed', message };
  }
}

/** Downloads the report artifacts of a run (the aggregate step of a matrix); behind an interface like uploads. */
export interface ArtifactDownloader {
  /** Artifacts of the run whose names start with `prefix`, each downloaded into `<dir>/<name>`; returns those directories. */
  downloadMatching(prefix: string, dir: string): Promise<string[]>;
}

/**
 * @actions/artifact's client for this run's artifacts, or another run's (`runId`, the workflow_run
 * commenter) through the REST API with `token`.
 */
export async function createDefaultArtifactDownloader(other?: { runId: number; token: string; owner: string; repo: string }): Promise<ArtifactDownloader> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const findBy = other ? { findBy: { token: other.token, workflowRunId: other.runId, repositoryOwner: other.owner, repositoryName: other.repo } } : {};
  return {
    downloadMatching: async (prefix, dir) => {
      const { artifacts } = await client.listArtifacts({ latest: true, ...findBy });
      const wanted = artifacts.filter((a) => a.name.startsWith(prefix));
      const out: string[] = [];
      for (const a of wanted) {
        const path = join(dir, a.name);
        await client.downloadArtifact(a.id, { path, ...findBy });
        out.push(path);
      }
      return out;
    },
  };
}
