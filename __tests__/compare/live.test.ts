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
    expect(entries).toEqual([
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
  });
});
