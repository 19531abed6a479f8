// What retention reads and how it retires, with the AWS edge replaced by plain functions over a
// small world (versions, aliases, domains, profiles, spaces, apps), so each read and write is seen.
import { describe, expect, it, jest } from '@jest/globals';
import {
  ResourceInUse,
  ResourceNotFound,
  type AppDetails,
  type ImageVersion,
} from '@aws-sdk/client-sagemaker';
import type { StudioSettings } from '../../src/aws/sagemaker-domains.js';
import type { RetentionPolicy } from '../../src/retire/decide.js';
import { RetentionReadError, gatherFacts } from '../../src/retire/facts.js';
import {
  RetireError,
  isBeingDeleted,
  retireVersions,
  unmarkRequest,
  unmarkVersions,
} from '../../src/retire/retire.js';
import { testSession } from '../../__fixtures__/session.js';

interface World {
  versions?: ImageVersion[];
  /** Alias → the version holding it (undefined: held by none any more). */
  aliases?: Record<string, number | undefined>;
  domains?: Record<
    string,
    {
      settings?: StudioSettings;
      profiles?: Record<string, StudioSettings>;
      spaces?: Record<string, StudioSettings>;
      apps?: AppDetails[];
    }
  >;
  vendorGuidance?: Record<number, string>;
  /** A read (by the name of the function) that fails. */
  failing?: string;
}

const VERSION_ARN = (v: number) =>
  `arn:aws:sagemaker:us-east-1:123456789012:image-version/img/${v}`;
