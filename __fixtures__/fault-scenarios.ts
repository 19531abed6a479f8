// The fault-injection scenarios: the committed bundle against the local endpoint while it throttles,
// fails, drops connections before and after committing, answers slowly or not at all, and reports
// the image busy, during version creation, image creation and waiting. Every scenario must end in
// success or in one clear error, with exactly the versions intended and within its time bound.
// __tests__/e2e/faults.test.ts checks each; scripts/reliability-report.ts writes the table of them
// to docs/reliability.md (a test keeps that page's rows equal to this table).
//
// Runs under jest and under plain Node 24 (type stripping), so: erasable TypeScript only.
import { errorAnnotations, runAction } from './run-action.ts';
import { startSageMakerServer, type Fault, type ServerOptions } from './sagemaker-server.ts';
import { ANY_IMAGE } from './ecr-model.ts';

export interface Scenario {
  readonly name: string;
  readonly phase: 'version creation' | 'image creation' | 'waiting' | 'whole run';
  readonly faults: Fault[];
  readonly server?: ServerOptions;
  readonly inputs?: Record<string, string>;
  /** `success`, or a fragment the one error must contain. */
  readonly outcome: 'success' | { readonly error: string };
  readonly versions: number;
  readonly boundSeconds: number;
}

const ROLE = 'arn:aws:iam::123456789012:role/SageMakerImages';
const NEW_IMAGE = { 'image-name': 'fresh', 'create-image': 'true', 'role-arn': ROLE };
const on = (operation: string, kind: Fault['kind'], times = 1, delayMs?: number): Fault => ({
  kind,
  operation,
  times,
  ...(delayMs === undefined ? {} : { delayMs }),
});

export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'throttling burst',
    phase: 'version creation',
    faults: [on('CreateImageVersion', 'throttle', 3)],
    outcome: 'success',
    versions: 1,
    boundSeconds: 15,
  },
  {
    name: 'HTTP 500 twice',
    phase: 'version creation',
    faults: [on('CreateImageVersion', 'error-500', 2)],
    outcome: 'success',
    versions: 1,
    boundSeconds: 10,
  },
  {
    name: 'HTTP 503 twice',
    phase: 'version creation',
    faults: [on('CreateImageVersion', 'error-503', 2)],
    outcome: 'success',
    versions: 1,
    boundSeconds: 10,
  },
  {
    name: 'connection dropped before commit, twice',
    phase: 'version creation',
    faults: [on('CreateImageVersion', 'drop-before', 2)],
    outcome: 'success',
    versions: 1,
    boundSeconds: 10,
  },
  {
    name: 'connection dropped after commit',
    phase: 'version creation',
    faults: [on('CreateImageVersion', 'drop-after', 1)],
    outcome: 'success',
    versions: 1,
    boundSeconds: 10,
  },
  {
    name: 'connection dropped after commit, twice',
    phase: 'version creation',
    faults: [on('CreateImageVersion', 'drop-after', 2)],
    outcome: 'success',
    versions: 1,
    boundSeconds: 10,
  },
  {
    name: 'slow answer (2 s)',
    phase: 'version creation',
    faults: [on('CreateImageVersion', 'slow', 1, 2000)],
    outcome: 'success',
    versions: 1,
    boundSeconds: 10,
  },
  {
    name: 'answer slower than http-timeout-seconds, committed late',
    phase: 'version creation',
    faults: [on('CreateImageVersion', 'slow', 1, 3000)],
    inputs: { 'http-timeout-seconds': '1' },
    outcome: 'success',
    versions: 1,
    boundSeconds: 15,
  },
  {
    name: 'ResourceInUse storm',
    phase: 'version creation',
    faults: [on('CreateImageVersion', 'in-use', 3)],
    outcome: 'success',
    versions: 1,
    boundSeconds: 30,
  },
  {
    name: 'throttling that never ends',
    phase: 'version creation',
    faults: [on('CreateImageVersion', 'throttle', 100)],
    inputs: { 'max-attempts': '2' },
    outcome: { error: 'kept throttling' },
    versions: 0,
    boundSeconds: 15,
  },
  {
    name: 'endpoint that never answers',
    phase: 'whole run',
    faults: [{ kind: 'hang', times: 100 }],
    inputs: { 'max-attempts': '2', 'http-timeout-seconds': '1' },
    outcome: { error: 'could not be reached' },
    versions: 0,
    boundSeconds: 10,
  },
  {
    name: 'throttled CreateImage',
    phase: 'image creation',
    faults: [on('CreateImage', 'throttle', 2)],
    inputs: NEW_IMAGE,
    outcome: 'success',
    versions: 1,
    boundSeconds: 20,
  },
  {
    name: 'CreateImage dropped after commit',
    phase: 'image creation',
    faults: [on('CreateImage', 'drop-after', 1)],
    inputs: NEW_IMAGE,
    outcome: 'success',
    versions: 1,
    boundSeconds: 20,
  },
  {
    name: 'HTTP 500 on DescribeImage',
    phase: 'image creation',
    faults: [on('DescribeImage', 'error-500', 2)],
    server: { imageCreationMs: 1500 },
    inputs: NEW_IMAGE,
    outcome: 'success',
    versions: 1,
    boundSeconds: 20,
  },
  {
    name: 'image still CREATING when the version is sent',
    phase: 'image creation',
    faults: [],
    server: { creatingImages: ['img'], imageCreationMs: 2000 },
    outcome: 'success',
    versions: 1,
    boundSeconds: 20,
  },
  {
    name: 'throttling burst while waiting',
    phase: 'waiting',
    faults: [on('DescribeImageVersion', 'throttle', 3)],
    server: { versionCreationMs: 1500 },
    outcome: 'success',
    versions: 1,
    boundSeconds: 20,
  },
  {
    name: 'HTTP 503 while waiting',
    phase: 'waiting',
    faults: [on('DescribeImageVersion', 'error-503', 6)],
    server: { versionCreationMs: 1500 },
    inputs: { 'max-attempts': '2' },
    outcome: 'success',
    versions: 1,
    boundSeconds: 25,
  },
  {
    name: 'connections dropped while waiting',
    phase: 'waiting',
    faults: [
      on('DescribeImageVersion', 'drop-before', 2),
      on('DescribeImageVersion', 'drop-after', 2),
    ],
    server: { versionCreationMs: 1500 },
    outcome: 'success',
    versions: 1,
    boundSeconds: 20,
  },
  {
    name: 'slow answers while waiting',
    phase: 'waiting',
    faults: [on('DescribeImageVersion', 'slow', 2, 1500)],
    server: { versionCreationMs: 1500 },
    outcome: 'success',
    versions: 1,
    boundSeconds: 20,
  },
];

