// Skip-if-unchanged: reusing a version of the same base image, its aliases, one still CREATING.
// Orchestration: the flow in main.ts with @actions/core mocked and the SDK answered by the
// in-process images model (what the local endpoint runs on): image my-image, seeded per test with
// the versions it already holds. Each test reads the versions and aliases the model holds after.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  CreateImageVersionCommand,
  DescribeImageVersionCommand,
  UpdateImageVersionCommand,
} from '@aws-sdk/client-sagemaker';
import { fakeClock } from '../../__fixtures__/clock.js';
import * as core from '../../__fixtures__/core.js';
import type { VersionSeed } from '../../__fixtures__/images-model.js';
import {
  ARN,
  ARN_5,
  BASE_IMAGE,
  CONTAINER,
  INPUTS,
  newModels,
  resetRun,
  sagemaker,
  serveModels,
  WAIT,
  type Models,
} from '../../__fixtures__/orchestration.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/register/main.js');

let models: Models;

/** Image my-image holding these versions, numbered from 1 in order. */
function given(...seeds: VersionSeed[]): void {
  models = newModels();
  models.images.addImage('my-image');
  for (const seed of seeds) models.images.addVersion('my-image', seed);
  serveModels(models);
}
/** A CREATED version of another base image. */
const other = (n: number): VersionSeed => ({ baseImage: `old:${n}` });
/** The live versions of my-image: number, status and base image. */
const versions = (): { version: number; status: string; baseImage: string }[] =>
  models.images
    .versionsOf('my-image')
    .map(({ version, status, baseImage }) => ({ version, status, baseImage }));

beforeEach(resetRun);

describe('skip-if-unchanged', () => {
  it('outputs the newest CREATED version of the same base image and creates nothing', async () => {
    core.reset({ ...INPUTS, 'skip-if-unchanged': 'true' });
    // Version 4 was registered from a tag that resolved to this digest; version 5, of this very
    // digest, ended CREATE_FAILED.
    given(other(1), other(2), other(3), { baseImage: 'somewhere:tag', containerImage: CONTAINER });
    models.images.addVersion('my-image', { baseImage: BASE_IMAGE, status: 'CREATE_FAILED' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(CreateImageVersionCommand)).toHaveLength(0);
    expect(core.outputs()).toMatchObject({
      'image-version-arn': ARN,
      'image-version': '4',
      created: 'false',
    });
    expect(versions()).toHaveLength(5);
  });

  it('creates a version when the newest one has another image', async () => {
    core.reset({ ...INPUTS, 'skip-if-unchanged': 'true' });
    given(other(1), other(2), { baseImage: 'other:1' });
    await run(fakeClock());
    expect(sagemaker.commandCalls(CreateImageVersionCommand)).toHaveLength(1);
    expect(core.outputs().created).toBe('true');
    expect(versions().at(-1)).toEqual({ version: 4, status: 'CREATED', baseImage: BASE_IMAGE });
  });
});

describe('skip-if-unchanged with aliases', () => {
  it('adds the free aliases to the reused version and creates nothing', async () => {
    core.reset({ ...INPUTS, 'skip-if-unchanged': 'true', aliases: 'latest' });
    given(other(1), other(2), other(3), { baseImage: BASE_IMAGE });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(CreateImageVersionCommand)).toHaveLength(0);
    expect(sagemaker.commandCalls(UpdateImageVersionCommand).map((c) => c.args[0].input)).toEqual([
      { ImageName: 'my-image', Version: 4, AliasesToAdd: ['latest'] },
    ]);
    expect(models.images.versionsOf('my-image').map((v) => v.aliases)).toEqual([
      [],
      [],
      [],
      ['latest'],
    ]);
  });
});

describe('skip-if-unchanged and a version still CREATING', () => {
  it('waits for the matching CREATING version and reuses it, creating nothing', async () => {
    core.reset({ ...WAIT, 'skip-if-unchanged': 'true' });
    // Version 5 answers CREATING to two more status reads, then CREATED.
    given(other(1), other(2), other(3), other(4), { baseImage: BASE_IMAGE, creatingReads: 2 });
    const clock = fakeClock();
    await run(clock);
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(CreateImageVersionCommand)).toHaveLength(0);
    expect(core.outputs()).toMatchObject({ 'image-version': '5', created: 'false' });
    expect(clock.sleeps).toEqual([1000, 2500]); // the poll schedule of any wait
    expect(versions()).toHaveLength(5);
  });

  it('with wait-for-created: false, outputs it as CREATING and goes on without waiting', async () => {
    core.reset({ ...INPUTS, 'skip-if-unchanged': 'true', 'wait-for-created': 'false' });
    given(other(1), other(2), other(3), other(4), { baseImage: BASE_IMAGE, status: 'CREATING' });
    const clock = fakeClock();
    await run(clock);
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(CreateImageVersionCommand)).toHaveLength(0);
    // One read of version 5: no wait.
    expect(sagemaker.commandCalls(DescribeImageVersionCommand)).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
    expect(core.outputs()).toMatchObject({
      'image-version': '5',
      'image-version-arn': ARN_5,
      'image-version-status': 'CREATING',
      created: 'false',
    });
    expect(core.summary.text()).toContain('| Status | `CREATING` |');
  });

  it('creates a version when the matching CREATING one ends CREATE_FAILED', async () => {
    core.reset({ ...WAIT, 'skip-if-unchanged': 'true' });
    // Version 3, of this base image, answers CREATING to one more read, then CREATE_FAILED.
    given(other(1), other(2), { baseImage: BASE_IMAGE, status: 'CREATE_FAILED', creatingReads: 1 });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.outputs()).toMatchObject({ 'image-version': '4', created: 'true' });
    expect(versions().slice(2)).toEqual([
      { version: 3, status: 'CREATE_FAILED', baseImage: BASE_IMAGE },
      { version: 4, status: 'CREATED', baseImage: BASE_IMAGE },
    ]);
  });
});
