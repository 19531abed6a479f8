// What the in-process tests of `./compare` share: the registry their images are pushed to, the
// findings they seed, the inputs they start from, what users run now (d-one listing team-image),
// and a reader of one section of the step summary (a reviewer reads a section whole, so the tests
// compare it whole).
import type { SeededFinding, SeededImage } from './ecr-model.js';
import { newModels, serveModels, type Models } from './orchestration.js';
import { TEST_ACCOUNT } from './sagemaker-server.js';

export const REPOSITORY = 'team/studio';
export const HOST = `${TEST_ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com`;

/** A HIGH finding the live image has too (it never counts as new). */
export const OLD: SeededFinding = {
  id: 'CVE-2024-0001',
  severity: 'HIGH',
  packageName: 'openssl',
  version: '3.0.2',
};
/** A HIGH finding only the new image has, with its fix. */
export const NEW_HIGH: SeededFinding = {
  id: 'CVE-2026-0002',
  severity: 'HIGH',
  packageName: 'torch',
  version: '2.3.1',
  fixedInVersion: '2.3.2',
};
/** A LOW finding only the new image has, without a fix. */
export const NEW_LOW: SeededFinding = {
  id: 'CVE-2026-0003',
  severity: 'LOW',
  packageName: 'bash',
  version: '5.1',
};

/** team-image's next image against d-one's users, no gate, no comment. */
export const COMPARE_INPUTS = {
  'image-name': 'team-image',
  'base-image': `${HOST}/${REPOSITORY}:next`,
  'aws-region': 'us-east-1',
  'domain-ids': 'd-one',
  'fail-on': 'none',
  comment: 'off',
};

/**
 * The section `### <title>` (`### AppImageConfig …` for `AppImageConfig`) of a comparison, up to the next section (or the image checks'
 * details); '' when it has none.
 */
export function summarySection(markdown: string, title: string): string {
  const parts = markdown.split(/\n(?=### |<details>)/);
  return parts.find((part) => new RegExp(`^### ${title}[ \n]`).test(part)) ?? '';
}

/** d-one, listing team-image in its user and space settings as given (JupyterLab). */
export function addTeamImageDomain(
  models: Models,
  user: readonly Record<string, unknown>[],
  space: readonly Record<string, unknown>[] = [],
): void {
  const settings = (images: readonly Record<string, unknown>[]) => ({
    JupyterLabAppSettings: {
      CustomImages: images.map((entry) => ({ ImageName: 'team-image', ...entry })),
    },
  });
  models.studio.addDomain({
    id: 'd-one',
    defaultUserSettings: settings(user),
    ...(space.length === 0 ? {} : { defaultSpaceSettings: settings(space) }),
  });
}

/**
 * What users run now in most tests, served: team-image's version 1 is `live` (pushed to `host` as
 * `:live`, registered by its amd64 digest), pinned in d-one's user list.
 */
export function givenLiveVersion(live: SeededImage, host = HOST): void {
  const models = newModels();
  models.images.addImage('team-image');
  models.images.addVersion('team-image', {
    baseImage: `${host}/${REPOSITORY}:live`,
    containerImage: `${host}/${REPOSITORY}@${live.amd64Digest ?? ''}`,
  });
  addTeamImageDomain(models, [{ ImageVersionNumber: 1 }]);
  serveModels(models);
}
