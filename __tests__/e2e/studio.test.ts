// End to end: `./` registers a version, then the committed bundle's `./studio` releases it to Studio
// domains of the local endpoint (__fixtures__/studio-model.ts): statuses and their transitions,
// both settings levels, AppImageConfigs, another writer acting between this action's read and
// write, denied calls.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { errorAnnotations, runAction, type RunResult } from '../../__fixtures__/run-action.ts';
import { registerThenStudio } from '../../__fixtures__/release.ts';
import {
  startSageMakerServer,
  type SageMakerServer,
  type ServerOptions,
} from '../../__fixtures__/sagemaker-server.ts';
import type { DomainSeed } from '../../__fixtures__/studio-model.ts';
import { ANY_IMAGE } from '../../__fixtures__/ecr-model.ts';

const BASE = `123456789012.dkr.ecr.us-east-1.amazonaws.com/team/img@sha256:${'c3'.repeat(32)}`;
const REGISTER = { 'image-name': 'my-image', 'base-image': BASE };
/** What is sent as written: the file system settings Studio would use anyway. */
const JUPYTERLAB = `JupyterLabAppImageConfig:
  FileSystemConfig:
    MountPath: /home/sagemaker-user
    DefaultUid: 1000
    DefaultGid: 100
`;
const STUDIO = { 'domain-ids': 'd-team', 'app-image-config': JUPYTERLAB };
const OTHER = { ImageName: 'other-image', AppImageConfigName: 'other-config' };
const LIFECYCLE = ['arn:aws:sagemaker:us-east-1:123456789012:studio-lifecycle-config/setup'];
/** A domain another team already uses: their image at both levels, and settings beside it. */
const TEAM_DOMAIN: DomainSeed = {
  id: 'd-team',
  defaultUserSettings: {
    JupyterLabAppSettings: {
      CustomImages: [OTHER],
      LifecycleConfigArns: LIFECYCLE,
      DefaultResourceSpec: { InstanceType: 'ml.t3.medium' },
      CodeRepositories: [{ RepositoryUrl: 'https://github.com/octo-org/notebooks' }],
    },
    KernelGatewayAppSettings: { CustomImages: [OTHER] },
  },
  defaultSpaceSettings: { JupyterLabAppSettings: { CustomImages: [OTHER] } },
};

// A release is two bundle runs (`./`, then `./studio`), and a case runs up to three releases.
jest.setTimeout(90_000);

let server: SageMakerServer;
async function start(options: ServerOptions = {}): Promise<SageMakerServer> {
  server = await startSageMakerServer({
    images: ['my-image', 'other-image'],
    domains: [TEAM_DOMAIN],
    ecr: ANY_IMAGE,
    ...options,
  });
  server.studio.addAppImageConfig('other-config', { JupyterLabAppImageConfig: {} });
  return server;
}
afterEach(async () => {
  await server.close();
});

/** Where the last release's `./studio` requests begin in server.requests. */
let studioFrom = 0;
interface ReleaseOptions {
  readonly register?: Record<string, string>;
  readonly runId?: string;
}
/** `./` with REGISTER (and `register`), then `./studio` with `inputs`: the studio step's result. */
async function release(
  inputs: Record<string, string>,
  options: ReleaseOptions = {},
): Promise<RunResult & { readonly register: RunResult }> {
  const { register, studio } = await registerThenStudio({
    endpoint: server.url,
    register: { ...REGISTER, ...options.register },
    studio: inputs,
    ...(options.runId === undefined ? {} : { runId: options.runId }),
    between: () => {
      studioFrom = server.requests.length;
    },
  });
  return { ...studio, register };
}
/** SageMaker operations that change something, from request `from` on. */
const writes = (from = 0): string[] =>
  server.requests
    .slice(from)
    .filter((r) => r.service === 'sagemaker' && !/^(Describe|List)/.test(r.operation))
    .map((r) => r.operation);
/** The SageMaker operations of the last release's `./studio`. */
const studioOperations = (): string[] =>
  server.requests
    .slice(studioFrom)
    .filter((r) => r.service === 'sagemaker')
    .map((r) => r.operation);
