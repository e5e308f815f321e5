// Uploads the report files as a workflow artifact (the workflow_run commenter downloads it; people
// download it for the full report). The artifact service only exists inside a real run, so it sits
// behind a small interface and every failure is a warning.
import { dirname, relative, resolve, sep } from 'node:path';
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
