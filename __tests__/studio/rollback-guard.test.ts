// Newest wins in Studio: the newest CREATED version, read again for each write that depends on it.
import { describe, expect, it, jest } from '@jest/globals';
import { testSession } from '../../__fixtures__/session.js';
import { rollbackGuard, startStudioStep } from '../../src/studio/step.js';
import { studioInputs } from '../../__fixtures__/studio-inputs.js';

const PINNED = { ImageName: 'img', AppImageConfigName: 'img', ImageVersionNumber: 4 };

describe('rollbackGuard', () => {
  it('reads the newest CREATED version each time it is asked (before each write)', async () => {
    const newestCreatedVersionNumber = jest
      .fn<() => Promise<number | undefined>>()
      .mockResolvedValueOnce(4)
      .mockResolvedValueOnce(5);
    const session = testSession(
      { imageName: 'img', allowRollback: false },
      {
        newestCreatedVersionNumber,
      },
    );
    await expect(rollbackGuard(session, PINNED)).resolves.toStrictEqual({
      allowRollback: false,
      newestVersion: 4,
    });
    await expect(rollbackGuard(session, PINNED)).resolves.toStrictEqual({
      allowRollback: false,
      newestVersion: 5,
    });
    expect(newestCreatedVersionNumber).toHaveBeenCalledTimes(2);
  });

  it('reads nothing with allow-rollback, or for an entry without a version', async () => {
    const newestCreatedVersionNumber = jest.fn<() => Promise<number | undefined>>();
    const session = testSession(
      { imageName: 'img', allowRollback: true },
      {
        newestCreatedVersionNumber,
      },
    );
    await expect(rollbackGuard(session, PINNED)).resolves.toStrictEqual({ allowRollback: true });
    expect(newestCreatedVersionNumber).not.toHaveBeenCalled();
  });
});

describe('attaching to several domains', () => {
  const UNPINNED = { ImageName: 'img', AppImageConfigName: 'img' };
  const studio = studioInputs({ userProfiles: 'none' });

  /** Two domains whose entry names no version (Studio's latest); UpdateDomain writes the store. */
  function studioApi(newest: number[]) {
    const domains = new Map<string, Record<string, unknown>>(
      ['d-1', 'd-2'].map((id) => [
        id,
        {
          DomainId: id,
          DomainName: id,
          Status: 'InService',
          DefaultUserSettings: { JupyterLabAppSettings: { CustomImages: [UNPINNED] } },
        },
      ]),
    );
    const updateDomain = jest.fn((_client: unknown, request: Record<string, unknown>) => {
      const id = request.DomainId as string;
      domains.set(id, { ...domains.get(id), ...request });
      return Promise.resolve();
    });
    const queue = [...newest];
    const newestCreatedVersionNumber = jest.fn(() =>
      Promise.resolve(queue.length > 1 ? queue.shift() : queue[0]),
    );
    const api = {
      describeDomain: (_client: unknown, id: string) => Promise.resolve(domains.get(id)),
      updateDomain,
      listUserProfileNames: () => Promise.resolve([]),
      unlessNotFound: <T>(read: () => Promise<T>) => read(),
      describeAppImageConfig: () => Promise.resolve(undefined),
      createAppImageConfig: () =>
        Promise.resolve('arn:aws:sagemaker:eu-west-1:1:app-image-config/img'),
      newestCreatedVersionNumber,
    };
    return { api, domains, updateDomain, newestCreatedVersionNumber };
  }

  it('reads the newest CREATED version again before each domain: one made meanwhile is not rolled back', async () => {
    // Version 4 is this run's and the newest at the start; another run's version 5 is CREATED
    // once the first domain is written.
    const { api, domains, updateDomain, newestCreatedVersionNumber } = studioApi([4, 5]);
    const session = testSession(
      { imageName: 'img', region: 'eu-west-1', allowRollback: false },
      api,
    );
    const step = await startStudioStep(session, studio);
    await step.attachDomains(4);
    expect(newestCreatedVersionNumber).toHaveBeenCalledTimes(2);
    expect(updateDomain).toHaveBeenCalledTimes(1);
    expect(domains.get('d-1')?.DefaultUserSettings).toStrictEqual({
      JupyterLabAppSettings: { CustomImages: [{ ...UNPINNED, ImageVersionNumber: 4 }] },
    });
    expect(domains.get('d-2')?.DefaultUserSettings).toStrictEqual({
      JupyterLabAppSettings: { CustomImages: [UNPINNED] },
    });
    expect(session.report.notice.mock.calls).toEqual([
      [
        expect.stringContaining('d-2 DefaultUserSettings.JupyterLabAppSettings stays on version'),
        'Newest version wins',
      ],
    ]);
  });
});
