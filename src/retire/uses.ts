// Where Studio names a version of the image: every reference, not only the usual ones. Pure.
//
// A settings object (a domain's DefaultUserSettings, DefaultSpaceSettings or DomainSettings, a user
// profile's UserSettings, a space's SpaceSettings) names a version in two ways, at any depth:
//   JupyterLabAppSettings.CustomImages[] = { ImageName: 'img', ImageVersionNumber: 3, … }
//   JupyterLabAppSettings.DefaultResourceSpec = {           (a space's chosen image)
//     SageMakerImageArn: '…:image/img',
//     SageMakerImageVersionArn: '…:image-version/img/3' }
// Both are searched wherever they appear, so an app settings member added to the API later
// (or RStudioServerProDomainSettings) is covered too. Image names compare without case.
// An app (ListApps) names its version in ResourceSpec. An app whose spec names the image without a
// version (the image's ARN alone, or with an alias) runs what the latest version or the alias was
// when it started: which one cannot be proven now, so every version created before it started
// counts as in use. SageMakerImageVersionArn "None" (the API model allows it) is no version.
import type { AppDetails } from '@aws-sdk/client-sagemaker';
import { parseImageVersionArn, sameImageName } from '../aws/arn.js';

/** A place in Studio that uses a version. Names (people's, often) go to debug output only. */
export interface Use {
  readonly domainId: string;
  readonly place: 'domain settings' | 'user profile' | 'space' | 'app';
  readonly name?: string;
}

/** What a live app of this image runs: a version, or the latest one at its start. */
export type AppImageUse =
  | { readonly kind: 'version'; readonly version: number }
  | { readonly kind: 'latest'; readonly startedAt: Date | undefined };

/** The image name of an image ARN (`…:image/<name>`), if it is one. */
function imageNameOfArn(arn: string): string | undefined {
  return /^arn:[^:]+:sagemaker:[^:]*:\d{12}:image\/(.+)$/.exec(arn)?.[1];
}

/** The versions of `imageName` that a settings object names, anywhere in it. */
export function versionsNamedIn(settings: unknown, imageName: string): number[] {
  const found = new Set<number>();
  // An array is an object too: its values are its elements.
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    const { ImageName: name, ImageVersionNumber: number, SageMakerImageVersionArn: arn } = record;
    if (typeof name === 'string' && sameImageName(name, imageName) && typeof number === 'number')
      found.add(number);
    // Stryker disable next-line ConditionalExpression: the API gives this key only as a string (or not at all)
    if (typeof arn === 'string') {
      const parts = parseImageVersionArn(arn);
      if (parts !== undefined && sameImageName(parts.imageName, imageName))
        found.add(parts.version);
    }
    Object.values(record).forEach(visit);
  };
  visit(settings);
  return [...found];
}

/** Apps that still run, or may yet: everything but Deleted and Failed. */
export function isLive(app: Pick<AppDetails, 'Status'>): boolean {
  return app.Status !== 'Deleted' && app.Status !== 'Failed';
}

/** What a live app runs of `imageName`, or undefined when it runs another image (or none). */
export function appImageUse(app: AppDetails, imageName: string): AppImageUse | undefined {
  if (!isLive(app)) return undefined;
  const spec = app.ResourceSpec;
  // The model allows the string "None" for no version: then only the image ARN says what it runs.
  const versionArn =
    spec?.SageMakerImageVersionArn === 'None' ? undefined : spec?.SageMakerImageVersionArn;
  if (versionArn !== undefined) {
    const parts = parseImageVersionArn(versionArn);
    return parts !== undefined && sameImageName(parts.imageName, imageName)
      ? { kind: 'version', version: parts.version }
      : undefined;
  }
  // Stryker disable next-line StringLiteral: any text but an image ARN names no image, as '' does
  const image = imageNameOfArn(spec?.SageMakerImageArn ?? '');
  if (image === undefined || !sameImageName(image, imageName)) return undefined;
  return { kind: 'latest', startedAt: app.CreationTime };
}

/** The name an app goes by in debug output: its space or user profile, then its own name. */
export function appName(app: AppDetails): string {
  return `${app.SpaceName ?? app.UserProfileName ?? '?'}/${app.AppType ?? '?'}/${app.AppName ?? '?'}`;
}
