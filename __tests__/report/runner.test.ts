// The runner's edge, with the real @actions/core: what each Reporter call puts where the runner
// reads it (workflow commands on stdout, the $GITHUB_OUTPUT and $GITHUB_STATE files) and what the
// inputs and saved state read back from the environment the runner sets.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { Output } from '../../src/report/outputs.js';
import {
  keepingOutputs,
  readRunnerInput,
  readRunnerState,
  runnerReporter,
} from '../../src/report/runner.js';

const ENV = ['GITHUB_OUTPUT', 'GITHUB_STATE', 'INPUT_IMAGE-NAME', 'STATE_launch-test-app'] as const;
let dir: string;
let saved: Record<string, string | undefined>;
let written: string[];
let exitCode: typeof process.exitCode;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'runner-'));
  saved = Object.fromEntries(ENV.map((name) => [name, process.env[name]]));
  process.env.GITHUB_OUTPUT = join(dir, 'output');
  process.env.GITHUB_STATE = join(dir, 'state');
  writeFileSync(process.env.GITHUB_OUTPUT, '');
  writeFileSync(process.env.GITHUB_STATE, '');
  written = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  exitCode = process.exitCode;
});

afterEach(() => {
  jest.restoreAllMocks();
  process.exitCode = exitCode;
  for (const name of ENV) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  rmSync(dir, { recursive: true, force: true });
});

/** The name=value pairs of a runner file command file ($GITHUB_OUTPUT, $GITHUB_STATE), in order. */
function pairs(file: string): [string, string][] {
  const found: [string, string][] = [];
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2\n/gm;
  for (const match of readFileSync(file, 'utf8').matchAll(pattern))
    found.push([match[1] ?? '', match[3] ?? '']);
  return found;
}

describe('runnerReporter', () => {
  it('writes each log line, annotation, mask and the failure as the workflow command the runner reads', () => {
    runnerReporter.info('Registering version 3 of my-image.');
    runnerReporter.debug('DescribeImage: 200');
    runnerReporter.warning('The alias latest moved.');
    runnerReporter.notice('Version 3 is released.', 'my-image');
    runnerReporter.mask('s3cr3t');
    runnerReporter.fail('The image my-image does not exist.');
    expect(written.join('')).toBe(
      [
        'Registering version 3 of my-image.',
        '::debug::DescribeImage: 200',
        '::warning::The alias latest moved.',
        '::notice title=my-image::Version 3 is released.',
        '::add-mask::s3cr3t',
        '::error::The image my-image does not exist.',
        '',
      ].join('\n'),
    );
    expect(process.exitCode).toBe(1);
  });

  it('runs the work inside a group and returns what the work returns', async () => {
    const value = await runnerReporter.group('Plan', () => {
      runnerReporter.info('inside');
      return Promise.resolve(42);
    });
    expect(value).toBe(42);
    expect(written.join('')).toBe('::group::Plan\ninside\n::endgroup::\n');
  });

  it('hands the outputs and the saved state to the runner through their files', () => {
    runnerReporter.output(Output.ImageVersion, '3');
    runnerReporter.output(Output.Aliases, 'latest,stable');
    runnerReporter.saveState('launch-test-app', 'd-1/u/JupyterLab/default');
    expect(pairs(process.env.GITHUB_OUTPUT ?? '')).toStrictEqual([
      ['image-version', '3'],
      ['aliases', 'latest,stable'],
    ]);
    expect(pairs(process.env.GITHUB_STATE ?? '')).toStrictEqual([
      ['launch-test-app', 'd-1/u/JupyterLab/default'],
    ]);
    expect(written).toStrictEqual([]);
  });
});

describe('readRunnerInput and readRunnerState', () => {
  it('read what the runner set, trimmed, and "" when it set nothing', () => {
    process.env['INPUT_IMAGE-NAME'] = '  my-image \n';
    process.env['STATE_launch-test-app'] = 'd-1/u/JupyterLab/default';
    expect(readRunnerInput('image-name')).toBe('my-image');
    expect(readRunnerState('launch-test-app')).toBe('d-1/u/JupyterLab/default');
    delete process.env['INPUT_IMAGE-NAME'];
    delete process.env['STATE_launch-test-app'];
    expect(readRunnerInput('image-name')).toBe('');
    expect(readRunnerState('launch-test-app')).toBe('');
  });
});

describe('keepingOutputs', () => {
  it('passes each output on and keeps the last value of each, as a copy', () => {
    const output = jest.fn();
    const report = keepingOutputs({ ...runnerReporter, output });
    report.output(Output.ImageVersion, '2');
    report.output(Output.ImageVersion, '3');
    report.output(Output.Created, 'true');
    const kept = report.outputs();
    expect(kept).toStrictEqual({ 'image-version': '3', created: 'true' });
    kept.aliases = 'latest';
    expect(report.outputs()).toStrictEqual({ 'image-version': '3', created: 'true' });
    expect(output.mock.calls).toStrictEqual([
      ['image-version', '2'],
      ['image-version', '3'],
      ['created', 'true'],
    ]);
  });
});