/** Runs one scenario; returns what went other than it states (nothing: it survived). */
export async function runScenario(scenario: Scenario): Promise<string[]> {
  const imageName = scenario.inputs?.['image-name'] ?? 'img';
  const server = await startSageMakerServer({
    ...(scenario.inputs?.['create-image'] || scenario.server?.creatingImages
      ? {}
      : { images: [imageName] }),
    ecr: ANY_IMAGE,
    ...scenario.server,
  });
  server.faults.push(...scenario.faults.map((fault) => ({ ...fault })));
  try {
    const result = await runAction({
      inputs: {
        'image-name': imageName,
        'base-image': `123456789012.dkr.ecr.us-east-1.amazonaws.com/team/img@sha256:${'f0'.repeat(32)}`,
        ...scenario.inputs,
      },
      endpoint: server.url,
      timeoutMs: (scenario.boundSeconds + 30) * 1000,
    });
    const errors = errorAnnotations(result.stdout);
    const problems: string[] = [];
    if (scenario.outcome === 'success') {
      if (errors.length > 0) problems.push(`errors: ${errors.join(' / ')}`);
      if (result.exitCode !== 0) problems.push(`exit code ${String(result.exitCode)}`);
      const status = result.outputs['image-version-status'];
      if (status !== 'CREATED') problems.push(`status ${status ?? 'unset'}`);
    } else {
      if (result.exitCode !== 1) problems.push(`exit code ${String(result.exitCode)}, not 1`);
      if (errors.length !== 1) problems.push(`${errors.length} errors, not 1`);
      if (!(errors[0] ?? '').includes(scenario.outcome.error))
        problems.push(
          `error ${JSON.stringify(errors[0])} lacks ${JSON.stringify(scenario.outcome.error)}`,
        );
    }
    const versions = server.versionsOf(imageName).length;
    if (versions !== scenario.versions)
      problems.push(`${versions} versions, not ${scenario.versions}`);
    if (result.durationMs > scenario.boundSeconds * 1000)
      problems.push(`took ${Math.round(result.durationMs)} ms, over ${scenario.boundSeconds} s`);
    return problems;
  } finally {
    await server.close();
  }
}

/** A scenario's row of the report, without its result. */
export function scenarioCells(scenario: Scenario): string[] {
  const faults =
    scenario.faults.length === 0
      ? 'none (the race itself)'
      : scenario.faults
          .map(
            (f) =>
              `${f.kind}${f.delayMs ? ` ${f.delayMs} ms` : ''} ×${f.times ?? 1} on ${f.operation ?? 'every call'}`,
          )
          .join(', ');
  const outcome =
    scenario.outcome === 'success'
      ? 'success, CREATED'
      : `one clear error ("${scenario.outcome.error}")`;
  const inputs = Object.entries(scenario.inputs ?? {})
    .filter(([name]) => name !== 'image-name' && name !== 'role-arn')
    .map(([name, value]) => `\`${name}: ${value}\``)
    .join(' ');
  return [
    scenario.name,
    scenario.phase,
    faults,
    inputs,
    outcome,
    String(scenario.versions),
    `≤ ${scenario.boundSeconds} s`,
  ];
}

export const REPORT_HEADER = [
  '# Reliability: fault injection',
  '',
  'Written by `npm run report:reliability` (scripts/reliability-report.ts); do not edit by hand.',
  'Each scenario runs the committed `dist/index.js` on Node 24 against the local SageMaker',
  'endpoint, which injects the faults listed, and checks that the run ends as stated with exactly',
  'the versions stated (never a duplicate) within the time bound. `npm test` runs the same',
  'scenarios (__tests__/e2e/faults.test.ts), and a test keeps this table equal to them.',
  '',
  '| Scenario | Phase | Faults injected | Inputs | Outcome | Versions | Time bound | Result |',
  '|---|---|---|---|---|---|---|---|',
];

/** The page: the header, then a row per scenario with its result. */
export function renderReport(results: readonly (readonly [Scenario, readonly string[]])[]): string {
  const rows = results.map(
    ([scenario, problems]) =>
      `| ${[...scenarioCells(scenario), problems.length === 0 ? 'survived' : 'FAILED'].join(' | ')} |`,
  );
  return [...REPORT_HEADER, ...rows, ''].join('\n');
}
