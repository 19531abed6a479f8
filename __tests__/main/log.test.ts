// What main.ts tells the user on each path: the ClientToken and how it was derived, the groups the
// log folds into, the lines at each turn, the notice, and the account id masked before any request.
// Orchestration: @actions/core mocked and the SDK answered by the in-process images model (what the
// local endpoint runs on): image my-image with versions 1 to 3, the run makes version 4.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { CreateImageVersionCommand, UpdateImageVersionCommand } from '@aws-sdk/client-sagemaker';
import { fakeClock } from '../../__fixtures__/clock.js';
import * as core from '../../__fixtures__/core.js';
import {
  ARN,
  BASE_IMAGE,
  newModels,
  resetRun,
  sagemaker,
  sentTokens,
  serveModels,
  type Models,
  serveMyImage,
} from '../../__fixtures__/orchestration.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/register/main.js');

let models: Models;
/** The inputs of a run that waits for CREATED (wait-for-created left at its default). */
const INPUTS = {
  'image-name': 'my-image',
  'base-image': BASE_IMAGE,
  'aws-region': 'eu-west-1',
  preflight: 'off',
};
const infoLines = (): string[] => core.info.mock.calls.map(([line]) => line);
const groups = (): string[] => core.group.mock.calls.map(([name]) => name);
const TOKEN_LINE =
  /^ClientToken ([a-z0-9-]+) \(derived from run 987654321, commit 3f2a9c1d0e7b and the request; this is attempt (\d+): every attempt of this run with the same inputs gets the same version\)$/;

/** Image my-image with `versions` CREATED versions of other base images (the next is made CREATED at the first check). */
function given(versions = 3): void {
  models = serveMyImage({ versions });
}
/** A version that is created, then CREATED at the first check: version 4. */
const givenACreation = (): void => given();

/** Version 4 exists, CREATED from this base image (its container image: the same digest). */
function givenTheVersionExists(): void {
  given();
  models.images.addVersion('my-image', { baseImage: BASE_IMAGE });
}

beforeEach(() => {
  resetRun(); // run 987654321's first attempt, the summary file set
  given();
});

describe('the log of a run that creates a version', () => {
  it('says which token it derived, what it sends, and how long CREATED took', async () => {
    core.reset(INPUTS);
    givenACreation();
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    const lines = infoLines();
    const tokenLine = lines.find((line) => line.startsWith('ClientToken '));
    expect(tokenLine).toMatch(TOKEN_LINE);
    expect(TOKEN_LINE.exec(tokenLine ?? '')?.[2]).toBe('1');
    expect(lines.some((line) => line.startsWith('A re-run:'))).toBe(false);
    expect(lines).toEqual(
      expect.arrayContaining([
        `CreateImageVersion: image "my-image", base image "${BASE_IMAGE}", region eu-west-1`,
        `Image version 4: ${ARN}`,
        'CREATED after 1.0 s and 1 status check.',
      ]),
    );
    expect(groups()).toEqual(['Create the image version', 'Wait for version 4 to be CREATED']);
    expect(core.notice).toHaveBeenCalledWith(
      expect.stringMatching(/^Registered my-image version 4 /),
      {
        title: 'SageMaker image version',
      },
    );
  });

  it('names the tokens a re-run may send, and logs only the one it sends', async () => {
    core.reset(INPUTS);
    process.env.GITHUB_RUN_ATTEMPT = '2';
    givenACreation();
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    const lines = infoLines();
    const token = TOKEN_LINE.exec(lines.find((line) => line.startsWith('ClientToken ')) ?? '');
    expect(token?.[2]).toBe('2');
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^A re-run: this token is sent first, so the version an earlier attempt made is found; only if that version ended CREATE_FAILED is the next of 2 tokens sent \(987654321-3f2a9c1d0e7b-[0-9a-f]{10}-g1\)\.$/,
        ),
      ]),
    );
    // Generation 0's version is CREATED: the -g1 token is named as a possibility, never as sent.
    const [first] = sentTokens();
    expect(sentTokens()).toHaveLength(1);
    expect(lines.filter((line) => /ClientToken \S+-g1\b/.test(line))).toEqual([]);
    expect(lines).toEqual(
      expect.arrayContaining([
        `Sending CreateImageVersion with ClientToken ${first ?? ''}.`,
        `CreateImageVersion returned version 4 for ClientToken ${first ?? ''}.`,
      ]),
    );
    expect(core.outputs()['client-token']).toBe(first);
  });

  it('says the token came from client-token when set', async () => {
    core.reset({ ...INPUTS, 'client-token': 'release-2026-11-27' });
    givenACreation();
    await run(fakeClock());
    expect(core.info).toHaveBeenCalledWith(
      'ClientToken release-2026-11-27 (from input client-token)',
    );
    expect(infoLines().filter((line) => line.startsWith('ClientToken '))).toHaveLength(1);
  });

  it('needs no run id when client-token is set', async () => {
    core.reset({ ...INPUTS, 'client-token': 'release-2026-11-27' });
    const runId = process.env.GITHUB_RUN_ID;
    delete process.env.GITHUB_RUN_ID;
    try {
      givenACreation();
      await run(fakeClock());
    } finally {
      process.env.GITHUB_RUN_ID = runId;
    }
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(CreateImageVersionCommand)).toHaveLength(1);
  });

  it('masks the account id of the base image before the first request, even one that fails', async () => {
    core.reset({ ...INPUTS, 'mask-aws-account-id': 'true' });
    models = newModels(); // no image my-image: CreateImageVersion fails
    serveModels(models);
    await run(fakeClock());
    expect(core.setFailed).toHaveBeenCalled();
    expect(core.setSecret).toHaveBeenCalledWith('123456789012');
  });

  it('masks every account id of the inputs before an input error can print it', async () => {
    core.reset({
      ...INPUTS,
      'mask-aws-account-id': 'true',
      'base-image': '210987654321.dkr.ecr.eu-west-1.amazonaws.com/team/img:bad tag',
      'role-arn': 'arn:aws:iam::111122223333:role/Images',
    });
    await run(fakeClock());
    expect(core.setFailed).toHaveBeenCalledTimes(1);
    expect(core.setSecret).toHaveBeenCalledWith('210987654321');
    expect(core.setSecret).toHaveBeenCalledWith('111122223333');
    const masked = core.setSecret.mock.invocationCallOrder.at(-1) ?? 0;
    expect(masked).toBeLessThan(core.setFailed.mock.invocationCallOrder[0] ?? 0);
    expect(sagemaker.calls()).toHaveLength(0);
  });

  it('masks nothing without mask-aws-account-id', async () => {
    core.reset(INPUTS);
    givenACreation();
    await run(fakeClock());
    expect(core.setSecret).not.toHaveBeenCalled();
  });
});

