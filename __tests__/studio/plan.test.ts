import { describe, expect, it } from '@jest/globals';
import type { CustomImage, DescribeDomainResponse } from '@aws-sdk/client-sagemaker';
import {
  appImageConfigAction,
  desiredAppImageConfig,
  desiredEntry,
  planDomain,
} from '../../src/studio/plan.js';
import { MAX_CUSTOM_IMAGES, mergeCustomImages, rollbackFrom } from '../../src/core/studio-lists.js';
import type { StudioInputs } from '../../src/inputs/studio-inputs.js';
import { parseAppImageConfig } from '../../src/inputs/app-image-config.js';

const a: CustomImage = { ImageName: 'team-a', AppImageConfigName: 'team-a' };
const b: CustomImage = { ImageName: 'team-b', AppImageConfigName: 'team-b', ImageVersionNumber: 7 };
const mine = (version?: number): CustomImage => desiredEntry('my-image', 'my-config', version);

describe('mergeCustomImages', () => {
  it.each<[string, CustomImage[] | undefined, CustomImage, CustomImage[], boolean]>([
    ['no list at all', undefined, mine(3), [mine(3)], true],
    ['an empty list', [], mine(3), [mine(3)], true],
    ['other images kept in order, this one appended', [a, b], mine(3), [a, b, mine(3)], true],
    ['this image replaced where it stands', [a, mine(2), b], mine(3), [a, mine(3), b], true],
    ['pinned → latest drops the number', [a, mine(2)], mine(), [a, mine()], true],
    ['latest → pinned adds it', [mine(), b], mine(4), [mine(4), b], true],
    ['the same entry: no change', [a, mine(3), b], mine(3), [a, mine(3), b], false],
    ['latest and latest: no change', [mine()], mine(), [mine()], false],
    [
      'another config for this image is replaced',
      [{ ...mine(3), AppImageConfigName: 'old' }],
      mine(3),
      [mine(3)],
      true,
    ],
    [
      'the name in another case is this image',
      [a, { ...mine(3), ImageName: 'My-Image' }],
      mine(3),
      [a, mine(3)],
      true,
    ],
  ])('%s', (_name, current, entry, expected, changed) => {
    const merged = mergeCustomImages(current, entry);
    expect(merged.images).toEqual(expected);
    expect(merged.changed).toBe(changed);
  });

  it('leaves the list it was given alone', () => {
    const current = [a, mine(2)];
    mergeCustomImages(current, mine(3));
    expect(current).toEqual([a, mine(2)]);
  });
});

describe('newest wins in a CustomImages list', () => {
  it.each<[string, CustomImage, CustomImage, number | undefined, number | undefined]>([
    ['a pin to a lower number', mine(5), mine(4), undefined, 5],
    ['a pin to the same number', mine(4), mine(4), undefined, undefined],
    ['a pin to a higher number', mine(3), mine(4), 9, undefined],
    ['latest, when the image has a newer version', mine(), mine(4), 7, 7],
    ['latest, when this is the newest version', mine(), mine(4), 4, undefined],
    ['latest, the newest version unknown', mine(), mine(4), undefined, undefined],
    ['unpinning (latest is never older)', mine(5), mine(), 5, undefined],
  ])('%s', (_name, before, entry, newest, expected) => {
    expect(rollbackFrom(before, entry, newest)).toBe(expected);
  });

  it('keeps a newer entry as it is, and says which version it stays on', () => {
    const merged = mergeCustomImages([a, mine(5)], mine(4), { allowRollback: false });
    expect(merged).toStrictEqual({
      images: [a, mine(5)],
      before: mine(5),
      changed: false,
      heldNewer: 5,
    });
  });

  it('replaces it when rollbacks are allowed', () => {
    const merged = mergeCustomImages([a, mine(5)], mine(4), {
      allowRollback: true,
      newestVersion: 9,
    });
    expect(merged).toStrictEqual({ images: [a, mine(4)], before: mine(5), changed: true });
  });

  it('holds a level in a domain plan: no request, the entry after is the newer one', () => {
    const described: DescribeDomainResponse = {
      DefaultUserSettings: { JupyterLabAppSettings: { CustomImages: [mine()] } },
      DefaultSpaceSettings: { JupyterLabAppSettings: { CustomImages: [mine(2)] } },
    };
    const plan = planDomain('d-1', described, STUDIO, mine(4), {
      allowRollback: false,
      newestVersion: 6,
    });
    expect(plan.levels.map((l) => [l.heldNewer, l.changed, l.after])).toEqual([
      [6, false, mine()],
      [undefined, true, mine(4)],
    ]);
    expect(plan.request).toEqual({
      DomainId: 'd-1',
      DefaultSpaceSettings: { JupyterLabAppSettings: { CustomImages: [mine(4)] } },
    });
  });
});

