// The README's Quick start, run as written: its register step, with the expressions the build job
// of a push would give, through the committed bundle against the local endpoint, on two pushes in a
// row.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT, runAction } from '../../__fixtures__/run-action.ts';
import { startSageMakerServer, type SageMakerServer } from '../../__fixtures__/sagemaker-server.ts';
import { ANY_IMAGE } from '../../__fixtures__/ecr-model.ts';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe("the README's Quick start", () => {
  const REGISTRY = '123456789012.dkr.ecr.us-east-1.amazonaws.com';
  const quickStart = readme.split('\n## Quick start\n')[1]?.split('\n## ')[0] ?? '';
  const workflow = parseYaml(/```yaml\n([\s\S]*?)```/.exec(quickStart)?.[1] ?? '') as {
    jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>;
  };
  const step = Object.values(workflow.jobs)
    .flatMap((job) => job.steps)
    .find((candidate) => /sagemaker-image-version-action@/.test(candidate.uses ?? ''));

  /** The step's `with:` as the runner would pass it after a push whose build job gave `digest`. */
  function inputsAfterPush(digest: string): Record<string, string> {
    const expressions: Record<string, string> = {
      'needs.build.outputs.registry': REGISTRY,
      'needs.build.outputs.digest': digest,
    };
    return Object.fromEntries(
      Object.entries(step?.with ?? {}).map(([name, value]) => [
        name,
        String(value).replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_whole, expression: string) => {
          const known = expressions[expression];
          if (known === undefined) throw new Error(`The Quick start uses \${{ ${expression} }}`);
          return known;
        }),
      ]),
    );
  }

  let server: SageMakerServer;
  beforeAll(async () => {
    server = await startSageMakerServer({
      images: [String(step?.with?.['image-name'])],
      ecr: ANY_IMAGE,
    });
  });
  afterAll(async () => {
    await server.close();
  });

  it('succeeds on every push, not only the first', async () => {
    expect(step).toBeDefined();
    const pushes = [`sha256:${'1a'.repeat(32)}`, `sha256:${'2b'.repeat(32)}`];
    const results = [];
    for (const [i, digest] of pushes.entries()) {
      results.push(
        await runAction({
          inputs: inputsAfterPush(digest),
          endpoint: server.url,
          runId: String(4000 + i),
          sha: `${i}`.repeat(40),
        }),
      );
    }
    expect(results.map((r) => [r.exitCode, r.stdout.match(/^::error::.*/m)?.[0]])).toEqual([
      [0, undefined],
      [0, undefined],
    ]);
    expect(results.map((r) => r.outputs['image-version'])).toEqual(['1', '2']);
    // With the image checks on, as the Quick start leaves them.
    for (const result of results)
      expect(result.summary).toContain('| A linux/amd64 image | passed |');
  });
});
