// The user-profile steps of ./studio against a scripted SageMaker: what is read (gone profiles left
// out), what is counted and said (names in debug output only), what is refused before anything is
// written with `user-profiles: all`, and what attaching writes to each profile's own list.
import { describe, expect, it } from '@jest/globals';
import type {
  CustomImage,
  DescribeUserProfileResponse,
  UpdateUserProfileRequest,
} from '@aws-sdk/client-sagemaker';
import { unlessNotFound } from '../../src/aws/sagemaker-client.js';
import type { StudioInputs } from '../../src/inputs/studio-inputs.js';
import { attachToProfiles, checkProfiles, readProfiles } from '../../src/studio/profiles.js';
import { testSession } from '../../__fixtures__/session.js';

const ENTRY: CustomImage = {
  ImageName: 'img',
  ImageVersionNumber: 4,
  AppImageConfigName: 'img-cfg',
};
const OTHER: CustomImage = { ImageName: 'other', AppImageConfigName: 'other-cfg' };
const filler = (n: number): CustomImage => ({ ImageName: `fill-${n}`, AppImageConfigName: 'c' });

/** A profile as DescribeUserProfile answers; `images` undefined: no list of its own. */
const profile = (
  Status: string | undefined,
  images?: CustomImage[],
): DescribeUserProfileResponse => ({
  ...(Status === undefined ? {} : { Status: Status as DescribeUserProfileResponse['Status'] }),
  UserSettings: images === undefined ? {} : { JupyterLabAppSettings: { CustomImages: images } },
});

/**
 * Each profile's answers to DescribeUserProfile in turn (the last repeats; undefined: not found).
 * UpdateUserProfile is kept: the next read answers InService with what it wrote.
 */
function scripted(profiles: Record<string, (DescribeUserProfileResponse | undefined)[]>) {
  const describes: unknown[][] = [];
  const updates: [UpdateUserProfileRequest, unknown][] = [];
  const api = {
    listUserProfileNames: async () => Object.keys(profiles),
    unlessNotFound,
    describeUserProfile: async (
      _client: unknown,
      domainId: string,
      name: string,
      naming: unknown,
    ) => {
      describes.push([domainId, name, naming]);
      const queue = profiles[name] ?? [];
      const answer = queue.length > 1 ? queue.shift() : queue[0];
      if (answer === undefined)
        throw Object.assign(new Error('gone'), { name: 'ResourceNotFound' });
      return answer;
    },
    updateUserProfile: async (
      _client: unknown,
      request: UpdateUserProfileRequest,
      naming: unknown,
    ) => {
      updates.push([request, naming]);
      profiles[request.UserProfileName ?? ''] = [
        { Status: 'InService', UserSettings: request.UserSettings },
      ];
    },
  };
  const session = testSession<StudioInputs>(
    { imageName: 'img', region: 'eu-west-1', waitTimeoutSeconds: 600, waitMaxDelaySeconds: 30 },
    api,
  );
  const debug = () => session.report.debug.mock.calls.map(([line]) => line);
  const warnings = () => session.report.warning.mock.calls.map(([line]) => line);
  return { session, describes, updates, debug, warnings };
}

const NONE = { appType: 'JupyterLab', userProfiles: 'none' } as const;
const ALL = { appType: 'JupyterLab', userProfiles: 'all' } as const;

describe('readProfiles', () => {
  it('describes every profile without naming it in errors, leaving out those gone meanwhile', async () => {
    const alice = profile('InService', []);
    const carol = profile('InService');
    const { session, describes } = scripted({ alice: [alice], bob: [undefined], carol: [carol] });
    expect(await readProfiles(session, 'd-1')).toStrictEqual([
      { name: 'alice', described: alice },
      { name: 'carol', described: carol },
    ]);
    expect(describes).toStrictEqual([
      ['d-1', 'alice', 'unnamed'],
      ['d-1', 'bob', 'unnamed'],
      ['d-1', 'carol', 'unnamed'],
    ]);
  });
});

