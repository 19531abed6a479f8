// The assumption probes' own code, run against the local SageMaker endpoint on 127.0.0.1
// (__fixtures__/sagemaker-server.ts). This proves that the scenarios run, ask what they should and
// clean up; it is NOT evidence about AWS: the local endpoint follows the API model and this
// project's readings of it, which is exactly what the probes exist to check against the real
// service (.github/workflows/integration.yml).
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { ECRClient } from '@aws-sdk/client-ecr';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { CONFIGS, EcrModel } from '../../__fixtures__/ecr-model.ts';
import {
  TEST_ACCOUNT,
  TEST_CREDENTIALS,
  startSageMakerServer,
  type SageMakerServer,
} from '../../__fixtures__/sagemaker-server.ts';
import { PROBES } from '../../scripts/probes/definitions.ts';
import { systemClock, type ProbeContext } from '../../scripts/probes/context.ts';
import { O } from '../../scripts/probes/outcomes.ts';
import { runScenarios } from '../../scripts/probes/run.ts';
import { APP_PROBE_IDS, appScenario } from '../../scripts/probes/scenarios/apps.ts';
import { ARCHIVE_PROBE_IDS, archiveScenario } from '../../scripts/probes/scenarios/archive.ts';
import { PROFILE_PROBE_IDS, profileScenario } from '../../scripts/probes/scenarios/profiles.ts';
import {
  VERSION_WRITE_PROBE_IDS,
  versionWriteScenario,
} from '../../scripts/probes/scenarios/version-writes.ts';
import { probeNames, type ProbeSettings } from '../../scripts/probes/settings.ts';
import type { Observation } from '../../scripts/probes/types.ts';

const RUN = 'siv-it-4242-1';
const REPOSITORY = '123456789012.dkr.ecr.us-east-1.amazonaws.com/siv-it';
/** The test image in the endpoint's ECR, as the workflow pushes it: plain, and with an attestation. */
function pushTestImages(ecr: EcrModel): string {
  ecr.seedImage('siv-it', `${RUN}-attest`, 'attestation-index');
  return ecr.seedImage('siv-it', RUN, 'docker').digest;
}
// Seeding is deterministic: the digest the endpoint will hold.
const PUSHED = pushTestImages(
  new EcrModel(
    { standardImages: false },
    TEST_ACCOUNT,
    () => '',
    () => 'us-east-1',
  ),
);
const SETTINGS: ProbeSettings = {
  region: 'us-east-1',
  runName: RUN,
  imageName: RUN,
  baseImage: `${REPOSITORY}@${PUSHED}`,
  baseImageTag: `${REPOSITORY}:${RUN}`,
  roleArn: 'arn:aws:iam::123456789012:role/siv-it-image',
  appImageConfigName: RUN,
  attestationImage: `${REPOSITORY}:${RUN}-attest`,
  archiveImage: '',
  domainId: 'd-probe',
  userProfile: '',
  instanceType: 'ml.t3.medium',
  settleTimeoutSeconds: 60,
};
const LIFECYCLE = ['arn:aws:sagemaker:us-east-1:123456789012:studio-lifecycle-config/setup'];

let server: SageMakerServer;
let lines: string[];

beforeEach(async () => {
  server = await startSageMakerServer({
    images: [RUN],
    imageCreationMs: 300,
    failBaseImagesContaining: 'never-pushed',
    failureReason: 'Unable to pull the image',
    deniedOperations: ['DescribeModel'],
    // Updating for the two requests after an UpdateDomain (the read right after, the second write):
    // by requests, not by the clock, which a loaded machine outruns.
    studio: { domainUpdateRequests: 2 },
    domains: [
      {
        id: 'd-probe',
        // As the action's first step leaves it: the test image in both lists.
        defaultUserSettings: {
          JupyterLabAppSettings: { CustomImages: [{ ImageName: RUN, AppImageConfigName: RUN }] },
        },
        defaultSpaceSettings: {
          JupyterLabAppSettings: {
            CustomImages: [{ ImageName: RUN, AppImageConfigName: RUN, ImageVersionNumber: 1 }],
            LifecycleConfigArns: LIFECYCLE,
          },
        },
      },
    ],
  });
  pushTestImages(server.ecr);
  // What the action's steps leave: its version with the alias, and its AppImageConfig.
  server.addVersion(RUN, { baseImage: SETTINGS.baseImage, aliases: ['it-latest'] });
  server.studio.addAppImageConfig(RUN, { JupyterLabAppImageConfig: {} });
  lines = [];
});
afterEach(async () => {
  await server.close();
});