const userImages = (domainId = 'd-team'): unknown =>
  (
    server.studio.domainSettings(domainId).defaultUserSettings.JupyterLabAppSettings as {
      CustomImages?: unknown;
    }
  ).CustomImages;
const spaceImages = (domainId = 'd-team'): unknown =>
  (
    server.studio.domainSettings(domainId).defaultSpaceSettings.JupyterLabAppSettings as {
      CustomImages?: unknown;
    }
  ).CustomImages;
const mine = (version?: number) => ({
  ImageName: 'my-image',
  AppImageConfigName: 'my-image',
  ...(version === undefined ? {} : { ImageVersionNumber: version }),
});

describe('releasing to Studio', () => {
  it('attaches a first version at both levels, keeping everything else of the domain', async () => {
    await start();
    const result = await release(STUDIO);

    expect(result.exitCode).toBe(0);
    expect(studioOperations()).toEqual([
      // The version: CREATED, and its image's name as the image spells it.
      'DescribeImage',
      'DescribeImageVersion',
      'DescribeDomain',
      // Its user profiles: those with a list of their own do not see the domain's.
      'ListUserProfiles',
      // Read once: none yet, so it is created from that read.
      'DescribeAppImageConfig',
      'CreateAppImageConfig',
      // The image's newest version: a pin never goes below it (newest wins).
      'ListImageVersions',
      'DescribeDomain',
      'UpdateDomain',
      'DescribeDomain',
    ]);
    expect(writes()).toEqual(['CreateImageVersion', 'CreateAppImageConfig', 'UpdateDomain']);
    const settings = server.studio.domainSettings('d-team');
    expect(settings.defaultUserSettings).toEqual({
      ...TEAM_DOMAIN.defaultUserSettings,
      JupyterLabAppSettings: {
        ...(TEAM_DOMAIN.defaultUserSettings?.JupyterLabAppSettings as object),
        CustomImages: [OTHER, mine(1)],
      },
    });
    expect(spaceImages()).toEqual([OTHER, mine(1)]);
    // Only the chosen app's member of each level went out: no role, no network settings.
    const update = server.requests.find((r) => r.operation === 'UpdateDomain');
    expect(Object.keys(update?.body ?? {}).sort()).toEqual([
      'DefaultSpaceSettings',
      'DefaultUserSettings',
      'DomainId',
    ]);
    expect(Object.keys(update?.body.DefaultUserSettings as object)).toEqual([
      'JupyterLabAppSettings',
    ]);
    expect(server.studio.appImageConfig('my-image')).toEqual({
      JupyterLabAppImageConfig: {
        FileSystemConfig: { MountPath: '/home/sagemaker-user', DefaultUid: 1000, DefaultGid: 100 },
      },
    });
    expect(result.outputs).toMatchObject({
      'app-image-config-arn': 'arn:aws:sagemaker:us-east-1:123456789012:app-image-config/my-image',
      'domains-updated': 'd-team',
    });
    expect(result.summary).toContain('### SageMaker Studio');
    expect(result.summary).toContain(
      '| [`d-team`](https://us-east-1.console.aws.amazon.com/sagemaker/home?region=us-east-1#/studio/d-team) | `DefaultUserSettings.JupyterLabAppSettings` | (none) | my-image, version 1, config my-image | changed |',
    );
    expect(result.stdout).toContain('Studio: updated d-team.');
  });

  it('sends the app-image-config document as written, from the input or a workspace file', async () => {
    await start();
    const minimal = await release({
      ...STUDIO,
      'app-image-config': '{"JupyterLabAppImageConfig": {}}',
    });
    expect(minimal.exitCode).toBe(0);
    // Nothing the document leaves out is added: Studio uses its own defaults.
    expect(server.studio.appImageConfig('my-image')).toEqual({ JupyterLabAppImageConfig: {} });

    const workspace = mkdtempSync(join(tmpdir(), 'workspace-'));
    try {
      mkdirSync(join(workspace, '.github', 'studio'), { recursive: true });
      writeFileSync(join(workspace, '.github', 'studio', 'jupyterlab.yaml'), JUPYTERLAB);
      const fromFile = await registerThenStudio({
        endpoint: server.url,
        register: REGISTER,
        studio: { ...STUDIO, 'app-image-config': '.github/studio/jupyterlab.yaml' },
        env: { GITHUB_WORKSPACE: workspace },
      });
      expect(fromFile.studio.exitCode).toBe(0);
      expect(server.studio.appImageConfig('my-image')).toEqual({
        JupyterLabAppImageConfig: {
          FileSystemConfig: {
            MountPath: '/home/sagemaker-user',
            DefaultUid: 1000,
            DefaultGid: 100,
          },
        },
      });
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  });

  it('writes nothing to Studio on a re-run, nor anything at all when the version is reused', async () => {
    await start();
    await release(STUDIO);
    const seen = server.requests.length;
    const rerun = await release(STUDIO);
    expect(rerun.exitCode).toBe(0);
    // The same run's ClientToken gets the same version back; Studio is already right.
    expect(writes(seen)).toEqual(['CreateImageVersion']);
    expect(rerun.outputs['domains-updated']).toBe('');
    expect(rerun.stdout).toContain('nothing was written');

    const reusedFrom = server.requests.length;
    const reused = await release(STUDIO, {
      register: { 'skip-if-unchanged': 'true' },
      runId: '555',
    });
    expect(reused.exitCode).toBe(0);
    expect(reused.register.outputs.created).toBe('false');
    expect(writes(reusedFrom)).toEqual([]);
    expect(userImages()).toEqual([OTHER, mine(1)]);
  });

  it('pins a new version in place, leaving the AppImageConfig alone', async () => {
    await start();
    await release(STUDIO);
    server.studio.setDomainSettings('d-team', {
      defaultUserSettings: {
        ...server.studio.domainSettings('d-team').defaultUserSettings,
        JupyterLabAppSettings: { CustomImages: [OTHER, mine(1), { ...OTHER, ImageName: 'third' }] },
      },
    });
    server.addImage('third');
    const seen = server.requests.length;
    const next = await release(STUDIO, {
      register: { 'base-image': BASE.replace('c3c3', 'd4d4') },
      runId: '2',
    });
    expect(next.exitCode).toBe(0);
    expect(next.register.outputs['image-version']).toBe('2');
    expect(writes(seen)).toEqual(['CreateImageVersion', 'UpdateDomain']);
    expect(userImages()).toEqual([OTHER, mine(2), { ...OTHER, ImageName: 'third' }]);
  });

  it('with pin-version false, names no version and warns, so a new version changes nothing', async () => {
    await start();
    const unpinned = await release({ ...STUDIO, 'pin-version': 'false' });
    expect(unpinned.exitCode).toBe(0);
    expect(userImages()).toEqual([OTHER, mine()]);
    expect(unpinned.stdout).toMatch(
      /^::warning::`pin-version: false`: the domain entry names no version, so Studio users get every new version of this image as soon as it is registered/m,
    );
    const seen = server.requests.length;
    await release(
      { ...STUDIO, 'pin-version': 'false' },
      { register: { 'base-image': `${BASE.split('@')[0]}:2` } },
    );
    expect(writes(seen)).toEqual(['CreateImageVersion']);
  });

  it('writes the chosen app and levels only: KernelGateway at user level, CodeEditor', async () => {
    await start();
    const kernel = await release({
      ...STUDIO,
      'app-image-config': `KernelGatewayImageConfig:
  KernelSpecs:
    - Name: python3
      DisplayName: Python 3 (my-image)
  FileSystemConfig:
    MountPath: /home/sagemaker-user
    DefaultUid: 1000
    DefaultGid: 100
`,
      'settings-levels': 'user',
    });
    expect(kernel.exitCode).toBe(0);
    const settings = server.studio.domainSettings('d-team');
    expect(settings.defaultUserSettings.KernelGatewayAppSettings).toEqual({
      CustomImages: [OTHER, mine(1)],
    });
    expect(spaceImages()).toEqual([OTHER]);
    expect(server.studio.appImageConfig('my-image')).toEqual({
      KernelGatewayImageConfig: {
        KernelSpecs: [{ Name: 'python3', DisplayName: 'Python 3 (my-image)' }],
        FileSystemConfig: { MountPath: '/home/sagemaker-user', DefaultUid: 1000, DefaultGid: 100 },
      },
    });

    const editor = await release({
      ...STUDIO,
      'app-image-config': 'CodeEditorAppImageConfig: {}',
      'app-image-config-name': 'my-image-editor',
    });
    expect(editor.exitCode).toBe(0);
    const after = server.studio.domainSettings('d-team');
    expect(after.defaultUserSettings.CodeEditorAppSettings).toEqual({
      CustomImages: [{ ...mine(1), AppImageConfigName: 'my-image-editor' }],
    });
    expect(after.defaultSpaceSettings).toEqual(TEAM_DOMAIN.defaultSpaceSettings);
  });

  it('waits for a Pending domain to be InService before writing anything', async () => {
    await start({ domains: [{ ...TEAM_DOMAIN, status: 'Pending' }] });
    // It settles a second after `./studio` first reads it, however long `./` took.
    server.studio.after('DescribeDomain', () => {
      setTimeout(() => server.studio.setDomainStatus('d-team', 'InService'), 1000);
    });
    const result = await release(STUDIO);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Studio domain d-team is Pending: waiting for InService.');
    expect(result.stdout).toMatch(/Studio domain d-team: InService after \d+\.\d s/);
    const ops = studioOperations();
    expect(ops.lastIndexOf('DescribeDomain', ops.indexOf('CreateAppImageConfig'))).toBeGreaterThan(
      ops.indexOf('DescribeDomain'),
    );
    expect(userImages()).toEqual([OTHER, mine(1)]);
  });

  it("stops before writing anything when a domain has Failed, with SageMaker's reason", async () => {
    await start({
      domains: [
        TEAM_DOMAIN,
        { id: 'd-broken', status: 'Failed', failureReason: 'The VPC subnet was deleted' },
      ],
    });
    const result = await release({ ...STUDIO, 'domain-ids': 'd-team, d-broken' });
    expect(result.exitCode).toBe(1);
    expect(errorAnnotations(result.stdout)).toEqual([
      'Studio domain "d-broken" is Failed: The VPC subnet was deleted. Nothing was attached to it; fix the domain (or remove it from `domain-ids`) and re-run.',
    ]);
    expect(writes(studioFrom)).toEqual([]);
    expect(userImages()).toEqual([OTHER]);
  });

  it('writes nothing when a domain id has a typo, naming it and the region', async () => {
    await start();
    const result = await release({ ...STUDIO, 'domain-ids': 'd-taem' });
    expect(result.exitCode).toBe(1);
    const [error] = errorAnnotations(result.stdout);
    expect(error).toMatch(
      /^DescribeDomain for Studio domain "d-taem" in us-east-1 failed: the Studio domain "d-taem" does not exist in us-east-1, or these credentials cannot see it\. Check `domain-ids`/,
    );
    expect(studioOperations()).toEqual(['DescribeImage', 'DescribeImageVersion', 'DescribeDomain']);
  });

  it('writes its entry again when another writer saved the domain from an older read', async () => {
    await start();
    // Right after this action's UpdateDomain, another pipeline saves the list it read before:
    // this image's entry is gone, theirs is added.
    server.studio.after('UpdateDomain', (domainId) => {
      const settings = server.studio.domainSettings(domainId).defaultUserSettings;
      server.studio.setDomainSettings(domainId, {
        defaultUserSettings: {
          ...settings,
          JupyterLabAppSettings: { CustomImages: [OTHER, { ...OTHER, ImageName: 'theirs' }] },
        },
      });
    });
    server.addImage('theirs');
    const result = await release(STUDIO);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(
      "Studio domain d-team: this image's entry is missing or wrong after the update (another writer saved the settings from an older read); writing it again.",
    );
    expect(writes().filter((op) => op === 'UpdateDomain')).toHaveLength(2);
    expect(userImages()).toEqual([OTHER, { ...OTHER, ImageName: 'theirs' }, mine(1)]);
    expect(spaceImages()).toEqual([OTHER, mine(1)]);
  });

  it('waits and redoes the change when UpdateDomain is refused while another update settles', async () => {
    await start({ studio: { domainUpdateMs: 600 } });
    server.addImage('theirs');
    // Between this action's read (its second DescribeDomain) and its write, another pipeline's
    // UpdateDomain goes through: the domain is Updating when this action's arrives.
    server.studio.after('DescribeDomain', () =>
      server.studio.after('DescribeDomain', (domainId) => {
        server.studio.dispatch('UpdateDomain', {
          DomainId: domainId,
          DefaultUserSettings: {
            JupyterLabAppSettings: { CustomImages: [OTHER, { ...OTHER, ImageName: 'theirs' }] },
          },
        });
      }),
    );
    const result = await release(STUDIO);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(
      'Studio domain d-team is Updating (another update is under way), so UpdateDomain was refused; waiting for it.',
    );
    expect(userImages()).toEqual([OTHER, { ...OTHER, ImageName: 'theirs' }, mine(1)]);
  });

  it('ends with both images attached when two pipelines release to one domain at once', async () => {
    await start({ studio: { domainUpdateMs: 1500 } });
    server.addImage('their-image');
    // The first UpdateDomain to arrive is held back a while, so the other run reads the domain
    // before it lands: both read the same list, as two pipelines racing would.
    server.faults.push({ kind: 'slow', operation: 'UpdateDomain', delayMs: 1000 });
    const [a, b] = await Promise.all([
      registerThenStudio({
        endpoint: server.url,
        register: REGISTER,
        studio: STUDIO,
        runId: '100',
      }),
      registerThenStudio({
        endpoint: server.url,
        register: { ...REGISTER, 'image-name': 'their-image' },
        studio: STUDIO,
        runId: '200',
      }),
    ]);
    expect([a.studio.exitCode, b.studio.exitCode]).toEqual([0, 0]);
    const theirs = {
      ImageName: 'their-image',
      AppImageConfigName: 'their-image',
      ImageVersionNumber: 1,
    };
    for (const images of [userImages(), spaceImages()]) {
      expect(images).toHaveLength(3);
      expect(images).toEqual(expect.arrayContaining([OTHER, mine(1), theirs]));
      expect((images as unknown[])[0]).toEqual(OTHER);
    }
  });

  it('fails before writing anything when a list already holds 200 images', async () => {
    const full = Array.from({ length: 200 }, (_, i) => ({ ...OTHER, ImageName: `image-${i}` }));
    await start({
      domains: [
        { id: 'd-team', defaultUserSettings: { JupyterLabAppSettings: { CustomImages: full } } },
      ],
    });
    const result = await release(STUDIO);
    expect(result.exitCode).toBe(1);
    expect(errorAnnotations(result.stdout)[0]).toBe(
      'Studio domain "d-team": DefaultUserSettings.JupyterLabAppSettings.CustomImages already holds 200 images, the most SageMaker allows is 200, so "my-image" cannot be added. Detach images no one uses (or choose other `settings-levels`); nothing was changed.',
    );
    expect(writes(studioFrom)).toEqual([]);
  });

  it('names the permission when UpdateDomain is denied', async () => {
    await start({ deniedOperations: ['UpdateDomain'] });
    const result = await release(STUDIO);
    expect(result.exitCode).toBe(1);
    expect(errorAnnotations(result.stdout)[0]).toMatch(
      /^UpdateDomain for Studio domain "d-team" in us-east-1 failed: the credentials are not allowed to call sagemaker:UpdateDomain\. Grant sagemaker:UpdateDomain on the Studio domain/,
    );
    // The AppImageConfig exists: its ARN is out, and the summary says what failed.
    expect(result.outputs['app-image-config-arn']).toMatch(/app-image-config\/my-image$/);
    expect(result.summary).toContain(
      '### Studio failed\n\n> UpdateDomain for Studio domain "d-team"',
    );
    expect(result.summary).not.toContain(': failed');
  });

  it('explains the InService App refusal', async () => {
    await start({ studio: { rejectUpdatesWithApps: true } });
    const result = await release(STUDIO);
    expect(result.exitCode).toBe(1);
    expect(errorAnnotations(result.stdout)[0]).toContain(
      "SageMaker refuses to change this domain's default settings while apps are running in it.",
    );
  });

  it('refuses a version that is not CREATED, writing nothing', async () => {
    await start();
    const version = server.addVersion('my-image', { baseImage: BASE, status: 'CREATE_FAILED' });
    const result = await runAction({
      entry: 'studio',
      inputs: {
        ...STUDIO,
        'image-version-arn': `arn:aws:sagemaker:us-east-1:123456789012:image-version/my-image/${version}`,
      },
      endpoint: server.url,
    });
    expect(result.exitCode).toBe(1);
    expect(errorAnnotations(result.stdout)[0]).toContain(
      `Image my-image version ${version} is CREATE_FAILED: \`./studio\` releases only a CREATED version`,
    );
    expect(writes()).toEqual([]);
  });

  it('in a dry run after a dry run of ./, reads, prints the lists before and after, and writes nothing', async () => {
    await start();
    const result = await release(
      { ...STUDIO, 'dry-run': 'true' },
      { register: { 'dry-run': 'true' } },
    );
    expect(result.exitCode).toBe(0);
    expect(result.register.outputs['image-version-status']).toBe('PLANNED');
    expect(writes()).toEqual([]);
    expect(result.stdout).toContain(
      'Studio domain d-team, DefaultUserSettings.JupyterLabAppSettings.CustomImages:',
    );
    expect(result.stdout).toContain(`  before: ${JSON.stringify([OTHER])}`);
    expect(result.stdout).toContain(`  after:  ${JSON.stringify([OTHER, mine(1)])}`);
    expect(result.stdout).toMatch(/^CreateAppImageConfig \{"AppImageConfigName":"my-image"/m);
    expect(result.stdout).toMatch(/^UpdateDomain \{"DomainId":"d-team"/m);
    expect(result.summary).toContain('### SageMaker Studio (dry run: nothing was changed)');
    expect(result.summary).toContain('would change');
  });
});

describe('Studio users with an image list of their own', () => {
  /** What a user reads: stdout without the debug lines (which the runner shows only on request). */
  const shown = (result: RunResult): string =>
    [
      ...result.stdout.split('\n').filter((line) => !line.startsWith('::debug::')),
      result.summary,
    ].join('\n');
  const ownList = (images: object[]) => ({
    JupyterLabAppSettings: { CustomImages: images, LifecycleConfigArns: LIFECYCLE },
  });
  const profileImages = (name: string): unknown =>
    (
      server.studio.userProfileSettings('d-team', name)?.JupyterLabAppSettings as
        { CustomImages?: unknown } | undefined
    )?.CustomImages;

  it('are counted in a warning, and not written to, by default', async () => {
    await start();
    server.studio.addUserProfile('d-team', 'alice', ownList([OTHER]));
    server.studio.addUserProfile('d-team', 'bob');
    const result = await release(STUDIO);

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(
      "::warning::Studio domain d-team: 1 of its 2 user profiles has an image list of its own (UserSettings.JupyterLabAppSettings.CustomImages), which Studio shows that user instead of the domain's, so they will not see this image.",
    );
    expect(writes()).not.toContain('UpdateUserProfile');
    expect(profileImages('alice')).toEqual([OTHER]);
    expect(result.summary).toContain('(`user-profiles: none`): `d-team` 1;');
    expect(shown(result)).not.toMatch(/alice|bob/);
    expect(result.stdout).toContain(
      '::debug::Studio domain d-team: user profiles with their own UserSettings.JupyterLabAppSettings.CustomImages: alice.',
    );
  });

  it('get the image in their own lists with user-profiles: all, the rest of the member kept', async () => {
    await start();
    server.studio.addUserProfile('d-team', 'alice', ownList([OTHER]));
    server.studio.addUserProfile('d-team', 'bob');
    server.studio.addUserProfile('d-team', 'carol', {
      JupyterLabAppSettings: { CustomImages: [] },
    });
    const result = await release({ ...STUDIO, 'user-profiles': 'all' });

    expect(result.exitCode).toBe(0);
    expect(server.studio.userProfileSettings('d-team', 'alice')).toEqual(ownList([OTHER, mine(1)]));
    expect(profileImages('carol')).toEqual([mine(1)]);
    expect(server.studio.userProfileSettings('d-team', 'bob')).toEqual({});
    expect(writes()).toEqual([
      'CreateImageVersion',
      'CreateAppImageConfig',
      'UpdateDomain',
      'UpdateUserProfile',
      'UpdateUserProfile',
    ]);
    expect(result.summary).toContain('`d-team` 2 (2 changed)');
    expect(shown(result)).not.toMatch(/alice|bob|carol/);

    // A re-run of the same run gets the same version back and writes nothing to Studio.
    const seen = server.requests.length;
    const again = await release({ ...STUDIO, 'user-profiles': 'all' });
    expect(again.exitCode).toBe(0);
    expect(writes(seen)).toEqual(['CreateImageVersion']);
    expect(again.register.outputs['image-version']).toBe('1');
  });

  it('writes a profile again when another writer saved it from an older read', async () => {
    await start();
    server.studio.addUserProfile('d-team', 'alice', ownList([OTHER]));
    server.addImage('theirs');
    const theirs = { ...OTHER, ImageName: 'theirs' };
    server.studio.after('UpdateUserProfile', (domainId) =>
      server.studio.setUserProfileSettings(domainId, 'alice', ownList([OTHER, theirs])),
    );
    const result = await release({ ...STUDIO, 'user-profiles': 'all' });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(
      "Studio domain d-team, user profile 1 of 1: this image's entry is missing or wrong after the update (another writer saved the settings from an older read); writing it again.",
    );
    expect(profileImages('alice')).toEqual([OTHER, theirs, mine(1)]);
  });

  it('stop the step before anything is written when an own list is full', async () => {
    await start();
    const five = Array.from({ length: 5 }, (_, i) => ({ ...OTHER, ImageName: `image-${i}` }));
    server.studio.addUserProfile('d-team', 'alice', ownList(five));
    const result = await release({ ...STUDIO, 'user-profiles': 'all' });
    expect(result.exitCode).toBe(1);
    expect(errorAnnotations(result.stdout)).toEqual([
      'Studio domain "d-team": 1 user profile already holds 5 images in its own UserSettings.JupyterLabAppSettings.CustomImages, and SageMaker allows at most 5 at a user profile, so "my-image" cannot be added there; nothing was written to it. Remove images from that list (the debug log names the profiles: re-run with debug logging), or set `user-profiles: none`.',
    ]);
    expect(writes(studioFrom)).toEqual([]);
    expect(shown(result)).not.toContain('alice');
  });

  it('are planned in a dry run, without their names', async () => {
    await start();
    server.studio.addUserProfile('d-team', 'alice', ownList([OTHER]));
    const result = await release(
      { ...STUDIO, 'user-profiles': 'all', 'dry-run': 'true' },
      { register: { 'dry-run': 'true' } },
    );
    expect(result.exitCode).toBe(0);
    expect(writes()).toEqual([]);
    expect(result.stdout).toMatch(
      /^UpdateUserProfile \{"DomainId":"d-team","UserProfileName":"\(a user profile: its name is in the debug log\)"/m,
    );
    expect(result.summary).toContain('3 requests would be sent');
    expect(shown(result)).not.toContain('alice');
  });
});

describe('unknown domain ids', () => {
  it('are all named in one failure, before anything is written', async () => {
    await start();
    const result = await release({ ...STUDIO, 'domain-ids': 'd-nope001,d-nope002,d-team' });
    expect(result.exitCode).toBe(1);
    expect(errorAnnotations(result.stdout)).toEqual([
      expect.stringMatching(
        /^DescribeDomain for Studio domains "d-nope001" and "d-nope002" in us-east-1 failed: these 2 Studio domains do not exist in us-east-1, or these credentials cannot see them\. Check `domain-ids` \(`aws sagemaker list-domains` lists them\) and `aws-region`; nothing was (created|changed)\. \(ResourceNotFound for each; request ids \S+, \S+\)$/,
      ),
    ]);
    expect(studioOperations()).toEqual([
      'DescribeImage',
      'DescribeImageVersion',
      'DescribeDomain',
      'DescribeDomain',
      'DescribeDomain',
    ]);
    expect(writes(studioFrom)).toEqual([]);
  });
});
