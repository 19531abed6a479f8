// Inputs that stop the run before any request, read through main.ts.
// Orchestration: the flow in main.ts with @actions/core mocked and the SDK answered by the
// in-process images model (what the local endpoint runs on): image my-image with versions 1 to 3.
// Half of these runs send nothing; the others warn and go on, making version 4.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { fakeClock } from '../../__fixtures__/clock.js';
import * as core from '../../__fixtures__/core.js';
import {
  failure,
  givenRun,
  INPUTS,
  newModels,
  resetRun,
  sagemaker,
  serveModels,
  type Models,
} from '../../__fixtures__/orchestration.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/register/main.js');

let models: Models;
/** How many live versions my-image has, and the aliases of the newest. */
const newest = (): { versions: number; aliases: string[] | undefined } => {
  const versions = models.images.versionsOf('my-image');
  return { versions: versions.length, aliases: versions.at(-1)?.aliases };
};

beforeEach(() => {
  resetRun();
  models = newModels();
  models.images.addImage('my-image');
  for (const v of [1, 2, 3]) models.images.addVersion('my-image', { baseImage: `old:${v}` });
  serveModels(models);
});

describe('inputs', () => {
  it('lists a missing run id with the other input problems, before any request', async () => {
    givenRun('', '');
    core.reset({ ...INPUTS, processor: 'tpu' });
    await run(fakeClock());
    expect(sagemaker.calls()).toHaveLength(0);
    expect(failure()).toMatch(
      /^Invalid inputs; nothing was sent to AWS:\n- Input `processor` .*\n- No commit SHA and run id/,
    );
    // The summary, written whichever way the run went, lists them too.
    expect(core.summary.text()).toMatch(
      /^### Invalid inputs\n\n> Invalid inputs; nothing was sent to AWS:\n> - Input `processor` .*\n> - No commit SHA and run id/,
    );
  });

  it("lists invalid inputs in action.yml's order, whatever order they are read in", async () => {
    core.reset({
      ...INPUTS,
      'max-attempts': '0',
      'wait-timeout-seconds': 'soon',
      processor: 'tpu',
      'aws-region': 'moon-1',
      'dry-run': 'maybe',
    });
    await run(fakeClock());
    const names = failure()
      .split('\n')
      .slice(1)
      .map((line) => /^- Input `([a-z-]+)`/.exec(line)?.[1] ?? '');
    const declared = Object.keys(
      (parseYaml(readFileSync('action.yml', 'utf8')) as { inputs: object }).inputs,
    );
    expect(names.length).toBeGreaterThanOrEqual(5);
    expect(names).toEqual([...names].sort((a, b) => declared.indexOf(a) - declared.indexOf(b)));
  });

  it('warns about move-aliases without aliases, instead of ignoring it without a word', async () => {
    core.reset({ ...INPUTS, 'move-aliases': 'true', 'wait-for-created': 'true' });
    await run(fakeClock());
    expect(core.warning).toHaveBeenCalledWith(
      'Input `move-aliases` is ignored: it moves the aliases of `aliases`, which is empty.',
    );
    expect(newest()).toEqual({ versions: 4, aliases: [] });
  });

  it('warns about create-image inputs while create-image is off', async () => {
    core.reset({ ...INPUTS, 'role-arn': 'arn:aws:iam::123456789012:role/R' });
    await run(fakeClock());
    expect(core.warning).toHaveBeenCalledWith(
      '`role-arn` is used only with `create-image: true`, which is off: ignored.',
    );
    expect(newest().versions).toBe(4);
  });

  it('warns before creating when the ECR repository is in another region', async () => {
    core.reset({ ...INPUTS, 'aws-region': 'us-west-2' });
    await run(fakeClock());
    expect(core.warning).toHaveBeenCalledWith(
      expect.stringMatching(
        /^The base image's ECR repository is in eu-west-1, but the SageMaker image is in us-west-2/,
      ),
    );
  });

  it('sets the aliases output and an Aliases summary row', async () => {
    core.reset({ ...INPUTS, aliases: 'latest,v1' });
    await run(fakeClock());
    expect(core.outputs().aliases).toBe('latest,v1');
    expect(newest()).toEqual({ versions: 4, aliases: ['latest', 'v1'] });
    expect(core.summary.text()).toContain('| Aliases | `latest`, `v1` |');
  });
});
