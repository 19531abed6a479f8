// `./studio`'s ECR check through src/studio/main.ts: before anything is written, the image of the
// version to release is read in ECR; Studio could not start one ECR no longer serves, so such a
// release changes nothing and says which domains were about to get it. Orchestration: @actions/core
// mocked, both SDK clients answered by the in-process models (images and versions, Studio, ECR).
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { fakeClock } from '../../__fixtures__/clock.js';
import * as core from '../../__fixtures__/core.js';
import { EcrModel, MEDIA } from '../../__fixtures__/ecr-model.js';
import { TEST_ACCOUNT } from '../../__fixtures__/images-model.js';
import { ARN_5, serveEcr } from '../../__fixtures__/orchestration.js';
import { INPUTS, resetStudioModels, sent } from '../../__fixtures__/studio-release.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/studio/main.js');

const REPO = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/img';
const failure = (): string => String(core.setFailed.mock.calls[0]?.[0]);

/** Version 5 of my-image runs an image of team/img that ECR holds, in `status`. */
function givenVersionFive(domainIds: string, status: 'ACTIVE' | 'ARCHIVED'): void {
  const models = resetStudioModels({
    ...INPUTS,
    'image-version-arn': ARN_5,
    'domain-ids': domainIds,
  });
  if (domainIds.includes('d-two')) models.studio.addDomain({ id: 'd-two' });
  const registry = new EcrModel(
    { standardImages: false },
    TEST_ACCOUNT,
    () => 'http://127.0.0.1',
    () => 'eu-west-1',
  );
  registry.addRepository('team/img');
  const digest = registry.putManifest(
    'team/img',
    { schemaVersion: 2, mediaType: MEDIA.dockerManifest },
    MEDIA.dockerManifest,
    'v5',
  );
  if (status === 'ARCHIVED') registry.setImageState('team/img', digest, { status: 'ARCHIVED' });
  models.images.addVersion('my-image', {
    baseImage: `${REPO}:v5`,
    containerImage: `${REPO}@${digest}`,
  });
  serveEcr(registry);
}

const WRITES = [
  'CreateAppImageConfig',
  'UpdateAppImageConfig',
  'UpdateDomain',
  'UpdateImageVersion',
];

beforeEach(() => {
  core.reset(INPUTS);
});

describe("./studio's ECR check", () => {
  it.each([
    ['d-one', 'Studio domain d-one, about to get it'],
    ['d-one,d-two', 'Studio domains d-one, d-two, about to get it'],
  ])(
    'refuses an archived image for %s, writing nothing, and names who was to get it',
    async (ids, users) => {
      givenVersionFive(ids, 'ARCHIVED');
      await run(fakeClock());
      expect(failure()).toMatch(
        new RegExp(
          `^Studio could not start this version, so nothing was changed: Version 5 \\(used by ${users}\\)`,
        ),
      );
      expect(sent().filter((operation) => WRITES.includes(operation))).toStrictEqual([]);
    },
  );

  it('releases a version whose image ECR serves', async () => {
    givenVersionFive('d-one', 'ACTIVE');
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sent()).toContain('UpdateDomain');
  });
});