describe('the log of a run that reuses a version', () => {
  it('folds each part into a group, applies the aliases, and titles the notice', async () => {
    core.reset({ ...INPUTS, 'skip-if-unchanged': 'true', aliases: 'stable\nlts' });
    givenTheVersionExists();
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(groups()).toEqual(['Look for a version of this base image', 'Apply the aliases']);
    expect(core.info).toHaveBeenCalledWith(
      'Version 4 already has this base image: reusing it, creating nothing.',
    );
    expect(core.info).not.toHaveBeenCalledWith(
      expect.stringContaining('compares tags by name only'),
    );
    expect(core.outputs()).toMatchObject({
      created: 'false',
      aliases: 'stable,lts',
      'image-version-status': 'CREATED',
      'container-image': BASE_IMAGE,
    });
    expect(core.notice).toHaveBeenCalledWith(
      'Reused my-image version 4: it already has this base image.',
      { title: 'SageMaker image version' },
    );
    const summary = core.summary.text();
    expect(summary).toContain('| Version | 4 (existing, reused) |');
    expect(summary).toContain('| Status | `CREATED` |');
    expect(summary).toContain(`| Container image | \`${BASE_IMAGE}\` |`);
    // No Studio section: the console link, then the empty section after one line break.
    expect(summary).toMatch(/\)\n\n$/);
    expect(models.images.versionsOf('my-image').at(-1)?.aliases).toEqual(['stable', 'lts']);
    expect(sagemaker.commandCalls(CreateImageVersionCommand)).toHaveLength(0);
  });

  it('applies no alias and opens no group for them when none are asked for', async () => {
    core.reset({ ...INPUTS, 'skip-if-unchanged': 'true' });
    givenTheVersionExists();
    await run(fakeClock());
    expect(groups()).toEqual(['Look for a version of this base image']);
    expect(sagemaker.commandCalls(UpdateImageVersionCommand)).toHaveLength(0);
  });

  it('warns that a tag is compared by name only', async () => {
    const tagged = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/img:v1';
    core.reset({ ...INPUTS, 'base-image': tagged, 'skip-if-unchanged': 'true' });
    given(0); // no version yet
    await run(fakeClock());
    expect(core.info).toHaveBeenCalledWith(
      'skip-if-unchanged compares tags by name only: a moved tag is not noticed. Pass a digest to be sure.',
    );
  });

  it('in a dry run says a real run would reuse it, and outputs it as not created', async () => {
    core.reset({ ...INPUTS, 'skip-if-unchanged': 'true', 'dry-run': 'true' });
    givenTheVersionExists();
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.info).toHaveBeenCalledWith(
      'Version 4 already has this base image: a real run would reuse it.',
    );
    const created = core.setOutput.mock.calls.filter(([name]) => name === 'created');
    expect(created.map(([, value]) => String(value))).toEqual(['false', 'false']);
  });
});
