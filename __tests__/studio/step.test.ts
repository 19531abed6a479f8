// The Studio step of `./studio` (src/studio/step.ts) on its own: what it logs, the notice when an
// entry stays on a newer version, the summary's profile counts, and what a dry run would send.
import { describe, expect, it, jest } from '@jest/globals';
import type { CustomImage } from '@aws-sdk/client-sagemaker';
import { studioInputs } from '../../__fixtures__/studio-inputs.js';
import { testSession } from '../../__fixtures__/session.js';
import type { DomainPlan } from '../../src/studio/plan.js';
import { heldNewerNotice, rollbackGuard, startStudioStep } from '../../src/studio/step.js';

const UNPINNED = { ImageName: 'img', AppImageConfigName: 'img' };
const pinned = (version: number): CustomImage => ({ ...UNPINNED, ImageVersionNumber: version });
const OTHER = { ImageName: 'other', AppImageConfigName: 'other' };

const ADVICE =
  'never moves to an older version on its own (a re-run of an older run, or two pipelines ' +
  'finishing out of order). To roll back on purpose, run again with `allow-rollback: true`.';

/** A domain plan whose user defaults stay on `held` (or change, when undefined). */
function domainPlan(domainId: string, held?: number): DomainPlan {
  return {
    domainId,
    levels: [
      {
        level: 'user',
        path: 'DefaultUserSettings.JupyterLabAppSettings',
        after: pinned(4),
        changed: held === undefined,
        ...(held === undefined ? {} : { heldNewer: held }),
        imagesBefore: [],
        imagesAfter: [],
      },
    ] as DomainPlan['levels'],
  };
}

describe('heldNewerNotice', () => {
  it.each([
    {
      shows: 'nothing when no level and no profile stays on a newer version',
      version: 4,
      plans: [domainPlan('d-1')],
      profiles: [{ domainId: 'd-1', withOwnList: 3, updated: 3, heldNewer: 0 }],
      notice: undefined,
    },
    {
      shows: 'one profile, in the singular, after the domain levels; this run version named',
      version: 4,
      plans: [domainPlan('d-1', 6), domainPlan('d-2')],
      profiles: [
        { domainId: 'd-1', withOwnList: 2, updated: 1, heldNewer: 0 },
        { domainId: 'd-2', withOwnList: 2, updated: 1, heldNewer: 1 },
      ],
      notice:
        'Image img in Studio: d-1 DefaultUserSettings.JupyterLabAppSettings stays on version 6; ' +
        '1 user profile of d-2 stays on a newer version in its own list: newer than version 4 of ' +
        `this run, and a Studio entry ${ADVICE}`,
    },
    {
      shows:
        'several profiles in the plural; a version not created yet as "the version of this run"',
      version: undefined,
      plans: [],
      profiles: [{ domainId: 'd-2', withOwnList: 3, updated: 0, heldNewer: 3 }],
      notice:
        'Image img in Studio: 3 user profiles of d-2 stay on a newer version in their own list: ' +
        `newer than the version of this run, and a Studio entry ${ADVICE}`,
    },
  ])('says $shows', ({ version, plans, profiles, notice }) => {
    expect(heldNewerNotice('img', version, plans, profiles)).toStrictEqual(notice);
  });

  it('names only the domain levels when no profile was written', () => {
    expect(heldNewerNotice('img', 4, [domainPlan('d-1', 5)], [])).toStrictEqual(
      'Image img in Studio: d-1 DefaultUserSettings.JupyterLabAppSettings stays on version 5: ' +
        `newer than version 4 of this run, and a Studio entry ${ADVICE}`,
    );
  });
});

describe('rollbackGuard', () => {
  it('guards with no newest version when the image has no CREATED version', async () => {
    const session = testSession(
      { imageName: 'img', allowRollback: false },
      { newestCreatedVersionNumber: () => Promise.resolve(undefined) },
    );
    await expect(rollbackGuard(session, pinned(4))).resolves.toStrictEqual({
      allowRollback: false,
    });
  });
});

type Settings = Record<string, unknown>;
const lab = (images: CustomImage[]): Settings => ({
  JupyterLabAppSettings: { CustomImages: images },
});

/**
 * Domains d-1 and d-2 with `img` unpinned in the user defaults; each domain's user profiles as
 * given (their own UserSettings), all InService. Writes land in the store.
 */
function studioApi(
  profiles: Record<string, Record<string, Settings>>,
  options: { newest?: number; deniedProfiles?: string[] } = {},
) {
  const domains = new Map<string, Record<string, unknown>>(
    ['d-1', 'd-2'].map((id) => [
      id,
      {
        DomainId: id,
        DomainName: `name-${id}`,
        Status: 'InService',
        DefaultUserSettings: lab([UNPINNED]),
      },
    ]),
  );
  const denied = () => Object.assign(new Error('denied'), { name: 'AccessDeniedException' });
  const api = {
    describeDomain: (_client: unknown, id: string) => Promise.resolve(domains.get(id)),
    updateDomain: jest.fn((_client: unknown, request: Record<string, unknown>) => {
      const id = request.DomainId as string;
      domains.set(id, { ...domains.get(id), ...request });
      return Promise.resolve();
    }),
    listUserProfileNames: (_client: unknown, domainId: string) =>
      (options.deniedProfiles ?? []).includes(domainId)
        ? Promise.reject(denied())
        : Promise.resolve(Object.keys(profiles[domainId] ?? {})),
    describeUserProfile: (_client: unknown, domainId: string, name: string) =>
      Promise.resolve({
        DomainId: domainId,
        UserProfileName: name,
        Status: 'InService',
        UserSettings: profiles[domainId]?.[name],
      }),
    updateUserProfile: jest.fn((_client: unknown, request: Record<string, unknown>) => {
      const domainId = request.DomainId as string;
      const name = request.UserProfileName as string;
      (profiles[domainId] ??= {})[name] = request.UserSettings as Settings;
      return Promise.resolve();
    }),
    unlessNotFound: <T>(read: () => Promise<T>) => read(),
    describeAppImageConfig: () => Promise.resolve(undefined),
    createAppImageConfig: () =>
      Promise.resolve('arn:aws:sagemaker:eu-west-1:1:app-image-config/img'),
    newestCreatedVersionNumber: () => Promise.resolve(options.newest ?? 4),
  };
  return { api, domains };
}