const STUDIO: Pick<StudioInputs, 'appType' | 'levels'> = {
  appType: 'JupyterLab',
  levels: ['user', 'space'],
};
const SIBLINGS = {
  DefaultResourceSpec: { InstanceType: 'ml.t3.medium' as const },
  LifecycleConfigArns: ['arn:aws:sagemaker:us-east-1:1:studio-lifecycle-config/x'],
  CodeRepositories: [{ RepositoryUrl: 'https://example.com/r.git' }],
};

describe('planDomain', () => {
  const domain: DescribeDomainResponse = {
    DomainId: 'd-one',
    Status: 'InService',
    DefaultUserSettings: {
      ExecutionRole: 'arn:aws:iam::1:role/R',
      JupyterLabAppSettings: { ...SIBLINGS, CustomImages: [a, b] },
      KernelGatewayAppSettings: { CustomImages: [a] },
    },
    DefaultSpaceSettings: { JupyterLabAppSettings: { CustomImages: [mine(3)] } },
  };

  it("sends the chosen app's member of each changed level whole, with only CustomImages new", () => {
    const plan = planDomain('d-one', domain, STUDIO, mine(4));
    expect(plan.levels[0]).toStrictEqual({
      level: 'user',
      path: 'DefaultUserSettings.JupyterLabAppSettings',
      after: mine(4),
      changed: true,
      imagesBefore: [a, b],
      imagesAfter: [a, b, mine(4)],
    });
    expect(plan.request).toEqual({
      DomainId: 'd-one',
      DefaultUserSettings: {
        JupyterLabAppSettings: { ...SIBLINGS, CustomImages: [a, b, mine(4)] },
      },
      DefaultSpaceSettings: { JupyterLabAppSettings: { CustomImages: [mine(4)] } },
    });
    expect(plan.levels.map((l) => [l.path, l.before, l.changed])).toEqual([
      ['DefaultUserSettings.JupyterLabAppSettings', undefined, true],
      ['DefaultSpaceSettings.JupyterLabAppSettings', mine(3), true],
    ]);
  });

  it('leaves out the levels already right, and sends nothing when all are', () => {
    const onlyUser = planDomain('d-one', domain, STUDIO, mine(3));
    expect(Object.keys(onlyUser.request ?? {})).toEqual(['DomainId', 'DefaultUserSettings']);
    const done = planDomain('d-one', domain, { ...STUDIO, levels: ['space'] }, mine(3));
    expect(done.request).toBeUndefined();
  });

  it('creates the member when the level has none', () => {
    const plan = planDomain('d-one', {}, { appType: 'CodeEditor', levels: ['user'] }, mine());
    expect(plan.request).toEqual({
      DomainId: 'd-one',
      DefaultUserSettings: { CodeEditorAppSettings: { CustomImages: [mine()] } },
    });
  });

  const full = (n: number): DescribeDomainResponse => ({
    DefaultUserSettings: {
      JupyterLabAppSettings: {
        CustomImages: Array.from({ length: n }, (_, i) => ({ ...a, ImageName: `i-${i}` })),
      },
    },
  });

  it(`adds to ${MAX_CUSTOM_IMAGES - 1} images, and replaces in place at ${MAX_CUSTOM_IMAGES}`, () => {
    const user = { ...STUDIO, levels: ['user'] as const };
    expect(planDomain('d-one', full(199), user, mine(1)).levels[0]?.imagesAfter).toHaveLength(200);
    const atLimit = full(200);
    const images = atLimit.DefaultUserSettings?.JupyterLabAppSettings?.CustomImages ?? [];
    images[5] = mine(1);
    expect(planDomain('d-one', atLimit, user, mine(2)).levels[0]?.imagesAfter).toHaveLength(200);
  });

  it(`fails before writing when a list would pass ${MAX_CUSTOM_IMAGES}`, () => {
    expect(() => planDomain('d-one', full(200), STUDIO, mine(1))).toThrow(
      'Studio domain "d-one": DefaultUserSettings.JupyterLabAppSettings.CustomImages already holds 200 images, the most SageMaker allows is 200, so "my-image" cannot be added.',
    );
  });
});

