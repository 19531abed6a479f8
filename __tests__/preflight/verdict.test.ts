// The verdict of the image checks, a pure function of what was read and the Studio settings:
// every check's branches, the reference to register, the checks' statuses and the summary facts.
import { describe, expect, it } from '@jest/globals';
import { parseEcrReference, type EcrReference } from '../../src/inputs/ecr-reference.js';
import { parseAppImageConfig } from '../../src/inputs/app-image-config.js';
import type { ImageConfig } from '../../src/preflight/image-config.js';
import type { ImageIndex, ImageManifest } from '../../src/preflight/manifest.js';
import {
  formatBytes,
  indexType,
  judgeImage,
  parseUser,
  studioSettingsOf,
  type CheckStatus,
  type ImageRead,
  type StudioImageSettings,
  type Verdict,
} from '../../src/preflight/verdict.js';

const D = (c: string): string => `sha256:${c.repeat(64)}`;
const URI = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/jupyter:2.1';
const IMAGE = `The base image ${URI}`;
const reference = parseEcrReference(URI) as EcrReference;

const manifest = (extra: Partial<ImageManifest> = {}): ImageManifest => ({
  kind: 'oci-manifest',
  config: { digest: D('c') },
  layers: 3,
  compressedSize: 481_200_000,
  soci: false,
  ...extra,
});
const config = (extra: Partial<ImageConfig> = {}): ImageConfig => ({
  os: 'linux',
  architecture: 'amd64',
  user: '1000:100',
  entrypoint: ['jupyter-lab'],
  cmd: [],
  env: ['PATH=/usr/bin'],
  ...extra,
});
const studio = (extra: Partial<StudioImageSettings> = {}): StudioImageSettings => ({
  appType: 'JupyterLab',
  uid: 1000,
  gid: 100,
  entrypoint: [],
  environment: [],
  ...extra,
});
const amd64Entry = { digest: D('a'), role: 'image', platform: 'linux/amd64' } as const;
const index = (extra: Partial<ImageIndex> = {}): ImageIndex => ({
  kind: 'oci-index',
  entries: [amd64Entry, { digest: D('b'), role: 'attestation', platform: 'unknown/unknown' }],
  amd64: [amd64Entry],
  otherPlatforms: [],
  attestations: 1,
  soci: false,
  ...extra,
});
const read = (extra: Partial<Extract<ImageRead, { kind: 'image' }>> = {}): ImageRead => ({
  kind: 'image',
  digest: D('a'),
  manifest: manifest(),
  config: config(),
  ...extra,
});

const statuses = (verdict: Verdict): Record<string, CheckStatus> =>
  Object.fromEntries(verdict.checks.map(({ check, status }) => [check, status]));
const findingsOf = (verdict: Verdict, check: string): [string, string][] =>
  verdict.findings
    .filter((finding) => finding.check === check)
    .map(({ severity, message }) => [severity, message]);

const FIX_AMD64 =
  'Build it for linux/amd64: `platforms: linux/amd64` in docker/build-push-action, or `docker buildx build --platform linux/amd64`.';

describe('an image Studio can run', () => {
  it('passes every check, registers the reference as given, and shows its facts', () => {
    const verdict = judgeImage(reference, read(), studio());
    expect(verdict).toStrictEqual({
      register: URI,
      findings: [],
      checks: [
        { check: 'exists', status: 'passed' },
        { check: 'platform', status: 'passed' },
        { check: 'index', status: 'passed' },
        { check: 'user', status: 'passed' },
        { check: 'start-command', status: 'passed' },
        { check: 'environment', status: 'passed' },
        { check: 'size', status: 'passed' },
      ],
      facts: {
        registered: URI,
        manifestType: 'OCI image manifest',
        platform: 'linux/amd64',
        user: '1000:100',
        entrypoint: ['jupyter-lab'],
        cmd: [],
        size: 481_200_000,
        layers: 3,
      },
    });
  });

  it('does not check the user or the start command without the Studio step', () => {
    const verdict = judgeImage(reference, read({ config: config({ user: '', entrypoint: [] }) }));
    expect(verdict.findings).toStrictEqual([]);
    const reason = 'no `app-image-config` was given';
    expect(verdict.checks.filter(({ status }) => status === 'not checked')).toStrictEqual([
      { check: 'user', status: 'not checked', reason },
      { check: 'start-command', status: 'not checked', reason },
    ]);
    expect(verdict.facts.user).toBe('');
  });
});

