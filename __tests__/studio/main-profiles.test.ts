// `./studio` and Studio user profiles with an image list of their own (`user-profiles`), and every
// unknown domain id named at once. Orchestration: src/studio/main.ts with @actions/core mocked and
// the SDK answered by the in-process models (images, versions, Studio), whose domain and profiles
// keep what the run writes. Scripted only: a profile's statuses over reads (the model's are on the
// wall clock), a lost answer, a permission refusal, and request ids (the models give none).
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  DescribeDomainCommand,
  DescribeUserProfileCommand,
  ListUserProfilesCommand,
  ResourceNotFound,
  UpdateDomainCommand,
  UpdateUserProfileCommand,
  type CustomImage,
  type UpdateUserProfileRequest,
  type UserSettings,
} from '@aws-sdk/client-sagemaker';
import { fakeClock } from '../../__fixtures__/clock.js';
import * as core from '../../__fixtures__/core.js';
import {
  byModels,
  failure,
  OTHER,
  sagemaker,
  serviceError,
} from '../../__fixtures__/orchestration.js';
import {
  INPUTS as STUDIO,
  mine,
  models,
  resetStudioModels,
  sent,
  VERSION_READS,
} from '../../__fixtures__/studio-release.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/studio/main.js');

const ALL = { ...STUDIO, 'user-profiles': 'all' };
const LIFECYCLE = ['arn:aws:sagemaker:eu-west-1:123456789012:studio-lifecycle-config/setup'];
/** People's names: none may reach the log, an annotation, the summary or a failure. */
const NAMES = /alice|bob|carol|dave/;

/** A list of the profile's own, with settings beside it that must survive the write. */
const ownList = (images: CustomImage[]): UserSettings => ({
  JupyterLabAppSettings: { CustomImages: images, LifecycleConfigArns: LIFECYCLE },
});

interface Scene {
  /** Each profile's settings as the model holds them now. */
  readonly profiles: Record<string, UserSettings | undefined>;
  /** The UpdateUserProfile requests sent, in order. */
  readonly profileWrites: UpdateUserProfileRequest[];
}

/**
 * Version 4 is CREATED (the image's newest), no AppImageConfig yet, domain d-one with OTHER in its
 * user list, and its user profiles with `profiles`' settings; the models keep what UpdateDomain and
 * UpdateUserProfile send. `status`: what DescribeUserProfile says of a profile's status, in turn
 * (the last one repeats; scripted over the model's answer).
 */
function given(
  profiles: Record<string, UserSettings>,
  status: Record<string, string[]> = {},
): Scene {
  models.studio.setDomainSettings('d-one', {
    defaultUserSettings: { JupyterLabAppSettings: { CustomImages: [OTHER] } },
  });
  for (const [name, settings] of Object.entries(profiles))
    models.studio.addUserProfile('d-one', name, settings as Record<string, unknown>);
  if (Object.keys(status).length > 0) {
    const model = byModels(DescribeUserProfileCommand);
    sagemaker.on(DescribeUserProfileCommand).callsFake((input: object) => {
      const queue = status[(input as { UserProfileName: string }).UserProfileName] ?? [];
      const Status = (queue.length > 1 ? queue.shift() : queue[0]) ?? 'InService';
      return { ...(model(input) as object), Status };
    });
  }
  return {
    profiles: new Proxy(
      {},
      {
        get: (_, name) => models.studio.userProfileSettings('d-one', String(name)),
      },
    ),
    get profileWrites() {
      return sagemaker.commandCalls(UpdateUserProfileCommand).map((c) => c.args[0].input);
    },
  };
}

/** Everything the run said where people read it: log lines, annotations, summary, failure. */
function everythingShown(): string {
  return [
    ...core.info.mock.calls.map(([line]) => line),
    ...core.warning.mock.calls.map(([message]) => String(message)),
    ...core.notice.mock.calls.map(([message]) => String(message)),
    ...core.setFailed.mock.calls.map(([message]) => String(message)),
    core.summary.text(),
  ].join('\n');
}
/** Sends nothing that changes anything. */
const wroteNothing = (): boolean => sent().every((op) => /^(Describe|List)/.test(op));
const debugLines = (): string[] => core.debug.mock.calls.map(([line]) => line);

beforeEach(() => {
  resetStudioModels();
});