const pin = (version?: number): StudioSettings => ({
  JupyterLabAppSettings: {
    CustomImages: [{ ImageName: 'img', AppImageConfigName: 'img', ImageVersionNumber: version }],
  },
});
const defaultSpec = (version: number): StudioSettings => ({
  SpaceJupyterLabAppSettings: {
    DefaultResourceSpec: { SageMakerImageVersionArn: VERSION_ARN(version) },
  },
});
const app = (name: string, spec: AppDetails['ResourceSpec'], over: Partial<AppDetails> = {}) => ({
  SpaceName: name,
  AppType: 'JupyterLab' as const,
  AppName: 'default',
  Status: 'InService' as const,
  CreationTime: new Date(2500),
  ResourceSpec: spec,
  ...over,
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

/** The world as the session's SageMaker API; `reads` lists each call made. */
function edge(world: World) {
  const reads: string[] = [];
  const read =
    <A extends unknown[], T>(name: string, answer: (...args: A) => T) =>
    (...args: A): Promise<T> => {
      const shown = args.slice(1).map((a) => (typeof a === 'string' ? a : JSON.stringify(a)));
      reads.push([name, ...shown].join(' '));
      return world.failing === name ? Promise.reject(denied()) : Promise.resolve(answer(...args));
    };
  const domain = (id: string) => world.domains?.[id] ?? {};
  const api = {
    listAllImageVersions: read('listAllImageVersions', () => world.versions),
    listAliasNames: read('listAliasNames', () => Object.keys(world.aliases ?? {})),
    listDomainIds: read('listDomainIds', () => Object.keys(world.domains ?? {})),
    describeDomainSettings: read(
      'describeDomainSettings',
      (_c: unknown, id: string) => domain(id).settings,
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
    listApps: read(
      'listApps',
      (_c: unknown, filter: { DomainIdEquals: string }) => domain(filter.DomainIdEquals).apps ?? [],
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

const DAY = 86_400_000;
const KEEP_ONE: RetentionPolicy = {
  keepVersions: 1,
  action: 'delete',
  current: 3,
  keepYoungerThanMs: DAY,
  keepYoungerThan: '24h',
  nowMs: 10 * DAY,
};
const SEARCHED_NONE = { domains: 0, userProfiles: 0, spaces: 0, apps: 0 };

describe('gatherFacts', () => {
  it('reads only the versions when nothing could be retired', async () => {
    const { session, reads } = edge({ versions: [created(3)], domains: { 'd-1': {} } });
    const facts = await gatherFacts(session, KEEP_ONE);
    expect(reads).toEqual(['listAllImageVersions img']);
    expect(facts).toStrictEqual({
      versions: [{ version: 3, status: 'CREATED', createdAt: new Date(3000) }],
      aliases: new Map(),
      uses: new Map(),
      appsOnLatest: [],
      protectionsRead: false,
      searched: SEARCHED_NONE,
    });
  });

  it('reads nothing more when every older version is still young', async () => {
    const { session, reads } = edge({ versions: [created(1), created(2), created(3)] });
    const facts = await gatherFacts(session, { ...KEEP_ONE, nowMs: DAY });
    expect(reads).toEqual(['listAllImageVersions img']);
    expect(facts.protectionsRead).toBe(false);
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

  it('reads every alias holder, and every domain, profile, space and app, counting what it searched', async () => {
    const { session, reads } = edge({
      versions: [created(1), created(2), created(3)],
      aliases: { stable: 2, lts: 2, gone: undefined, latest: 3 },
      domains: {
        'd-1': {
          settings: { DefaultUserSettings: pin(1), DomainSettings: defaultSpec(2) },
          profiles: { ana: pin(1), bo: pin() },
          spaces: { lab: defaultSpec(2) },
          apps: [
            app('lab', { SageMakerImageVersionArn: VERSION_ARN(1) }),
            app('old', { SageMakerImageVersionArn: VERSION_ARN(2) }, { Status: 'Deleted' }),
            app('any', { SageMakerImageArn: 'arn:aws:sagemaker:us-east-1:123456789012:image/img' }),
          ],
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
    expect(facts.uses).toStrictEqual(
      new Map([
        [
          1,
          [
            { domainId: 'd-1', place: 'domain settings' },
            { domainId: 'd-1', place: 'user profile', name: 'ana' },
            { domainId: 'd-1', place: 'app', name: 'lab/JupyterLab/default' },
          ],
        ],
        [
          2,
          [
            { domainId: 'd-1', place: 'domain settings' },
            { domainId: 'd-1', place: 'space', name: 'lab' },
          ],
        ],
      ]),
    );
    expect(facts.appsOnLatest).toStrictEqual([new Date(2500)]);
    expect(facts.searched).toStrictEqual({ domains: 2, userProfiles: 3, spaces: 1, apps: 3 });
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
      'describeDomainSettings d-1',
      'listUserProfileNames d-1',
      'describeUserProfileSettings d-1 ana',
      'describeUserProfileSettings d-1 bo',
      'listSpaceNames d-1',
      'describeSpaceSettings d-1 lab',
      'listApps {"DomainIdEquals":"d-1"}',
      'describeDomainSettings d-2',
      'listUserProfileNames d-2',
      'describeUserProfileSettings d-2 cy',
      'listSpaceNames d-2',
      'listApps {"DomainIdEquals":"d-2"}',
    ]);
  });

  it('takes an app as the first use of a version nothing else names', async () => {
    const { session } = edge({
      versions: [created(1), created(2), created(3)],
      domains: { 'd-1': { apps: [app('lab', { SageMakerImageVersionArn: VERSION_ARN(2) })] } },
    });
    const facts = await gatherFacts(session, KEEP_ONE);
    expect(facts.uses).toStrictEqual(
      new Map([[2, [{ domainId: 'd-1', place: 'app', name: 'lab/JupyterLab/default' }]]]),
    );
  });

  it('in archive mode, reads the vendor guidance of every version not being deleted', async () => {
    const { session, reads } = edge({
      versions: [created(1), created(2, { ImageVersionStatus: 'DELETING' }), created(3)],
      vendorGuidance: { 1: 'NOT_PROVIDED', 3: 'TO_BE_ARCHIVED' },
    });
    const facts = await gatherFacts(session, { ...KEEP_ONE, action: 'archive' });
    expect(facts.vendorGuidance).toStrictEqual(
      new Map([
        [1, 'NOT_PROVIDED'],
        [3, 'TO_BE_ARCHIVED'],
      ]),
    );
    expect(reads.filter((r) => r.startsWith('describeImageVersion'))).toEqual([
      'describeImageVersion img 1',
      'describeImageVersion img 3',
    ]);
  });

  it('in archive mode, reads the guidance even when nothing could be retired', async () => {
    const { session } = edge({ versions: [created(3)], vendorGuidance: { 3: 'TO_BE_ARCHIVED' } });
    const facts = await gatherFacts(session, { ...KEEP_ONE, action: 'archive' });
    expect(facts.protectionsRead).toBe(false);
    expect(facts.vendorGuidance).toStrictEqual(new Map([[3, 'TO_BE_ARCHIVED']]));
  });

  it.each([
    ['listAllImageVersions', 'the versions of image "img"'],
    ['listAliasNames', 'the aliases of image "img"'],
    ['versionHoldingAlias', 'which version holds alias "stable"'],
    ['listDomainIds', 'the Studio domains of the region'],
    ['describeDomainSettings', 'the settings of Studio domain d-1'],
    ['listUserProfileNames', 'the user profiles of Studio domain d-1'],
    ['describeUserProfileSettings', 'a user profile of Studio domain d-1'],
    ['listSpaceNames', 'the spaces of Studio domain d-1'],
    ['describeSpaceSettings', 'a space of Studio domain d-1'],
    ['listApps', 'the apps of Studio domain d-1'],
    ['describeImageVersion', 'version 1 of image "img"'],
  ])('names what it was reading when %s fails', async (failing, reading) => {
    const { session } = edge({
      versions: [created(1), created(2)],
      aliases: { stable: 2 },
      domains: { 'd-1': { settings: {}, profiles: { ana: {} }, spaces: { lab: {} } } },
      failing,
    });
    const error = await gatherFacts(session, {
      ...KEEP_ONE,
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

  it('counts a version its own retried delete found gone: the first answer was lost', async () => {
    const lost = new ResourceNotFound({ message: 'not found', $metadata: { attempts: 2 } });
    const { session } = writes([lost]);
    expect(await retireVersions(session, [1], 'delete')).toEqual([1]);
    expect(session.report.info).toHaveBeenCalledWith(
      'Deleted version 1 (its ECR image stays); the answer to the first request was lost, and the retry found it gone.',
    );
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

describe('unmarkVersions', () => {
  it('marks each kept version STABLE again, passing over one gone meanwhile', async () => {
    const sent: unknown[] = [];
    const answers: (Error | undefined)[] = [
      undefined,
      new ResourceNotFound({ message: 'gone', $metadata: {} }),
    ];
    const api = {
      updateImageVersion: (_c: unknown, request: unknown) => {
        sent.push(request);
        const next = answers.shift();
        return next === undefined ? Promise.resolve() : Promise.reject(next);
      },
    };
    const session = testSession({ imageName: 'img', waitTimeoutSeconds: 10 }, api);
    expect(await unmarkVersions(session, [2, 4])).toEqual([2]);
    expect(sent).toEqual([unmarkRequest('img', 2), unmarkRequest('img', 4)]);
    expect(unmarkRequest('img', 2)).toStrictEqual({
      ImageName: 'img',
      Version: 2,
      VendorGuidance: 'STABLE',
    });
    expect(session.lines()).toEqual([
      'Marked version 2 STABLE again: it is kept, and its TO_BE_ARCHIVED mark would have archived it.',
    ]);
  });

  it('waits out a busy image, saying what it marks again', async () => {
    const busy = new ResourceInUse({ message: 'Image is being modified.', $metadata: {} });
    const answers: (Error | undefined)[] = [busy];
    const api = {
      updateImageVersion: () => {
        const next = answers.shift();
        return next === undefined ? Promise.resolve() : Promise.reject(next);
      },
    };
    const session = testSession({ imageName: 'img', waitTimeoutSeconds: 10 }, api);
    expect(await unmarkVersions(session, [2])).toEqual([2]);
    expect(session.lines()).toEqual([
      'The image is busy (Image is being modified); marking version 2 STABLE again in 0.8 s.',
      'Marked version 2 STABLE again: it is kept, and its TO_BE_ARCHIVED mark would have archived it.',
    ]);
  });

  it('stops at a refused write, having retired nothing', async () => {
    const api = { updateImageVersion: () => Promise.reject(denied()) };
    const session = testSession({ imageName: 'img', waitTimeoutSeconds: 10 }, api);
    const error = await unmarkVersions(session, [2]).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'RetireError', retired: [] });
  });
});

describe('a delete whose answer was lost while SageMaker still deletes', () => {
  const beingDeleted = (attempts: number) =>
    new ResourceInUse({
      message:
        'ImageVersion (arn:aws:sagemaker:us-east-1:123456789012:image-version/img/3) is being deleted.',
      $metadata: { attempts },
    });
  const gone = () => new ResourceNotFound({ message: 'not found', $metadata: { attempts: 1 } });
  function session(answers: Error[]) {
    const api = {
      deleteImageVersion: () => {
        const next = answers.shift();
        return next === undefined ? Promise.resolve() : Promise.reject(next);
      },
    };
    return testSession({ imageName: 'img', waitTimeoutSeconds: 60 }, api);
  }

  it("counts the version as this run's when the SDK's resend met its own deletion", async () => {
    const s = session([beingDeleted(2), gone()]);
    expect(await retireVersions(s, [3], 'delete')).toEqual([3]);
    expect(s.lines().at(-1)).toBe(
      'Deleted version 3 (its ECR image stays); the answer to the first request was lost, and the retry found it gone.',
    );
  });

  it('leaves it to someone else when the first send already met a deletion', async () => {
    const s = session([beingDeleted(1), gone()]);
    expect(await retireVersions(s, [3], 'delete')).toEqual([]);
    expect(s.lines().at(-1)).toBe('Version 3 is gone already (deleted by someone else meanwhile).');
  });

  it('reads "is being deleted" only of this very version', () => {
    expect(isBeingDeleted(beingDeleted(2), 3)).toBe(true);
    expect(isBeingDeleted(beingDeleted(2), 13)).toBe(false);
    expect(isBeingDeleted(beingDeleted(2), 1)).toBe(false);
    expect(isBeingDeleted(gone(), 3)).toBe(false);
  });

  it('reads it whatever the case, and only from ResourceInUse', () => {
    const shouted = new ResourceInUse({
      message: 'ImageVersion (arn:aws:sagemaker:us-east-1:1:image-version/img/3) IS BEING DELETED',
      $metadata: { attempts: 2 },
    });
    expect(isBeingDeleted(shouted, 3)).toBe(true);
    const otherKind = new ResourceNotFound({ message: beingDeleted(2).message, $metadata: {} });
    expect(isBeingDeleted(otherKind, 3)).toBe(false);
  });
});