/** A clock whose sleeps pass at once, for waits the local endpoint can never end. */
function instantClock(): ProbeContext['clock'] {
  let now = 0;
  return { now: () => now, sleep: (ms) => Promise.resolve(void (now += ms)) };
}

function context(settings: ProbeSettings = SETTINGS): ProbeContext {
  return {
    sagemaker: new SageMakerClient({
      region: 'us-east-1',
      endpoint: server.url,
      credentials: TEST_CREDENTIALS,
      maxAttempts: 1,
    }),
    ecr: new ECRClient({
      region: 'us-east-1',
      endpoint: server.url,
      credentials: TEST_CREDENTIALS,
      maxAttempts: 1,
    }),
    settings,
    names: probeNames(settings.runName),
    clock: systemClock,
    pollMs: 20,
    log: (line) => lines.push(line),
  };
}

const byId = (observations: readonly Observation[]) =>
  new Map(observations.map((o) => [o.id, o] as const));
const outcome = (o: Observation | undefined): string =>
  o?.kind === 'observed' ? o.outcome : `${o?.kind ?? 'missing'}`;

describe('the probes against the local endpoint (not evidence about AWS)', () => {
  it('observe every probe once, and skip the app probes saying why', async () => {
    const { observations, verdict } = await runScenarios(context());

    expect(verdict.strays).toEqual([]);
    expect(observations.map((o) => o.id).sort()).toEqual(PROBES.map((p) => p.id).sort());
    const seen = byId(observations);
    for (const probe of PROBES.filter((p) => p.needs === 'user-profile')) {
      expect(seen.get(probe.id)).toEqual({
        id: probe.id,
        kind: 'skipped',
        reason: 'no CI user profile (AWS_INTEGRATION_USER_PROFILE)',
      });
    }
  }, 60_000);

  it("read ECR's answers as the image checks do, and leave the registry as it was", async () => {
    const requestsBefore = server.requests.length;
    const seen = byId((await runScenarios(context())).observations);

    expect({
      layout: outcome(seen.get('ecr-attestation-index-layout')),
      config: outcome(seen.get('ecr-config-blob')),
      missing: outcome(seen.get('ecr-missing-tag')),
    }).toStrictEqual({
      layout: O.attestationIndex,
      config: O.configBlob,
      missing: O.imageNotFound,
    });
    const ecrCalls = server.requests
      .slice(requestsBefore)
      .filter((r) => r.service !== 'sagemaker')
      .map((r) => `${r.operation} ${r.signatureValid ? 'signed' : 'unsigned'}`);
    expect(ecrCalls).toStrictEqual([
      'BatchGetImage signed',
      'BatchGetImage signed',
      'GetDownloadUrlForLayer signed',
      'BlobDownload signed',
      'BatchGetImage signed',
    ]);
    // Reads only (the calls above): the tag still names what was pushed.
    const tagged = server.ecr.dispatch('BatchGetImage', {
      repositoryName: 'siv-it',
      imageIds: [{ imageTag: RUN }],
    }) as { images: { imageId: { imageDigest: string } }[] };
    expect(tagged.images[0]?.imageId.imageDigest).toBe(PUSHED);
    // The download URL is a credential: never in the log.
    expect(lines.join('\n')).not.toMatch(/X-Amz-Signature|ecr-blob/);
  }, 60_000);

  it("read the local endpoint's answers as the code does", async () => {
    const seen = byId((await runScenarios(context())).observations);

    expect(
      Object.fromEntries(
        [
          'image-not-ready',
          'create-image-race',
          'client-token-replay',
          'client-token-mismatch',
          'client-token-after-create-failed',
          'vendor-guidance-on-create-failed',
          'delete-create-failed-version',
          'free-alias-not-found',
          'alias-taken-on-create',
          'alias-taken-on-update',
          'attestation-index',
          'delete-back-to-back',
          'access-denied-names-action',
          'app-image-config-race',
          'jupyterlab-file-system-config',
          'code-editor-file-system-config',
          'app-image-config-update-replaces',
          'update-domain-unsent-members',
          'update-domain-member-merge',
          'domain-status-after-update',
          'update-domain-while-updating',
          'custom-image-entries-echoed',
          'delete-pinned-version',
          'describe-domain-unknown-ids',
          'aliases-on-creating-version',
          'unmark-to-be-archived',
          'delete-version-twice',
        ].map((id) => [id, outcome(seen.get(id))]),
      ),
    ).toStrictEqual({
      'image-not-ready': O.invalidState,
      'create-image-race': O.resourceInUse,
      'client-token-replay': O.sameVersion,
      'client-token-mismatch': O.tokenExplained,
      'client-token-after-create-failed': O.returnedFailed,
      'vendor-guidance-on-create-failed': O.accepted,
      'delete-create-failed-version': O.accepted,
      'free-alias-not-found': O.resourceNotFound,
      'alias-taken-on-create': O.aliasNamed,
      'alias-taken-on-update': O.aliasNamed,
      // The local endpoint makes every version CREATED: no registry behind it.
      'attestation-index': O.created,
      'delete-back-to-back': O.bothDeleted,
      'access-denied-names-action': O.deniedNamed,
      'app-image-config-race': O.resourceInUse,
      'jupyterlab-file-system-config': O.roundTrips,
      'code-editor-file-system-config': O.roundTrips,
      'app-image-config-update-replaces': O.memberReplaced,
      'update-domain-unsent-members': O.membersKept,
      // The model's reading (studio-model.ts): a member sent replaces the stored one.
      'update-domain-member-merge': O.memberReplaced,
      'domain-status-after-update': O.writeVisible,
      'update-domain-while-updating': 'refused: ValidationException',
      'custom-image-entries-echoed': O.entriesEchoed,
      'delete-pinned-version': O.accepted,
      'describe-domain-unknown-ids': O.notFoundEach,
      // The local endpoint makes a version CREATED at once unless told otherwise (see below).
      'aliases-on-creating-version': 'skipped',
      'unmark-to-be-archived': O.unmarked,
      // …and deletes one at once: the resend finds nothing.
      'delete-version-twice': O.resendNotFound,
    });
  }, 60_000);

  it('find the pushed digest in ContainerImage: the local endpoint resolves a tag its ECR model holds', async () => {
    const seen = byId((await runScenarios(context())).observations);
    const digest = seen.get('container-image-digest');

    expect(outcome(digest)).toBe(O.digestHolds);
  }, 60_000);

  it("put the test domain's member back as it was, and delete the versions they made", async () => {
    const before = server.studio.domainSettings('d-probe');
    await runScenarios(context());

    const after = server.studio.domainSettings('d-probe');
    expect(after.defaultUserSettings).toEqual(before.defaultUserSettings);
    expect(after.defaultSpaceSettings).toEqual({
      JupyterLabAppSettings: {
        ...(before.defaultSpaceSettings.JupyterLabAppSettings as object),
        CodeRepositories: [],
      },
    });
    // Every version the probes made of the test image is deleted again.
    expect(server.versionsOf(RUN).map((v) => v.version)).toEqual([1]);
    // The AppImageConfigs the probes delete go without a failure.
    expect(server.studio.appImageConfigNames()).not.toContain(`${RUN}-ce`);
    expect(lines.filter((line) => line.startsWith('Clean-up: deleting AppImageConfig'))).toEqual(
      [],
    );
  }, 60_000);

  it('skip the domain probes without a test domain', async () => {
    const { observations } = await runScenarios(context({ ...SETTINGS, domainId: '' }));
    const domainProbes = PROBES.filter((p) => p.needs === 'domain' || p.needs === 'user-profile');
    for (const probe of domainProbes) {
      expect(byId(observations).get(probe.id)).toMatchObject({
        kind: 'skipped',
        reason: 'no test domain (AWS_INTEGRATION_DOMAIN_ID)',
      });
    }
  }, 60_000);

  it("run every app probe against the endpoint's spaces and apps, and leave none behind", async () => {
    server.studio.addUserProfile('d-probe', 'ci');
    server.addImage(`${RUN}-probe`);
    const withProfile = {
      ...context({ ...SETTINGS, userProfile: 'ci' }),
      clock: instantClock(),
      pollMs: 5000,
    };
    const { observations } = await runScenarios(withProfile, [['apps', appScenario]]);

    expect(observations.map((o) => o.id).sort()).toStrictEqual([...APP_PROBE_IDS].sort());
    // The endpoint's answers are its model's, not AWS's: only that each probe ran and cleaned up,
    // and that the probes read what they are given the way their outcomes say.
    for (const o of observations) expect(['observed', 'skipped', 'error']).toContain(o.kind);
    const seen = byId(observations);
    expect({
      profileList: outcome(seen.get('create-app-profile-list')),
      listed: outcome(seen.get('list-apps-resource-spec')),
      imageOnly: outcome(seen.get('app-without-version')),
      profileWhileRunning: outcome(seen.get('update-profile-with-running-app')),
      spec: outcome(seen.get('space-default-spec-echoed')),
    }).toStrictEqual({
      profileList: O.inService,
      listed: O.appListed,
      // The local endpoint keeps the spec as sent: the image alone.
      imageOnly: O.imageOnly,
      profileWhileRunning: O.accepted,
      spec: O.specEchoed,
    });
    expect(server.studio.spaceNames('d-probe')).toEqual([]);
    expect(server.studio.apps().filter((app) => app.status !== 'Deleted')).toEqual([]);
    // The CI profile has no list of its own again.
    expect(server.studio.userProfileSettings('d-probe', 'ci')).toEqual({
      JupyterLabAppSettings: {},
    });
  }, 60_000);

  it('ask the CI user profile, put its member back as it was, and say what they could not delete', async () => {
    server.studio.addUserProfile('d-probe', 'ci', {
      JupyterLabAppSettings: { LifecycleConfigArns: LIFECYCLE },
    });
    server.studio.options.profileUpdateMs = 40;
    const before = server.studio.userProfileSettings('d-probe', 'ci');
    const { observations } = await runScenarios(context({ ...SETTINGS, userProfile: 'ci' }), [
      ['the CI user profile', profileScenario],
    ]);

    const seen = byId(observations);
    expect(observations.map((o) => o.id)).toStrictEqual([...PROFILE_PROBE_IDS]);
    expect(PROFILE_PROBE_IDS.map((id) => outcome(seen.get(id)))).toStrictEqual([
      'refused: ValidationException',
      O.listGone,
      O.fiveNotSix,
    ]);
    expect(server.studio.userProfileSettings('d-probe', 'ci')).toEqual(before);
    // The local endpoint has no DeleteImage: the failures are logged (the clean-up job deletes
    // the images on AWS).
    expect(
      lines.filter((line) => line.startsWith(`Clean-up: deleting image ${RUN}-lim`)),
    ).toHaveLength(5);
  }, 60_000);

  it('skip the limit probe when the CI profile has a list of its own, and leave that list as it was', async () => {
    const own = { CustomImages: [{ ImageName: RUN, AppImageConfigName: RUN }] };
    server.studio.addUserProfile('d-probe', 'ci', { JupyterLabAppSettings: own });
    const { observations } = await runScenarios(context({ ...SETTINGS, userProfile: 'ci' }), [
      ['the CI user profile', profileScenario],
    ]);

    expect(observations.slice(1)).toStrictEqual([
      {
        id: 'update-profile-member-replaces',
        kind: 'skipped',
        reason: 'the CI profile has a list of its own',
      },
      {
        id: 'profile-custom-image-limit',
        kind: 'skipped',
        reason: 'the CI profile has a list of its own',
      },
    ]);
    expect(server.studio.userProfileSettings('d-probe', 'ci')).toEqual({
      JupyterLabAppSettings: own,
    });
  }, 60_000);

  it('write to a version while it is CREATING and while it is DELETING, and delete it', async () => {
    const slow = await startSageMakerServer({
      images: [RUN],
      versionCreationMs: 300,
      versionDeletionMs: 200,
    });
    try {
      slow.addVersion(RUN, { baseImage: SETTINGS.baseImage, aliases: ['it-latest'] });
      const { observations } = await runScenarios(
        {
          ...context(),
          sagemaker: new SageMakerClient({
            region: 'us-east-1',
            endpoint: slow.url,
            credentials: TEST_CREDENTIALS,
            maxAttempts: 1,
          }),
        },
        [['writes to a version', versionWriteScenario]],
      );

      const seen = byId(observations);
      expect(VERSION_WRITE_PROBE_IDS.map((id) => outcome(seen.get(id)))).toStrictEqual([
        O.aliasOnCreating,
        O.unmarked,
        // The local endpoint's reading of "concurrent deletions can fail with ResourceInUse":
        // retireVersions reads it as this run's own deletion (isBeingDeleted), so it agrees.
        O.resendBeingDeleted,
      ]);
      expect(slow.versionsOf(RUN).map((v) => v.version)).toEqual([1]);
    } finally {
      await slow.close();
    }
  }, 60_000);

  it('archive an image of their own, answer as the ECR check assumes, and remove all they made', async () => {
    server.studio.addUserProfile('d-probe', 'ci');
    // The workflow's tiny archive image: another digest than the test image's.
    const tiny = server.ecr.seedImage('siv-it', `${RUN}-archive`, 'docker', {
      ...CONFIGS.studio,
      layerSizes: [1_000_000],
    });
    const archiveImage = `${REPOSITORY}@${tiny.digest}`;
    const { observations } = await runScenarios(
      context({ ...SETTINGS, userProfile: 'ci', archiveImage }),
      [['archived images', archiveScenario]],
    );

    const seen = byId(observations);
    expect(observations.map((o) => o.id)).toStrictEqual([...ARCHIVE_PROBE_IDS]);
    // The local endpoint answers as the code assumes (studio-model.ts, sagemaker-server.ts):
    // not evidence about AWS, which the integration workflow asks.
    expect(seen.get('archived-image-app')).toMatchObject({
      kind: 'observed',
      outcome: O.failedPull,
      detail: expect.stringContaining('archived') as unknown as string,
    });
    expect(outcome(seen.get('archived-image-new-version'))).toBe(O.createFailed);
    // Nothing is left: no space or app, no version of the probe image, the profile as it was, and
    // the archived image deleted; the test image is untouched.
    expect(server.studio.spaceNames('d-probe')).toEqual([]);
    expect(server.studio.apps().filter((app) => app.status !== 'Deleted')).toEqual([]);
    expect(server.versionsOf(`${RUN}-probe`)).toEqual([]);
    expect(server.studio.userProfileSettings('d-probe', 'ci')).toEqual({
      JupyterLabAppSettings: {},
    });
    expect(server.ecr.storageOf(archiveImage)).toBeUndefined();
    expect(server.ecr.storageOf(SETTINGS.baseImage)).toBe('ACTIVE');
    expect(lines.filter((line) => line.startsWith('Clean-up:'))).toEqual([]);
  }, 60_000);

  it('skip the archive probes without an archive image, saying why', async () => {
    const { observations } = await runScenarios(context({ ...SETTINGS, userProfile: 'ci' }), [
      ['archived images', archiveScenario],
    ]);
    expect(observations).toStrictEqual([
      { id: 'archived-image-app', kind: 'skipped', reason: 'PROBE_ARCHIVE_IMAGE is not set' },
      {
        id: 'archived-image-new-version',
        kind: 'skipped',
        reason: 'PROBE_ARCHIVE_IMAGE is not set',
      },
    ]);
  });
});
