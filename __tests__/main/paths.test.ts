// The flow of main.ts on the paths a user is least likely to try by hand: dry run on the reuse
// path, and the summary of a run that succeeds or fails after creating its version.
// Orchestration: @actions/core mocked and the SDK answered by the in-process images model (what the
// local endpoint runs on): image my-image with versions 1 to 3, the run makes version 4.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { fakeClock } from '../../__fixtures__/clock.js';
import * as core from '../../__fixtures__/core.js';
import type { ImagesOptions } from '../../__fixtures__/images-model.js';
import {
  BASE_IMAGE,
  INPUTS,
  resetRun,
  sagemaker,
  type Models,
  serveMyImage,
} from '../../__fixtures__/orchestration.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/register/main.js');

let models: Models;

/** Image my-image with versions 1 to 3 (CREATED, other base images). */
function given(options: ImagesOptions = {}): void {
  models = serveMyImage({ images: options });
}
/** Every request that would change something. */
const writes = (): string[] =>
  sagemaker
    .calls()
    .map((c) => (c.args[0] as object).constructor.name)
    .filter((name) => !/^(Describe|List)/.test(name));

beforeEach(() => {
  resetRun();
  given();
});

describe('dry-run with skip-if-unchanged, when the version exists', () => {
  it('reuses it and moves no alias', async () => {
    core.reset({
      ...INPUTS,
      'dry-run': 'true',
      'skip-if-unchanged': 'true',
      aliases: 'stable',
    });
    models.images.addVersion('my-image', { baseImage: BASE_IMAGE }); // version 4
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(writes()).toEqual([]);
    expect(core.outputs()).toMatchObject({ 'image-version': '4', created: 'false' });
    expect(models.images.versionsOf('my-image').map((v) => v.aliases)).toEqual([[], [], [], []]);
  });
});

describe('the step summary', () => {
  it('of a successful run is not titled as failed', async () => {
    core.reset(INPUTS);
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    const summary = core.summary.text();
    expect(summary.split('\n')[0]).toBe('### SageMaker image version my-image:4');
    expect(summary).not.toContain('failed');
    expect(summary).not.toMatch(/^> /m);
  });

  it('of a run that fails after creating its version says so, with the reason', async () => {
    core.reset({ ...INPUTS, 'wait-for-created': 'true' });
    given({ failBaseImagesContaining: BASE_IMAGE, failureReason: 'no pull access' });
    await run(fakeClock());
    expect(core.setFailed).toHaveBeenCalledTimes(1);
    const summary = core.summary.text();
    expect(summary.split('\n')[0]).toBe('### SageMaker image version my-image:4: failed');
    expect(summary).toMatch(/^> image version my-image:4 ended CREATE_FAILED: no pull access\./m);
    expect(summary).toContain('| Version | 4 (new) |');
    expect(models.images.versionsOf('my-image').at(-1)?.status).toBe('CREATE_FAILED');
  });
});