describe('1. the tag or digest exists', () => {
  it('stops at a missing tag, naming repository, registry and fix', () => {
    const verdict = judgeImage(
      reference,
      { kind: 'missing', code: 'ImageNotFound', reason: 'Requested image not found' },
      studio(),
    );
    expect(verdict).toStrictEqual({
      register: URI,
      findings: [
        {
          check: 'exists',
          severity: 'error',
          message: `${IMAGE} does not exist: repository "team/jupyter" (registry 123456789012 in eu-west-1) has no tag "2.1", so the version would end CREATE_FAILED minutes from now. Push the image first (docker/build-push-action with \`push: true\`), or correct \`base-image\`.`,
        },
      ],
      checks: [
        { check: 'exists', status: 'error' },
        ...['platform', 'index', 'user', 'start-command', 'environment', 'size'].map((check) => ({
          check,
          status: 'not reached',
        })),
      ],
      facts: { registered: URI },
    });
  });

  it('names a missing digest', () => {
    const byDigest = parseEcrReference(
      `123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/jupyter@${D('e')}`,
    ) as EcrReference;
    const verdict = judgeImage(byDigest, { kind: 'missing', code: 'ImageNotFound', reason: '' });
    expect(verdict.findings[0]?.message).toContain(`has no digest ${D('e')}, so the version`);
  });

  it('stops at a missing repository', () => {
    const verdict = judgeImage(reference, {
      kind: 'missing',
      code: 'RepositoryNotFoundException',
      reason: "The repository with name 'team/jupyter' does not exist",
    });
    expect(findingsOf(verdict, 'exists')).toStrictEqual([
      [
        'error',
        `${IMAGE} cannot be found: registry 123456789012 in eu-west-1 has no repository "team/jupyter" that these credentials can see, so SageMaker could not pull it either. Create the repository and push the image, or correct \`base-image\` (a repository in another account must allow this role in its repository policy).`,
      ],
    ]);
  });

  it.each([
    [
      'KmsError',
      'KMS key disabled',
      'ECR answered KmsError (KMS key disabled) for the tag "2.1" of repository "team/jupyter"',
    ],
    [
      'ImageTagDoesNotMatchDigest',
      '',
      'ECR answered ImageTagDoesNotMatchDigest for the tag "2.1" of repository "team/jupyter"',
    ],
  ])('stops at any other failure, %s, with its reason', (code, reason, fragment) => {
    const [finding] = judgeImage(reference, { kind: 'missing', code, reason }).findings;
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toBe(
      `${IMAGE} could not be read: ${fragment} (registry 123456789012 in eu-west-1), so SageMaker would most likely fail to pull it too. Check the image in the ECR console (its KMS key, or the upstream of a pull-through cache), or set \`preflight: warn\`.`,
    );
  });
});

describe('1. exists, for ./compare: nothing is registered, so nothing is said of a version or of `preflight`', () => {
  const compared = (code: string, reason: string): string | undefined =>
    judgeImage(reference, { kind: 'missing', code, reason }, undefined, 'compare').findings[0]
      ?.message;

  it.each([
    [
      'RepositoryNotFoundException',
      `${IMAGE} cannot be found: registry 123456789012 in eu-west-1 has no repository "team/jupyter" that these credentials can see. Create the repository and push the image, or correct \`base-image\` (a repository in another account must allow this role in its repository policy).`,
    ],
    [
      'ImageNotFound',
      `${IMAGE} does not exist: repository "team/jupyter" (registry 123456789012 in eu-west-1) has no tag "2.1". Push the image first (docker/build-push-action with \`push: true\`), or correct \`base-image\`.`,
    ],
    [
      'KmsError',
      `${IMAGE} could not be read: ECR answered KmsError (the reason) for the tag "2.1" of repository "team/jupyter" (registry 123456789012 in eu-west-1). Check the image in the ECR console (its KMS key, or the upstream of a pull-through cache).`,
    ],
  ])('%s', (code, message) => {
    expect(compared(code, code === 'KmsError' ? 'the reason' : '')).toBe(message);
  });
});

