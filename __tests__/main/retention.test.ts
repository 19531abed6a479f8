// Retention (keep-versions) through main.ts: runs last, and only when all else succeeded.
// Orchestration: the flow in main.ts with @actions/core and the SDK mocked.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  CreateImageVersionCommand,
  DeleteImageVersionCommand,
  DescribeDomainCommand,
  DescribeImageCommand,
  DescribeImageVersionCommand,
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
import { fakeClock } from '../../__fixtures__/clock.js';
import * as core from '../../__fixtures__/core.js';
import {
  ARN,
  BASE_IMAGE,
  INPUTS,
  listed,
  notFound,
  resetRun,
  sagemaker,
  serviceError,
  WAIT,
} from '../../__fixtures__/orchestration.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/register/main.js');

beforeEach(resetRun);

describe('retention (keep-versions)', () => {
  const KEEP = { ...WAIT, 'keep-versions': '2' };
  const denied = (operation: string): Error =>
    serviceError(
      'AccessDeniedException',
      `User: arn:aws:sts::123456789012:assumed-role/gha/s is not authorized to perform: sagemaker:${operation} because no identity-based policy allows the sagemaker:${operation} action`,
    );
  const pinIn = (version: number) => ({
    KernelGatewayAppSettings: {
      CustomImages: [
        { ImageName: 'my-image', AppImageConfigName: 'c', ImageVersionNumber: version },
      ],
    },
  });
  const deleted = (): number[] =>
    sagemaker.commandCalls(DeleteImageVersionCommand).map((c) => c.args[0].input.Version ?? 0);

  /**
   * Version 4 is created; versions 1–3 exist, two of ListImageVersions' pages. Version 1 is pinned
   * by a space; nothing else holds it. Studio: one domain (two pages of user profiles), one space.
   */
  function givenFourVersions(): void {
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
    sagemaker.on(DescribeImageVersionCommand).resolves({ ImageVersionStatus: 'CREATED' });
    sagemaker
      .on(ListImageVersionsCommand)
      .resolvesOnce({
        ImageVersions: [listed(4, 'CREATED', ARN), listed(3, 'CREATED', 'c')],
        NextToken: 'page-2',
      })
      .resolves({ ImageVersions: [listed(2, 'CREATED', 'b'), listed(1, 'CREATED', 'a')] });
    sagemaker.on(ListAliasesCommand).resolves({ SageMakerImageVersionAliases: [] });
    sagemaker.on(ListDomainsCommand).resolves({ Domains: [{ DomainId: 'd-1' }] });
    sagemaker.on(DescribeDomainCommand).resolves({ DefaultUserSettings: {} });
    sagemaker
      .on(ListUserProfilesCommand)
      .resolvesOnce({ UserProfiles: [{ UserProfileName: 'alice' }], NextToken: 'p2' })
      .resolves({ UserProfiles: [{ UserProfileName: 'bob' }] });
    sagemaker.on(DescribeUserProfileCommand).resolves({ UserSettings: {} });
    sagemaker.on(ListSpacesCommand).resolves({ Spaces: [{ SpaceName: 'lab' }] });
    sagemaker.on(DescribeSpaceCommand).resolves({ SpaceSettings: pinIn(1) });
    sagemaker.on(ListAppsCommand).resolves({ Apps: [] });
    sagemaker.on(DeleteImageVersionCommand).resolves({});
  }

  it('reads every page, then deletes the unused old versions one at a time, last', async () => {
    core.reset(KEEP);
    givenFourVersions();
    await run(fakeClock());

    expect(core.setFailed).not.toHaveBeenCalled();
    expect(deleted()).toEqual([2]);
    expect(core.outputs()['retired-versions']).toBe('2');
    expect(sagemaker.commandCalls(ListImageVersionsCommand)[1]?.args[0].input.NextToken).toBe(
      'page-2',
    );
    expect(sagemaker.commandCalls(DescribeUserProfileCommand).map((c) => c.args[0].input)).toEqual([
      { DomainId: 'd-1', UserProfileName: 'alice' },
      { DomainId: 'd-1', UserProfileName: 'bob' },
    ]);
    const order = sagemaker.calls().map((c) => (c.args[0] as object).constructor.name);
    expect(order.at(-1)).toBe('DeleteImageVersionCommand');
    // Last: after the wait (the only DescribeImageVersion calls here).
    expect(order.indexOf('ListImageVersionsCommand')).toBeGreaterThan(
      order.lastIndexOf('DescribeImageVersionCommand'),
    );
    const lines = core.info.mock.calls.map(([line]) => line);
    expect(lines).toContain('Retired 1 version (deleted): 2.');
    expect(lines.some((l) => /^1 +CREATED .*d-1: 1 space +kept: in use in Studio$/.test(l))).toBe(
      true,
    );
    expect(core.summary.text()).toContain('| 2 | CREATED |');
    expect(core.summary.text()).toContain('retired (deleted)');
    expect(core.summary.text()).toContain('its container image stays in ECR');
  });

  it('sends one request at a time', async () => {
    core.reset(KEEP);
    givenFourVersions();
    let inFlight = 0;
    let most = 0;
    sagemaker.on(DescribeUserProfileCommand).callsFake(async () => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight--;
      return { UserSettings: {} };
    });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(most).toBe(1);
  });

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

      expect(deleted()).toEqual([]);
      expect(core.setFailed).toHaveBeenCalledTimes(1);
      const message = String(core.setFailed.mock.calls[0]?.[0]);
      expect(message).toContain(
        `No image version was retired: to prove which versions are in use, retention must read ${what}, and ${operation} for ${subject} in eu-west-1 failed: `,
      );
      expect(message).toContain(
        `the credentials are not allowed to call sagemaker:${operation}. Grant sagemaker:${operation}`,
      );
      // People's names stay out of the message: profiles and spaces go by their domain.
      expect(message).not.toMatch(/alice|bob|\blab\b/);
      // The Retention group says what it reads before the read that fails: it is never empty.
      expect(core.info).toHaveBeenCalledWith(
        'Reading the versions of my-image, and every Studio domain, user profile, space and app of eu-west-1, to find the versions in use.',
      );
      // The version itself was registered: its outputs stand.
      expect(core.outputs()['image-version-arn']).toBe(ARN);
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
    const message = String(core.setFailed.mock.calls[0]?.[0]);
    expect(message).toContain(
      'on resource: arn:aws:sagemaker:eu-west-1:123456789012:user-profile/d-1/… because',
    );
    expect(message).not.toContain('alice');
  });

  it('names the step after N, and says what it retired when a later write fails', async () => {
    core.reset({ ...KEEP, 'keep-versions': '1' });
    givenFourVersions();
    sagemaker.on(DescribeSpaceCommand).resolves({ SpaceSettings: {} });
    sagemaker.on(DeleteImageVersionCommand).resolvesOnce({}).rejects(denied('DeleteImageVersion'));
    await run(fakeClock());
    expect(core.group).toHaveBeenCalledWith(
      'Retention: keep the 1 newest CREATED version',
      expect.any(Function),
    );
    expect(core.outputs()['retired-versions']).toBe('1');
    expect(String(core.setFailed.mock.calls[0]?.[0])).toMatch(
      /^Retention stopped after retiring version 1: DeleteImageVersion for SageMaker image "my-image" in eu-west-1 failed: the credentials are not allowed to call sagemaker:DeleteImageVersion\./,
    );
    // One summary, written once: the version as it is (CREATED, its title not "failed"), then
    // retention named as the part that failed, with what it retired.
    const summary = core.summary.text();
    expect(core.summary.write).toHaveBeenCalledTimes(1);
    expect(summary).toContain('### SageMaker image version my-image:4\n');
    expect(summary).toContain('| Status | `CREATED` |');
    expect(summary).not.toContain('my-image:4: failed');
    expect(summary).toContain(
      '### Retention failed\n\n> Retention stopped after retiring version 1',
    );
    expect(summary).toContain('- versions retired: 1');
  });

  it('says which versions it retired, in the plural, when a third write fails', async () => {
    core.reset({ ...KEEP, 'keep-versions': '1' });
    givenFourVersions();
    sagemaker.on(DescribeSpaceCommand).resolves({ SpaceSettings: {} });
    sagemaker
      .on(DeleteImageVersionCommand)
      .resolvesOnce({})
      .resolvesOnce({})
      .rejects(denied('DeleteImageVersion'));
    await run(fakeClock());
    expect(deleted()).toEqual([1, 2, 3]);
    expect(core.outputs()['retired-versions']).toBe('1,2');
    expect(String(core.setFailed.mock.calls[0]?.[0])).toMatch(
      /^Retention stopped after retiring versions 1, 2: DeleteImageVersion for SageMaker image "my-image" in eu-west-1 failed: /,
    );
  });

  it('in a dry run only says what it would retire', async () => {
    core.reset({ ...KEEP, 'keep-versions': '1', 'dry-run': 'true' });
    givenFourVersions();
    sagemaker.on(DescribeImageCommand).resolves({ ImageStatus: 'CREATED' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(deleted()).toEqual([]);
    expect(core.outputs()['retired-versions']).toBe('');
    // The version this run would create is young and uses no slot: version 4 is the one kept;
    // version 1 is pinned by a space.
    expect(core.info).toHaveBeenCalledWith(
      'Dry run: nothing was changed. Would retire 2 versions: 2, 3.',
    );
    expect(core.summary.text()).toContain(
      '### Retention of my-image (dry run): nothing was changed',
    );
  });

  it('says once that there is nothing to retire', async () => {
    core.reset({ ...KEEP, 'keep-versions': '4' });
    givenFourVersions();
    await run(fakeClock());
    const lines = core.info.mock.calls.map(([line]) => line);
    expect(lines.filter((line) => line === 'Nothing to retire.')).toHaveLength(1);
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

  it('waits out a busy image between deletions', async () => {
    core.reset({ ...KEEP, 'keep-versions': '1' });
    givenFourVersions();
    sagemaker
      .on(DeleteImageVersionCommand)
      .rejectsOnce(
        new ResourceInUse({
          message:
            'ImageVersion (arn:aws:sagemaker:eu-west-1:123456789012:image-version/my-image/2) is being deleted.',
          $metadata: {},
        }),
      )
      .resolves({});
    const clock = fakeClock();
    await run(clock);
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(deleted()).toEqual([2, 2, 3]);
    expect(core.outputs()['retired-versions']).toBe('2,3');
    expect(core.info).toHaveBeenCalledWith(
      expect.stringMatching(
        /^The image is busy \(ImageVersion \(.*\/2\) is being deleted\); deleting version 2 again in 0\.8 s\.$/,
      ),
    );
  });

  it('skips a version someone else deleted meanwhile, and says what it retired when a write fails', async () => {
    core.reset({ ...KEEP, 'keep-versions': '1' });
    givenFourVersions();
    sagemaker
      .on(DeleteImageVersionCommand)
      .rejectsOnce(notFound())
      .rejectsOnce(denied('DeleteImageVersion'));
    sagemaker.on(ListImageVersionsCommand).resolves({
      ImageVersions: [
        listed(4, 'CREATED', ARN),
        listed(3, 'CREATED', 'c'),
        listed(2, 'CREATED', 'b'),
      ],
    });
    sagemaker.on(DescribeSpaceCommand).resolves({ SpaceSettings: {} });
    await run(fakeClock());
    expect(deleted()).toEqual([2, 3]);
    expect(core.outputs()['retired-versions']).toBe('');
    expect(core.info).toHaveBeenCalledWith(
      'Version 2 is gone already (deleted by someone else meanwhile).',
    );
    expect(String(core.setFailed.mock.calls[0]?.[0])).toMatch(
      /^No version was retired: DeleteImageVersion for SageMaker image "my-image" in eu-west-1 failed: the credentials are not allowed to call sagemaker:DeleteImageVersion\. Grant sagemaker:DeleteImageVersion on the image/,
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
    expect(core.outputs()['retired-versions']).toBe('');
    expect(core.info).toHaveBeenCalledWith('Nothing to retire.');
  });

  it('archive mode marks TO_BE_ARCHIVED, leaving versions already marked alone', async () => {
    core.reset({ ...KEEP, 'keep-versions': '1', 'retention-action': 'archive' });
    givenFourVersions();
    sagemaker.on(DescribeSpaceCommand).resolves({ SpaceSettings: {} });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 2 })
      .resolves({ ImageVersionStatus: 'CREATED', VendorGuidance: 'TO_BE_ARCHIVED' });
    sagemaker.on(UpdateImageVersionCommand).resolves({});
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(deleted()).toEqual([]);
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

  it('archive mode skips a version deleted between the list and its description', async () => {
    core.reset({ ...KEEP, 'keep-versions': '1', 'retention-action': 'archive' });
    givenFourVersions();
    sagemaker.on(DescribeSpaceCommand).resolves({ SpaceSettings: {} });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 2 })
      .rejects(notFound());
    sagemaker
      .on(UpdateImageVersionCommand, { ImageName: 'my-image', Version: 2 })
      .rejects(notFound());
    sagemaker.on(UpdateImageVersionCommand, { ImageName: 'my-image', Version: 1 }).resolves({});
    sagemaker.on(UpdateImageVersionCommand, { ImageName: 'my-image', Version: 3 }).resolves({});
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.outputs()['retired-versions']).toBe('1,3');
    expect(core.info).toHaveBeenCalledWith(
      'Version 2 is gone already (deleted by someone else meanwhile).',
    );
  });

  it('applies to a reused version too, after its aliases are set', async () => {
    core.reset({ ...KEEP, 'skip-if-unchanged': 'true', 'keep-versions': '1', aliases: 'latest' });
    givenFourVersions();
    sagemaker.on(ListImageVersionsCommand).resolves({
      ImageVersions: [4, 3, 2, 1].map((v) => listed(v, 'CREATED', String(v))),
    });
    sagemaker.on(UpdateImageVersionCommand).resolves({});
    sagemaker.on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 4 }).resolves({
      ImageVersionArn: ARN,
      ImageVersionStatus: 'CREATED',
      BaseImage: BASE_IMAGE,
      Version: 4,
    });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(CreateImageVersionCommand)).toHaveLength(0);
    expect(deleted()).toEqual([2, 3]);
    const order = sagemaker.calls().map((c) => (c.args[0] as object).constructor.name);
    expect(order.indexOf('UpdateImageVersionCommand')).toBeLessThan(
      order.indexOf('ListAliasesCommand'),
    );
  });

  it('in a dry run, says what it would retire and writes nothing', async () => {
    core.reset({ ...KEEP, 'dry-run': 'true' });
    givenFourVersions();
    sagemaker.on(DescribeImageCommand).resolves({ ImageStatus: 'CREATED' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    const writes = sagemaker
      .calls()
      .filter((c) => !/^(Describe|List)/.test((c.args[0] as object).constructor.name));
    expect(writes).toHaveLength(0);
    expect(core.info).toHaveBeenCalledWith(
      'Dry run: nothing was changed. Would retire 1 version: 2.',
    );
    expect(core.outputs()['retired-versions']).toBe('');
  });

  it('retires nothing when the run fails before the end', async () => {
    core.reset(KEEP);
    givenFourVersions();
    sagemaker
      .on(DescribeImageVersionCommand)
      .resolves({ ImageVersionStatus: 'CREATE_FAILED', FailureReason: 'x' });
    await run(fakeClock());
    expect(core.setFailed).toHaveBeenCalledTimes(1);
    expect(sagemaker.commandCalls(ListImageVersionsCommand)).toHaveLength(0);
    expect(deleted()).toEqual([]);
  });

  it('needs wait-for-created', async () => {
    core.reset({ ...INPUTS, 'keep-versions': '3' });
    await run(fakeClock());
    expect(sagemaker.calls()).toHaveLength(0);
    expect(String(core.setFailed.mock.calls[0]?.[0])).toContain(
      '`keep-versions` needs `wait-for-created: true`',
    );
  });
});
