// `./retire` through src/retire/main.ts: it reads what proves each version used or unused, plans,
// then retires only what it proved unused (or, in a dry run, only says so), and does nothing when
// a read fails. Orchestration: @actions/core mocked, the SDK answered by the in-process models the
// local endpoint runs on (images and versions, Studio); a test seeds what uses which version, runs,
// and reads from the models which versions are left. A mock is scripted only for what the models
// do not play: a refusal for want of permission, and a busy image the action waits out on its fake
// clock (the models' time is the wall clock); each such test says so.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  DeleteImageVersionCommand,
  DescribeDomainCommand,
  DescribeSpaceCommand,
  DescribeUserProfileCommand,
  ListAliasesCommand,
  ListAppsCommand,
  ListDomainsCommand,
  ListImageVersionsCommand,
  ListSpacesCommand,
  ListUserProfilesCommand,
  ResourceInUse,
  UpdateImageVersionCommand,
} from '@aws-sdk/client-sagemaker';
import { FAKE_EPOCH_MS, fakeClock } from '../../__fixtures__/clock.js';
import * as core from '../../__fixtures__/core.js';
import {
  byModels,
  newModels,
  resetRun,
  sagemaker,
  sentRequests,
  serveModels,
  serviceError,
  type Models,
} from '../../__fixtures__/orchestration.js';
import type { Settings } from '../../__fixtures__/studio-model.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/retire/main.js');

beforeEach(resetRun);

const VERSION_ARN = (v: number): string =>
  `arn:aws:sagemaker:eu-west-1:123456789012:image-version/my-image/${v}`;
const IMAGE_ARN = 'arn:aws:sagemaker:eu-west-1:123456789012:image/my-image';
// The ECR check after retention: __tests__/retire/main-ecr-check.test.ts turns it on.
const KEEP = {
  'image-name': 'my-image',
  'aws-region': 'eu-west-1',
  'keep-versions': '2',
  'ecr-check': 'off',
};
const KEEP_ONE = { ...KEEP, 'keep-versions': '1' };

const denied = (operation: string): Error =>
  serviceError(
    'AccessDeniedException',
    `User: arn:aws:sts::123456789012:assumed-role/gha/s is not authorized to perform: sagemaker:${operation} because no identity-based policy allows the sagemaker:${operation} action`,
  );
const pinIn = (version: number) => ({
  KernelGatewayAppSettings: {
    CustomImages: [{ ImageName: 'my-image', AppImageConfigName: 'c', ImageVersionNumber: version }],
  },
});
const deleted = (): number[] =>
  sagemaker.commandCalls(DeleteImageVersionCommand).map((c) => c.args[0].input.Version ?? 0);
const infoLines = (): string[] => core.info.mock.calls.map(([line]) => line);
const failure = (): string => String(core.setFailed.mock.calls[0]?.[0]);
const isWrite = (request: string): boolean => !/^(Describe|List)/.test(request);

let models: Models;
const DAY_MS = 86_400_000;
/** When version `v` was made: (100 - v) days before the fake clock's now. */
const madeAt = (v: number): number => FAKE_EPOCH_MS - (100 - v) * DAY_MS;
/** The versions of my-image left, and their vendor guidance, as the model holds them. */
const left = (): number[] => models.images.versionsOf('my-image').map((v) => v.version);
const guidance = (): Record<number, string | undefined> =>
  Object.fromEntries(
    models.images.versionsOf('my-image').map((v) => [v.version, v.vendorGuidance]),
  );

/**
 * Versions 1–4 exist, all old, on two of ListImageVersions' pages (three a page). Version 1 is
 * pinned by a space; nothing else holds it. Studio: one domain (two pages of user profiles: one a
 * page), one space (`spaceSettings`). `vendorGuidance`: a version's, set by an earlier run;
 * `made`: when a version was made, where not (100 - v) days ago.
 */
function givenFourVersions(
  spaceSettings: Settings = pinIn(1),
  vendorGuidance: Record<number, string> = {},
  made: Record<number, number> = {},
): void {
  models = newModels({ images: { pageSize: 3 }, studio: { pageSize: 1 } });
  models.images.addImage('my-image');
  for (const v of [1, 2, 3, 4]) {
    models.images.addVersion('my-image', {
      baseImage: `team/img:${v}`,
      createdAt: made[v] ?? madeAt(v),
      ...(vendorGuidance[v] === undefined ? {} : { vendorGuidance: vendorGuidance[v] }),
    });
  }
  models.studio.addDomain({ id: 'd-1' });
  models.studio.addUserProfile('d-1', 'alice');
  models.studio.addUserProfile('d-1', 'bob');
  models.studio.addSpace('d-1', 'lab', spaceSettings);
  serveModels(models);
}