describe('2. linux/amd64', () => {
  it('stops at an image that is not one Studio can run, keeping the index type', () => {
    const verdict = judgeImage(reference, {
      kind: 'unreadable',
      problem: 'its config is not JSON',
      index: index(),
    });
    expect(verdict.findings).toStrictEqual([
      {
        check: 'platform',
        severity: 'error',
        message: `${IMAGE} is not an image Studio can run: its config is not JSON. Studio needs a Docker v2 or OCI image for linux/amd64; push one and register that.`,
      },
    ]);
    expect(statuses(verdict)).toMatchObject({
      exists: 'passed',
      platform: 'error',
      index: 'not reached',
    });
    expect(verdict.facts).toStrictEqual({
      registered: URI,
      manifestType: 'OCI image index (linux/amd64, 1 attestation)',
    });
    const plain = judgeImage(reference, { kind: 'unreadable', problem: 'x' });
    expect(plain.facts).toStrictEqual({ registered: URI });
  });

  it('stops at an index with no linux/amd64 image', () => {
    const arm64 = index({ amd64: [], otherPlatforms: ['linux/arm64/v8'] });
    const verdict = judgeImage(reference, { kind: 'no-amd64', index: arm64 }, studio());
    expect(verdict.findings).toStrictEqual([
      {
        check: 'platform',
        severity: 'error',
        message: `${IMAGE} is an OCI image index (linux/arm64/v8, 1 attestation) with no linux/amd64 image, but Studio runs apps on x86 instances: the app would fail to start ("exec format error", shown as InternalFailure). ${FIX_AMD64}`,
      },
    ]);
    expect(verdict.facts).toStrictEqual({
      registered: URI,
      manifestType: 'OCI image index (linux/arm64/v8, 1 attestation)',
      platform: 'linux/arm64/v8',
    });
  });

  it('names an empty Docker manifest list as such', () => {
    const empty = index({
      kind: 'docker-manifest-list',
      entries: [],
      amd64: [],
      attestations: 0,
    });
    const verdict = judgeImage(reference, { kind: 'no-amd64', index: empty });
    expect(verdict.findings[0]?.message).toContain(
      `${IMAGE} is a Docker manifest list (empty) with no linux/amd64 image`,
    );
    expect(verdict.facts.platform).toBe('none');
  });

  const noArchitecture: ImageConfig = { os: 'linux', user: '', entrypoint: [], cmd: [], env: [] };
  it.each<[ImageConfig, string]>([
    [config({ user: '', architecture: 'arm64', variant: 'v8' }), 'linux/arm64/v8'],
    [config({ user: '', os: 'windows' }), 'windows/amd64'],
    [noArchitecture, 'linux/unknown'],
  ])('finds a plain manifest built for %j, and still runs the other checks', (cfg, name) => {
    const verdict = judgeImage(reference, read({ config: cfg }), studio());
    expect(findingsOf(verdict, 'platform')).toStrictEqual([
      [
        'error',
        `${IMAGE} is built for ${name}, but Studio runs apps on x86 instances (linux/amd64): the app would fail to start ("exec format error", shown as InternalFailure). ${FIX_AMD64}`,
      ],
    ]);
    expect(statuses(verdict)).toMatchObject({ platform: 'error', user: 'error' });
    expect(verdict.facts.platform).toBe(name);
  });
});