const session = (api: object) =>
  testSession({ imageName: 'img', region: 'eu-west-1', allowRollback: false }, api);

describe('attachDomains with user-profiles: all', () => {
  it('counts the profiles with their own list across domains, each domain its own in the summary', async () => {
    // d-1: two profiles with their own list (one already right), one without; d-2: one to write.
    const { api } = studioApi({
      'd-1': { alice: lab([OTHER]), bob: lab([pinned(4)]), carol: {} },
      'd-2': { dave: lab([]) },
    });
    const run = session(api);
    const step = await startStudioStep(run, studioInputs());
    const markdown = await step.attachDomains(4);
    expect(run.report.groups()).toStrictEqual([
      'Create or update AppImageConfig img',
      'Attach img, version 4, config img to Studio domain d-1',
      'Attach img, version 4, config img to Studio domain d-2',
      "Add img, version 4, config img to the own lists of Studio domain d-1's user profiles",
      "Add img, version 4, config img to the own lists of Studio domain d-2's user profiles",
    ]);
    expect(run.lines()).toContain(
      "Studio: 3 user profiles with an image list of their own; this image's entry was written to 2 of them.",
    );
    expect(markdown).toContain('`d-1` 2 (1 changed), `d-2` 1 (1 changed)');
    expect(run.report.notice).not.toHaveBeenCalled();
  });

  it('says one profile in the singular, and notices one that stays on a newer version', async () => {
    const { api } = studioApi({ 'd-1': { alice: lab([pinned(6)]) }, 'd-2': {} }, { newest: 6 });
    const run = session(api);
    const step = await startStudioStep(run, studioInputs());
    await step.attachDomains(4);
    expect(run.lines()).toContain(
      "Studio: 1 user profile with an image list of their own; this image's entry was written to 0 of them.",
    );
    expect(run.report.notice.mock.calls).toStrictEqual([
      [
        expect.stringContaining(
          '1 user profile of d-1 stays on a newer version in its own list: newer than version 4 of this run',
        ),
        'Newest version wins',
      ],
    ]);
  });
});

describe('attachDomains with no domain', () => {
  it('says nothing of domains when none is named', async () => {
    const { api } = studioApi({});
    const run = session(api);
    const step = await startStudioStep(run, studioInputs({ domainIds: [], userProfiles: 'none' }));
    await step.attachDomains(4);
    expect(run.lines().filter((line) => line.startsWith('Studio:'))).toStrictEqual([]);
  });
});

describe('dryRun', () => {
  it('shows a version not created yet as a placeholder, and rolls nothing back', async () => {
    // d-1's user defaults and alice's list hold version 6: a new version is the newest, so both change.
    const { api, domains } = studioApi(
      { 'd-1': { alice: lab([pinned(6)]) }, 'd-2': {} },
      { newest: 6 },
    );
    domains.set('d-1', { ...domains.get('d-1'), DefaultUserSettings: lab([pinned(6)]) });
    const run = session(api);
    const step = await startStudioStep(run, studioInputs());
    const planned = await step.dryRun(undefined);
    const placeholder = { ...UNPINNED, ImageVersionNumber: '<new version>' };
    expect(planned.domains.map(({ input }) => input)).toStrictEqual([
      { DomainId: 'd-1', DefaultUserSettings: lab([placeholder as never]) },
      { DomainId: 'd-2', DefaultUserSettings: lab([placeholder as never]) },
    ]);
    expect(planned.profiles.map(({ input }) => input)).toStrictEqual([
      { DomainId: 'd-1', UserProfileName: 'alice', UserSettings: lab([placeholder as never]) },
    ]);
    // The lists each request changes, after the reads' lines: the profile's without (unchanged).
    const before6 = `  before: ${JSON.stringify([pinned(6)])}`;
    const after = `  after:  ${JSON.stringify([placeholder])}`;
    expect(run.lines().slice(5)).toStrictEqual([
      'Studio domain d-1, DefaultUserSettings.JupyterLabAppSettings.CustomImages:',
      before6,
      after,
      'Studio domain d-2, DefaultUserSettings.JupyterLabAppSettings.CustomImages:',
      `  before: ${JSON.stringify([UNPINNED])}`,
      after,
      'Studio domain d-1, user profile 1 of 1, UserSettings.JupyterLabAppSettings.CustomImages:',
      before6,
      after,
    ]);
    expect(planned.markdown).toContain('`d-1` 1 (1 would change), `d-2` 0 (0 would change)');
  });

  it('with user-profiles: none, counts the profiles read and marks a domain whose profiles could not be read', async () => {
    const { api } = studioApi(
      { 'd-1': { alice: lab([OTHER]), bob: {} } },
      { deniedProfiles: ['d-2'] },
    );
    const run = session(api);
    const step = await startStudioStep(run, studioInputs({ userProfiles: 'none' }));
    const planned = await step.dryRun(4);
    expect(planned.profiles).toStrictEqual([]);
    expect(planned.markdown).toContain(
      "(`user-profiles: none`): `d-1` 1, `d-2` not read; they see that list, not the domain's",
    );
  });
});
