import { describe, expect, it } from '@jest/globals';
import { pinnedVersions } from '../../src/retention/facts.js';

const entry = (ImageName: string, ImageVersionNumber?: number) => ({
  ImageName,
  AppImageConfigName: 'config',
  ...(ImageVersionNumber === undefined ? {} : { ImageVersionNumber }),
});

describe('pinnedVersions', () => {
  it.each([
    ['no settings', undefined, []],
    ['no custom images', { ExecutionRole: 'arn:aws:iam::1:role/r', JupyterLabAppSettings: {} }, []],
    [
      'a pin in each app, and repeats once',
      {
        JupyterLabAppSettings: { CustomImages: [entry('img', 3)] },
        KernelGatewayAppSettings: { CustomImages: [entry('img', 5), entry('img', 3)] },
        CodeEditorAppSettings: { CustomImages: [entry('img', 7)] },
      },
      [3, 5, 7],
    ],
    [
      'an entry without a version (the latest) pins nothing',
      { JupyterLabAppSettings: { CustomImages: [entry('img')] } },
      [],
    ],
    [
      'another image pins nothing here',
      { JupyterLabAppSettings: { CustomImages: [entry('other', 2)] } },
      [],
    ],
    [
      'image names compare without case',
      { JupyterLabAppSettings: { CustomImages: [entry('IMG', 4)] } },
      [4],
    ],
    [
      'an app added to the API later is searched too',
      { FutureAppSettings: { CustomImages: [entry('img', 9)] } },
      [9],
    ],
    [
      'odd members and entries are passed over',
      {
        Nothing: null,
        JupyterLabAppSettings: { CustomImages: [null, { ImageVersionNumber: 3 }, entry('img', 6)] },
        KernelGatewayAppSettings: { CustomImages: 'not a list' },
      },
      [6],
    ],
  ])('%s', (_name, settings, expected) => {
    // Strict: a version-less entry must not slip in as `undefined`.
    expect(pinnedVersions(settings, 'img').sort((a, b) => a - b)).toStrictEqual(expected);
  });
});