/** The Studio inputs' AppImageConfig, named my-config, from a document as a user writes it. */
function config(lines: readonly string[]): Pick<StudioInputs, 'appImageConfig'> {
  const result = parseAppImageConfig(lines.join('\n'), { workspace: '/ws', read: () => undefined });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return { appImageConfig: { name: 'my-config', document: result.document } };
}
const JUPYTER_LINES = [
  'JupyterLabAppImageConfig:',
  '  FileSystemConfig: { MountPath: /home/sagemaker-user, DefaultUid: 1000, DefaultGid: 100 }',
  '  ContainerConfig:',
  '    ContainerEntrypoint: [jupyter-lab]',
  "    ContainerArguments: ['--ServerApp.port=8888', --no-browser]",
  "    ContainerEnvironmentVariables: { B: '2', A: '1' }",
];
const CONFIG = config(JUPYTER_LINES);
const kernelConfig = (spec: string) =>
  config(['KernelGatewayImageConfig:', `  KernelSpecs: [${spec}]`]);

describe('desiredAppImageConfig', () => {
  it('sends what the document says, as it says it', () => {
    expect(desiredAppImageConfig(CONFIG)).toEqual({
      AppImageConfigName: 'my-config',
      JupyterLabAppImageConfig: {
        FileSystemConfig: { MountPath: '/home/sagemaker-user', DefaultUid: 1000, DefaultGid: 100 },
        ContainerConfig: {
          ContainerEntrypoint: ['jupyter-lab'],
          ContainerArguments: ['--ServerApp.port=8888', '--no-browser'],
          ContainerEnvironmentVariables: { B: '2', A: '1' },
        },
      },
    });
    expect(desiredAppImageConfig(config(['CodeEditorAppImageConfig: {}']))).toEqual({
      AppImageConfigName: 'my-config',
      CodeEditorAppImageConfig: {},
    });
  });

  it("gives KernelGateway its kernel specs, and the document's tags", () => {
    const kernel = desiredAppImageConfig(
      config([
        'KernelGatewayImageConfig:',
        '  KernelSpecs: [{ Name: python3 }]',
        'Tags: [{ Key: team, Value: ml }]',
      ]),
    );
    expect(kernel.KernelGatewayImageConfig?.KernelSpecs).toEqual([{ Name: 'python3' }]);
    expect(kernel.Tags).toEqual([{ Key: 'team', Value: 'ml' }]);
  });
});

