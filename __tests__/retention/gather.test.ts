// What retention reads and how it retires, with the AWS edge replaced by plain functions over a
// small world (versions, aliases, domains, profiles, spaces), so each read and write is seen.
import { describe, expect, it, jest } from '@jest/globals';
import { ResourceInUse, ResourceNotFound, type ImageVersion } from '@aws-sdk/client-sagemaker';
import type { StudioSettings } from '../../src/aws/retention-api.js';
import type { RetentionPolicy } from '../../src/retention/decide.js';
import { RetentionReadError, gatherFacts } from '../../src/retention/facts.js';
import { RetireError, retireVersions } from '../../src/retention/retire.js';
import { testSession } from '../../__fixtures__/session.js';

interface World {
  versions?: ImageVersion[];
  /** Alias → the version holding it (undefined: held by none any more). */
  aliases?: Record<string, number | undefined>;
  domains?: Record<
    string,
    {
      defaults?: { userSettings?: StudioSettings; spaceSettings?: StudioSettings };
      profiles?: Record<string, StudioSettings>;
      spaces?: Record<string, StudioSettings>;
    }
  >;
  vendorGuidance?: Record<number, string>;
  /** A read (by the name of the function) that fails. */
  failing?: string;
}

const pin = (version?: number): StudioSettings => ({
  JupyterLabAppSettings: {
    CustomImages: [{ ImageName: 'img', AppImageConfigName: 'img', ImageVersionNumber: version }],
  },
});
const created = (Version: number, extra: Partial<ImageVersion> = {}): ImageVersion => ({
  Version,
  ImageVersionStatus: 'CREATED',
  ImageArn: 'arn:image',
  ImageVersionArn: `arn:image-version/${Version}`,
  CreationTime: new Date(Version * 1000),
  LastModifiedTime: new Date(Version * 1000),
  ...extra,
});
const denied = (): Error => Object.assign(new Error('not authorized'), { name: 'AccessDenied' });

/** The world as the retention API and the session's SageMaker API; `reads` lists each call made. */
function edge(world: World) {
  const reads: string[] = [];
  const read =
    <A extends unknown[], T>(name: string, answer: (...args: A) => T) =>
    (...args: A): Promise<T> => {
      reads.push([name, ...args.slice(1)].join(' '));
      return world.failing === name ? Promise.reject(denied()) : Promise.resolve(answer(...args));
    };
  const domain = (id: string) => world.domains?.[id] ?? {};
  const api = {
    listAllImageVersions: read('listAllImageVersions', () => world.versions),
    listAliasNames: read('listAliasNames', () => Object.keys(world.aliases ?? {})),
    listDomainIds: read('listDomainIds', () => Object.keys(world.domains ?? {})),
    describeDomainDefaults: read('describeDomainDefaults', (_c: unknown, id: string) =>
      world.domains?.[id]?.defaults === undefined ? undefined : domain(id).defaults,
    ),
    listUserProfileNames: read('listUserProfileNames', (_c: unknown, id: string) =>
      Object.keys(domain(id).profiles ?? {}),
    ),
    describeUserProfileSettings: read(
      'describeUserProfileSettings',
      (_c: unknown, id: string, name: string) => domain(id).profiles?.[name],
    ),
    listSpaceNames: read('listSpaceNames', (_c: unknown, id: string) =>
      Object.keys(domain(id).spaces ?? {}),
    ),
    describeSpaceSettings: read(
      'describeSpaceSettings',
      (_c: unknown, id: string, name: string) => domain(id).spaces?.[name],
    ),
    unlessNotFound: <T>(call: () => Promise<T>) => call(),
    versionHoldingAlias: read(
      'versionHoldingAlias',
      (_c: unknown, _image: string, alias: string) => {
        const version = world.aliases?.[alias];
        return version === undefined ? undefined : { version, baseImage: 'x' };
      },
    ),
    describeImageVersion: read(
      'describeImageVersion',
      (_c: unknown, _image: string, version: number) => ({
        VendorGuidance: world.vendorGuidance?.[version],
      }),
    ),
  };
  const session = testSession({ imageName: 'img', waitTimeoutSeconds: 10 }, api);
  return { session, reads };
}

