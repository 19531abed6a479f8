// The user-profile steps of ./studio against a scripted SageMaker: what is read (gone profiles left
// out), what is counted and said (names in debug output only), what is refused before anything is
// written with `user-profiles: all`, and what attaching writes to each profile's own list.
import { describe, expect, it, jest } from '@jest/globals';
import type {
  CustomImage,
  DescribeUserProfileResponse,
  UpdateUserProfileRequest,
} from '@aws-sdk/client-sagemaker';
import { unlessNotFound } from '../../src/aws/sagemaker-client.js';
import type { SessionInputs } from '../../src/inputs/common-inputs.js';
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
 * Each profile's answers to DescribeUserProfile in turn (the last repeats; undefined: not found; an Error: thrown).
 * UpdateUserProfile is kept: the next read answers InService with what it wrote.
 */
function scripted(profiles: Record<string, (DescribeUserProfileResponse | Error | undefined)[]>) {
  const describes: unknown[][] = [];
  const updates: [UpdateUserProfileRequest, unknown][] = [];
  const api = {
    listUserProfileNames: () => Promise.resolve(Object.keys(profiles)),
    unlessNotFound,
    describeUserProfile: (_client: unknown, domainId: string, name: string, naming: unknown) => {
      describes.push([domainId, name, naming]);
      const queue = profiles[name] ?? [];
      const answer = queue.length > 1 ? queue.shift() : queue[0];
      if (answer === undefined)
        return Promise.reject(Object.assign(new Error('gone'), { name: 'ResourceNotFound' }));
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    },
    updateUserProfile: (_client: unknown, request: UpdateUserProfileRequest, naming: unknown) => {
      updates.push([request, naming]);
      profiles[request.UserProfileName ?? ''] = [
        { Status: 'InService', UserSettings: request.UserSettings },
      ];
      return Promise.resolve();
    },
  };
  const session = testSession<SessionInputs>(
    { imageName: 'img', region: 'eu-west-1', waitTimeoutSeconds: 600, waitMaxDelaySeconds: 30 },
    api,
  );
  const debug = () => jest.mocked(session.report).debug.mock.calls.map(([line]) => line);
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

describe('attachToProfiles', () => {
  const GUARD = { allowRollback: false };
  const held = { ...ENTRY, ImageVersionNumber: 6 };

  it('writes each own list that lacks the entry, counts the rest, names people in debug output only', async () => {
    const run = scripted({
      alice: [profile('InService', [OTHER])],
      bob: [profile('InService')],
      carol: [profile('Deleting', [OTHER])],
      dave: [undefined],
      eve: [profile(undefined, [ENTRY])],
      frank: [profile('InService', [held])],
    });
    expect(await attachToProfiles(run.session, 'JupyterLab', 'd-1', ENTRY, GUARD)).toStrictEqual({
      domainId: 'd-1',
      withOwnList: 3,
      updated: 1,
      heldNewer: 1,
    });
    expect(run.updates).toStrictEqual([
      [
        {
          DomainId: 'd-1',
          UserProfileName: 'alice',
          UserSettings: { JupyterLabAppSettings: { CustomImages: [OTHER, ENTRY] } },
        },
        'unnamed',
      ],
    ]);
    expect(run.session.lines()).toStrictEqual([
      'Studio domain d-1, user profile 1 of 6: added to its own list.',
      'Studio domain d-1, user profile 5 of 6: its own list already had this entry.',
      "Studio domain d-1, user profile 6 of 6: stays on version 6, newer than this run's (allow-rollback is off).",
    ]);
    expect(run.debug()).toStrictEqual([
      'Studio domain d-1, user profile 1 of 6 is alice.',
      'Studio domain d-1, user profile 5 of 6 is eve.',
      'Studio domain d-1, user profile 6 of 6 is frank.',
    ]);
    expect(run.describes.every(([, , naming]) => naming === 'unnamed')).toBe(true);
  });

  it('waits out a Pending profile whose list needs the entry, then writes it', async () => {
    const run = scripted({
      alice: [profile('Pending', []), profile('Updating', []), profile('InService', [])],
    });
    expect(await attachToProfiles(run.session, 'JupyterLab', 'd-1', ENTRY, GUARD)).toStrictEqual({
      domainId: 'd-1',
      withOwnList: 1,
      updated: 1,
      heldNewer: 0,
    });
    expect(run.updates.map(([request]) => request.UserSettings)).toStrictEqual([
      { JupyterLabAppSettings: { CustomImages: [ENTRY] } },
    ]);
    expect(run.session.lines()).toStrictEqual([
      'Studio domain d-1, user profile 1 of 1: Updating after 1.0 s',
      'Studio domain d-1, user profile 1 of 1: InService after 3.5 s',
      'Studio domain d-1, user profile 1 of 1: added to its own list.',
    ]);
  });

  it('does not wait for a Pending profile whose list already has the entry', async () => {
    const run = scripted({ alice: [profile('Pending', [ENTRY]), profile('Failed', [ENTRY])] });
    expect(await attachToProfiles(run.session, 'JupyterLab', 'd-1', ENTRY, GUARD)).toStrictEqual({
      domainId: 'd-1',
      withOwnList: 1,
      updated: 0,
      heldNewer: 0,
    });
    expect(run.describes).toHaveLength(1);
  });

  it.each([
    ['gone', undefined, 'gone'],
    ['being deleted', profile('Deleting', []), 'Deleting'],
  ])('leaves a profile alone that is %s while it is waited for', async (_what, last, status) => {
    const run = scripted({ alice: [profile('Updating', []), last] });
    expect(await attachToProfiles(run.session, 'JupyterLab', 'd-1', ENTRY, GUARD)).toStrictEqual({
      domainId: 'd-1',
      withOwnList: 0,
      updated: 0,
      heldNewer: 0,
    });
    expect(run.updates).toStrictEqual([]);
    expect(run.session.lines()).toStrictEqual([
      `Studio domain d-1, user profile 1 of 1: ${status} after 1.0 s`,
    ]);
  });

  it.each([
    // Not read again: a profile that settles meanwhile is still refused (the run stops once).
    ['as first read', [profile('Update_Failed', []), profile('InService', [])]],
    ['after a wait', [profile('Pending', []), profile('Update_Failed', [])]],
  ])(
    'stops on a profile whose list needs the entry and that cannot be written, %s',
    async (_when, answers) => {
      const run = scripted({ alice: answers, bob: [profile('InService', [])] });
      await expect(
        attachToProfiles(run.session, 'JupyterLab', 'd-1', ENTRY, GUARD),
      ).rejects.toThrow(
        new Error(
          'Studio domain d-1, user profile 1 of 2 has a list of its own and is Update_Failed, so this image cannot be added to it; nothing was written to it. Fix that profile (the debug log names it: re-run with debug logging), or set `user-profiles: none`, then re-run.',
        ),
      );
      expect(run.updates).toStrictEqual([]);
    },
  );

  it('explains a read refused while waiting as DescribeUserProfile’s failure', async () => {
    const denied = Object.assign(new Error('no'), { name: 'AccessDeniedException' });
    const run = scripted({ alice: [profile('Pending', []), denied] });
    await expect(attachToProfiles(run.session, 'JupyterLab', 'd-1', ENTRY, GUARD)).rejects.toThrow(
      /^DescribeUserProfile for .* failed: /,
    );
  });

  it('stops on a list found full when written, naming the image, writing nothing', async () => {
    const run = scripted({ alice: [profile('InService', [1, 2, 3, 4, 5].map(filler))] });
    await expect(attachToProfiles(run.session, 'JupyterLab', 'd-1', ENTRY, GUARD)).rejects.toThrow(
      /^Studio domain "d-1": 1 user profile already holds 5 images .*so "img" cannot be added there/,
    );
    expect(run.updates).toStrictEqual([]);
  });

  it('says when a refused write meets another update under way (the status read once)', async () => {
    // Read to plan, read for the status after the refusal, read to plan again.
    const run = scripted({
      alice: [profile('InService', []), profile('Updating', []), profile('InService', [])],
    });
    const update = run.session.api.updateUserProfile;
    let refused = false;
    Object.assign(run.session.api, {
      updateUserProfile: (...args: Parameters<typeof update>) => {
        if (refused) return update(...args);
        refused = true;
        return Promise.reject(Object.assign(new Error('busy'), { name: 'ValidationException' }));
      },
    });
    expect(await attachToProfiles(run.session, 'JupyterLab', 'd-1', ENTRY, GUARD)).toStrictEqual({
      domainId: 'd-1',
      withOwnList: 1,
      updated: 1,
      heldNewer: 0,
    });
    expect(run.describes).toHaveLength(4);
    expect(run.session.lines()).toStrictEqual([
      'Studio domain d-1, user profile 1 of 1 is Updating (another update is under way), so UpdateUserProfile was refused; waiting for it.',
      'Studio domain d-1, user profile 1 of 1: the other update has settled; sending UpdateUserProfile again.',
      'Studio domain d-1, user profile 1 of 1: added to its own list.',
    ]);
  });

  it('skips a profile deleted while its write was refused, counting nothing', async () => {
    // Read to plan; after the refusal the status read and the read to plan again find it gone.
    const run = scripted({ alice: [profile('InService', []), undefined] });
    Object.assign(run.session.api, {
      updateUserProfile: () =>
        Promise.reject(Object.assign(new Error('busy'), { name: 'ValidationException' })),
    });
    expect(await attachToProfiles(run.session, 'JupyterLab', 'd-1', ENTRY, GUARD)).toStrictEqual({
      domainId: 'd-1',
      withOwnList: 0,
      updated: 0,
      heldNewer: 0,
    });
    expect(run.session.lines()).toStrictEqual([
      'Studio domain d-1, user profile 1 of 1: UpdateUserProfile was refused (ValidationException) and the profile has no status now (gone, or being replaced); reading it again.',
      'Studio domain d-1, user profile 1 of 1: deleted while this run wrote to it; nothing more to do there.',
    ]);
  });

  it('gives up when other writers overwrite the entry every time', async () => {
    const run = scripted({ alice: [profile('InService', [])] });
    Object.assign(run.session.api, { updateUserProfile: () => Promise.resolve() });
    await expect(attachToProfiles(run.session, 'JupyterLab', 'd-1', ENTRY, GUARD)).rejects.toThrow(
      new Error(
        "Studio domain d-1, user profile 1 of 1: other writers overwrote this image's entry 5 times in a row. Put the workflows that change this domain in one `concurrency:` group (see the action's docs/studio.md), then re-run.",
      ),
    );
  });
});
