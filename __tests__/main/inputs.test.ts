// Inputs that stop the run before any request, read through main.ts.
// Orchestration: the flow in main.ts with @actions/core and the SDK mocked.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { CreateImageVersionCommand, DescribeImageVersionCommand } from '@aws-sdk/client-sagemaker';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { fakeClock } from '../../__fixtures__/clock.js';
import * as core from '../../__fixtures__/core.js';
import {
  ARN,
  failure,
  givenRun,
  INPUTS,
  notFound,
  resetRun,
  sagemaker,
} from '../../__fixtures__/orchestration.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/register/main.js');

beforeEach(resetRun);

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
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
    sagemaker.on(DescribeImageVersionCommand).resolves({ ImageVersionStatus: 'CREATED' });
    await run(fakeClock());
    expect(core.warning).toHaveBeenCalledWith(
      'Input `move-aliases` is ignored: it moves the aliases of `aliases`, which is empty.',
    );
  });

  it('warns about create-image inputs while create-image is off', async () => {
    core.reset({ ...INPUTS, 'role-arn': 'arn:aws:iam::123456789012:role/R' });
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
    await run(fakeClock());
    expect(core.warning).toHaveBeenCalledWith(
      '`role-arn` is used only with `create-image: true`, which is off: ignored.',
    );
  });

  it('warns before creating when the ECR repository is in another region', async () => {
    core.reset({ ...INPUTS, 'aws-region': 'us-west-2' });
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
    await run(fakeClock());
    expect(core.warning).toHaveBeenCalledWith(
      expect.stringMatching(
        /^The base image's ECR repository is in eu-west-1, but the SageMaker image is in us-west-2/,
      ),
    );
  });

  it('sets the aliases output and an Aliases summary row', async () => {
    core.reset({ ...INPUTS, aliases: 'latest,v1' });
    sagemaker.on(DescribeImageVersionCommand).rejects(notFound());
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
    await run(fakeClock());
    expect(core.outputs().aliases).toBe('latest,v1');
    expect(core.summary.text()).toContain('| Aliases | `latest`, `v1` |');
  });
});