describe('./retire', () => {
  it('reads every page, then deletes the unused old versions one at a time, after every read', async () => {
    core.reset(KEEP);
    givenFourVersions();
    await run(fakeClock());

    expect(core.setFailed).not.toHaveBeenCalled();
    expect(deleted()).toEqual([2]);
    expect(core.outputs()).toEqual({ 'retired-versions': '2' });
    expect(left()).toEqual([1, 3, 4]);
    const pages = sagemaker.commandCalls(ListImageVersionsCommand);
    expect(pages).toHaveLength(2);
    // The second page asked with the first page's token (the model's: where the page starts).
    expect(pages[1]?.args[0].input.NextToken).toBe('3');
    expect(sagemaker.commandCalls(DescribeUserProfileCommand).map((c) => c.args[0].input)).toEqual([
      { DomainId: 'd-1', UserProfileName: 'alice' },
      { DomainId: 'd-1', UserProfileName: 'bob' },
    ]);
    // Read, plan, then apply: the one write comes after every read.
    const requests = sentRequests();
    expect(requests[0]).toMatch(/^ListImageVersions /);
    expect(requests.findIndex(isWrite)).toBe(requests.length - 1);
    expect(requests.at(-1)).toBe('DeleteImageVersion {"ImageName":"my-image","Version":2}');
    const lines = infoLines();
    // The outcome comes last: no line of versions marked STABLE again in delete mode.
    expect(lines.at(-1)).toBe('Retired 1 version (deleted): 2.');
    expect(lines.some((l) => /^1 +CREATED .*d-1: 1 space +kept: in use in Studio$/.test(l))).toBe(
      true,
    );
    // The space's name goes to debug output only.
    expect(core.debug).toHaveBeenCalledWith('Version 1 is used by space lab in Studio domain d-1.');
    expect(lines.some((line) => line.includes('lab'))).toBe(false);
    // One summary, written once: the retention section alone (./retire made no version).
    expect(core.summary.write).toHaveBeenCalledTimes(1);
    const summary = core.summary.text();
    expect(summary).toContain('### Retention of my-image\n');
    expect(summary).not.toContain('### SageMaker image version');
    expect(summary).toContain('| 2 | CREATED |');
    expect(summary).toContain('retired (deleted)');
    expect(summary).toContain('its container image stays in ECR');
  });

  it('sends one request at a time', async () => {
    core.reset(KEEP);
    givenFourVersions();
    let inFlight = 0;
    let most = 0;
    const model = byModels(DescribeUserProfileCommand);
    sagemaker.on(DescribeUserProfileCommand).callsFake(async (input: object) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight--;
      return model(input);
    });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(most).toBe(1);
  });

  it('names the step after N, in the plural', async () => {
    core.reset(KEEP);
    givenFourVersions();
    await run(fakeClock());
    expect(core.group).toHaveBeenCalledWith(
      'Retention: keep the 2 newest CREATED versions',
      expect.any(Function),
    );
  });

  it('reads nothing more and retires nothing when no version is beyond the N newest', async () => {
    core.reset({ ...KEEP, 'keep-versions': '4' });
    givenFourVersions();
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(ListDomainsCommand)).toHaveLength(0);
    expect(sagemaker.commandCalls(ListAliasesCommand)).toHaveLength(0);
    expect(deleted()).toEqual([]);
    expect(left()).toEqual([1, 2, 3, 4]);
    expect(core.outputs()).toEqual({ 'retired-versions': '' });
    // Said once, and nothing of a dry run.
    expect(infoLines().filter((line) => line === 'Nothing to retire.')).toHaveLength(1);
    expect(infoLines().filter((line) => line.startsWith('Dry run'))).toEqual([]);
    // ./retire made no version: none is named as this run's.
    expect(core.summary.text()).toContain(
      '\nKeep the 4 newest CREATED versions older than 24h, and every version younger than that; delete older ones',
    );
    expect(core.summary.text()).toContain(
      'Nothing could be retired, so aliases and Studio were not read.',
    );
  });

  it('needs no run identity: it creates nothing', async () => {
    delete process.env.GITHUB_SHA;
    delete process.env.GITHUB_RUN_ID;
    core.reset(KEEP);
    givenFourVersions();
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(deleted()).toEqual([2]);
  });
});

