// `npm run bench`: start-up, waiting and request counts of the committed dist/index.js on Node 24,
// each beside a baseline measured in the same run. Prints figures and whether each meets its target.
// Not a test: timings vary by machine; ratios against same-run baselines are what to compare.
import ncc from '@vercel/ncc';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateImageVersionCommand,
  SageMakerClient,
  waitUntilImageVersionCreated,
} from '@aws-sdk/client-sagemaker';
import {
  BUNDLE,
  ROOT,
  node24,
  parseOutputFile,
  runnerEnv,
  scriptOf,
  type RunOptions,
} from '../__fixtures__/run-action.ts';
import { TEST_CREDENTIALS, startSageMakerServer } from '../__fixtures__/sagemaker-server.ts';
import { ANY_IMAGE } from '../__fixtures__/ecr-model.ts';

const STARTUP_RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 25);
const WAIT_SAMPLES = Number(process.env.BENCH_WAIT_SAMPLES ?? 8);
const WAIT_DURATIONS_S = (process.env.BENCH_WAIT_DURATIONS ?? '5,20,60').split(',').map(Number);

const scratch = mkdtempSync(join(tmpdir(), 'sm-bench-'));
// Each measured process reports its own peak RSS at exit through this preloaded hook.
const rssHook = join(scratch, 'rss-hook.mjs');
writeFileSync(
  rssHook,
  "import { writeSync } from 'node:fs';\nprocess.on('exit', () => writeSync(2, `\\nBENCH_MAX_RSS_KB=${process.resourceUsage().maxRSS}\\n`));\n",
);

interface Sample {
  readonly ms: number;
  readonly rssKb: number;
  readonly exitCode: number | null;
}

