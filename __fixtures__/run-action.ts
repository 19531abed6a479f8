// Runs the committed dist/index.js the way a GitHub runner does: Node 24, `INPUT_<NAME>` variables
// with the hyphens kept, action.yml defaults filled in, $GITHUB_OUTPUT and $GITHUB_STEP_SUMMARY
// files. The environment is built from scratch so nothing from this machine leaks in.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { TEST_CREDENTIALS } from './sagemaker-server.ts';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BUNDLE = join(ROOT, 'dist', 'index.js');

interface ActionYaml {
  inputs: Record<string, { default?: string; required?: boolean; description: string }>;
  outputs: Record<string, { description: string }>;
}

/** The action's entry points, by the folder of their action.yml ('.' for `./`). */
export type EntryFolder = '.' | 'launch-test' | 'studio' | 'retire' | 'compare';

export function readActionYaml(entry: EntryFolder = '.'): ActionYaml {
  return parse(readFileSync(join(ROOT, entry, 'action.yml'), 'utf8')) as ActionYaml;
}

/** The script the runner starts for an entry point (its `post:` one with `post`). */
export function scriptOf(entry: EntryFolder, post = false): string {
  if (entry === '.') return BUNDLE;
  return join(ROOT, 'dist', entry, post ? 'post.js' : 'index.js');
}

/** The Node 24 binary: this process's own, which `npm test` must run on. */
export function node24(): string {
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 24) {
    throw new Error(
      `End-to-end tests run the bundle on Node 24, the runners' version; this is Node ${process.versions.node}. See docs/development.md.`,
    );
  }
  return process.execPath;
}

export interface RunOptions {
  /** The entry point to run (default `./`). */
  readonly entry?: EntryFolder;
  /** Run the entry point's `post:` script instead of its main one. */
  readonly post?: boolean;
  /** What earlier steps saved with core.saveState, as the runner passes it to a `post:` script. */
  readonly state?: Record<string, string>;
  readonly inputs: Record<string, string>;
  /** The local endpoint's URL (AWS_ENDPOINT_URL_SAGEMAKER and _ECR); none leaves the SDK's default. */
  readonly endpoint?: string;
  /** Extra or overriding environment variables; `undefined` removes one. */
  readonly env?: Record<string, string | undefined>;
  readonly sha?: string;
  readonly runId?: string;
  /** Cancels the run as a runner does: once stdout shows `when`, sends `signals` `gapMs` apart. */
  readonly cancel?: {
    readonly when: string | RegExp;
    readonly signals: readonly NodeJS.Signals[];
    readonly gapMs?: number;
  };
  readonly timeoutMs?: number;
}

export interface RunResult {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  /** What the script saved with core.saveState ($GITHUB_STATE). */
  readonly state: Record<string, string>;
  readonly durationMs: number;
}

export const DEFAULT_SHA = '3f2a9c1d0e7b5a4f6c8d9e0a1b2c3d4e5f6a7b8c';
export const DEFAULT_RUN_ID = '12345678901';

/** The environment a runner gives the action's process. */
export function runnerEnv(options: RunOptions, workDir: string): Record<string, string> {
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: workDir,
    RUNNER_TEMP: workDir,
    GITHUB_ACTIONS: 'true',
    GITHUB_SHA: options.sha ?? DEFAULT_SHA,
    GITHUB_RUN_ID: options.runId ?? DEFAULT_RUN_ID,
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_REPOSITORY: 'octo-org/images',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: join(workDir, 'output'),
    GITHUB_STEP_SUMMARY: join(workDir, 'summary'),
    GITHUB_STATE: join(workDir, 'state'),
    GITHUB_WORKSPACE: workDir,
    AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
    AWS_REGION: 'us-east-1',
    // Never reach for the instance metadata service: tests talk to 127.0.0.1 only.
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: join(workDir, 'aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(workDir, 'aws-credentials'),
    ...(options.endpoint === undefined
      ? {}
      : { AWS_ENDPOINT_URL_SAGEMAKER: options.endpoint, AWS_ENDPOINT_URL_ECR: options.endpoint }),
  };
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value;
  const { inputs: declared } = readActionYaml(options.entry);
  for (const [name, spec] of Object.entries(declared)) {
    if (spec.default !== undefined) env[inputVariable(name)] = spec.default;
  }
  for (const [name, value] of Object.entries(options.inputs)) env[inputVariable(name)] = value;
  Object.assign(env, options.env ?? {});
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

/** The runner's variable for an input: upper case, spaces to `_`, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Reads a $GITHUB_OUTPUT file (`name<<delimiter` blocks, as @actions/core writes them). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (heredoc !== null) {
      const [, name = '', delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
      outputs[name] = value.join('\n');
    } else {
      const plain = /^([^=]+)=(.*)$/.exec(lines[i] ?? '');
      if (plain !== null) outputs[plain[1] ?? ''] = plain[2] ?? '';
    }
  }
  return outputs;
}

export async function runAction(options: RunOptions): Promise<RunResult> {
  const workDir = mkdtempSync(join(tmpdir(), 'sm-action-'));
  const env = runnerEnv(options, workDir);
  writeFileSync(env.GITHUB_OUTPUT ?? '', '');
  writeFileSync(env.GITHUB_STEP_SUMMARY ?? '', '');
  writeFileSync(env.GITHUB_STATE ?? '', '');
  const started = performance.now();
  try {
    const child = spawn(node24(), [scriptOf(options.entry ?? '.', options.post)], {
      env,
      cwd: workDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let cancelling = false;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const { cancel } = options;
      if (cancel === undefined || cancelling) return;
      const seen =
        typeof cancel.when === 'string' ? stdout.includes(cancel.when) : cancel.when.test(stdout);
      if (!seen) return;
      cancelling = true;
      void sendSignals(child, cancel.signals, cancel.gapMs ?? 0);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearTimeout(timer);
    return {
      exitCode,
      stdout,
      stderr,
      outputs: parseOutputFile(readFileSync(env.GITHUB_OUTPUT ?? '', 'utf8')),
      summary: readFileSync(env.GITHUB_STEP_SUMMARY ?? '', 'utf8'),
      state: parseOutputFile(readFileSync(env.GITHUB_STATE ?? '', 'utf8')),
      durationMs: performance.now() - started,
    };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** Sends each signal in turn, `gapMs` apart, while the process lives. */
async function sendSignals(
  child: ReturnType<typeof spawn>,
  signals: readonly NodeJS.Signals[],
  gapMs: number,
): Promise<void> {
  for (const [i, signal] of signals.entries()) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, gapMs));
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
  }
}

/** The `::error::` lines of a run's stdout, decoded as the runner would show them. */
export function errorAnnotations(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('::error'))
    .map((line) =>
      line
        .replace(/^::error[^:]*::/, '')
        .replace(/%0D/g, '\r')
        .replace(/%0A/g, '\n')
        .replace(/%25/g, '%'),
    );
}