describe('./retire never retires a version in use', () => {
  /** Versions 1–4, old; keep 1, so 4 is kept by count and 1–3 are retired unless something uses them. */
  function givenNothingInUse(): void {
    givenFourVersions({});
  }
  /** An app in space lab started at `createdAt` (default: now) with `spec`. */
  const app = (resourceSpec: Settings, createdAt?: number): void =>
    models.studio.addApp({
      domainId: 'd-1',
      spaceName: 'lab',
      appType: 'JupyterLab',
      appName: 'default',
      resourceSpec,
      ...(createdAt === undefined ? {} : { createdAt }),
    });

  it.each([
    [
      'an alias',
      () => {
        models.images.dispatch('UpdateImageVersion', {
          ImageName: 'my-image',
          Version: 2,
          AliasesToAdd: ['stable'],
        });
      },
      'holds alias "stable"',
    ],
    [
      "a domain's default user settings (a pinned entry)",
      () => models.studio.setDomainSettings('d-1', { defaultUserSettings: pinIn(2) }),
      'in use in Studio',
    ],
    [
      "a domain's default space settings (a default spec)",
      () =>
        models.studio.setDomainSettings('d-1', {
          defaultSpaceSettings: {
            JupyterLabAppSettings: {
              DefaultResourceSpec: { SageMakerImageVersionArn: VERSION_ARN(2) },
            },
          },
        }),
      'in use in Studio',
    ],
    [
      'a user profile (a pinned entry)',
      () => models.studio.setUserProfileSettings('d-1', 'alice', pinIn(2)),
      'in use in Studio',
    ],
    [
      "a space's default spec (its chosen image)",
      () =>
        models.studio.addSpace('d-1', 'lab', {
          JupyterLabAppSettings: {
            DefaultResourceSpec: {
              SageMakerImageArn: IMAGE_ARN,
              SageMakerImageVersionArn: VERSION_ARN(2),
            },
          },
        }),
      'in use in Studio',
    ],
    [
      'a running app',
      () => app({ SageMakerImageArn: IMAGE_ARN, SageMakerImageVersionArn: VERSION_ARN(2) }),
      'in use in Studio',
    ],
  ])('keeps the version %s names', async (_place, given, reason) => {
    core.reset(KEEP_ONE);
    givenNothingInUse();
    given();
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(deleted()).toEqual([1, 3]);
    expect(left()).toEqual([2, 4]);
    expect(core.outputs()).toEqual({ 'retired-versions': '1,3' });
    expect(infoLines().some((l) => l.startsWith('2 ') && l.endsWith(`kept: ${reason}`))).toBe(true);
  });

  it('keeps every version made before an app that names the image without a version started', async () => {
    core.reset(KEEP_ONE);
    givenNothingInUse();
    // Started an hour after version 2 was made (98 days ago): it may run 1 or 2.
    app({ SageMakerImageArn: IMAGE_ARN }, madeAt(2) + 3_600_000);
    await run(fakeClock());
    expect(deleted()).toEqual([3]);
    expect(left()).toEqual([1, 2, 4]);
  });

  it('keeps a version younger than keep-younger-than, which uses no slot', async () => {
    core.reset({ ...KEEP_ONE, 'keep-younger-than': '7d' });
    // Version 4 is young: made an hour ago.
    givenFourVersions({}, {}, { 4: FAKE_EPOCH_MS - 3_600_000 });
    await run(fakeClock());
    // 4 is young; 3 is the one kept by count.
    expect(deleted()).toEqual([1, 2]);
    expect(infoLines().some((l) => /^4 .*kept: younger than 7d$/.test(l))).toBe(true);
  });
});

