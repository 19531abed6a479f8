// The example workflows (docs/examples/*.yml) and the README's, run as copied: each job in the
// order its `needs` give, each step that uses one of the action's entry points (`./`,
// `./launch-test`, `./studio`, `./retire`) through the committed bundle against the local
// endpoint, its `${{ … }}` filled with what the steps and jobs before it gave, on two pushes in a
// row. Steps of other actions (checkout, credentials, the build) are not run: their outputs are
// those of a push (a registry and a digest). An expression this file does not know fails the test,
// so an example cannot drift into reading something no step makes.
import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { yamlSnippets } from '../../__fixtures__/docs.ts';
import { entryOfUses, type EntryPoint } from '../../__fixtures__/entry-points.ts';
import {
  ROOT,
  errorAnnotations,
  runAction,
  type RunResult,
} from '../../__fixtures__/run-action.ts';
import { startSageMakerServer, type SageMakerServer } from '../../__fixtures__/sagemaker-server.ts';
import { ANY_IMAGE } from '../../__fixtures__/ecr-model.ts';

const REGISTRY = '123456789012.dkr.ecr.us-east-1.amazonaws.com';
/** The Studio domain and CI user profile the examples name. */
const DOMAIN = 'd-abc123example';
const CI_PROFILE = 'ci-launch';
/** The file the examples pass as `app-image-config`, with the README's document in it. */
const APP_IMAGE_CONFIG_FILE = '.github/studio/my-kernel.yaml';

interface Step {
  readonly id?: string;
  readonly uses?: string;
  readonly with?: Record<string, unknown>;
}
interface Job {
  readonly needs?: string | string[];
  readonly outputs?: Record<string, string>;
  readonly strategy?: { readonly matrix?: Record<string, unknown[]> };
  readonly steps?: Step[];
}
interface Workflow {
  readonly on?: {
    workflow_call?: { inputs?: Record<string, { default?: string | number | boolean }> };
  };
  readonly jobs: Record<string, Job>;
}

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const readmeSnippets = yamlSnippets(readme).map((text) => parseYaml(text) as unknown);

/** The README's app-image-config document: its snippet whose one key names an app type. */
const appImageConfig = yamlSnippets(readme).find((text) =>
  /^(JupyterLab|CodeEditor)AppImageConfig:|^KernelGatewayImageConfig:/m.test(text),
);

const isWorkflow = (value: unknown): value is Workflow =>
  value !== null && typeof value === 'object' && 'jobs' in value;
const usesEntry = (workflow: Workflow): boolean =>
  Object.values(workflow.jobs).some((job) =>
    (job.steps ?? []).some((step) => entryOfUses(step.uses ?? '') !== undefined),
  );

const WORKFLOWS: (readonly [string, Workflow])[] = [
  ...readdirSync(join(ROOT, 'docs', 'examples'))
    .filter((file) => file.endsWith('.yml'))
    .map(
      (file) =>
        [
          `docs/examples/${file}`,
          parseYaml(readFileSync(join(ROOT, 'docs', 'examples', file), 'utf8')) as Workflow,
        ] as const,
    ),
  ...readmeSnippets.flatMap((snippet, i) =>
    isWorkflow(snippet) ? [[`README.md snippet ${i + 1}`, snippet] as const] : [],
  ),
].filter(([, workflow]) => usesEntry(workflow));

/** One push of a workflow: what its build gave, and the run it is. */
interface Push {
  readonly digest: string;
  readonly runId: string;
  readonly sha: string;
}

/** The jobs of a workflow, each after the jobs it needs. */
function jobOrder(workflow: Workflow): string[] {
  const order: string[] = [];
  const visit = (name: string): void => {
    if (order.includes(name)) return;
    for (const need of [workflow.jobs[name]?.needs ?? []].flat()) visit(need);
    order.push(name);
  };
  Object.keys(workflow.jobs).forEach(visit);
  return order;
}

