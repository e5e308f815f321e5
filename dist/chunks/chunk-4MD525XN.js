import { createRequire as __lpgCreateRequire } from 'node:module'; const require = __lpgCreateRequire(import.meta.url);

// src/sinks/stdout-writer.ts
var listening = false;
var readerGone = false;
async function writeStdout(chunk) {
  if (readerGone) return false;
  if (!listening) {
    process.stdout.on("error", () => {
    });
    listening = true;
  }
  try {
    await new Promise((resolve, reject) => process.stdout.write(chunk, (err) => err ? reject(err) : resolve()));
    return true;
  } catch (err) {
    if (err.code === "EPIPE") {
      readerGone = true;
      return false;
    }
    throw new Error(`cannot write to standard output: ${err.message}`);
  }
}
async function writeStdoutChunks(chunks) {
  for await (const chunk of chunks) if (!await writeStdout(chunk)) return;
}

export {
  writeStdout,
  writeStdoutChunks
};
