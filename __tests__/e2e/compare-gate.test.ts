// End to end, the reusable workflow's release gate: .github/workflows/release-image.yml run as a
// runner would (__fixtures__/workflow-runner.ts) on a push, with `release-fail-on: high`, against
// the local endpoint. `./compare` runs after the push and before `./`: a new HIGH finding stops the
// release before anything is registered; a new LOW one lets it through. The scans settle in real
// time here (two reads 15 s apart): the waits themselves are tested in-process with a fake clock.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { SeededFinding } from '../../__fixtures__/ecr-model.ts';
import { ROOT, errorAnnotations } from '../../__fixtures__/run-action.ts';
import { startSageMakerServer, type SageMakerServer } from '../../__fixtures__/sagemaker-server.ts';
import { WorkflowRun, type Workflow } from '../../__fixtures__/workflow-runner.ts';

const workflow = parseYaml(
  readFileSync(join(ROOT, '.github', 'workflows', 'release-image.yml'), 'utf8'),
) as Workflow;

const HIGH: SeededFinding = {
  id: 'CVE-2026-0002',
  severity: 'HIGH',
  packageName: 'torch',
  version: '2.3.1',
  fixedInVersion: '2.3.2',
};
const LOW: SeededFinding = {
  id: 'CVE-2026-0003',
  severity: 'LOW',
  packageName: 'bash',
  version: '5.1',
};

let server: SageMakerServer;

beforeAll(async () => {
  server = await startSageMakerServer({ images: ['my-kernel'], ecr: { standardImages: false } });
});
afterAll(async () => {
  await server.close();
});

/** One push of a new image whose scan finds `findings`, through the reusable workflow. */
async function release(tag: string, findings: readonly SeededFinding[]): Promise<WorkflowRun> {
  const image = server.ecr.seedImage('my-kernel', tag, 'docker');
  server.ecr.setScan(image.digest, [{ status: 'COMPLETE', findings, enhanced: true }]);
  const inputs = {
    ...Object.fromEntries(
      Object.entries(workflow.on?.workflow_call?.inputs ?? {}).map(([name, spec]) => [
        name,
        spec.default === undefined ? '' : String(spec.default),
      ]),
    ),
    'image-name': 'my-kernel',
    'role-to-assume': 'arn:aws:iam::123456789012:role/release',
    'aws-region': 'us-east-1',
    'release-fail-on': 'high',
  };
  const run = new WorkflowRun(
    workflow,
    { digest: image.digest, runId: String(8000 + tag.length), sha: String(tag.length).repeat(40) },
    { endpoint: server.url, workspace: ROOT },
    inputs,
  );
  await run.run();
  return run;
}

const steps = (run: WorkflowRun): string[] =>
  run.runs.map(({ job, entry, result }) => `${job}: ${entry.path} → ${result.exitCode}`);

describe('the reusable workflow on a push, with release-fail-on: high', () => {
  it('stops the release before register when the image adds a HIGH finding', async () => {
    const run = await release('high', [HIGH, LOW]);
    expect(steps(run)).toEqual(['gate: ./compare → 1']);
    const gate = run.runs[0]?.result;
    expect(gate?.stdout).toContain('HIGH CVE-2026-0002 in torch 2.3.1 (fixed in 2.3.2)');
    expect(gate?.outputs['new-vulnerabilities']).toBe('2');
    expect(server.requests.filter((r) => r.operation === 'CreateImageVersion')).toHaveLength(0);
  }, 120_000);

  it('registers the image when its new findings are below HIGH', async () => {
    const run = await release('low', [LOW]);
    expect({
      steps: steps(run),
      errors: run.runs.map(({ result }) => errorAnnotations(result.stdout)),
    }).toEqual({
      steps: ['gate: ./compare → 0', 'register: ./ → 0'],
      errors: [[], []],
    });
    expect(server.requests.filter((r) => r.operation === 'CreateImageVersion')).toHaveLength(1);
  }, 120_000);
});
