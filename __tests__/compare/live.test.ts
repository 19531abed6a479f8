// What users run now: each domain's entries of the image, per level, pinned or not.
import { describe, expect, it } from '@jest/globals';
import {
  entriesOf,
  liveVersionNumbers,
  liveVersionsOutput,
  resolveLive,
} from '../../src/compare/live.js';

const domain = {
  DomainId: 'd-one',
  DefaultUserSettings: {
    JupyterLabAppSettings: {
      CustomImages: [
        { ImageName: 'Team-Image', ImageVersionNumber: 3, AppImageConfigName: 'team-config' },
        { ImageName: 'other', ImageVersionNumber: 9 },
      ],
    },
    KernelGatewayAppSettings: { CustomImages: [{ ImageName: 'team-image' }] },
  },
  DefaultSpaceSettings: { JupyterLabAppSettings: { CustomImages: [{ ImageName: 'team-image' }] } },
};

describe('entriesOf and resolveLive', () => {
  const entries = entriesOf('d-one', domain, 'team-image');

  it('finds the image in every app list of both levels, whatever its case', () => {
    // toStrictEqual: an unpinned entry has no `pinned` key at all.
    expect(entries).toStrictEqual([
      {
        domainId: 'd-one',
        level: 'user',
        appType: 'JupyterLab',
        pinned: 3,
        appImageConfigName: 'team-config',
      },
      { domainId: 'd-one', level: 'user', appType: 'KernelGateway' },
      { domainId: 'd-one', level: 'space', appType: 'JupyterLab' },
    ]);
  });

  it('gives unpinned entries the newest CREATED version', () => {
    const live = resolveLive(entries, 5);
    expect(live.map((entry) => entry.version)).toEqual([3, 5, 5]);
    expect(liveVersionNumbers(live)).toEqual([3, 5]);
    expect(resolveLive(entries, undefined).map((entry) => entry.version)).toEqual([
      3,
      undefined,
      undefined,
    ]);
  });

  it('keys the output by domain and level, and by app only where a level has several', () => {
    expect(liveVersionsOutput(resolveLive(entries, 5))).toEqual({
      'd-one/user/JupyterLab': 3,
      'd-one/user/KernelGateway': 'unpinned',
      'd-one/space': 'unpinned',
    });
  });

  it('finds nothing in a domain without lists', () => {
    expect(entriesOf('d-two', { DomainId: 'd-two' }, 'team-image')).toEqual([]);
    expect(entriesOf('d-two', undefined, 'team-image')).toEqual([]);
    expect(entriesOf('d-two', null, 'team-image')).toEqual([]);
  });

  it('reads only the `…AppSettings` members that hold a list, and only named images', () => {
    const odd = {
      DefaultUserSettings: {
        ExecutionRole: 'arn:aws:iam::111122223333:role/studio',
        SharingSettings: { CustomImages: [{ ImageName: 'team-image' }] },
        JupyterServerAppSettings: { DefaultResourceSpec: { InstanceType: 'system' } },
        RStudioServerProAppSettings: null,
        CodeEditorAppSettings: { CustomImages: 'team-image' },
        JupyterLabAppSettings: {
          CustomImages: [{ AppImageConfigName: 'team-image' }, { ImageName: 'team-image' }],
        },
      },
      DefaultSpaceSettings: null,
    };
    expect(entriesOf('d-one', odd, 'team-image')).toStrictEqual([
      { domainId: 'd-one', level: 'user', appType: 'JupyterLab' },
    ]);
  });
});

describe('resolveLive', () => {
  const pinned = { domainId: 'd-one', level: 'user', appType: 'JupyterLab', pinned: 3 } as const;
  const unpinned = { domainId: 'd-one', level: 'space', appType: 'JupyterLab' } as const;

  it('gives a pinned entry its version, an unpinned one the newest CREATED', () => {
    expect(resolveLive([pinned, unpinned], 5)).toStrictEqual([
      { ...pinned, version: 3 },
      { ...unpinned, version: 5 },
    ]);
  });

  it('leaves an unpinned entry without a version when no version is CREATED', () => {
    expect(resolveLive([pinned, unpinned], undefined)).toStrictEqual([
      { ...pinned, version: 3 },
      unpinned,
    ]);
  });
});

describe('liveVersionNumbers', () => {
  it('lists each version once, in numeric order, and none for an entry without one', () => {
    expect(
      liveVersionNumbers([{ version: 10 }, {}, { version: 2 }, { version: 10 }, { version: 7 }]),
    ).toStrictEqual([2, 7, 10]);
    expect(liveVersionNumbers([{}])).toStrictEqual([]);
  });
});