describe('user profiles with their own list, by default (user-profiles: none)', () => {
  it('are read before anything is written, counted in a warning and the summary, never named', async () => {
    core.reset(STUDIO);
    given({
      alice: ownList([OTHER]),
      bob: {},
      carol: { JupyterLabAppSettings: { CustomImages: [] } },
    });
    await run(fakeClock());

    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sent().slice(0, 8)).toEqual([
      ...VERSION_READS,
      'DescribeDomain',
      'ListUserProfiles',
      'DescribeUserProfile',
      'DescribeUserProfile',
      'DescribeUserProfile',
      'DescribeAppImageConfig',
    ]);
    expect(sent().indexOf('CreateAppImageConfig')).toBeGreaterThan(7);
    expect(core.warning).toHaveBeenCalledWith(
      "Studio domain d-one: 2 of its 3 user profiles have an image list of their own (UserSettings.JupyterLabAppSettings.CustomImages), which Studio shows those users instead of the domain's, so they will not see this image. Set `user-profiles: all` to add it to those lists too (see docs/studio.md).",
    );
    expect(sagemaker.commandCalls(UpdateUserProfileCommand)).toHaveLength(0);
    expect(core.summary.text()).toContain(
      "User profiles with their own JupyterLab image list (`user-profiles: none`): `d-one` 2; they see that list, not the domain's, so not this image.",
    );
    expect(everythingShown()).not.toMatch(NAMES);
    expect(debugLines()).toContain(
      'Studio domain d-one: user profiles with their own UserSettings.JupyterLabAppSettings.CustomImages: alice, carol.',
    );
  });

  it('says so in one line when no profile has a list of its own', async () => {
    core.reset(STUDIO);
    given({ bob: {} });
    await run(fakeClock());
    expect(core.warning).not.toHaveBeenCalled();
    expect(core.info).toHaveBeenCalledWith(
      "Studio domain d-one: 0 of its 1 user profile have an image list of their own (UserSettings.JupyterLabAppSettings.CustomImages): every user profile sees the domain's list.",
    );
  });

  it('warns and goes on when the profiles may not be read', async () => {
    core.reset(STUDIO);
    given({ alice: ownList([OTHER]) });
    sagemaker
      .on(ListUserProfilesCommand)
      .rejects(
        serviceError(
          'AccessDeniedException',
          'not authorized to perform: sagemaker:ListUserProfiles',
        ),
      );
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.warning).toHaveBeenCalledWith(
      "Studio domain d-one: its user profiles could not be read (AccessDeniedException), so it is not known how many have an image list of their own, which hides the domain's. Grant sagemaker:ListUserProfiles and sagemaker:DescribeUserProfile to know (docs/iam.md).",
    );
    expect(sagemaker.commandCalls(UpdateDomainCommand)).toHaveLength(1);
    expect(core.summary.text()).toContain('`d-one` not read');
  });
});