describe('appImageConfigAction', () => {
  const desired = desiredAppImageConfig(CONFIG);
  const described = (member: object): object => ({
    AppImageConfigName: 'my-config',
    AppImageConfigArn: 'arn:x',
    JupyterLabAppImageConfig: member,
  });
  const same = desired.JupyterLabAppImageConfig ?? {};

  it('counts an entrypoint left out as an empty one', () => {
    const { ContainerEntrypoint: _, ...container } = same.ContainerConfig ?? {};
    const withoutEntrypoint = {
      ...desired,
      JupyterLabAppImageConfig: { ...same, ContainerConfig: container },
    };
    const emptyEntrypoint = described({
      ...same,
      ContainerConfig: { ...container, ContainerEntrypoint: [] },
    });
    expect(appImageConfigAction(emptyEntrypoint as never, withoutEntrypoint, 'JupyterLab')).toBe(
      'none',
    );
  });

  it.each<[string, object | undefined, string]>([
    ['missing: create', undefined, 'create'],
    ['the same: nothing', described(same), 'none'],
    [
      'environment in another order: nothing',
      described({
        ...same,
        ContainerConfig: {
          ...same.ContainerConfig,
          ContainerEnvironmentVariables: { A: '1', B: '2' },
        },
      }),
      'none',
    ],
    [
      'a changed value: update',
      described({
        ...same,
        ContainerConfig: {
          ...same.ContainerConfig,
          ContainerEnvironmentVariables: { A: '1', B: '3' },
        },
      }),
      'update',
    ],
    [
      'an entrypoint changed: update',
      described({
        ...same,
        ContainerConfig: { ...same.ContainerConfig, ContainerEntrypoint: ['/bin/other'] },
      }),
      'update',
    ],
    [
      'arguments in another order: update',
      described({
        ...same,
        ContainerConfig: {
          ...same.ContainerConfig,
          ContainerArguments: ['--no-browser', '--ServerApp.port=8888'],
        },
      }),
      'update',
    ],
    [
      'no file system config: update',
      described({ ContainerConfig: same.ContainerConfig }),
      'update',
    ],
    [
      'another uid: update',
      described({ ...same, FileSystemConfig: { ...same.FileSystemConfig, DefaultUid: 0 } }),
      'update',
    ],
  ])('%s', (_name, existing, action) => {
    expect(appImageConfigAction(existing, desired, 'JupyterLab')).toBe(action);
  });

  it('treats an empty container config as none', () => {
    const bare = desiredAppImageConfig(config(JUPYTER_LINES.slice(0, 2)));
    const existing = {
      JupyterLabAppImageConfig: {
        ...bare.JupyterLabAppImageConfig,
        ContainerConfig: { ContainerArguments: [], ContainerEnvironmentVariables: {} },
      },
    };
    expect(appImageConfigAction(existing, bare, 'JupyterLab')).toBe('none');
  });

  it('does not repurpose a config made for another app type', () => {
    expect(() =>
      appImageConfigAction(
        { KernelGatewayImageConfig: { KernelSpecs: [] } },
        desired,
        'JupyterLab',
      ),
    ).toThrow(
      'AppImageConfig "my-config" exists for KernelGateway, not JupyterLab; it is left as it is, and nothing was attached. Set `app-image-config-name` to another name.',
    );
  });
});