const KEEP_ONE: RetentionPolicy = { keepVersions: 1, action: 'delete', current: 3 };

describe('gatherFacts', () => {
  it('reads only the versions when nothing could be retired', async () => {
    const { session, reads } = edge({ versions: [created(3)], domains: { 'd-1': {} } });
    const facts = await gatherFacts(session, KEEP_ONE);
    expect(reads).toEqual(['listAllImageVersions img']);
    expect(facts).toStrictEqual({
      versions: [{ version: 3, status: 'CREATED', createdAt: new Date(3000) }],
      aliases: new Map(),
      pins: new Map(),
      protectionsRead: false,
      searched: { domains: 0, userProfiles: 0, spaces: 0 },
    });
  });

  it('keeps what each listed version says, leaving out a version without a number', async () => {
    const { session } = edge({
      versions: [
        { ...created(1), ImageVersionStatus: undefined, CreationTime: undefined },
        { ...created(9), Version: undefined },
        created(3),
      ],
    });
    const facts = await gatherFacts(session, KEEP_ONE);
    expect(facts.versions).toStrictEqual([
      { version: 1, status: '' },
      { version: 3, status: 'CREATED', createdAt: new Date(3000) },
    ]);
  });

  it('takes an image without versions as no versions', async () => {
    const { session } = edge({});
    expect((await gatherFacts(session, KEEP_ONE)).versions).toStrictEqual([]);
  });

  it('reads every alias holder, and every domain, profile and space, counting what it searched', async () => {
    const { session, reads } = edge({
      versions: [created(1), created(2), created(3)],
      aliases: { stable: 2, lts: 2, gone: undefined, latest: 3 },
      domains: {
        'd-1': {
          defaults: { userSettings: pin(1), spaceSettings: pin(2) },
          profiles: { ana: pin(1), bo: pin() },
          spaces: { lab: pin(2) },
        },
        'd-2': { profiles: { cy: {} } },
      },
    });
    const facts = await gatherFacts(session, KEEP_ONE);
    expect(facts.aliases).toStrictEqual(
      new Map([
        [2, ['stable', 'lts']],
        [3, ['latest']],
      ]),
    );
    expect(facts.pins).toStrictEqual(
      new Map([
        [1, ['domain d-1 default user settings', 'user profile ana (d-1)']],
        [2, ['domain d-1 default space settings', 'space lab (d-1)']],
      ]),
    );
    expect(facts.searched).toStrictEqual({ domains: 2, userProfiles: 3, spaces: 1 });
    expect(facts.protectionsRead).toBe(true);
    expect(facts.vendorGuidance).toBeUndefined();
    expect(reads).toEqual([
      'listAllImageVersions img',
      'listAliasNames img',
      'versionHoldingAlias img stable',
      'versionHoldingAlias img lts',
      'versionHoldingAlias img gone',
      'versionHoldingAlias img latest',
      'listDomainIds',
      'describeDomainDefaults d-1',
      'listUserProfileNames d-1',
      'describeUserProfileSettings d-1 ana',
      'describeUserProfileSettings d-1 bo',
      'listSpaceNames d-1',
      'describeSpaceSettings d-1 lab',
      'describeDomainDefaults d-2',
      'listUserProfileNames d-2',
      'describeUserProfileSettings d-2 cy',
      'listSpaceNames d-2',
    ]);
  });

  it('in archive mode, reads the vendor guidance of each version it would retire', async () => {
    const { session, reads } = edge({
      versions: [created(1), created(2), created(3)],
      vendorGuidance: { 1: 'NOT_PROVIDED' },
    });
    const facts = await gatherFacts(session, { ...KEEP_ONE, action: 'archive' });
    expect(facts.vendorGuidance).toStrictEqual(new Map([[1, 'NOT_PROVIDED']]));
    expect(facts.protectionsRead).toBe(true);
    expect(reads.filter((r) => r.startsWith('describeImageVersion'))).toEqual([
      'describeImageVersion img 1',
      'describeImageVersion img 2',
    ]);
  });

  it.each([
    ['listAllImageVersions', 'the versions of image "img"'],
    ['listAliasNames', 'the aliases of image "img"'],
    ['versionHoldingAlias', 'which version holds alias "stable"'],
    ['listDomainIds', 'the Studio domains of the region'],
    ['describeDomainDefaults', 'the settings of Studio domain d-1'],
    ['listUserProfileNames', 'the user profiles of Studio domain d-1'],
    ['describeUserProfileSettings', 'user profile ana of Studio domain d-1'],
    ['listSpaceNames', 'the spaces of Studio domain d-1'],
    ['describeSpaceSettings', 'space lab of Studio domain d-1'],
    ['describeImageVersion', 'version 1 of image "img"'],
  ])('names what it was reading when %s fails', async (failing, reading) => {
    const { session } = edge({
      versions: [created(1), created(2)],
      aliases: { stable: 2 },
      domains: { 'd-1': { defaults: {}, profiles: { ana: {} }, spaces: { lab: {} } } },
      failing,
    });
    const error = await gatherFacts(session, {
      keepVersions: 1,
      action: 'archive',
      current: 2,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RetentionReadError);
    expect((error as RetentionReadError).message).toBe(`Could not read ${reading}`);
    expect((error as RetentionReadError).reading).toBe(reading);
    expect((error as RetentionReadError).cause).toMatchObject({ name: 'AccessDenied' });
  });
});

describe('retireVersions', () => {
  /** An API whose writes answer from `answers` in turn (undefined: done). */
  function writes(answers: (Error | undefined)[]) {
    const sent: string[] = [];
    const answer =
      (what: string) =>
      (_c: unknown, { ImageName, Version }: { ImageName: string; Version: number }) => {
        sent.push(`${what} ${ImageName} ${Version}`);
        const next = answers.shift();
        return next === undefined ? Promise.resolve() : Promise.reject(next);
      };
    const api = { deleteImageVersion: answer('delete'), updateImageVersion: answer('archive') };
    return { sent, session: testSession({ imageName: 'img', waitTimeoutSeconds: 10 }, api) };
  }

  it('deletes oldest first and says the ECR image stays', async () => {
    const { sent, session } = writes([]);
    expect(await retireVersions(session, [1, 2], 'delete')).toEqual([1, 2]);
    expect(sent).toEqual(['delete img 1', 'delete img 2']);
    expect(jest.mocked(session.report.info).mock.calls).toEqual([
      ['Deleted version 1 (its ECR image stays).'],
      ['Deleted version 2 (its ECR image stays).'],
    ]);
  });

  it('marks versions TO_BE_ARCHIVED in archive mode, waiting out a busy image', async () => {
    const busy = new ResourceInUse({ message: 'Image is being modified.', $metadata: {} });
    const { sent, session } = writes([busy]);
    expect(await retireVersions(session, [4], 'archive')).toEqual([4]);
    expect(sent).toEqual(['archive img 4', 'archive img 4']);
    expect(jest.mocked(session.report.info).mock.calls).toEqual([
      [
        'The image is busy (Image is being modified); marking version 4 TO_BE_ARCHIVED again in 0.8 s.',
      ],
      ['Marked version 4 TO_BE_ARCHIVED (SageMaker archives it after three months).'],
    ]);
  });

  it('passes over a version deleted meanwhile without counting it', async () => {
    const gone = new ResourceNotFound({ message: 'not found', $metadata: {} });
    const { session } = writes([gone]);
    expect(await retireVersions(session, [1, 2], 'delete')).toEqual([2]);
    expect(session.report.info).toHaveBeenCalledWith(
      'Version 1 is gone already (deleted by someone else meanwhile).',
    );
  });

  it('stops at a failed write, carrying what was retired before it', async () => {
    const { sent, session } = writes([undefined, denied()]);
    const error = await retireVersions(session, [1, 2, 3], 'delete').catch((e: unknown) => e);
    expect(sent).toEqual(['delete img 1', 'delete img 2']);
    expect(error).toBeInstanceOf(RetireError);
    expect(error).toMatchObject({ name: 'RetireError', message: 'not authorized', retired: [1] });
    expect(new RetireError([], 'plain').message).toBe('plain');
  });
});