describe('3. an index is registered by its amd64 digest', () => {
  const byDigest = `123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/jupyter@${D('a')}`;

  it('registers the amd64 manifest of an attestation index by digest, and says so', () => {
    const verdict = judgeImage(reference, read({ index: index() }), studio());
    expect(verdict.register).toBe(byDigest);
    expect(verdict.facts.registered).toBe(byDigest);
    expect(verdict.facts.manifestType).toBe('OCI image index (linux/amd64, 1 attestation)');
    expect(verdict.findings).toStrictEqual([
      {
        check: 'index',
        severity: 'notice',
        message: `${IMAGE} is an OCI image index (linux/amd64, 1 attestation): its linux/amd64 image is registered by digest, ${byDigest}, so SageMaker gets the one image Studio can run and not the build attestations or other platforms beside it. Building with \`provenance: false\` is not needed for this.`,
      },
    ]);
    expect(statuses(verdict).index).toBe('notice');
  });

  it('does the same beside other platforms', () => {
    const multi = index({ otherPlatforms: ['linux/arm64/v8'], attestations: 2 });
    const verdict = judgeImage(reference, read({ index: multi }));
    expect(verdict.register).toBe(byDigest);
    expect(verdict.facts.manifestType).toBe(
      'OCI image index (linux/amd64, linux/arm64/v8, 2 attestations)',
    );
  });

  it.each([
    [
      'the index',
      {
        index: index({
          soci: true,
          attestations: 0,
          entries: [amd64Entry, { digest: D('5'), role: 'soci-index', platform: 'linux/amd64' }],
        }),
      },
      'OCI image index (linux/amd64, SOCI index)',
    ],
    [
      'the image manifest',
      { index: index({ attestations: 0 }), manifest: manifest({ soci: true }) },
      'OCI image index (linux/amd64)',
    ],
  ])('registers an index as given when %s names a SOCI index', (_label, extra, type) => {
    const verdict = judgeImage(reference, read(extra));
    expect(verdict.register).toBe(URI);
    expect(findingsOf(verdict, 'index')).toStrictEqual([
      [
        'notice',
        `${IMAGE} is an ${type} that carries a SOCI index: it is registered as given, since Studio needs the index to find the SOCI index and start the image lazily (faster start-up).`,
      ],
    ]);
  });

  it('registers an index with two amd64 images as given', () => {
    const v3 = { digest: D('3'), role: 'image', platform: 'linux/amd64/v3' } as const;
    const verdict = judgeImage(reference, read({ index: index({ amd64: [amd64Entry, v3] }) }));
    expect(verdict.register).toBe(URI);
    expect(findingsOf(verdict, 'index')).toStrictEqual([
      [
        'notice',
        `${IMAGE} is an OCI image index (linux/amd64, linux/amd64/v3, 1 attestation) with 2 linux/amd64 images (linux/amd64, linux/amd64/v3): it is registered as given and the runtime picks one; the checks read the first.`,
      ],
    ]);
  });
});

