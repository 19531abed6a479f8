// The workspace's files as parseAppImageConfig reads them, for the entry points to pass in. A path
// whose real location (symbolic links followed) is outside the workspace, or that is not a regular
// file, reads as missing; a file is read no further than one byte past MAX_DOCUMENT_BYTES, enough
// for the parser to refuse it as too large without holding a huge file in memory.
import { closeSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { MAX_DOCUMENT_BYTES, isInside, type WorkspaceFiles } from './app-image-config.js';

export function workspaceFiles(workspace: string): WorkspaceFiles {
  return { workspace, read: (path) => readInside(workspace, path) };
}

function readInside(workspace: string, path: string): string | undefined {
  let real: string;
  try {
    real = realpathSync(path);
    if (!isInside(realpathSync(workspace), real) || !statSync(real).isFile()) return undefined;
  } catch {
    return undefined;
  }
  const descriptor = openSync(real, 'r');
  try {
    const buffer = Buffer.alloc(MAX_DOCUMENT_BYTES + 1);
    const length = readSync(descriptor, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    closeSync(descriptor);
  }
}
