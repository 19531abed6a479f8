// Writing the step summary: into the file the runner offers, or, with none, a debug line saying so.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { writeStepSummary } from '../../src/report/step-summary.js';

let dir: string;
let saved: string | undefined;
let written: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'summary-'));
  saved = process.env.GITHUB_STEP_SUMMARY;
  written = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
});

afterEach(() => {
  jest.restoreAllMocks();
  if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY;
  else process.env.GITHUB_STEP_SUMMARY = saved;
  rmSync(dir, { recursive: true, force: true });
});

describe('writeStepSummary', () => {
  it('appends the markdown to the summary file the runner offers', async () => {
    const file = join(dir, 'summary.md');
    writeFileSync(file, '');
    process.env.GITHUB_STEP_SUMMARY = file;
    await writeStepSummary('## Image\n\nVersion 3.\n');
    expect(readFileSync(file, 'utf8')).toBe('## Image\n\nVersion 3.\n');
    expect(written).toStrictEqual([]);
  });

  it('says at debug that it skips the summary when the runner offers no file', async () => {
    delete process.env.GITHUB_STEP_SUMMARY;
    await writeStepSummary('## Image\n');
    expect(written.join('')).toBe(
      '::debug::No $GITHUB_STEP_SUMMARY: the step summary is skipped.\n',
    );
  });
});
