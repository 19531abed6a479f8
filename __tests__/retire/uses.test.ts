// Where Studio names a version: CustomImages entries and DefaultResourceSpecs at any depth of any
// settings object, and what a live app runs.
import { describe, expect, it } from '@jest/globals';
import type { AppDetails } from '@aws-sdk/client-sagemaker';
import { appImageUse, appName, isLive, versionsNamedIn } from '../../src/retire/uses.js';

const entry = (ImageName: string, ImageVersionNumber?: number) => ({
  ImageName,
  AppImageConfigName: 'config',
  ...(ImageVersionNumber === undefined ? {} : { ImageVersionNumber }),
});
const ARN = (name: string, version: number) =>
  `arn:aws:sagemaker:us-east-1:123456789012:image-version/${name}/${version}`;
const IMAGE_ARN = (name: string) => `arn:aws:sagemaker:us-east-1:123456789012:image/${name}`;

describe('versionsNamedIn', () => {
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
      'an entry without a version (the latest) names none',
      { JupyterLabAppSettings: { CustomImages: [entry('img')] } },
      [],
    ],
    [
      'another image names none here',
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
      "a space's chosen image: its DefaultResourceSpec",
      {
        JupyterLabAppSettings: {
          DefaultResourceSpec: {
            SageMakerImageArn: IMAGE_ARN('img'),
            SageMakerImageVersionArn: ARN('img', 6),
          },
        },
      },
      [6],
    ],
    [
      'a default spec of every app, and of RStudio in the domain settings',
      {
        DefaultUserSettings: {
          JupyterServerAppSettings: {
            DefaultResourceSpec: { SageMakerImageVersionArn: ARN('img', 1) },
          },
          TensorBoardAppSettings: {
            DefaultResourceSpec: { SageMakerImageVersionArn: ARN('img', 2) },
          },
          RSessionAppSettings: { DefaultResourceSpec: { SageMakerImageVersionArn: ARN('img', 3) } },
        },
        DomainSettings: {
          RStudioServerProDomainSettings: {
            DefaultResourceSpec: { SageMakerImageVersionArn: ARN('img', 4) },
          },
        },
      },
      [1, 2, 3, 4],
    ],
    [
      'a spec of another image, an image ARN alone, or an ARN that is not one names none',
      {
        A: { DefaultResourceSpec: { SageMakerImageVersionArn: ARN('other', 2) } },
        B: { DefaultResourceSpec: { SageMakerImageArn: IMAGE_ARN('img') } },
        C: { DefaultResourceSpec: { SageMakerImageVersionArn: 'not an arn' } },
      },
      [],
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
    expect(versionsNamedIn(settings, 'img').sort((a, b) => a - b)).toStrictEqual(expected);
  });
});

describe('appImageUse', () => {
  const app = (over: Partial<AppDetails>): AppDetails => ({
    DomainId: 'd-1',
    SpaceName: 'lab',
    AppType: 'JupyterLab',
    AppName: 'default',
    Status: 'InService',
    CreationTime: new Date(5000),
    ...over,
  });

  it('reads the version a live app runs', () => {
    expect(
      appImageUse(app({ ResourceSpec: { SageMakerImageVersionArn: ARN('img', 3) } }), 'IMG'),
    ).toStrictEqual({ kind: 'version', version: 3 });
  });

  it.each(['Pending', 'InService', 'Deleting', undefined] as const)(
    'counts an app %s as live',
    (Status) => {
      expect(isLive(app({ Status }))).toBe(true);
    },
  );

  it.each(['Deleted', 'Failed'] as const)('passes over an app %s', (Status) => {
    expect(
      appImageUse(
        app({ Status, ResourceSpec: { SageMakerImageVersionArn: ARN('img', 3) } }),
        'img',
      ),
    ).toBeUndefined();
  });

  it('takes an app that names the image alone (or with an alias) as running the latest of its start', () => {
    expect(
      appImageUse(
        app({
          ResourceSpec: { SageMakerImageArn: IMAGE_ARN('img'), SageMakerImageVersionAlias: 'x' },
        }),
        'img',
      ),
    ).toStrictEqual({ kind: 'latest', startedAt: new Date(5000) });
    expect(
      appImageUse(
        app({ CreationTime: undefined, ResourceSpec: { SageMakerImageArn: IMAGE_ARN('img') } }),
        'img',
      ),
    ).toStrictEqual({ kind: 'latest', startedAt: undefined });
  });

  it('takes SageMakerImageVersionArn "None" with the image ARN as "may run any version"', () => {
    const startedAt = new Date(1_000);
    expect(
      appImageUse(
        app({
          CreationTime: startedAt,
          ResourceSpec: { SageMakerImageArn: IMAGE_ARN('img'), SageMakerImageVersionArn: 'None' },
        }),
        'img',
      ),
    ).toStrictEqual({ kind: 'latest', startedAt });
  });

  it('passes over apps of other images, of no image, or with a spec it cannot read', () => {
    expect(
      appImageUse(app({ ResourceSpec: { SageMakerImageVersionArn: ARN('other', 3) } }), 'img'),
    ).toBeUndefined();
    expect(
      appImageUse(app({ ResourceSpec: { SageMakerImageArn: IMAGE_ARN('other') } }), 'img'),
    ).toBeUndefined();
    expect(
      appImageUse(app({ ResourceSpec: { InstanceType: 'ml.t3.medium' } }), 'img'),
    ).toBeUndefined();
    expect(appImageUse(app({}), 'img')).toBeUndefined();
    expect(
      appImageUse(app({ ResourceSpec: { SageMakerImageVersionArn: 'x' } }), 'img'),
    ).toBeUndefined();
    // Only a whole image ARN names the image.
    for (const arn of [`x${IMAGE_ARN('img')}`, `${IMAGE_ARN('img')}\n`]) {
      expect(appImageUse(app({ ResourceSpec: { SageMakerImageArn: arn } }), 'img')).toBeUndefined();
    }
  });

  it('names an app by its space or profile, type and name', () => {
    expect(appName(app({}))).toBe('lab/JupyterLab/default');
    expect(appName({ UserProfileName: 'ci', AppType: 'KernelGateway', AppName: 'k' })).toBe(
      'ci/KernelGateway/k',
    );
    expect(appName({})).toBe('?/?/?');
  });
});