describe('4. the user', () => {
  const ids = (uid: number, gid: number): string =>
    `uid ${uid} and gid ${gid} (\`FileSystemConfig\` of \`app-image-config\`)`;
  const judgeUser = (
    user: string,
    settings: Partial<StudioImageSettings> = {},
  ): [string, string][] =>
    findingsOf(judgeImage(reference, read({ config: config({ user }) }), studio(settings)), 'user');

  it('passes 1000:100', () => {
    expect(judgeUser('1000:100')).toStrictEqual([]);
  });

  it('finds root (no USER) where Studio needs 1000/100', () => {
    expect(judgeUser('')).toStrictEqual([
      [
        'error',
        `${IMAGE} runs as root (no USER) (uid 0, gid 0), but Studio will run it with ${ids(1000, 100)}: the JupyterLab app would not own its home directory and may fail to start. Set \`USER 1000:100\` in the Dockerfile.`,
      ],
    ]);
  });

  it('offers 0/0 for a root KernelGateway image, which Studio supports', () => {
    expect(judgeUser('root', { appType: 'KernelGateway' })[0]?.[1]).toBe(
      `${IMAGE} runs as "root" (uid 0, gid 0), but Studio will run it with ${ids(1000, 100)}: the KernelGateway app would not own its home directory and may fail to start. Set \`USER 1000:100\` in the Dockerfile, or set \`DefaultUid: 0\` and \`DefaultGid: 0\` in the document's \`FileSystemConfig\`.`,
    );
    expect(judgeUser('', { appType: 'KernelGateway', uid: 0, gid: 0 })).toStrictEqual([]);
  });

  it.each([
    ['1001:100', 'uid 1001'],
    ['1000:1000', 'gid 1000'],
    ['0:0', 'uid 0, gid 0'],
  ])('finds %s, naming what differs', (user, wrong) => {
    expect(judgeUser(user)).toStrictEqual([
      [
        'error',
        `${IMAGE} runs as "${user}" (${wrong}), but Studio will run it with ${ids(1000, 100)}: the JupyterLab app would not own its home directory and may fail to start. Set \`USER 1000:100\` in the Dockerfile.`,
      ],
    ]);
  });

  it.each([
    ['sagemaker-user', 'the user "sagemaker-user" and its primary group'],
    ['1000', 'its primary group'],
    ['1000:users', 'the group "users"'],
    ['jovyan:100', 'the user "jovyan"'],
  ])('cannot check %s from the config: a notice', (user, unknown) => {
    expect(judgeUser(user)).toStrictEqual([
      [
        'notice',
        `${IMAGE} runs as "${user}": the ids of ${unknown} are defined in the image's /etc/passwd and /etc/group, which these checks do not read. Studio will run it with ${ids(1000, 100)}; write \`USER 1000:100\` with numbers so the check can confirm it.`,
      ],
    ]);
  });

  it('finds a wrong uid and notes the unknown group, the error winning', () => {
    const verdict = judgeImage(reference, read({ config: config({ user: '1001' }) }), studio());
    expect(findingsOf(verdict, 'user').map(([severity]) => severity)).toStrictEqual([
      'error',
      'notice',
    ]);
    expect(statuses(verdict).user).toBe('error');
  });

  it('warns when image and AppImageConfig agree on ids Studio does not support for the app', () => {
    expect(judgeUser('0:0', { uid: 0, gid: 0 })).toStrictEqual([
      [
        'warning',
        `${IMAGE} is to run with ${ids(0, 0)}, but Studio supports 1000:100 for JupyterLab images. Use \`USER 1000:100\` in the Dockerfile and Studio's default \`DefaultUid\` and \`DefaultGid\`.`,
      ],
    ]);
    expect(judgeUser('1000:100', { appType: 'CodeEditor' })).toStrictEqual([]);
    expect(
      judgeUser('1001:1001', { appType: 'KernelGateway', uid: 1001, gid: 1001 }),
    ).toStrictEqual([
      [
        'warning',
        `${IMAGE} is to run with ${ids(1001, 1001)}, but Studio supports 1000:100 or 0:0 for KernelGateway images. Use \`USER 1000:100\` in the Dockerfile and Studio's default \`DefaultUid\` and \`DefaultGid\`.`,
      ],
    ]);
  });

  it('says only what differs when the ids differ, whether or not Studio supports the configured ones', () => {
    expect(judgeUser('1001:100', { uid: 0, gid: 0 }).map(([severity]) => severity)).toStrictEqual([
      'error',
    ]);
  });

  it("offers the image's own ids when Studio supports them for the app", () => {
    expect(judgeUser('1000:100', { appType: 'KernelGateway', uid: 0, gid: 0 })[0]?.[1]).toContain(
      "or set `DefaultUid: 1000` and `DefaultGid: 100` in the document's `FileSystemConfig`.",
    );
  });

  it('gives the user check the worst of its findings, whatever their order', () => {
    const verdict = judgeImage(
      reference,
      read({ config: config({ user: 'jovyan' }) }),
      studio({ uid: 0, gid: 0 }),
    );
    expect(findingsOf(verdict, 'user').map(([severity]) => severity)).toStrictEqual([
      'notice',
      'warning',
    ]);
    expect(statuses(verdict).user).toBe('warning');
  });
});

describe('parseUser', () => {
  it.each([
    ['', { uid: 0, gid: 0 }],
    ['root', { uid: 0, gid: 0 }],
    ['0', { uid: 0, gid: 0 }],
    ['root:root', { uid: 0, gid: 0 }],
    ['1000:100', { uid: 1000, gid: 100 }],
    ['1000', { uid: 1000 }],
    ['sagemaker-user', { userName: 'sagemaker-user' }],
    ['jovyan:users', { userName: 'jovyan', groupName: 'users' }],
    ['1000:', { uid: 1000, groupName: '' }],
    ['a:b:c', { userName: 'a', groupName: 'b:c' }],
    [':100', { userName: '', gid: 100 }],
    ['1000x', { userName: '1000x' }],
    ['x1000', { userName: 'x1000' }],
  ])('reads %j', (user, parsed) => {
    expect(parseUser(user)).toStrictEqual(parsed);
  });
});