/** What a job's steps gave, by step id; and the job's own context (matrix, inputs). */
interface JobContext {
  readonly steps: Map<string, Record<string, string>>;
  readonly matrix: Record<string, string>;
}

class Evaluator {
  readonly #finished = new Map<string, JobContext>();

  constructor(
    private readonly workflow: Workflow,
    private readonly push: Push,
    private readonly inputs: Record<string, string>,
  ) {}

  finish(job: string, context: JobContext): void {
    this.#finished.set(job, context);
  }

  /** A `with:` value with every `${{ … }}` replaced as the runner would. */
  fill(value: unknown, context: JobContext): string {
    return String(value).replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_whole, expression: string) =>
      this.evaluate(expression, context),
    );
  }

  private evaluate(expression: string, context: JobContext): string {
    const [head, ...path] = expression.split('.');
    const name = path.at(-1) ?? '';
    if (head === 'steps' && path[1] === 'outputs') return this.stepOutput(path[0], name, context);
    if (head === 'needs' && path[1] === 'outputs') {
      const job = path[0] ?? '';
      const finished = this.#finished.get(job);
      const declared = this.workflow.jobs[job]?.outputs?.[name];
      if (finished === undefined || declared === undefined)
        throw new Error(`\${{ ${expression} }}: job ${job} has no output ${name}`);
      return this.fill(declared, finished);
    }
    if (head === 'matrix' && name in context.matrix) return context.matrix[name] ?? '';
    if (head === 'inputs' && name in this.inputs) return this.inputs[name] ?? '';
    if (expression === 'github.sha') return this.push.sha;
    if (expression === 'github.ref_name') return 'v1.2.0';
    throw new Error(`An example uses \${{ ${expression} }}, which this test does not know`);
  }

  /** An output of an earlier step: ours as the run gave it, a build's as a push gives it. */
  private stepOutput(id: string | undefined, name: string, context: JobContext): string {
    const ran = context.steps.get(id ?? '');
    if (ran !== undefined) {
      if (!(name in ran)) throw new Error(`step ${id} did not set the output ${name}`);
      return ran[name] ?? '';
    }
    if (name === 'registry') return REGISTRY;
    if (name === 'digest') return this.push.digest;
    throw new Error(`\${{ steps.${id}.outputs.${name} }}: no earlier step gives it`);
  }
}

/** The combinations a job's matrix runs (one empty one without a matrix). */
function matrixOf(job: Job): Record<string, string>[] {
  const matrix = job.strategy?.matrix ?? {};
  return Object.entries(matrix).reduce<Record<string, string>[]>(
    (combinations, [key, values]) =>
      combinations.flatMap((combination) =>
        values.map((value) => ({ ...combination, [key]: String(value) })),
      ),
    [{}],
  );
}

/** A workflow_call's inputs as a caller would pass them: their defaults, and a pushed image. */
function callInputs(workflow: Workflow, push: Push): Record<string, string> {
  const declared = workflow.on?.workflow_call?.inputs ?? {};
  return {
    ...Object.fromEntries(
      Object.entries(declared).flatMap(([name, spec]) =>
        spec.default === undefined ? [] : [[name, String(spec.default)]],
      ),
    ),
    'image-name': 'my-kernel',
    'base-image': `${REGISTRY}/my-kernel@${push.digest}`,
  };
}

interface StepRun {
  readonly job: string;
  readonly entry: EntryPoint;
  readonly inputs: Record<string, string>;
  readonly result: RunResult;
}

let server: SageMakerServer | undefined;
let workspace: string | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
  if (workspace !== undefined) rmSync(workspace, { recursive: true, force: true });
  workspace = undefined;
});