describe('user-profiles: all', () => {
  it('adds the entry to each own list, sending the member back whole, and leaves the rest alone', async () => {
    core.reset(ALL);
    const scene = given({
      alice: ownList([OTHER]),
      bob: {},
      carol: { JupyterLabAppSettings: { CustomImages: [] } },
    });
    await run(fakeClock());

    expect(core.setFailed).not.toHaveBeenCalled();
    expect(scene.profileWrites).toStrictEqual([
      {
        DomainId: 'd-one',
        UserProfileName: 'alice',
        UserSettings: {
          JupyterLabAppSettings: { CustomImages: [OTHER, mine(4)], LifecycleConfigArns: LIFECYCLE },
        },
      },
      {
        DomainId: 'd-one',
        UserProfileName: 'carol',
        UserSettings: { JupyterLabAppSettings: { CustomImages: [mine(4)] } },
      },
    ]);
    expect(scene.profiles.bob).toEqual({});
    expect(scene.profiles.alice).toEqual(ownList([OTHER, mine(4)]));
    expect(scene.profiles.carol).toEqual({ JupyterLabAppSettings: { CustomImages: [mine(4)] } });
    // After the domain; each written profile is read back.
    const ops = sent();
    expect(ops.indexOf('UpdateUserProfile')).toBeGreaterThan(ops.lastIndexOf('UpdateDomain'));
    expect(ops.slice(ops.lastIndexOf('DescribeDomain') + 1)).toEqual([
      // Newest wins: the newest CREATED version read again before the profiles' writes.
      'ListImageVersions',
      'ListUserProfiles',
      'DescribeUserProfile',
      'UpdateUserProfile',
      'DescribeUserProfile',
      'DescribeUserProfile',
      'DescribeUserProfile',
      'UpdateUserProfile',
      'DescribeUserProfile',
    ]);
    expect(core.info).toHaveBeenCalledWith(
      'Studio domain d-one, user profile 1 of 3: added to its own list.',
    );
    expect(core.summary.text()).toContain('`d-one` 2 (2 changed)');
    expect(core.outputs()['domains-updated']).toBe('d-one');
    expect(everythingShown()).not.toMatch(NAMES);
  });

  it('writes nothing on a re-run: every own list already has the entry', async () => {
    core.reset(ALL);
    const scene = given({ alice: ownList([OTHER, mine(4)]) });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(scene.profileWrites).toHaveLength(0);
    expect(core.info).toHaveBeenCalledWith(
      'Studio domain d-one, user profile 1 of 1: its own list already had this entry.',
    );
  });

  it('never moves an own list to an older version, and says so (newest wins)', async () => {
    core.reset(ALL);
    const scene = given({ alice: ownList([mine(5)]) });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(scene.profileWrites).toHaveLength(0);
    expect(scene.profiles.alice).toEqual(ownList([mine(5)]));
    expect(core.notice).toHaveBeenCalledWith(
      expect.stringContaining('1 user profile of d-one stays on a newer version in its own list'),
      { title: 'Newest version wins' },
    );
  });

  it('fails before anything is written when own lists are full, counting them, naming no one', async () => {
    core.reset(ALL);
    const five = Array.from({ length: 5 }, (_, i) => ({
      ImageName: `i${i}`,
      AppImageConfigName: `c${i}`,
    }));
    given({ alice: ownList(five), bob: ownList(five), carol: ownList([OTHER]) });
    await run(fakeClock());
    expect(failure()).toBe(
      'Studio domain "d-one": 2 user profiles already hold 5 images in their own UserSettings.JupyterLabAppSettings.CustomImages, and SageMaker allows at most 5 at a user profile, so "my-image" cannot be added there; nothing was written to them. Remove images from those lists (the debug log names the profiles: re-run with debug logging), or set `user-profiles: none`.',
    );
    expect(wroteNothing()).toBe(true);
    expect(everythingShown()).not.toMatch(NAMES);
  });

  it('fails before anything is written when the profiles may not be read', async () => {
    core.reset(ALL);
    given({ alice: ownList([OTHER]) });
    sagemaker
      .on(DescribeUserProfileCommand)
      .rejects(
        serviceError(
          'AccessDeniedException',
          'is not authorized to perform: sagemaker:DescribeUserProfile on resource: arn:aws:sagemaker:eu-west-1:123456789012:user-profile/d-one/alice',
        ),
      );
    await run(fakeClock());
    expect(failure()).toMatch(
      /^DescribeUserProfile for a user profile of Studio domain "d-one" in eu-west-1 failed: the credentials are not allowed to call sagemaker:DescribeUserProfile\./,
    );
    expect(wroteNothing()).toBe(true);
    expect(everythingShown()).not.toMatch(NAMES);
  });

  it('writes again, from a new read, when another writer saved the profile from an older read', async () => {
    core.reset(ALL);
    const scene = given({ alice: ownList([OTHER]) });
    // The first write is lost to another writer, who adds their own image meanwhile.
    const theirs: CustomImage = { ImageName: 'theirs', AppImageConfigName: 'other' };
    models.images.addImage('theirs');
    models.studio.after('UpdateUserProfile', (domainId) =>
      models.studio.setUserProfileSettings(
        domainId,
        'alice',
        ownList([OTHER, theirs]) as Record<string, unknown>,
      ),
    );
    await run(fakeClock());
    expect(scene.profiles.alice).toEqual(ownList([OTHER, theirs, mine(4)]));
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(
      scene.profileWrites.map((w) => w.UserSettings?.JupyterLabAppSettings?.CustomImages),
    ).toStrictEqual([
      [OTHER, mine(4)],
      [OTHER, theirs, mine(4)],
    ]);
    expect(core.info).toHaveBeenCalledWith(
      "Studio domain d-one, user profile 1 of 1: this image's entry is missing or wrong after the update (another writer saved the settings from an older read); writing it again.",
    );
  });

  it('never resends a write whose answer was lost: it reads the profile again', async () => {
    core.reset(ALL);
    const scene = given({ alice: ownList([OTHER]) });
    // The write lands; its answer is lost.
    const model = byModels(UpdateUserProfileCommand);
    sagemaker.on(UpdateUserProfileCommand).callsFake((input: object) => {
      model(input);
      throw serviceError('ThrottlingException', 'Rate exceeded');
    });
    await run(fakeClock());
    expect(scene.profiles.alice).toEqual(ownList([OTHER, mine(4)]));
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(scene.profileWrites).toHaveLength(1);
    expect(core.info).toHaveBeenCalledWith(
      expect.stringMatching(
        /^Studio domain d-one, user profile 1 of 1: UpdateUserProfile got no clear answer \(ThrottlingException\); reading the profile again in \d\.\d s to see what it holds\.$/,
      ),
    );
  });

  it('waits for a profile that is Updating before writing it', async () => {
    core.reset(ALL);
    const scene = given(
      { alice: ownList([OTHER]) },
      { alice: ['InService', 'Updating', 'Updating', 'InService'] },
    );
    const clock = fakeClock();
    await run(clock);
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(scene.profileWrites).toHaveLength(1);
    expect(scene.profiles.alice).toEqual(ownList([OTHER, mine(4)]));
    expect(clock.sleeps.length).toBeGreaterThan(0);
  });

  it('in a dry run, lists the UpdateUserProfile requests without the names, and writes nothing', async () => {
    core.reset({ ...ALL, 'dry-run': 'true' });
    given({ alice: ownList([OTHER]), bob: {} });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sent().filter((op) => !/^(Describe|List)/.test(op))).toEqual([]);
    const lines = core.info.mock.calls.map(([line]) => line);
    const planned = lines
      .filter((line) => /^[A-Z]\w+ \{/.test(line))
      .map((line) => line.split(' ')[0]);
    expect(planned).toEqual(['CreateAppImageConfig', 'UpdateDomain', 'UpdateUserProfile']);
    expect(lines).toContain(
      `UpdateUserProfile ${JSON.stringify({
        DomainId: 'd-one',
        UserProfileName: '(a user profile: its name is in the debug log)',
        UserSettings: {
          JupyterLabAppSettings: {
            CustomImages: [OTHER, mine(4)],
            LifecycleConfigArns: LIFECYCLE,
          },
        },
      })}`,
    );
    expect(core.summary.text()).toContain('3 requests would be sent');
    expect(core.summary.text()).toContain('`d-one` 1 (1 would change)');
    expect(everythingShown()).not.toMatch(NAMES);
    expect(debugLines()).toContain('Studio domain d-one, user profile 1 of 2 is alice.');
  });
});

