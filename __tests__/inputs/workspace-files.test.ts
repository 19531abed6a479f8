// Real files in a temporary directory: the workspace and a place outside it.
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_DOCUMENT_BYTES, parseAppImageConfig } from '../../src/inputs/app-image-config.js';
import { workspaceFiles } from '../../src/inputs/workspace-files.js';

const root = mkdtempSync(join(tmpdir(), 'app-image-config-'));
const workspace = join(root, 'workspace');
const outside = join(root, 'outside');
mkdirSync(join(workspace, 'studio'), { recursive: true });
mkdirSync(outside);
writeFileSync(join(workspace, 'studio', 'lab.yaml'), 'JupyterLabAppImageConfig: {}\n');
writeFileSync(join(outside, 'secret.yaml'), 'JupyterLabAppImageConfig: {}\n');
writeFileSync(join(workspace, 'big.yaml'), `#${'x'.repeat(2 * MAX_DOCUMENT_BYTES)}\n`);
symlinkSync(join(outside, 'secret.yaml'), join(workspace, 'link.yaml'));
symlinkSync(join(workspace, 'studio', 'lab.yaml'), join(workspace, 'inner-link.yaml'));
symlinkSync(outside, join(workspace, 'out'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const files = workspaceFiles(workspace);
const problemsOf = (value: string): string[] => {
  const result = parseAppImageConfig(value, files);
  return result.ok ? [] : result.problems;
};

describe('workspaceFiles', () => {
  it('reads a file in the workspace, through a link that stays inside too', () => {
    expect(problemsOf('studio/lab.yaml')).toEqual([]);
    expect(problemsOf('inner-link.yaml')).toEqual([]);
  });

  it.each(['link.yaml', 'out/secret.yaml', 'studio', 'missing.yaml'])(
    '%s reads as missing: a link out of the workspace, a directory, nothing',
    (path) => {
      expect(files.read(join(workspace, path))).toBeUndefined();
      expect(problemsOf(path)).toEqual([
        expect.stringContaining(`names the file "${path}", which is not in the workspace`),
      ]);
    },
  );

  it('reads a large file only one byte past the cap, and the parser refuses it', () => {
    expect(files.read(join(workspace, 'big.yaml'))).toHaveLength(MAX_DOCUMENT_BYTES + 1);
    expect(problemsOf('big.yaml')).toEqual([
      `Input \`app-image-config\` (file big.yaml): the document must be at most ${MAX_DOCUMENT_BYTES} bytes (64 KiB).`,
    ]);
  });
});