/** Runs every step of ours in a workflow, in order, as one push would. */
async function runWorkflow(
  server: SageMakerServer,
  workspace: string,
  workflow: Workflow,
  push: Push,
): Promise<StepRun[]> {
  const evaluator = new Evaluator(workflow, push, callInputs(workflow, push));
  const runs: StepRun[] = [];
  for (const job of jobOrder(workflow)) {
    const spec = workflow.jobs[job] as Job;
    for (const matrix of matrixOf(spec)) {
      const context: JobContext = { steps: new Map(), matrix };
      for (const step of spec.steps ?? []) {
        const entry = entryOfUses(step.uses ?? '');
        if (entry === undefined) continue;
        const inputs = Object.fromEntries(
          Object.entries(step.with ?? {}).map(([name, value]) => [
            name,
            evaluator.fill(value, context),
          ]),
        );
        const result = await runAction({
          entry: entry.folder,
          inputs,
          endpoint: server.url,
          runId: push.runId,
          sha: push.sha,
          env: { GITHUB_WORKSPACE: workspace },
        });
        runs.push({ job, entry, inputs, result });
        if (step.id !== undefined) context.steps.set(step.id, result.outputs);
        if (result.exitCode !== 0) return runs;
        // A launch test's post step runs at the end of its job, as the runner runs it.
        if (entry.folder === 'launch-test') {
          const post = await runAction({
            entry: 'launch-test',
            post: true,
            state: result.state,
            inputs,
            endpoint: server.url,
            runId: push.runId,
            sha: push.sha,
            env: { GITHUB_WORKSPACE: workspace },
          });
          runs.push({ job, entry, inputs, result: post });
        }
      }
      evaluator.finish(job, context);
    }
  }
  return runs;
}

/** Each run of a step as the failure message shows it: where, and its exit code and errors. */
const outcomes = (runs: StepRun[]): unknown[] =>
  runs.map(({ job, entry, result }) => ({
    step: `${job}: ${entry.path}`,
    exitCode: result.exitCode,
    errors: errorAnnotations(result.stdout),
  }));

describe('the examples and the README, run as copied against the local endpoint', () => {
  it('are the examples that use the action, the Quick start and the Full release', () => {
    const names = WORKFLOWS.map(([name]) => name);
    expect(names).toEqual(
      expect.arrayContaining([
        'docs/examples/studio-release.yml',
        'docs/examples/retire.yml',
        'docs/examples/build-push-register.yml',
        'README.md snippet 1',
        'README.md snippet 2',
      ]),
    );
    expect(appImageConfig).toBeDefined();
  });

  it.each(WORKFLOWS)(
    '%s: every step succeeds on two pushes in a row',
    async (_name, workflow) => {
      const dir = mkdtempSync(join(tmpdir(), 'sm-example-'));
      workspace = dir;
      const file = join(dir, APP_IMAGE_CONFIG_FILE);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, appImageConfig ?? '');
      const local = await startSageMakerServer({
        images: ['my-kernel'],
        domains: [{ id: DOMAIN }],
        ecr: ANY_IMAGE,
        studio: { appStartMs: 40 },
      });
      server = local;
      local.studio.addUserProfile(DOMAIN, CI_PROFILE);

      const pushes: Push[] = ['1a', '2b'].map((hex, i) => ({
        digest: `sha256:${hex.repeat(32)}`,
        runId: String(7000 + i),
        sha: `${i}`.repeat(40),
      }));
      const runs: StepRun[] = [];
      for (const push of pushes) runs.push(...(await runWorkflow(local, dir, workflow, push)));

      expect(runs.length).toBeGreaterThan(0);
      expect(outcomes(runs)).toEqual(
        outcomes(runs).map((outcome) => ({ ...(outcome as object), exitCode: 0, errors: [] })),
      );
      // What a release to Studio leaves: the domain lists the image, and no test space is left.
      if (runs.some(({ entry }) => entry.folder === 'studio')) {
        const listed = JSON.stringify(local.studio.domainSettings(DOMAIN));
        expect(listed).toContain('"ImageName":"my-kernel"');
      }
      if (runs.some(({ entry }) => entry.folder === 'launch-test')) {
        expect(local.studio.spaceNames(DOMAIN)).toStrictEqual([]);
        expect(
          runs.find(({ entry }) => entry.folder === 'launch-test')?.result.outputs.seconds,
        ).toMatch(/^\d/);
      }
    },
    120_000,
  );
});
