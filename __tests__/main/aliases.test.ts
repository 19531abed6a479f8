// Aliases: sent with the request when free, moved once CREATED with move-aliases.
// Orchestration: the flow in main.ts with @actions/core and the SDK mocked.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  CreateImageVersionCommand,
  DescribeImageVersionCommand,
  ResourceInUse,
  UpdateImageVersionCommand,
} from '@aws-sdk/client-sagemaker';
import { fakeClock } from '../../__fixtures__/clock.js';
import * as core from '../../__fixtures__/core.js';
import {
  ARN,
  givenStableHeldByVersion2,
  INPUTS,
  notFound,
  resetRun,
  sagemaker,
  WAIT,
} from '../../__fixtures__/orchestration.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/register/main.js');

beforeEach(resetRun);

describe('aliases', () => {
  it('fails before creating anything when another version holds an alias', async () => {
    core.reset({ ...INPUTS, aliases: 'stable' });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Alias: 'stable' })
      .resolves({ Version: 2, BaseImage: 'old:1' });
    await run(fakeClock());
    expect(sagemaker.commandCalls(CreateImageVersionCommand)).toHaveLength(0);
    expect(String(core.setFailed.mock.calls[0]?.[0])).toContain(
      'Alias "stable" (held by version 2)',
    );
  });

  it('sets free aliases at creation', async () => {
    core.reset({ ...INPUTS, aliases: 'latest' });
    sagemaker.on(DescribeImageVersionCommand).rejects(notFound());
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
    await run(fakeClock());
    expect(sagemaker.commandCalls(CreateImageVersionCommand)[0]?.args[0].input.Aliases).toEqual([
      'latest',
    ]);
  });

  it('with move-aliases, moves them only once the new version is CREATED', async () => {
    core.reset({ ...WAIT, aliases: 'stable', 'move-aliases': 'true' });
    givenStableHeldByVersion2();
    sagemaker.on(UpdateImageVersionCommand).resolves({});
    await run(fakeClock());

    expect(core.setFailed).not.toHaveBeenCalled();
    expect(
      sagemaker.commandCalls(CreateImageVersionCommand)[0]?.args[0].input.Aliases,
    ).toBeUndefined();
    expect(sagemaker.commandCalls(UpdateImageVersionCommand).map((c) => c.args[0].input)).toEqual([
      { ImageName: 'my-image', Version: 2, AliasesToDelete: ['stable'] },
      { ImageName: 'my-image', Version: 4, AliasesToAdd: ['stable'] },
    ]);
    const order = sagemaker
      .calls()
      .map((c) => (c.args[0] as { constructor: { name: string } }).constructor.name);
    expect(order.indexOf('UpdateImageVersionCommand')).toBeGreaterThan(
      order.indexOf('DescribeImageVersionCommand'),
    );
  });

  it('with move-aliases, waits out a busy image while moving', async () => {
    core.reset({ ...WAIT, aliases: 'stable', 'move-aliases': 'true' });
    givenStableHeldByVersion2();
    sagemaker
      .on(UpdateImageVersionCommand)
      .rejectsOnce(
        new ResourceInUse({ message: 'Resource was modified concurrently.', $metadata: {} }),
      )
      .resolves({});
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(UpdateImageVersionCommand).map((c) => c.args[0].input)).toEqual([
      { ImageName: 'my-image', Version: 2, AliasesToDelete: ['stable'] },
      { ImageName: 'my-image', Version: 2, AliasesToDelete: ['stable'] },
      { ImageName: 'my-image', Version: 4, AliasesToAdd: ['stable'] },
    ]);
  });

  it('with move-aliases, leaves aliases alone when the version fails', async () => {
    core.reset({ ...WAIT, aliases: 'stable', 'move-aliases': 'true' });
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
    sagemaker
      .on(DescribeImageVersionCommand)
      .resolves({ ImageVersionStatus: 'CREATE_FAILED', FailureReason: 'x' });
    await run(fakeClock());
    expect(sagemaker.commandCalls(UpdateImageVersionCommand)).toHaveLength(0);
    expect(core.setFailed).toHaveBeenCalledTimes(1);
  });

  it('move-aliases needs wait-for-created', async () => {
    core.reset({ ...INPUTS, aliases: 'stable', 'move-aliases': 'true' });
    await run(fakeClock());
    expect(sagemaker.calls()).toHaveLength(0);
    expect(String(core.setFailed.mock.calls[0]?.[0])).toContain(
      '`move-aliases` needs `wait-for-created: true`',
    );
  });
});