describe('domain-ids with unknown domains', () => {
  it('reads every domain and names every unknown one in one failure, before writing anything', async () => {
    core.reset({ ...STUDIO, 'domain-ids': 'd-nope001,d-nope002,d-one' });
    given({});
    // Scripted: the request ids the failure names (the models give none).
    const missing = (id: string): Error =>
      new ResourceNotFound({
        message: `Domain ${id} not found`,
        $metadata: { requestId: `r-${id}` },
      });
    sagemaker.on(DescribeDomainCommand, { DomainId: 'd-nope001' }).rejects(missing('d-nope001'));
    sagemaker.on(DescribeDomainCommand, { DomainId: 'd-nope002' }).rejects(missing('d-nope002'));
    await run(fakeClock());
    expect(core.setFailed).toHaveBeenCalledTimes(1);
    expect(failure()).toBe(
      'DescribeDomain for Studio domains "d-nope001" and "d-nope002" in eu-west-1 failed: these 2 Studio domains do not exist in eu-west-1, or these credentials cannot see them. Check `domain-ids` (`aws sagemaker list-domains` lists them) and `aws-region`; nothing was created. (ResourceNotFound for each; request ids r-d-nope001, r-d-nope002)',
    );
    expect(sent()).toEqual([
      ...VERSION_READS,
      'DescribeDomain',
      'DescribeDomain',
      'DescribeDomain',
    ]);
  });

  it('names the one unknown domain when only one is', async () => {
    core.reset({ ...STUDIO, 'domain-ids': 'd-nope001,d-one' });
    given({});
    await run(fakeClock());
    expect(failure()).toMatch(
      /^DescribeDomain for Studio domain "d-nope001" in eu-west-1 failed: the Studio domain "d-nope001" does not exist in eu-west-1/,
    );
    expect(sent()).toEqual([...VERSION_READS, 'DescribeDomain', 'DescribeDomain']);
  });
});