describe('5. the start command', () => {
  const noStart = config({ entrypoint: [], cmd: [] });

  it.each([
    ['JupyterLab', 'JupyterLab on port 8888 at base URL `/jupyterlab/default`'],
    ['CodeEditor', 'Code Editor on 0.0.0.0:8888 at base URL `/codeeditor/default`'],
  ] as const)('stops a %s image with nothing to start (an error)', (appType, serves) => {
    const verdict = judgeImage(reference, read({ config: noStart }), studio({ appType }));
    expect(findingsOf(verdict, 'start-command')).toStrictEqual([
      [
        'error',
        `${IMAGE} has no ENTRYPOINT and no CMD, and \`app-image-config\` has no \`ContainerEntrypoint\`: a ${appType} app would have nothing to start. Studio needs it to serve ${serves}. Add ENTRYPOINT or CMD to the Dockerfile, or set \`ContainerConfig.ContainerEntrypoint\` (and \`ContainerArguments\`) in \`app-image-config\`.`,
      ],
    ]);
  });

  it.each([
    ['a CMD', { cmd: ['jupyter-lab'] }, {}],
    ['an ENTRYPOINT', { entrypoint: ['start'] }, {}],
    ['`container-entrypoint`', {}, { entrypoint: ['/start.sh'] }],
  ])('passes with %s', (_label, image, settings) => {
    const verdict = judgeImage(
      reference,
      read({ config: { ...noStart, ...image } }),
      studio(settings),
    );
    expect(statuses(verdict)['start-command']).toBe('passed');
  });

  it('does not check KernelGateway, whose start Studio overrides', () => {
    const verdict = judgeImage(
      reference,
      read({ config: noStart }),
      studio({ appType: 'KernelGateway' }),
    );
    expect(verdict.checks.find(({ check }) => check === 'start-command')).toStrictEqual({
      check: 'start-command',
      status: 'not checked',
      reason: 'Studio starts KernelGateway images itself (ENTRYPOINT and CMD are overridden)',
    });
    expect(verdict.findings).toStrictEqual([]);
  });
});

describe('6. AWS_* and SAGEMAKER_* variables', () => {
  const overridden =
    'SageMaker sets its own AWS_* and SAGEMAKER_* variables in Studio apps, and they take precedence';

  it('warns about the keys in the image, never their values, each once', () => {
    const env = [
      'PATH=/bin',
      'AWS_REGION=eu-west-1',
      'SAGEMAKER_X=secret-value',
      'AWS_REGION=x',
      'aws_profile=p',
      'NOEQUALS',
    ];
    const verdict = judgeImage(reference, read({ config: config({ env }) }));
    expect(findingsOf(verdict, 'environment')).toStrictEqual([
      [
        'warning',
        `${IMAGE} sets \`AWS_REGION\`, \`SAGEMAKER_X\` in its environment (ENV): ${overridden}, so the app would not see the values the image was built with. Remove them from the Dockerfile, or name them without these prefixes.`,
      ],
    ]);
    expect(JSON.stringify(verdict)).not.toContain('secret-value');
  });

  it.each(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'])(
    'says to rotate credentials baked into the image: %s, beside another key',
    (key) => {
      const env = ['AWS_REGION=eu-west-1', `${key}=abc`];
      const [finding] = judgeImage(reference, read({ config: config({ env }) })).findings;
      expect(finding?.message).toMatch(
        / Credentials in an image can be read by anyone who can pull it: rotate them\.$/,
      );
      expect(finding?.message).not.toContain('abc');
    },
  );

  it('says nothing of a key that only contains the prefixes, and of credentials without one', () => {
    const env = ['MY_AWS_REGION=x', 'XSAGEMAKER_Y=z', 'AWS_REGION=eu-west-1'];
    const [finding] = judgeImage(reference, read({ config: config({ env }) })).findings;
    expect(finding?.message).toContain('sets `AWS_REGION` in its environment (ENV)');
    expect(finding?.message).not.toContain('Credentials');
  });

  it('shows a key of 64 characters whole, and cuts a longer one there', () => {
    const long = `AWS_${'K'.repeat(60)}`;
    const env = [`${long}=v`, `${long}X=v`];
    const [finding] = judgeImage(reference, read({ config: config({ env }) })).findings;
    expect(finding?.message).toContain(`sets \`${long}\`, \`${long}…\` in its environment`);
  });

  it('lists at most ten keys', () => {
    const env = Array.from({ length: 12 }, (_, i) => `AWS_K${i}=v`);
    const [finding] = judgeImage(reference, read({ config: config({ env }) })).findings;
    expect(finding?.message).toContain('`AWS_K8`, `AWS_K9` and 2 more in its environment');
  });

  it("warns about the document's ContainerEnvironmentVariables too, when it is given", () => {
    const settings = studio({
      environment: [
        ['SAGEMAKER_APP_TYPE', 'x'],
        ['PIP_INDEX_URL', 'y'],
      ],
    });
    const verdict = judgeImage(reference, read(), settings);
    expect(findingsOf(verdict, 'environment')).toStrictEqual([
      [
        'warning',
        `\`ContainerEnvironmentVariables\` in \`app-image-config\` sets \`SAGEMAKER_APP_TYPE\` for the base image ${URI}: ${overridden}. Name them without these prefixes, or leave them out.`,
      ],
    ]);
  });
});