async function time(args: string[], env: Record<string, string>): Promise<Sample> {
  const started = performance.now();
  const child = spawn(node24(), ['--import', rssHook, ...args], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const ms = performance.now() - started;
  const rssKb = Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(stderr)?.[1] ?? 0);
  return { ms, rssKb, exitCode };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const fmt = (n: number, digits = 0): string => n.toFixed(digits);
const verdict = (ok: boolean): string => (ok ? 'meets target' : 'MISSES TARGET');
const results: { name: string; ok: boolean }[] = [];
function report(name: string, line: string, ok: boolean): void {
  results.push({ name, ok });
  console.log(`${line}  [${verdict(ok)}]`);
}

/** A bundle of @actions/core alone, built now the same way: the floor for any action. */
async function buildCoreOnlyBundle(): Promise<string> {
  const entry = join(ROOT, `.bench-core-entry-${process.pid}.mjs`);
  writeFileSync(
    entry,
    "import * as core from '@actions/core';\ncore.setFailed('Input required and not supplied: image-name');\n",
  );
  try {
    const { code } = await ncc(entry, { quiet: true });
    const out = join(scratch, 'core-only.mjs');
    writeFileSync(out, code);
    return out;
  } finally {
    rmSync(entry, { force: true });
  }
}

/** dist/'s code (scripts and licenses) and its source maps, in bytes. */
function distBytes(): { code: number; maps: number } {
  const dir = join(ROOT, 'dist');
  // Every file below dist/, the entry shims included; licenses.txt and package.json are not code.
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  const size = (file: string): number => statSync(join(dir, file)).size;
  const sum = (ending: string): number =>
    files.filter((file) => file.endsWith(ending)).reduce((total, file) => total + size(file), 0);
  return { code: sum('.js'), maps: sum('.js.map') };
}

async function startup(): Promise<void> {
  console.log(
    `\n## Start-up (Node ${process.versions.node}, medians of ${STARTUP_RUNS} runs, alternating)`,
  );
  const coreOnly = await buildCoreOnlyBundle();
  const server = await startSageMakerServer({ images: ['bench'], ecr: ANY_IMAGE });
  const work = mkdtempSync(join(scratch, 'run-'));
  const base = { PATH: process.env.PATH ?? '' };
  const runEnv = (options: RunOptions): Record<string, string> => {
    const env = runnerEnv(options, work);
    writeFileSync(env.GITHUB_OUTPUT ?? '', '');
    writeFileSync(env.GITHUB_STEP_SUMMARY ?? '', '');
    return env;
  };
  const samples: Record<string, Sample[]> = { bare: [], core: [], bad: [], full: [], off: [] };
  const fullRun = (i: number, inputs: Record<string, string> = {}): Record<string, string> =>
    runEnv({
      inputs: {
        'image-name': 'bench',
        'base-image': `123456789012.dkr.ecr.us-east-1.amazonaws.com/bench:${i}`,
        'wait-for-created': 'false',
        ...inputs,
      },
      endpoint: server.url,
      runId: String(10_000 + i),
    });
  for (let i = 0; i < STARTUP_RUNS; i++) {
    samples.bare?.push(await time(['-e', '0'], base));
    samples.core?.push(await time([coreOnly], base));
    samples.bad?.push(
      await time([BUNDLE], runEnv({ inputs: { 'image-name': 'bad_name', 'base-image': 'nginx' } })),
    );
    // With the image checks (the default), and without them: what they add.
    samples.full?.push(await time([BUNDLE], fullRun(i)));
    samples.off?.push(await time([BUNDLE], fullRun(STARTUP_RUNS + i, { preflight: 'off' })));
  }
  const m = (key: string): number => median((samples[key] ?? []).map((s) => s.ms));
  const rss = (key: string): number => median((samples[key] ?? []).map((s) => s.rssKb)) / 1024;
  const failures = [...(samples.full ?? []), ...(samples.off ?? [])].filter(
    (s) => s.exitCode !== 0,
  ).length;
  const bare = m('bare');
  const core = m('core');
  console.log(
    `node -e 0                         ${fmt(m('bare'))} ms  (peak RSS ${fmt(rss('bare'))} MB)`,
  );
  console.log(
    `@actions/core-only bundle         ${fmt(core)} ms  ${fmt(core / bare, 2)}x bare  (peak RSS ${fmt(rss('core'))} MB)`,
  );
  report(
    'bad input',
    `dist/index.js, bad input        ${fmt(m('bad'))} ms  ${fmt(m('bad') / core, 2)}x core-only (target <= 1.3x)  (peak RSS ${fmt(rss('bad'))} MB)`,
    m('bad') / core <= 1.3,
  );
  report(
    'full run',
    `dist/index.js, full run, no wait ${fmt(m('full'))} ms  ${fmt(m('full') / bare, 2)}x bare (target <= 4.6x)  (peak RSS ${fmt(rss('full'))} MB, ${failures} failed)`,
    m('full') / bare <= 4.6 && failures === 0,
  );
  console.log(
    `dist/index.js, preflight: off     ${fmt(m('off'))} ms  ${fmt(m('off') / bare, 2)}x bare  (peak RSS ${fmt(rss('off'))} MB; the image checks add ${fmt(m('full') - m('off'))} ms)`,
  );
  // Each other entry point up to its input check: the shared bundle loads only what the entry needs.
  for (const entry of ['studio', 'retire', 'launch-test'] as const) {
    const badEntry: Sample[] = [];
    for (let i = 0; i < STARTUP_RUNS; i++) {
      badEntry.push(await time([scriptOf(entry)], runEnv({ inputs: { 'aws-region': 'nowhere' } })));
    }
    const ms = median(badEntry.map((sample) => sample.ms));
    report(
      `${entry} bad input`,
      `dist/${entry}/index.js, bad input ${fmt(ms)} ms  ${fmt(ms / core, 2)}x core-only (target <= 1.3x)`,
      ms / core <= 1.3,
    );
  }
  const { code, maps } = distBytes();
  report(
    'dist size',
    `dist/ code                        ${fmt(code / 1e6, 2)} MB (target <= 1.5 MB; source maps ${fmt(maps / 1e6, 2)} MB more)`,
    code <= 1.5e6,
  );

  // Calls per run: the requests the endpoint saw for one more run without waiting.
  const before = server.requests.length;
  await time(
    [BUNDLE],
    runEnv({
      inputs: {
        'image-name': 'bench',
        'base-image': '123456789012.dkr.ecr.us-east-1.amazonaws.com/bench:calls',
        'wait-for-created': 'false',
      },
      endpoint: server.url,
      runId: '99999',
    }),
  );
  const seen = server.requests.slice(before).map((r) => r.operation);
  console.log('\n## Calls per run (no wait)');
  // The image checks' three reads of a plain image (the manifest, the config's URL, the config),
  // then the one write.
  const expected = [
    'BatchGetImage',
    'GetDownloadUrlForLayer',
    'BlobDownload',
    'CreateImageVersion',
  ];
  report(
    'calls',
    `requests: ${seen.length} (${seen.join(', ')}) (target: exactly ${expected.join(', ')})`,
    seen.join() === expected.join(),
  );
  await server.close();
}

/** The requests retention sends to prune an image of 50 versions, reads and writes apart. */
const RETENTION_READS = new Set([
  'ListImageVersions',
  'ListAliases',
  'DescribeImageVersion',
  'ListDomains',
  'DescribeDomain',
  'ListUserProfiles',
  'DescribeUserProfile',
  'ListSpaces',
  'DescribeSpace',
  'ListApps',
]);

async function retention(action: 'delete' | 'archive'): Promise<void> {
  const server = await startSageMakerServer({ images: ['prune'], ecr: ANY_IMAGE });
  // 49 versions, all older than the grace period; one holds an alias, one is
  // pinned by a space. Two domains, each with 5 user profiles and 5 spaces.
  for (let v = 1; v <= 49; v++) {
    server.addVersion('prune', {
      baseImage: `123456789012.dkr.ecr.us-east-1.amazonaws.com/prune:${v}`,
      // Older than keep-younger-than's default (24h), so that they may be retired.
      createdAt: Date.UTC(2025, 0, 1) + v * 3_600_000,
      ...(v === 30 ? { aliases: ['stable'] } : {}),
    });
  }
  for (const domain of ['d-alpha', 'd-beta']) {
    server.studio.addDomain({ id: domain });
    for (let i = 0; i < 5; i++) {
      server.studio.addUserProfile(domain, `user-${i}`);
      server.studio.addSpace(domain, `space-${i}`, {
        KernelGatewayAppSettings: {
          CustomImages:
            domain === 'd-alpha' && i === 0
              ? [{ ImageName: 'prune', AppImageConfigName: 'c', ImageVersionNumber: 20 }]
              : [],
        },
      });
    }
  }
  const work = mkdtempSync(join(scratch, 'retention-'));
  const env = runnerEnv(
    {
      inputs: { 'image-name': 'prune', 'keep-versions': '10', 'retention-action': action },
      endpoint: server.url,
    },
    work,
  );
  writeFileSync(env.GITHUB_OUTPUT ?? '', '');
  writeFileSync(env.GITHUB_STEP_SUMMARY ?? '', '');
  const sample = await time([scriptOf('retire')], env);
  await server.close();
  const own = server.operations();
  const reads = own.filter((op) => RETENTION_READS.has(op));
  const writes = own.filter((op) => !RETENTION_READS.has(op));
  const counts = (list: string[]): string =>
    [...new Set(list)].map((op) => `${op} ${list.filter((o) => o === op).length}`).join(', ');
  // Bounded: one page of versions and of aliases, 1 per alias, per domain a Describe and one page
  // of each list (profiles, spaces, apps), 1 per profile and space; archive adds one read per
  // version (its vendor guidance: marks follow use). Kept: the 10 newest, the alias holder
  // and the pinned one.
  const retired = 49 - 10 - 2;
  const expectedReads = 1 + 1 + 1 + 1 + 2 * 4 + 10 + 10 + (action === 'archive' ? 49 : 0);
  report(
    `retention ${action}`,
    `${action}: ${reads.length} reads (${counts(reads)}); ${writes.length} writes (${counts(writes)}); ` +
      `run ${fmt(sample.ms)} ms (target: ${expectedReads} reads, ${retired} writes)`,
    sample.exitCode === 0 && reads.length === expectedReads && writes.length === retired,
  );
}

/** The requests of the Studio step: a first attach of one domain, a re-run, a new version. */
async function studio(): Promise<void> {
  console.log(
    '\n## Studio requests of ./studio after ./ (one domain, both settings levels, another team attached)',
  );
  const other = { ImageName: 'other', AppImageConfigName: 'other' };
  const server = await startSageMakerServer({
    images: ['bench', 'other'],
    ecr: ANY_IMAGE,
    domains: [
      {
        id: 'd-bench',
        defaultUserSettings: { JupyterLabAppSettings: { CustomImages: [other] } },
        defaultSpaceSettings: { JupyterLabAppSettings: { CustomImages: [other] } },
      },
    ],
  });
  server.studio.addAppImageConfig('other', { JupyterLabAppImageConfig: {} });
  const work = mkdtempSync(join(scratch, 'studio-'));
  /** One run of an entry point; its outputs. */
  const step = async (
    script: string,
    inputs: Record<string, string>,
    runId: string,
  ): Promise<{ outputs: Record<string, string>; exitCode: number | null }> => {
    const env = runnerEnv({ inputs, endpoint: server.url, runId }, work);
    writeFileSync(env.GITHUB_OUTPUT ?? '', '');
    writeFileSync(env.GITHUB_STEP_SUMMARY ?? '', '');
    const sample = await time([script], env);
    return {
      outputs: parseOutputFile(readFileSync(env.GITHUB_OUTPUT ?? '', 'utf8')),
      exitCode: sample.exitCode,
    };
  };
  // ./ registers, then ./studio releases: only ./studio's requests are counted.
  const attach = async (name: string, runId: string, tag: string): Promise<void> => {
    const registered = await step(
      BUNDLE,
      {
        'image-name': 'bench',
        'base-image': `123456789012.dkr.ecr.us-east-1.amazonaws.com/bench:${tag}`,
      },
      runId,
    );
    const before = server.requests.length;
    const released = await step(
      scriptOf('studio'),
      {
        'image-version-arn': registered.outputs['image-version-arn'] ?? '',
        'domain-ids': 'd-bench',
        'app-image-config': 'JupyterLabAppImageConfig: {}',
      },
      runId,
    );
    const seen = server.requests.slice(before).map((r) => r.operation);
    const studioCalls = seen.filter((op) => /Domain|AppImageConfig/.test(op));
    const studioWrites = studioCalls.filter((op) => !/^Describe/.test(op));
    const target = name === 'first attach' ? 2 : name === 're-run' ? 0 : 1;
    report(
      `studio ${name}`,
      `${name.padEnd(12)} ${studioCalls.length} Studio requests, ${studioWrites.length} writes ` +
        `(${studioWrites.join(', ') || 'none'}; target <= ${target}); all: ${seen.join(', ')}`,
      registered.exitCode === 0 && released.exitCode === 0 && studioWrites.length <= target,
    );
  };
  await attach('first attach', '1', 'v1');
  await attach('re-run', '1', 'v1');
  await attach('new version', '2', 'v2');
  await server.close();
}

async function waiting(): Promise<void> {
  console.log(
    `\n## Waiting (${WAIT_SAMPLES} runs per creation time, at once, each on its own image)`,
  );
  console.log('Lateness: from the moment the version turns CREATED to the exit of the action.');
  for (const seconds of WAIT_DURATIONS_S) {
    const server = await startSageMakerServer({
      versionCreationMs: seconds * 1000,
      ecr: ANY_IMAGE,
    });
    const names = Array.from({ length: WAIT_SAMPLES }, (_, i) => `wait-${seconds}-${i}`);
    for (const name of names) server.addImage(name);
    const work = mkdtempSync(join(scratch, 'wait-'));
    const ours = names.map(async (name, i) => {
      const env = runnerEnv(
        {
          inputs: {
            'image-name': name,
            'base-image': `123456789012.dkr.ecr.us-east-1.amazonaws.com/wait:${i}`,
          },
          endpoint: server.url,
        },
        join(work),
      );
      env.GITHUB_OUTPUT = join(work, `out-${i}`);
      env.GITHUB_STEP_SUMMARY = join(work, `sum-${i}`);
      writeFileSync(env.GITHUB_OUTPUT, '');
      writeFileSync(env.GITHUB_STEP_SUMMARY, '');
      const sample = await time([BUNDLE], env);
      const exitedAt = Date.now();
      const createdAt = server.createdAt(name, 1) ?? 0;
      const describes = server.requests.filter(
        (r) => r.operation === 'DescribeImageVersion' && r.body.ImageName === name,
      ).length;
      return {
        lateMs: exitedAt - (createdAt + seconds * 1000),
        describes,
        totalMs: sample.ms,
        ok: sample.exitCode === 0,
      };
    });
    // The comparison: the SDK's own waiter with its default delays, on versions made the same way.
    const sdkImages = names.map((name) => `sdk-${name}`);
    for (const name of sdkImages) server.addImage(name);
    const client = new SageMakerClient({
      region: 'us-east-1',
      endpoint: server.url,
      credentials: TEST_CREDENTIALS,
    });
    const sdk = sdkImages.map(async (name) => {
      await client.send(
        new CreateImageVersionCommand({
          ImageName: name,
          BaseImage: '123456789012.dkr.ecr.us-east-1.amazonaws.com/wait:sdk',
          ClientToken: name,
        }),
      );
      await waitUntilImageVersionCreated({ client, maxWaitTime: 600 }, { ImageName: name });
      const createdAt = server.createdAt(name, 1) ?? 0;
      const describes = server.requests.filter(
        (r) => r.operation === 'DescribeImageVersion' && r.body.ImageName === name,
      ).length;
      return { lateMs: Date.now() - (createdAt + seconds * 1000), describes };
    });
    const [mine, theirs] = await Promise.all([Promise.all(ours), Promise.all(sdk)]);
    client.destroy();
    await server.close();
    const late = median(mine.map((r) => r.lateMs));
    const calls = median(mine.map((r) => r.describes));
    const total = median(mine.map((r) => r.totalMs));
    const perTwoSeconds = calls / (total / 2000);
    const target = seconds >= 60 ? 3000 : 1500;
    report(
      `wait ${seconds}s`,
      `${String(seconds).padStart(3)} s creation: noticed ${fmt(late)} ms late (target <= ${target}), ` +
        `${calls} DescribeImageVersion (${fmt(perTwoSeconds, 2)} per 2 s, target <= 1); SDK waiter: ` +
        `${fmt(median(theirs.map((r) => r.lateMs)))} ms late, ${median(theirs.map((r) => r.describes))} calls` +
        `${mine.every((r) => r.ok) ? '' : '  (A RUN FAILED)'}`,
      late <= target && perTwoSeconds <= 1 && mine.every((r) => r.ok),
    );
  }
}

try {
  console.log(`# npm run bench (${new Date().toISOString()})`);
  // BENCH_ONLY=studio (or startup, retention, waiting) measures one part.
  const only = process.env.BENCH_ONLY;
  const part = (name: string): boolean => only === undefined || only === name;
  if (part('startup')) await startup();
  if (part('retention')) {
    console.log(
      '\n## Retention: ./retire pruning an image of 49 versions to 10 (2 domains, 10 user profiles, 10 spaces; one alias, one pin)',
    );
    await retention('delete');
    await retention('archive');
  }
  if (part('studio')) await studio();
  if (part('waiting') && process.env.BENCH_SKIP_WAIT !== '1') await waiting();
  const missed = results.filter((r) => !r.ok).map((r) => r.name);
  console.log(
    `\n${missed.length === 0 ? 'Every figure meets its target.' : `Missed: ${missed.join(', ')}`}`,
  );
  process.exitCode = missed.length === 0 ? 0 : 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