describe('the Studio plan, at its edges', () => {
  it('pins a version number only when there is one', () => {
    expect('ImageVersionNumber' in desiredEntry('img', 'cfg', undefined)).toBe(false);
    expect(desiredEntry('img', 'cfg', 3)).toStrictEqual({
      ImageName: 'img',
      AppImageConfigName: 'cfg',
      ImageVersionNumber: 3,
    });
  });

  it('tells each level its entry before, and its list before (empty when there was none)', () => {
    const user = { appType: 'JupyterLab' as const, levels: ['user', 'space'] as const };
    const plan = planDomain(
      'd-one',
      { DefaultUserSettings: { JupyterLabAppSettings: { CustomImages: [a, mine(2)] } } },
      { ...user, levels: [...user.levels] },
      mine(3),
    );
    const [userLevel, spaceLevel] = plan.levels;
    expect(userLevel?.before).toStrictEqual(mine(2));
    expect(userLevel?.imagesBefore).toStrictEqual([a, mine(2)]);
    expect(spaceLevel !== undefined && 'before' in spaceLevel).toBe(false);
    expect(spaceLevel?.imagesBefore).toStrictEqual([]);
  });

  it('says in full what to do when a list is full', () => {
    const images = Array.from({ length: MAX_CUSTOM_IMAGES }, (_, i) => ({
      ...a,
      ImageName: `i-${i}`,
    }));
    expect(() =>
      planDomain(
        'd-one',
        { DefaultUserSettings: { JupyterLabAppSettings: { CustomImages: images } } },
        { appType: 'JupyterLab', levels: ['user'] },
        mine(1),
      ),
    ).toThrow(
      'Studio domain "d-one": DefaultUserSettings.JupyterLabAppSettings.CustomImages already holds 200 images, ' +
        'the most SageMaker allows is 200, so "my-image" cannot be added. Detach images no one uses ' +
        '(or choose other `settings-levels`); nothing was changed.',
    );
  });

  it('gives a KernelGateway kernel its display name only when there is one', () => {
    const specs = (spec: string) =>
      desiredAppImageConfig(kernelConfig(spec)).KernelGatewayImageConfig?.KernelSpecs;
    expect(specs("{ Name: python3, DisplayName: 'Python 3' }")).toStrictEqual([
      { Name: 'python3', DisplayName: 'Python 3' },
    ]);
    expect(specs('{ Name: python3 }')).toStrictEqual([{ Name: 'python3' }]);
  });

  const desired = desiredAppImageConfig(CONFIG);
  const same = desired.JupyterLabAppImageConfig ?? {};
  const fileSystem = same.FileSystemConfig ?? {};
  it.each<[string, object]>([
    ['another mount path', { FileSystemConfig: { ...fileSystem, MountPath: '/home/other' } }],
    ['another non-zero uid', { FileSystemConfig: { ...fileSystem, DefaultUid: 1001 } }],
    ['another non-zero gid', { FileSystemConfig: { ...fileSystem, DefaultGid: 101 } }],
    [
      'no entrypoint',
      { ContainerConfig: { ...same.ContainerConfig, ContainerEntrypoint: undefined } },
    ],
  ])('updates a JupyterLab config with %s', (_name, change) => {
    const existing = { JupyterLabAppImageConfig: { ...same, ...change } };
    expect(appImageConfigAction(existing, desired, 'JupyterLab')).toBe('update');
  });

  it('sorts any number of environment variables the same way', () => {
    const environment: [string, string][] = [
      ['C', '3'],
      ['A', '1'],
      ['B', '2'],
    ];
    const wanted = desiredAppImageConfig(
      config([
        ...JUPYTER_LINES.slice(0, 5),
        `    ContainerEnvironmentVariables: { ${environment.map(([k, v]) => `${k}: '${v}'`).join(', ')} }`,
      ]),
    );
    const member = wanted.JupyterLabAppImageConfig ?? {};
    for (const order of [
      { B: '2', C: '3', A: '1' },
      { A: '1', B: '2', C: '3' },
      { C: '3', B: '2', A: '1' },
    ]) {
      const existing = {
        JupyterLabAppImageConfig: {
          ...member,
          ContainerConfig: { ...member.ContainerConfig, ContainerEnvironmentVariables: order },
        },
      };
      expect(appImageConfigAction(existing, wanted, 'JupyterLab')).toBe('none');
    }
  });

  it('updates a config that has no settings for any app type, rather than refusing it', () => {
    expect(appImageConfigAction({ AppImageConfigName: 'my-config' }, desired, 'JupyterLab')).toBe(
      'update',
    );
  });

  it('compares KernelGateway kernels by name and display name', () => {
    const kernelDesired = desiredAppImageConfig(kernelConfig('{ Name: py, DisplayName: Py }'));
    const existing = (spec: { Name: string; DisplayName?: string }) => ({
      KernelGatewayImageConfig: {
        ...kernelDesired.KernelGatewayImageConfig,
        KernelSpecs: [spec],
      },
    });
    expect(
      appImageConfigAction(
        existing({ Name: 'py', DisplayName: 'Py' }),
        kernelDesired,
        'KernelGateway',
      ),
    ).toBe('none');
    expect(
      appImageConfigAction(
        existing({ Name: 'py2', DisplayName: 'Py' }),
        kernelDesired,
        'KernelGateway',
      ),
    ).toBe('update');
    expect(
      appImageConfigAction(
        existing({ Name: 'py', DisplayName: 'Py 2' }),
        kernelDesired,
        'KernelGateway',
      ),
    ).toBe('update');
  });
});
