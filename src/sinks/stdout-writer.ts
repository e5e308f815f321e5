// Adapter: standard output for every command. Each write waits for its callback, so a failed write is
// an error the command sees and reports (a full disk: "cannot write to standard output: ENOSPC", exit
// 3), not an 'error' event that ends the process with a stack trace; and a reader that stopped
// reading (`... | head`) ends the output quietly: later writes are dropped, the command's exit code
// stands. Waiting also bounds memory: a report of gigabytes is handed over a chunk at a time.

let listening = false;
let readerGone = false;

/** Write to stdout and wait until it is written; false once the reader has gone (EPIPE). */
export async function writeStdout(chunk: string | Uint8Array): Promise<boolean> {
  if (readerGone) return false;
  // The failed write's callback says what went wrong; the stream's own 'error' event (emitted a tick
  // later) must have a listener, or it ends the process.
  if (!listening) {
    process.stdout.on('error', () => {});
    listening = true;
  }
  try {
    await new Promise<void>((resolve, reject) => process.stdout.write(chunk, (err) => (err ? reject(err) : resolve())));
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EPIPE') {
      readerGone = true;
      return false;
    }
    throw new Error(`cannot write to standard output: ${(err as Error).message}`);
  }
}

/** Write every chunk in turn, asking for the next once the last is written; stops when the reader goes. */
export async function writeStdoutChunks(chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>): Promise<void> {
  for await (const chunk of chunks) if (!(await writeStdout(chunk))) return;
}