describe('./retire proves a version unused or retires nothing', () => {
  it.each([
    [
      'ListImageVersions',
      (e: Error) => sagemaker.on(ListImageVersionsCommand).rejects(e),
      'the versions of image "my-image"',
      'SageMaker image "my-image"',
    ],
    [
      'ListAliases',
      (e: Error) => sagemaker.on(ListAliasesCommand).rejects(e),
      'the aliases of image "my-image"',
      'SageMaker image "my-image"',
    ],
    [
      'ListDomains',
      (e: Error) => sagemaker.on(ListDomainsCommand).rejects(e),
      'the Studio domains of the region',
      'the Studio domains',
    ],
    [
      'DescribeDomain',
      (e: Error) => sagemaker.on(DescribeDomainCommand).rejects(e),
      'the settings of Studio domain d-1',
      'Studio domain "d-1"',
    ],
    [
      'ListUserProfiles',
      (e: Error) => sagemaker.on(ListUserProfilesCommand).rejects(e),
      'the user profiles of Studio domain d-1',
      'the user profiles of Studio domain "d-1"',
    ],
    [
      'DescribeUserProfile',
      (e: Error) => sagemaker.on(DescribeUserProfileCommand).rejects(e),
      'a user profile of Studio domain d-1',
      'a user profile of Studio domain "d-1"',
    ],
    [
      'ListSpaces',
      (e: Error) => sagemaker.on(ListSpacesCommand).rejects(e),
      'the spaces of Studio domain d-1',
      'the Studio spaces of Studio domain "d-1"',
    ],
    [
      'DescribeSpace',
      (e: Error) => sagemaker.on(DescribeSpaceCommand).rejects(e),
      'a space of Studio domain d-1',
      'a Studio space of Studio domain "d-1"',
    ],
    [
      'ListApps',
      (e: Error) => sagemaker.on(ListAppsCommand).rejects(e),
      'the apps of Studio domain d-1',
      'the Studio apps of Studio domain "d-1"',
    ],
  ] as const)(
    'retires nothing when %s is denied, and names what it read and the permission',
    async (operation, deny, what, subject) => {
      core.reset(KEEP);
      givenFourVersions();
      deny(denied(operation));
      await run(fakeClock());

      expect(sentRequests().filter(isWrite)).toEqual([]);
      expect(core.setFailed).toHaveBeenCalledTimes(1);
      expect(failure()).toContain(
        `No image version was retired: to prove which versions are in use, retention must read ${what}, and ${operation} for ${subject} in eu-west-1 failed: `,
      );
      expect(failure()).toContain(
        `the credentials are not allowed to call sagemaker:${operation}. Grant sagemaker:${operation}`,
      );
      // People's names stay out of the message: profiles and spaces go by their domain.
      expect(failure()).not.toMatch(/alice|bob|\blab\b/);
      // The Retention group says what it reads before the read that fails: it is never empty.
      expect(core.info).toHaveBeenCalledWith(
        'Reading the versions of my-image, and every Studio domain, user profile, space and app of eu-west-1, to find the versions in use.',
      );
      expect(core.outputs()['retired-versions'] ?? '').toBe('');
      expect(core.summary.write).toHaveBeenCalledTimes(1);
      expect(core.summary.text()).toContain(
        '### Retention failed\n\n> No image version was retired',
      );
      expect(core.summary.text()).toContain('Nothing else was changed before it failed.');
    },
  );

  it('keeps a profile name in AWS own words out of the message', async () => {
    core.reset(KEEP);
    givenFourVersions();
    sagemaker
      .on(DescribeUserProfileCommand)
      .rejects(
        serviceError(
          'AccessDeniedException',
          'User: arn:aws:sts::123456789012:assumed-role/gha/s is not authorized to perform: sagemaker:DescribeUserProfile on resource: arn:aws:sagemaker:eu-west-1:123456789012:user-profile/d-1/alice because no identity-based policy allows it',
        ),
      );
    await run(fakeClock());
    expect(failure()).toContain(
      'on resource: arn:aws:sagemaker:eu-west-1:123456789012:user-profile/d-1/… because',
    );
    expect(failure()).not.toContain('alice');
  });

  it('lists every input problem at once, before any request', async () => {
    core.reset({ 'aws-region': 'eu-west-1', 'keep-versions': '0', 'retention-action': 'shred' });
    await run(fakeClock());
    expect(sagemaker.calls()).toHaveLength(0);
    expect(failure()).toMatch(/^Invalid inputs; nothing was sent to AWS:\n/);
    expect(failure()).toContain('Input `image-name` is required and was empty.');
    expect(failure()).toContain('`keep-versions`');
    expect(failure()).toContain('`retention-action`');
    expect(core.summary.write).toHaveBeenCalledTimes(1);
    expect(core.summary.text()).toMatch(/^\n### .*\n\n> Invalid inputs; nothing was sent to AWS:/);
  });
});

describe('./retire when a write fails part-way', () => {
  it('names the step after N, and says what it retired', async () => {
    core.reset(KEEP_ONE);
    givenFourVersions({});
    // Scripted: the second delete refused for want of permission.
    sagemaker
      .on(DeleteImageVersionCommand)
      .callsFakeOnce(byModels(DeleteImageVersionCommand))
      .rejects(denied('DeleteImageVersion'));
    await run(fakeClock());
    expect(left()).toEqual([2, 3, 4]);
    expect(core.group).toHaveBeenCalledWith(
      'Retention: keep the 1 newest CREATED version',
      expect.any(Function),
    );
    expect(core.outputs()['retired-versions']).toBe('1');
    expect(failure()).toMatch(
      /^Retention stopped after retiring version 1: DeleteImageVersion for SageMaker image "my-image" in eu-west-1 failed: the credentials are not allowed to call sagemaker:DeleteImageVersion\./,
    );
    // One summary, written once: retention named as the part that failed, with what it retired.
    expect(core.summary.write).toHaveBeenCalledTimes(1);
    const summary = core.summary.text();
    expect(summary).toContain(
      '### Retention failed\n\n> Retention stopped after retiring version 1',
    );
    expect(summary).toContain('- versions retired: 1');
  });

  it('says which versions it retired, in the plural, when a third write fails', async () => {
    core.reset(KEEP_ONE);
    givenFourVersions({});
    // Scripted: the third delete refused for want of permission.
    sagemaker
      .on(DeleteImageVersionCommand)
      .callsFakeOnce(byModels(DeleteImageVersionCommand))
      .callsFakeOnce(byModels(DeleteImageVersionCommand))
      .rejects(denied('DeleteImageVersion'));
    await run(fakeClock());
    expect(deleted()).toEqual([1, 2, 3]);
    expect(left()).toEqual([3, 4]);
    expect(core.outputs()['retired-versions']).toBe('1,2');
    expect(failure()).toMatch(
      /^Retention stopped after retiring versions 1, 2: DeleteImageVersion for SageMaker image "my-image" in eu-west-1 failed: /,
    );
  });

  it('waits out a busy image between deletions', async () => {
    core.reset(KEEP_ONE);
    givenFourVersions();
    // Scripted: the busy image, once. The model plays one (deletionsOneAtATime) on the wall clock,
    // which the action's fake clock does not advance.
    sagemaker
      .on(DeleteImageVersionCommand)
      .rejectsOnce(
        new ResourceInUse({
          message:
            'ImageVersion (arn:aws:sagemaker:eu-west-1:123456789012:image-version/my-image/2) is being deleted.',
          $metadata: {},
        }),
      )
      .callsFake(byModels(DeleteImageVersionCommand));
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(deleted()).toEqual([2, 2, 3]);
    expect(left()).toEqual([1, 4]);
    expect(core.outputs()['retired-versions']).toBe('2,3');
    expect(core.info).toHaveBeenCalledWith(
      expect.stringMatching(
        /^The image is busy \(ImageVersion \(.*\/2\) is being deleted\); deleting version 2 again in 0\.8 s\.$/,
      ),
    );
  });

  it('skips a version someone else deleted meanwhile, and says what it retired when a write fails', async () => {
    core.reset(KEEP_ONE);
    givenFourVersions({});
    models.images.dispatch('DeleteImageVersion', { ImageName: 'my-image', Version: 1 });
    sagemaker
      .on(DeleteImageVersionCommand)
      .callsFakeOnce((input: object) => {
        // Someone else deletes version 2 between the list and this run's delete.
        models.images.dispatch('DeleteImageVersion', { ImageName: 'my-image', Version: 2 });
        return byModels(DeleteImageVersionCommand)(input);
      })
      // Scripted: the next delete refused for want of permission.
      .rejectsOnce(denied('DeleteImageVersion'));
    await run(fakeClock());
    expect(left()).toEqual([3, 4]);
    expect(deleted()).toEqual([2, 3]);
    expect(core.outputs()['retired-versions']).toBe('');
    expect(core.info).toHaveBeenCalledWith(
      'Version 2 is gone already (deleted by someone else meanwhile).',
    );
    expect(failure()).toMatch(
      /^No version was retired: DeleteImageVersion for SageMaker image "my-image" in eu-west-1 failed: the credentials are not allowed to call sagemaker:DeleteImageVersion\. Grant sagemaker:DeleteImageVersion on the image/,
    );
  });
});

describe('./retire in archive mode', () => {
  const ARCHIVE = { ...KEEP_ONE, 'retention-action': 'archive' };

  it('marks TO_BE_ARCHIVED, leaving versions already marked alone, and deletes nothing', async () => {
    core.reset(ARCHIVE);
    givenFourVersions({}, { 2: 'TO_BE_ARCHIVED' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(deleted()).toEqual([]);
    expect(guidance()).toEqual({
      1: 'TO_BE_ARCHIVED',
      2: 'TO_BE_ARCHIVED',
      3: 'TO_BE_ARCHIVED',
      4: undefined,
    });
    expect(sagemaker.commandCalls(UpdateImageVersionCommand).map((c) => c.args[0].input)).toEqual([
      { ImageName: 'my-image', Version: 1, VendorGuidance: 'TO_BE_ARCHIVED' },
      { ImageName: 'my-image', Version: 3, VendorGuidance: 'TO_BE_ARCHIVED' },
    ]);
    expect(core.outputs()['retired-versions']).toBe('1,3');
    expect(core.summary.text()).toContain('already TO_BE_ARCHIVED: no change');
    // Archive mode removes nothing, and its summary does not say it does.
    expect(core.summary.text()).not.toContain('removes the SageMaker image version');
    expect(core.summary.text()).toContain(
      'Retiring marks the SageMaker image version TO_BE_ARCHIVED only: the version stays',
    );
  });

  it('skips a version deleted between the list and its description', async () => {
    core.reset(ARCHIVE);
    givenFourVersions({});
    // Someone else deletes version 2 once this run listed the versions.
    const model = byModels(ListImageVersionsCommand);
    sagemaker.on(ListImageVersionsCommand).callsFake((input: object) => {
      const page = model(input);
      if ((input as { NextToken?: string }).NextToken !== undefined)
        models.images.dispatch('DeleteImageVersion', { ImageName: 'my-image', Version: 2 });
      return page;
    });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(guidance()).toEqual({ 1: 'TO_BE_ARCHIVED', 3: 'TO_BE_ARCHIVED', 4: undefined });
    expect(core.outputs()['retired-versions']).toBe('1,3');
    expect(core.info).toHaveBeenCalledWith(
      'Version 2 is gone already (deleted by someone else meanwhile).',
    );
  });

  it('marks a kept version carrying TO_BE_ARCHIVED STABLE again when it retires none', async () => {
    core.reset({ ...ARCHIVE, 'keep-versions': '4' });
    givenFourVersions(pinIn(1), { 2: 'TO_BE_ARCHIVED' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sentRequests().filter(isWrite)).toEqual([
      'UpdateImageVersion {"ImageName":"my-image","Version":2,"VendorGuidance":"STABLE"}',
    ]);
    expect(core.outputs()).toEqual({ 'retired-versions': '' });
    const said =
      'Marked STABLE again (kept, and marked TO_BE_ARCHIVED, which would archive them): 2.';
    expect(infoLines().filter((line) => line.startsWith('Marked STABLE again'))).toEqual([said]);
    expect(infoLines()).toContain('Nothing to retire.');
    expect(infoLines()).not.toContain(undefined);
  });

  it('marks a kept version carrying TO_BE_ARCHIVED STABLE again, before it retires any', async () => {
    core.reset(ARCHIVE);
    // Version 1 is pinned by the space, and was marked by an earlier run.
    givenFourVersions(pinIn(1), { 1: 'TO_BE_ARCHIVED' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sentRequests().filter(isWrite)).toEqual([
      'UpdateImageVersion {"ImageName":"my-image","Version":1,"VendorGuidance":"STABLE"}',
      'UpdateImageVersion {"ImageName":"my-image","Version":2,"VendorGuidance":"TO_BE_ARCHIVED"}',
      'UpdateImageVersion {"ImageName":"my-image","Version":3,"VendorGuidance":"TO_BE_ARCHIVED"}',
    ]);
    expect(core.outputs()['retired-versions']).toBe('2,3');
    expect(guidance()).toEqual({
      1: 'STABLE',
      2: 'TO_BE_ARCHIVED',
      3: 'TO_BE_ARCHIVED',
      4: undefined,
    });
  });
});

describe('./retire in a dry run', () => {
  it('says what it would retire, writes nothing, and sets retired-versions empty', async () => {
    core.reset({ ...KEEP, 'dry-run': 'true' });
    givenFourVersions();
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sentRequests().filter(isWrite)).toEqual([]);
    expect(left()).toEqual([1, 2, 3, 4]);
    expect(core.info).toHaveBeenCalledWith(
      'Dry run: nothing was changed. Would retire 1 version: 2.',
    );
    expect(core.info).toHaveBeenCalledWith(
      'DeleteImageVersion {"ImageName":"my-image","Version":2}',
    );
    // "Dry run: nothing was changed" is said once, with what it would retire.
    const lines = core.info.mock.calls.map(([line]) => String(line));
    expect(lines.filter((line) => line.startsWith('Dry run: nothing was changed'))).toHaveLength(1);
    expect(lines).toContain('These requests would be sent:');
    expect(core.outputs()).toEqual({ 'retired-versions': '' });
    expect(core.summary.text()).toContain(
      '### Retention of my-image (dry run): nothing was changed',
    );
  });

  it('plans with keep-versions 1 too: the newest old version is kept, the pinned one stays', async () => {
    core.reset({ ...KEEP_ONE, 'dry-run': 'true' });
    givenFourVersions();
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(deleted()).toEqual([]);
    expect(core.info).toHaveBeenCalledWith(
      'Dry run: nothing was changed. Would retire 2 versions: 2, 3.',
    );
  });

  it('says so when a real run would retire nothing', async () => {
    core.reset({ ...KEEP, 'keep-versions': '4', 'dry-run': 'true' });
    givenFourVersions();
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.info).toHaveBeenCalledWith(
      'Dry run: nothing was changed, and a real run would retire nothing.',
    );
  });

  /** Each printed request line as [operation, input]. */
  const printedRequests = (): [string, unknown][] =>
    infoLines()
      .filter((line) => /^[A-Z]\w+ \{/.test(line))
      .map((line) => [
        line.slice(0, line.indexOf(' ')),
        JSON.parse(line.slice(line.indexOf(' '))) as unknown,
      ]);
  /** Each write the mock received as [operation, input]. */
  const sentWrites = (): [string, unknown][] =>
    sagemaker
      .calls()
      .map((c) => c.args[0] as { constructor: { name: string }; input: object })
      .filter((command) => isWrite(command.constructor.name))
      .map((command) => [command.constructor.name.replace(/Command$/, ''), command.input]);

  it.each([
    ['delete', {}, ['DeleteImageVersion', 'DeleteImageVersion'], '1,3'],
    [
      'archive, with a kept version to mark STABLE again',
      { 'retention-action': 'archive' },
      ['UpdateImageVersion', 'UpdateImageVersion', 'UpdateImageVersion'],
      '1,3',
    ],
  ])(
    'prints exactly the writes a real run then sends (%s)',
    async (_mode, extra, operations, retired) => {
      const inputs = { ...KEEP_ONE, ...extra };
      // Nothing pins version 1; version 2 is held by an alias and was marked by an earlier run.
      givenFourVersions({}, { 2: 'TO_BE_ARCHIVED' });
      models.images.dispatch('UpdateImageVersion', {
        ImageName: 'my-image',
        Version: 2,
        AliasesToAdd: ['stable'],
      });
      core.reset({ ...inputs, 'dry-run': 'true' });
      await run(fakeClock());
      expect(core.setFailed).not.toHaveBeenCalled();
      expect(sentWrites()).toEqual([]);
      const printed = printedRequests();

      core.reset(inputs);
      sagemaker.resetHistory();
      await run(fakeClock());
      expect(core.setFailed).not.toHaveBeenCalled();
      expect(printed).toStrictEqual(sentWrites());
      expect(printed.map(([operation]) => operation)).toStrictEqual(operations);
      expect(core.outputs()['retired-versions']).toBe(retired);
    },
  );
});
