// The reusable workflow's contract: what it passes to the action, the outputs it exposes, the
// inputs and secrets it references, its permissions and pins, and the callers its page
// (docs/reusable-workflow.md) and the examples show, all held to action.yml and to the workflow's
// own `on.workflow_call`.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { docsPage, yamlSnippets } from '../../__fixtures__/docs.ts';
import { ROOT, readActionYaml } from '../../__fixtures__/run-action.ts';

const WORKFLOW_PATH = '.github/workflows/release-image.yml';
const CALL_REF =
  /^[\w-]+\/sagemaker-image-version-action\/\.github\/workflows\/release-image\.yml@/;
const ACTION_REF = /^[\w-]+\/sagemaker-image-version-action@/;

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
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

const action = readActionYaml();
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

/** The one step of the workflow that runs the action, and its job. */
function actionStep(): { jobName: string; step: Step } {
  const found = Object.entries(workflow.jobs).flatMap(([jobName, job]) =>
    (job.steps ?? [])
      .filter((step) => ACTION_REF.test(step.uses ?? ''))
      .map((step) => ({ jobName, step })),
  );
  expect(found).toHaveLength(1);
  return found[0] as { jobName: string; step: Step };
}

/** A pass-through `${{ inputs.NAME }}` value's NAME, or undefined for anything else. */
const passedInput = (value: unknown): string | undefined =>
  /^\$\{\{\s*inputs\.([\w-]+)\s*\}\}$/.exec(String(value))?.[1];

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

  it('passes the action only declared inputs, with every required one', () => {
    const { step } = actionStep();
    const passed = Object.keys(step.with ?? {});
    expect(passed.filter((name) => !(name in action.inputs))).toEqual([]);
    for (const [name, spec] of Object.entries(action.inputs))
      if (spec.required === true) expect(passed).toContain(name);
  });

  it('passes inputs through under their own names, with the types and defaults of action.yml', () => {
    const { step } = actionStep();
    for (const [name, value] of Object.entries(step.with ?? {})) {
      const source = passedInput(value);
      if (source === undefined) continue;
      expect(source).toBe(name);
      const declared = declaredInputs[name];
      const actionDefault = action.inputs[name]?.default;
      if (declared?.required === true || actionDefault === undefined) {
        if (declared?.required !== true)
          expect(declared).toMatchObject({ type: 'string', default: '' });
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
  });

  it('passes every Studio and launch-test input through', () => {
    const { step } = actionStep();
    const studioInputs = Object.keys(action.inputs).filter((name) =>
      /^(studio-|launch-test-|app-image-config-name$|kernel-|container-|file-system-)/.test(name),
    );
    expect(studioInputs).toContain('studio-user-profiles');
    for (const name of studioInputs) expect(passedInput(step.with?.[name])).toBe(name);
  });

  it('registers the digest the build job hands over, in a job of its own', () => {
    const { jobName, step } = actionStep();
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

  it('builds a single-platform image manifest, without attestations', () => {
    const builds = Object.values(workflow.jobs)
      .flatMap((job) => job.steps ?? [])
      .filter((step) => step.uses?.startsWith('docker/build-push-action@'));
    expect(builds).toHaveLength(1);
    expect(builds[0]?.with).toMatchObject({
      push: true,
      provenance: false,
      sbom: false,
      platforms: 'linux/amd64',
    });
  });

  it('runs the action at the major version of this release', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const major = pkg.version.split('.')[0] ?? '';
    expect(actionStep().step.uses).toBe(`octo-org/sagemaker-image-version-action@v${major}`);
  });

  it.each(Object.entries(declaredOutputs))(
    'output %s comes, through a job output, from a declared output of a step of that job',
    (_name, { value }) => {
      const [, jobName = '', jobOutput = ''] =
        /^\$\{\{\s*jobs\.([\w-]+)\.outputs\.([\w-]+)\s*\}\}$/.exec(value) ?? [];
      const job = workflow.jobs[jobName];
      expect(job?.outputs).toHaveProperty([jobOutput]);
      const read = references(job?.outputs?.[jobOutput] ?? '', 'steps');
      expect(read.length).toBeGreaterThan(0);
      for (const [, stepId = '', output = ''] of (job?.outputs?.[jobOutput] ?? '').matchAll(
        /steps\.([\w-]+)\.outputs\.([\w-]+)/g,
      )) {
        const step = job?.steps?.find((s) => s.id === stepId);
        expect(step).toBeDefined();
        if (ACTION_REF.test(step?.uses ?? '')) expect(action.outputs).toHaveProperty([output]);
      }
    },
  );

  it('exposes the version ARN, number, status and container image from the action', () => {
    const { jobName, step } = actionStep();
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
    const { step } = actionStep();
    expect(step.with).not.toHaveProperty(['mask-aws-account-id']);
    const credentials = Object.values(workflow.jobs)
      .flatMap((job) => job.steps ?? [])
      .filter((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials@'));
    expect(credentials.length).toBeGreaterThan(0);
    for (const s of credentials) expect(s.with?.['mask-aws-account-id']).toBe(false);
  });

  it('grants nothing at the top, and id-token: write only to jobs that use OIDC', () => {
    expect(workflow.permissions).toEqual({});
    for (const job of Object.values(workflow.jobs)) {
      const oidc = (job.steps ?? []).some((s) =>
        s.uses?.startsWith('aws-actions/configure-aws-credentials@'),
      );
      expect(job.permissions).toEqual(
        oidc ? { contents: 'read', 'id-token': 'write' } : { contents: 'read' },
      );
    }
  });

  it('pins every other action to a full commit SHA with its version in a comment', () => {
    const uses = [...workflowText.matchAll(/^\s*-?\s*uses:\s*(\S+)(.*)$/gm)];
    expect(uses.length).toBeGreaterThan(0);
    for (const [, ref = '', rest = ''] of uses) {
      if (ACTION_REF.test(ref)) continue;
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
        expect({ ...caller.permissions, ...job.permissions }).toMatchObject({
          'id-token': 'write',
          contents: 'read',
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
