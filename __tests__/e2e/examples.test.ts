// The example workflows (docs/examples/*.yml), the README's and the reusable workflow's callers, run
// as copied (__fixtures__/workflow-runner.ts): each job in the order its `needs` give, its `if:`
// evaluated, each step that uses one of the action's entry points (`./`, `./launch-test`,
// `./studio`, `./retire`) through the committed bundle against the local endpoint, its `${{ … }}`
// filled with what the steps and jobs before it gave, a caller of the reusable workflow through
// that workflow's jobs, on two pushes in a row.
import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { docsPage, yamlSnippets } from '../../__fixtures__/docs.ts';
import { entryOfUses } from '../../__fixtures__/entry-points.ts';
import { ROOT, errorAnnotations } from '../../__fixtures__/run-action.ts';
import { startSageMakerServer, type SageMakerServer } from '../../__fixtures__/sagemaker-server.ts';
import { ANY_IMAGE } from '../../__fixtures__/ecr-model.ts';
import {
  REGISTRY,
  WorkflowRun,
  type Push,
  type StepRun,
  type Workflow,
} from '../../__fixtures__/workflow-runner.ts';

/** The Studio domain and CI user profile the examples name. */
const DOMAIN = 'd-abc123example';
const CI_PROFILE = 'ci-launch';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const readmeSnippets = yamlSnippets(readme).map((text) => parseYaml(text) as unknown);

/** The README's app-image-config document: its snippet whose one key names an app type. */
const appImageConfig = yamlSnippets(readme).find((text) =>
  /^(JupyterLab|CodeEditor)AppImageConfig:|^KernelGatewayImageConfig:/m.test(text),
);

const isWorkflow = (value: unknown): value is Workflow =>
  value !== null && typeof value === 'object' && 'jobs' in value;
const CALLS_REUSABLE = /sagemaker-image-version-action\/\.github\/workflows\/release-image\.yml@/;
const usesEntry = (workflow: Workflow): boolean =>
  Object.values(workflow.jobs).some(
    (job) =>
      CALLS_REUSABLE.test(job.uses ?? '') ||
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
  ...yamlSnippets(docsPage('reusable-workflow.md')).flatMap((text, i) => {
    const snippet = parseYaml(text) as unknown;
    return isWorkflow(snippet)
      ? [[`docs/reusable-workflow.md snippet ${i + 1}`, snippet] as const]
      : [];
  }),
].filter(([, workflow]) => usesEntry(workflow));

/** Every file a workflow (or the reusable workflow it calls) passes as `app-image-config`. */
function appImageConfigFiles(workflow: Workflow): string[] {
  const texts = [JSON.stringify(workflow)];
  if (Object.values(workflow.jobs).some((job) => CALLS_REUSABLE.test(job.uses ?? '')))
    texts.push(readFileSync(join(ROOT, '.github', 'workflows', 'release-image.yml'), 'utf8'));
  return [
    ...new Set(
      texts.flatMap((text) =>
        [...text.matchAll(/"?app-image-config"?:\s*"?([\w./-]+\.ya?ml)"?/g)].map((m) => m[1] ?? ''),
      ),
    ),
  ];
}

/** A called workflow's inputs as a caller would pass them: its defaults, and a pushed image. */
function callInputs(workflow: Workflow, push: Push): Record<string, string> {
  const declared = workflow.on?.workflow_call?.inputs;
  if (declared === undefined) return {};
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

let server: SageMakerServer | undefined;
let workspace: string | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
  if (workspace !== undefined) rmSync(workspace, { recursive: true, force: true });
  workspace = undefined;
});

/** Each run of a step as the failure message shows it: where, and its exit code and errors. */
const outcomes = (runs: StepRun[]): unknown[] =>
  runs.map(({ job, entry, post, result }) => ({
    step: `${job}: ${entry.path}${post ? ' (post)' : ''}`,
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
        'docs/examples/reusable-caller.yml',
        'README.md snippet 1',
        'README.md snippet 2',
        'docs/reusable-workflow.md snippet 1',
      ]),
    );
    expect(appImageConfig).toBeDefined();
  });

  it.each(WORKFLOWS)(
    '%s: every step succeeds on two pushes in a row',
    async (_name, workflow) => {
      const dir = mkdtempSync(join(tmpdir(), 'sm-example-'));
      workspace = dir;
      // The repository the workflow checks out holds the document it names.
      for (const path of appImageConfigFiles(workflow)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), appImageConfig ?? '');
      }
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
      for (const push of pushes) {
        const run = new WorkflowRun(
          workflow,
          push,
          { endpoint: local.url, workspace: dir },
          callInputs(workflow, push),
        );
        await run.run();
        runs.push(...run.runs);
      }

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
        const test = runs.find(({ entry, post }) => entry.folder === 'launch-test' && !post);
        expect(test?.result.outputs.seconds).toMatch(/^\d/);
      }
    },
    120_000,
  );
});