describe('checkProfiles: what is counted and said', () => {
  const PATH = 'UserSettings.JupyterLabAppSettings.CustomImages';
  it.each([
    {
      shows: 'no list of their own: every profile sees the domain’s',
      studio: NONE,
      profiles: { alice: [profile('InService')] },
      info: [
        `Studio domain d-1: 0 of its 1 user profile have an image list of their own (${PATH}): every user profile sees the domain's list.`,
      ],
      warning: [],
      debug: [],
    },
    {
      shows: 'one with its own list and `none`: a warning, the name in debug output',
      studio: NONE,
      profiles: { alice: [profile('InService', [])], bob: [profile('InService')] },
      info: [],
      warning: [
        `Studio domain d-1: 1 of its 2 user profiles has an image list of its own (${PATH}), which Studio shows that user instead of the domain's, so they will not see this image. Set \`user-profiles: all\` to add it to those lists too (see docs/studio.md).`,
      ],
      debug: [`Studio domain d-1: user profiles with their own ${PATH}: alice.`],
    },
    {
      shows: 'two with their own lists and `all`: they get the image too',
      studio: ALL,
      profiles: { alice: [profile('InService', [])], bob: [profile(undefined, [OTHER])] },
      info: [
        `Studio domain d-1: 2 of its 2 user profiles have an image list of their own (${PATH}): this image goes into those lists too (user-profiles: all).`,
      ],
      warning: [],
      debug: [`Studio domain d-1: user profiles with their own ${PATH}: alice, bob.`],
    },
    {
      shows: 'two with `none`: those users',
      studio: NONE,
      profiles: { alice: [profile('InService', [])], bob: [profile('Failed', [OTHER])] },
      info: [],
      warning: [
        `Studio domain d-1: 2 of its 2 user profiles have an image list of their own (${PATH}), which Studio shows those users instead of the domain's, so they will not see this image. Set \`user-profiles: all\` to add it to those lists too (see docs/studio.md).`,
      ],
      debug: [`Studio domain d-1: user profiles with their own ${PATH}: alice, bob.`],
    },
  ])('$shows', async ({ studio, profiles, info, warning, debug }) => {
    const run = scripted(profiles);
    const reads = await checkProfiles(run.session, studio, 'd-1', ENTRY);
    expect(reads?.map((read) => read.name)).toStrictEqual(Object.keys(profiles));
    expect(run.session.lines()).toStrictEqual(info);
    expect(run.warnings()).toStrictEqual(warning);
    expect(run.debug()).toStrictEqual(debug);
  });
});

describe('checkProfiles with `user-profiles: all`: refused before anything is written', () => {
  it('stops on a profile with its own list that cannot be written, named by its place', async () => {
    const run = scripted({
      alice: [profile('Failed')],
      bob: [profile('InService', [])],
      carol: [profile('Update_Failed', [OTHER])],
    });
    await expect(checkProfiles(run.session, ALL, 'd-1', ENTRY)).rejects.toThrow(
      new Error(
        'Studio domain d-1, user profile 3 of 3 has a list of its own and is Update_Failed, so this image cannot be added to it; nothing was written to it. Fix that profile (the debug log names it: re-run with debug logging), or set `user-profiles: none`, then re-run.',
      ),
    );
  });

  it('lets a failed profile without a list of its own be (it sees the domain’s list)', async () => {
    const run = scripted({ alice: [profile('Failed')], bob: [profile('Pending', [])] });
    expect(await checkProfiles(run.session, ALL, 'd-1', ENTRY)).toStrictEqual([
      { name: 'alice', described: profile('Failed') },
      { name: 'bob', described: profile('Pending', []) },
    ]);
  });

  it('stops on a full list, naming the image', async () => {
    const run = scripted({ alice: [profile('InService', [1, 2, 3, 4, 5].map(filler))] });
    await expect(checkProfiles(run.session, ALL, 'd-1', ENTRY)).rejects.toThrow(
      /^Studio domain "d-1": 1 user profile already holds 5 images in its own UserSettings\.JupyterLabAppSettings\.CustomImages, and SageMaker allows at most 5 at a user profile, so "img" cannot be added there/,
    );
  });

  it('with `none`, a failed or full profile stops nothing', async () => {
    const run = scripted({
      alice: [profile('Failed', [])],
      bob: [profile('InService', [1, 2, 3, 4, 5].map(filler))],
    });
    expect(await checkProfiles(run.session, NONE, 'd-1', ENTRY)).toHaveLength(2);
  });
});