describe('7. the size', () => {
  it('says nothing up to 10 GB, and points to SOCI above', () => {
    const at = judgeImage(
      reference,
      read({ manifest: manifest({ compressedSize: 10_000_000_000 }) }),
    );
    expect(at.findings).toStrictEqual([]);
    const above = judgeImage(
      reference,
      read({ manifest: manifest({ compressedSize: 10_000_000_001, layers: 40 }) }),
    );
    expect(above.findings).toStrictEqual([
      {
        check: 'size',
        severity: 'notice',
        message: `${IMAGE} is 10.0 GB compressed (40 layers): Studio pulls all of it before the app starts, so start-up will be slow. A SOCI index (\`soci convert\`, registered with the image index it makes) lets Studio start it lazily; a smaller image starts faster too.`,
      },
    ]);
    expect(above.facts.size).toBe(10_000_000_001);
  });
});

describe('the helpers', () => {
  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [1000, '1.0 kB'],
    [999_999, '1000.0 kB'],
    [1_000_000, '1.0 MB'],
    [1_500_000, '1.5 MB'],
    [481_200_000, '481.2 MB'],
    [10_700_000_000, '10.7 GB'],
    [2_000_000_000_000_000, '2000.0 TB'],
  ])('formatBytes(%d) is %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it('indexType names platforms, attestations and SOCI', () => {
    expect(indexType(index({ attestations: 2 }))).toBe(
      'OCI image index (linux/amd64, 2 attestations)',
    );
  });

  it('studioSettingsOf takes what the checks need from the app-image-config document', () => {
    const parsedDocument = parseAppImageConfig(
      [
        'CodeEditorAppImageConfig:',
        '  FileSystemConfig: { MountPath: /home/sagemaker-user, DefaultUid: 0, DefaultGid: 0 }',
        '  ContainerConfig:',
        '    ContainerEntrypoint: [/start]',
        '    ContainerArguments: [--x]',
        '    ContainerEnvironmentVariables: { A: b }',
      ].join('\n'),
      { workspace: '/ws', read: () => undefined },
    );
    if (!parsedDocument.ok) throw new Error(parsedDocument.problems.join('\n'));
    expect(studioSettingsOf(parsedDocument.document)).toStrictEqual({
      appType: 'CodeEditor',
      uid: 0,
      gid: 0,
      entrypoint: ['/start'],
      environment: [['A', 'b']],
    });
    const defaults = parseAppImageConfig('JupyterLabAppImageConfig: {}', {
      workspace: '/ws',
      read: () => undefined,
    });
    if (!defaults.ok) throw new Error(defaults.problems.join('\n'));
    // Studio's file system defaults when the document names none.
    expect(studioSettingsOf(defaults.document)).toMatchObject({ uid: 1000, gid: 100 });
  });
});

describe('text from the image in messages', () => {
  it('quotes a user with line breaks and workflow commands, on one line', () => {
    const user = 'x\n::error::owned';
    const [finding] = judgeImage(reference, read({ config: config({ user }) }), studio()).findings;
    expect(finding?.message).toContain(
      'runs as "x\\n::error::owned": the ids of the user "x\\n" and the group ":error::owned"',
    );
    expect(finding?.message).not.toContain('\n');
  });

  it('cuts long variable names short, and keeps every message on one line', () => {
    const key = `AWS_${'K'.repeat(100)}`;
    const verdict = judgeImage(reference, read({ config: config({ env: [`${key}=v`] }) }));
    expect(verdict.findings[0]?.message).toContain(`\`${key.slice(0, 64)}…\``);
    const unreadable = judgeImage(reference, { kind: 'unreadable', problem: 'a\nb\r\n::c' });
    expect(unreadable.findings[0]?.message).toContain('can run: a b ::c.');
    expect(unreadable.findings[0]?.message).not.toMatch(/[\r\n]/);
  });
});
