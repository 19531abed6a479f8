// The workspace as the `app-image-config` input reads it: GITHUB_WORKSPACE (else the working
// directory, as on a laptop with @github/local-action), files read as UTF-8 text.
import { readFileSync } from 'node:fs';
import type { WorkspaceFiles } from './app-image-config.js';

export function workspaceFiles(env: NodeJS.ProcessEnv): WorkspaceFiles {
  return {
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    read(path) {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}
