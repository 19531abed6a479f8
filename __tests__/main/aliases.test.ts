// Aliases: sent with the request when free, moved once CREATED with move-aliases.
// Orchestration: the flow in main.ts with @actions/core mocked and the SDK answered by the
// in-process images model (what the local endpoint runs on): image my-image with versions 1 to 3,
// version 2 holding `stable`; the run makes version 4. Each test reads where the aliases ended.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  CreateImageVersionCommand,
  ResourceInUse,
  UpdateImageVersionCommand,
} from '@aws-sdk/client-sagemaker';
import { fakeClock } from '../../__fixtures__/clock.js';
import * as core from '../../__fixtures__/core.js';
import {
  BASE_IMAGE,
  byModels,
  INPUTS,
  resetRun,
  sagemaker,
  WAIT,
  type Models,
  serveMyImage,
} from '../../__fixtures__/orchestration.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/register/main.js');

let models: Models;

/** Image my-image, versions 1 to 3 (CREATED), version 2 holding `stable`; `failing`: new versions end CREATE_FAILED. */
function given(failing = false): void {
  models = serveMyImage({
    images: failing ? { failBaseImagesContaining: BASE_IMAGE } : {},
    aliases: { 2: ['stable'] },
  });
}
/** Which version holds each alias now. */
const aliases = (): Record<string, number> =>
  Object.fromEntries(
    models.images
      .versionsOf('my-image')
      .flatMap((v) => v.aliases.map((alias) => [alias, v.version] as const)),
  );

beforeEach(() => {
  resetRun();
  given();
});

describe('aliases', () => {
  it('fails before creating anything when another version holds an alias', async () => {
    core.reset({ ...INPUTS, aliases: 'stable' });
    await run(fakeClock());
    expect(sagemaker.commandCalls(CreateImageVersionCommand)).toHaveLength(0);
    expect(models.images.versionsOf('my-image')).toHaveLength(3);
    expect(String(core.setFailed.mock.calls[0]?.[0])).toContain(
      'Alias "stable" (held by version 2)',
    );
  });

  it('sets free aliases at creation', async () => {
    core.reset({ ...INPUTS, aliases: 'latest' });
    await run(fakeClock());
    expect(sagemaker.commandCalls(CreateImageVersionCommand)[0]?.args[0].input.Aliases).toEqual([
      'latest',
    ]);
    expect(aliases()).toEqual({ stable: 2, latest: 4 });
  });

  it('with move-aliases, moves them only once the new version is CREATED', async () => {
    core.reset({ ...WAIT, aliases: 'stable', 'move-aliases': 'true' });
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
    expect(aliases()).toEqual({ stable: 4 });
  });

  it('with move-aliases, waits out a busy image while moving', async () => {
    core.reset({ ...WAIT, aliases: 'stable', 'move-aliases': 'true' });
    // Scripted: the busy image, once (the model's busy window is on the wall clock, which the
    // action's fake clock does not advance).
    sagemaker
      .on(UpdateImageVersionCommand)
      .rejectsOnce(
        new ResourceInUse({ message: 'Resource was modified concurrently.', $metadata: {} }),
      )
      .callsFake(byModels(UpdateImageVersionCommand));
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(UpdateImageVersionCommand).map((c) => c.args[0].input)).toEqual([
      { ImageName: 'my-image', Version: 2, AliasesToDelete: ['stable'] },
      { ImageName: 'my-image', Version: 2, AliasesToDelete: ['stable'] },
      { ImageName: 'my-image', Version: 4, AliasesToAdd: ['stable'] },
    ]);
    expect(aliases()).toEqual({ stable: 4 });
  });

  it('with move-aliases, leaves aliases alone when the version fails', async () => {
    core.reset({ ...WAIT, aliases: 'stable', 'move-aliases': 'true' });
    given(true);
    await run(fakeClock());
    expect(sagemaker.commandCalls(UpdateImageVersionCommand)).toHaveLength(0);
    expect(models.images.versionsOf('my-image').at(-1)?.status).toBe('CREATE_FAILED');
    expect(aliases()).toEqual({ stable: 2 });
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
