// The reusable workflow's contract: what it passes to the action, the outputs it exposes, the
// inputs and secrets it references, its permissions and pins, and the callers its page
// (docs/reusable-workflow.md) and the examples show, all held to action.yml and to the workflow's
// own `on.workflow_call`.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { docsPage, yamlSnippets } from '../../__fixtures__/docs.ts';
import { evaluate } from '../../__fixtures__/workflow-runner.ts';
import {
  ENTRY_POINTS,
  ENTRY_ROOT as ROOT,
  entryActionYaml,
  entryOfUses,
  type EntryPoint,
} from '../../__fixtures__/entry-points.ts';

const WORKFLOW_PATH = '.github/workflows/release-image.yml';
const CALL_REF =
  /^[\w-]+\/sagemaker-image-version-action\/\.github\/workflows\/release-image\.yml@/;

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  environment?: string;
  concurrency?: Record<string, unknown>;
  permissions?: Record<string, string>;
  outputs?: Record<string, string>;
  steps?: Step[];
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: Record<string, unknown> | 'inherit';
}
interface WorkflowCall {
  inputs?: Record<string, { required?: boolean; type: string; default?: unknown }>;
  outputs?: Record<string, { value: string }>;
  secrets?: Record<string, { required?: boolean }>;
}
interface Workflow {
  on: { workflow_call: WorkflowCall };
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflowText = readFileSync(join(ROOT, WORKFLOW_PATH), 'utf8');
const workflow = parseYaml(workflowText) as Workflow;
const call = workflow.on.workflow_call;
const declaredInputs = call.inputs ?? {};
const declaredSecrets = call.secrets ?? {};
const declaredOutputs = call.outputs ?? {};
const page = docsPage('reusable-workflow.md');

/** Every `<context>.<name>` referenced inside a `${{ … }}` expression of a YAML text. */
function references(text: string, context: string): string[] {
  const expressions = [...text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map((m) => m[1] ?? '');
  const pattern = new RegExp(`(?<![\\w.-])${context}\\.([\\w-]+)`, 'g');
  return expressions.flatMap((e) => [...e.matchAll(pattern)].map((m) => m[1] ?? ''));
}

interface EntryStep {
  readonly jobName: string;
  readonly step: Step;
  readonly entry: EntryPoint;
}

/** Every step of the workflow that runs one of the action's entry points, with its job. */
const entrySteps: EntryStep[] = Object.entries(workflow.jobs).flatMap(([jobName, job]) =>
  (job.steps ?? []).flatMap((step) => {
    const entry = entryOfUses(step.uses ?? '');
    return entry === undefined ? [] : [{ jobName, step, entry }];
  }),
);

/** The one step that runs an entry point (`./`, `./studio`, …), and its job. */
function stepOf(path: string): EntryStep {
  const found = entrySteps.filter(({ entry }) => entry.path === path);
  expect(found.map(({ entry }) => entry.path)).toEqual([path]);
  return found[0] as EntryStep;
}

/** ./compare runs twice: on a pull request (the comment), and on the release path (the gate). */
const compareSteps = entrySteps.filter(({ entry }) => entry.path === './compare');
const isPullRequestOnly = (job: Job | undefined): boolean =>
  /github\.event_name == 'pull_request'/.test(String(job?.if));
const pullRequestCompare = compareSteps.find(({ jobName }) =>
  isPullRequestOnly(workflow.jobs[jobName]),
);
const releaseGate = compareSteps.find(({ jobName }) => !isPullRequestOnly(workflow.jobs[jobName]));

/** The job's `if:` evaluated as GitHub would, with these results, event and inputs. */
function runs(
  jobName: string,
  scene: { event: string; results?: Record<string, string>; inputs?: Record<string, string> },
): boolean {
  const job = workflow.jobs[jobName] as Job;
  const bare = String(job.if ?? '');
  const needs = [job.needs ?? []].flat();
  const results = scene.results ?? {};
  const allPassed = needs.every((need) => (results[need] ?? 'success') === 'success');
  const expression = /\b(always|cancelled|failure|success)\(/.test(bare)
    ? bare
    : `success() && (${bare || 'true'})`;
  const inputs: Record<string, string> = {
    ...Object.fromEntries(
      Object.entries(declaredInputs).map(([name, spec]) => [
        name,
        typeof spec.default === 'string' ? spec.default : (JSON.stringify(spec.default) ?? ''),
      ]),
    ),
    ...scene.inputs,
  };
  const value = evaluate(
    expression,
    (path) => {
      const [head = '', first = '', second = ''] = path.split('.');
      if (head === 'github' && first === 'event_name') return scene.event;
      if (head === 'inputs' && first in inputs) return inputs[first] ?? '';
      if (head === 'needs' && second === 'result' && needs.includes(first))
        return results[first] ?? 'success';
      throw new Error(`${jobName}'s if: reads ${path}`);
    },
    (name, args) => {
      if (name === 'success') return allPassed;
      if (name === 'cancelled' || name === 'failure') return false;
      if (name === 'always') return true;
      if (name === 'fromJSON') return JSON.parse(String(args[0])) as string[];
      if (name === 'contains')
        return (args[0] as readonly string[]).some((item) => item === String(args[1]));
      throw new Error(`${jobName}'s if: calls ${name}()`);
    },
  );
  return value !== false && value !== '' && value !== null && value !== 0;
}

/** A pass-through `${{ inputs.NAME }}` value's NAME, or undefined for anything else. */
const passedInput = (value: unknown): string | undefined =>
  /^\$\{\{\s*inputs\.([\w-]+)\s*\}\}$/.exec(String(value))?.[1];

/**
 * The workflow input that passes an entry point's input: the same name, but with `launch-test-`
 * before the launch test's own (`user-profile` would not say whose).
 */
const workflowInputOf = (entry: EntryPoint, input: string): string =>
  entry.folder === 'launch-test' && !['app-image-config', 'aws-region', 'dry-run'].includes(input)
    ? input === 'image-version-arn'
      ? input
      : `launch-test-${input}`
    : input;

/**
 * The inputs of each entry point the workflow does not offer, each with its reason (the page says
 * it too): anything else an entry point takes, a caller can pass.
 */
const NOT_OFFERED: Record<string, readonly string[]> = {
  // The derived token is what makes re-runs safe; masking would empty the job outputs that hold
  // the account id; the steps after ./ need a CREATED version.
  '.': ['client-token', 'mask-aws-account-id', 'wait-for-created'],
  'launch-test': ['mask-aws-account-id'],
  studio: ['mask-aws-account-id'],
  retire: ['mask-aws-account-id'],
  // The comment is the point of comparing on a pull request, with the job's own token; the scan
  // wait keeps its default.
  compare: ['mask-aws-account-id', 'comment', 'github-token', 'scan-wait-seconds'],
};

describe('the reusable workflow', () => {
  it('is only a reusable workflow', () => {
    expect(Object.keys(workflow.on)).toEqual(['workflow_call']);
  });

  it('references only the inputs it declares under on.workflow_call.inputs', () => {
    const used = references(workflowText, 'inputs');
    expect(used.length).toBeGreaterThan(0);
    expect([...new Set(used)].filter((name) => !(name in declaredInputs))).toEqual([]);
  });

  it('references only the secrets it declares', () => {
    const used = references(workflowText, 'secrets');
    expect(used.filter((name) => !(name in declaredSecrets))).toEqual([]);
  });

  it('runs every entry point once, ./compare twice (the pull request, and the release gate)', () => {
    expect(entrySteps.map(({ entry }) => entry.path).sort()).toEqual(
      ['./', './compare', './compare', './launch-test', './retire', './studio'].sort(),
    );
    expect(pullRequestCompare).toBeDefined();
    expect(releaseGate).toBeDefined();
  });

  it.each(
    entrySteps
      .filter(({ entry }) => ENTRY_POINTS.includes(entry))
      .map((s) => [s.entry.path, s] as const),
  )('%s: passes only declared inputs, with every required one', (_path, { step, entry }) => {
    const spec = entryActionYaml(entry.folder);
    const passed = Object.keys(step.with ?? {});
    expect(passed.filter((name) => !(name in spec.inputs))).toEqual([]);
    for (const [name, input] of Object.entries(spec.inputs))
      if (input.required === true)
        expect({ name, passed: passed.includes(name) }).toEqual({ name, passed: true });
  });

  it.each(
    entrySteps
      .filter(({ entry }) => ENTRY_POINTS.includes(entry))
      .map((s) => [s.entry.path, s] as const),
  )(
    '%s: offers every input but the ones it names, with the types and defaults of action.yml',
    (_path, { step, entry, jobName }) => {
      const spec = entryActionYaml(entry.folder);
      const notOffered = NOT_OFFERED[entry.folder] ?? [];
      // A fixed value (the gate's `comment: off`) is not offered either: no caller input reaches it.
      const offeredNames = Object.entries(step.with ?? {})
        .filter(([, value]) => /\$\{\{/.test(String(value)))
        .map(([name]) => name);
      expect(offeredNames.filter((name) => notOffered.includes(name))).toEqual([]);
      const missing = Object.keys(spec.inputs).filter(
        (name) => !notOffered.includes(name) && !(name in (step.with ?? {})),
      );
      expect(missing).toEqual([]);
      for (const [name, value] of Object.entries(step.with ?? {})) {
        const source = passedInput(value);
        if (source === undefined) continue;
        const expected =
          jobName === releaseGate?.jobName && name === 'fail-on'
            ? 'release-fail-on'
            : workflowInputOf(entry, name);
        expect({ name, source }).toEqual({ name, source: expected });
        const declared = declaredInputs[source];
        const actionDefault = spec.inputs[name]?.default;
        if (declared?.required === true || actionDefault === undefined) {
          if (declared?.required !== true)
            expect({ source, declared }).toMatchObject({
              source,
              declared: { type: 'string', default: '' },
            });
          continue;
        }
        const type = /^(true|false)$/.test(actionDefault)
          ? 'boolean'
          : /^\d+$/.test(actionDefault)
            ? 'number'
            : 'string';
        expect({ name, type: declared?.type, default: String(declared?.default) }).toEqual({
          name,
          type,
          default: actionDefault,
        });
      }
    },
  );

  it('offers allow-rollback to ./ and ./studio, and keep-younger-than with its grace period', () => {
    expect(passedInput(stepOf('./').step.with?.['allow-rollback'])).toBe('allow-rollback');
    expect(passedInput(stepOf('./studio').step.with?.['allow-rollback'])).toBe('allow-rollback');
    expect(passedInput(stepOf('./retire').step.with?.['keep-younger-than'])).toBe(
      'keep-younger-than',
    );
    const keep = call.inputs?.['keep-versions'] as { description?: string } | undefined;
    expect(keep?.description).toMatch(/keep-younger-than/);
  });

  it('registers the digest the build job hands over, in a job of its own', () => {
    const { jobName, step } = stepOf('./');
    const job = workflow.jobs[jobName] as Job;
    const needs = [job.needs ?? []].flat();
    const [, from] = /^\$\{\{\s*needs\.([\w-]+)\.outputs\.[\w-]+\s*\}\}$/.exec(
      String(step.with?.['base-image']),
    ) ?? [undefined, undefined];
    expect(from).toBeDefined();
    expect(needs).toContain(from);
    const build = workflow.jobs[from ?? ''] as Job;
    expect(build.steps?.some((s) => s.uses?.startsWith('docker/build-push-action@'))).toBe(true);
    expect(job.steps?.some((s) => s.uses?.startsWith('docker/'))).toBe(false);
  });

  it('runs the steps in the order that is the gate, each in a job that needs the one before', () => {
    const needsOf = (path: string): string[] =>
      [workflow.jobs[stepOf(path).jobName]?.needs ?? []].flat();
    const jobOf = (path: string): string => stepOf(path).jobName;
    expect(needsOf('./launch-test')).toContain(jobOf('./'));
    expect(needsOf('./studio')).toEqual(
      expect.arrayContaining([jobOf('./'), jobOf('./launch-test')]),
    );
    expect(needsOf('./retire')).toEqual(
      expect.arrayContaining([jobOf('./'), jobOf('./launch-test'), jobOf('./studio')]),
    );
    // A skipped launch test (none configured) lets the release go on; a failed one stops it.
    for (const path of ['./studio', './retire']) {
      const condition = String(workflow.jobs[jobOf(path)]?.if);
      expect(condition).toMatch(/!cancelled\(\)/);
      expect(condition).toMatch(/needs\.launch-test\.result/);
      expect(condition).toMatch(/"success", "skipped"/);
    }
  });

  it('compares on pull requests with a role of its own, and releases nothing there', () => {
    const compare = workflow.jobs[pullRequestCompare?.jobName ?? ''] as Job;
    expect(String(compare.if)).toMatch(/github\.event_name == 'pull_request'/);
    const credentials = compare.steps?.find((s) =>
      s.uses?.startsWith('aws-actions/configure-aws-credentials@'),
    );
    expect(credentials?.with?.['role-to-assume']).toBe('${{ inputs.compare-role-to-assume }}');
    expect(String(workflow.jobs[stepOf('./').jobName]?.if)).toMatch(
      /github\.event_name != 'pull_request'/,
    );
  });

  it('gates the release: ./compare with release-fail-on after the push and before register', () => {
    const gate = releaseGate as EntryStep;
    const gateJob = workflow.jobs[gate.jobName] as Job;
    const register = stepOf('./').jobName;
    expect(gate.step.with).toMatchObject({
      'fail-on': '${{ inputs.release-fail-on }}',
      'base-image': stepOf('./').step.with?.['base-image'],
      comment: 'off',
    });
    expect([gateJob.needs ?? []].flat()).toContain('build');
    expect([workflow.jobs[register]?.needs ?? []].flat()).toContain(gate.jobName);
    // The read-only role when the caller gives one, else the release role.
    const credentials = gateJob.steps?.find((s) =>
      s.uses?.startsWith('aws-actions/configure-aws-credentials@'),
    );
    expect(credentials?.with?.['role-to-assume']).toBe(
      '${{ inputs.compare-role-to-assume || inputs.role-to-assume }}',
    );
    // `none` by default: callers of @v1 keep the release they had, with no gate.
    expect(declaredInputs['release-fail-on']).toMatchObject({ type: 'string', default: 'none' });
  });

  it.each([
    ['push', { 'release-fail-on': 'high' }, true],
    ['workflow_dispatch', { 'release-fail-on': 'critical' }, true],
    ['push', {}, false],
    ['pull_request', { 'release-fail-on': 'high' }, false],
  ])('on %s with %j, the gate runs: %s', (event, inputs, expected) => {
    expect(runs(releaseGate?.jobName ?? '', { event, inputs })).toBe(expected);
  });

  it.each([
    ['success', true],
    ['skipped', true],
    ['failure', false],
    ['cancelled', false],
  ])('after a gate that ended %s, register runs: %s', (gate, expected) => {
    const results = { build: 'success', [releaseGate?.jobName ?? '']: gate };
    expect(runs(stepOf('./').jobName, { event: 'push', results })).toBe(expected);
    // And never on a pull request.
    expect(runs(stepOf('./').jobName, { event: 'pull_request', results })).toBe(false);
  });

  it('queues releases to the same domains, never cancelled half-way, in the optional environment', () => {
    const studio = workflow.jobs[stepOf('./studio').jobName] as Job;
    expect(studio.concurrency).toEqual({
      group: 'sagemaker-studio-${{ inputs.domain-ids }}',
      'cancel-in-progress': false,
    });
    expect(studio.environment).toBe('${{ inputs.environment }}');
    expect(declaredInputs.environment).toMatchObject({ type: 'string', default: '' });
  });

  it('builds linux/amd64 with SBOM and provenance attestations, which the image checks unwrap', () => {
    const builds = Object.values(workflow.jobs)
      .flatMap((job) => job.steps ?? [])
      .filter((step) => step.uses?.startsWith('docker/build-push-action@'));
    expect(builds).toHaveLength(1);
    expect(builds[0]?.with).toMatchObject({
      push: true,
      provenance: 'mode=max',
      sbom: true,
      platforms: 'linux/amd64',
    });
  });

  it('runs each entry point at the major version of this release', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const major = pkg.version.split('.')[0] ?? '';
    for (const { step, entry } of entrySteps) {
      const folder = entry.folder === '.' ? '' : `/${entry.folder}`;
      expect(step.uses).toBe(`octo-org/sagemaker-image-version-action${folder}@v${major}`);
    }
  });

  it.each(Object.entries(declaredOutputs))(
    'output %s comes, through job outputs, from declared outputs of steps of those jobs',
    (_name, { value }) => {
      const jobOutputs = [...value.matchAll(/jobs\.([\w-]+)\.outputs\.([\w-]+)/g)];
      expect(jobOutputs.length).toBeGreaterThan(0);
      expect(value).toMatch(
        /^\$\{\{ jobs\.[\w-]+\.outputs\.[\w-]+( \|\| jobs\.[\w-]+\.outputs\.[\w-]+)* \}\}$/,
      );
      for (const [, jobName = '', jobOutput = ''] of jobOutputs) {
        const job = workflow.jobs[jobName];
        expect(job?.outputs).toHaveProperty([jobOutput]);
        const read = [
          ...(job?.outputs?.[jobOutput] ?? '').matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g),
        ];
        expect(read.length).toBeGreaterThan(0);
        for (const [, stepId = '', output = ''] of read) {
          const step = job?.steps?.find((s) => s.id === stepId);
          expect(step).toBeDefined();
          const entry = entryOfUses(step?.uses ?? '');
          if (entry !== undefined && ENTRY_POINTS.includes(entry))
            expect(entryActionYaml(entry.folder).outputs).toHaveProperty([output]);
        }
      }
    },
  );

  it('exposes the version ARN, number, status and container image from ./', () => {
    const { jobName, step } = stepOf('./');
    for (const name of [
      'image-version-arn',
      'image-version',
      'image-version-status',
      'container-image',
    ]) {
      expect(declaredOutputs[name]?.value).toMatch(
        new RegExp(`^\\$\\{\\{ jobs\\.${jobName}\\.outputs\\.${name} \\}\\}$`),
      );
      expect(workflow.jobs[jobName]?.outputs?.[name]).toBe(
        `\${{ steps.${step.id ?? ''}.outputs.${name} }}`,
      );
    }
  });

  it('passes no secret through an output', () => {
    const outputExpressions = [
      ...Object.values(declaredOutputs).map((o) => o.value),
      ...Object.values(workflow.jobs).flatMap((job) => Object.values(job.outputs ?? {})),
    ].join('\n');
    expect(references(outputExpressions, 'secrets')).toEqual([]);
    expect(outputExpressions).not.toMatch(
      /docker_password|docker_username|secret-access-key|session-token/i,
    );
  });

  it('keeps the account id unmasked, so GitHub does not drop the outputs that contain it', () => {
    for (const { step } of entrySteps)
      expect(step.with).not.toHaveProperty(['mask-aws-account-id']);
    const credentials = Object.values(workflow.jobs)
      .flatMap((job) => job.steps ?? [])
      .filter((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials@'));
    expect(credentials.length).toBeGreaterThan(0);
    for (const s of credentials) expect(s.with?.['mask-aws-account-id']).toBe(false);
  });

  it('grants nothing at the top, id-token: write only to jobs that use OIDC, pull-requests: write only to compare', () => {
    expect(workflow.permissions).toEqual({});
    const compareJob = pullRequestCompare?.jobName;
    for (const [jobName, job] of Object.entries(workflow.jobs)) {
      const oidc = (job.steps ?? []).some((s) =>
        s.uses?.startsWith('aws-actions/configure-aws-credentials@'),
      );
      expect({ jobName, permissions: job.permissions }).toEqual({
        jobName,
        permissions: {
          contents: 'read',
          ...(oidc ? { 'id-token': 'write' } : {}),
          ...(jobName === compareJob ? { 'pull-requests': 'write' } : {}),
        },
      });
    }
  });

  it('pins every other action to a full commit SHA with its version in a comment', () => {
    const uses = [...workflowText.matchAll(/^\s*-?\s*uses:\s*(\S+)(.*)$/gm)];
    expect(uses.length).toBeGreaterThan(0);
    for (const [, ref = '', rest = ''] of uses) {
      if (entryOfUses(ref) !== undefined) continue;
      expect(`${ref}${rest}`).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    }
  });
});

describe('callers of the reusable workflow', () => {
  const pageCallers = yamlSnippets(page).map(
    (snippet, i) => [`docs/reusable-workflow.md snippet ${i + 1}`, snippet] as const,
  );
  const exampleCallers = readdirSync(join(ROOT, 'docs', 'examples'))
    .filter((file) => file.endsWith('.yml'))
    .map((file) => [file, readFileSync(join(ROOT, 'docs', 'examples', file), 'utf8')] as const)
    .filter(([, text]) => /release-image\.yml@/.test(text));

  it('are on its page and in docs/examples', () => {
    expect(pageCallers.length).toBeGreaterThan(0);
    expect(exampleCallers.length).toBeGreaterThan(0);
  });

  it.each([...pageCallers, ...exampleCallers])(
    '%s passes only declared inputs and secrets, and reads only declared outputs',
    (_name, text) => {
      const caller = parseYaml(text) as Workflow;
      const calls = Object.entries(caller.jobs).filter(([, job]) => CALL_REF.test(job.uses ?? ''));
      expect(calls.length).toBeGreaterThan(0);
      for (const [jobName, job] of calls) {
        const passed = Object.keys(job.with ?? {});
        expect(passed.filter((name) => !(name in declaredInputs))).toEqual([]);
        for (const [name, spec] of Object.entries(declaredInputs))
          if (spec.required === true) expect(passed).toContain(name);
        if (job.secrets !== 'inherit') {
          const secrets = Object.keys(job.secrets ?? {});
          expect(secrets.filter((name) => !(name in declaredSecrets))).toEqual([]);
        }
        // GitHub checks a called workflow's permissions before any job runs, the compare job's
        // included, whatever the event.
        expect({ ...caller.permissions, ...job.permissions }).toMatchObject({
          'id-token': 'write',
          contents: 'read',
          'pull-requests': 'write',
        });
        const read = [
          ...text.matchAll(new RegExp(`needs\\.${jobName}\\.outputs\\.([\\w-]+)`, 'g')),
        ].map((m) => m[1] ?? '');
        expect(read.length).toBeGreaterThan(0);
        expect(read.filter((name) => !(name in declaredOutputs))).toEqual([]);
      }
    },
  );
});

describe('its page, docs/reusable-workflow.md', () => {
  const text = page;

  it('names every input and output of the workflow', () => {
    const named = new Set([...text.matchAll(/`([\w-]+)`/g)].map((m) => m[1]));
    expect(Object.keys(declaredInputs).filter((name) => !named.has(name))).toEqual([]);
    expect(Object.keys(declaredOutputs).filter((name) => !named.has(name))).toEqual([]);
  });

  it('grants the ECR push actions and the policy of docs/iam.md (image checks, SageMaker)', () => {
    type Policy = { Statement: { Action: string | string[] }[] };
    const actionsOf = (markdown: string): string[] => {
      const policy = JSON.parse(/```json\n([\s\S]*?)```/.exec(markdown)?.[1] ?? '{}') as Policy;
      return policy.Statement.flatMap((s) => [s.Action].flat()).sort();
    };
    const ecrPush = [
      'ecr:GetAuthorizationToken',
      'ecr:BatchCheckLayerAvailability',
      'ecr:InitiateLayerUpload',
      'ecr:UploadLayerPart',
      'ecr:CompleteLayerUpload',
      'ecr:PutImage',
      'ecr:BatchGetImage',
    ];
    expect(actionsOf(text)).toEqual([...ecrPush, ...actionsOf(docsPage('iam.md'))].sort());
  });
});
