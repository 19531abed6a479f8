// What the orchestration tests of `./studio` (src/studio/main.ts) share: its inputs, the version they
// release (my-image version 4, CREATED), its AppImageConfig document, and the entries met in a
// domain's lists. `resetStudioModels` seeds the in-process models (images, versions, the domain,
// configs) and serves them to the mocked SageMaker client (orchestration.ts): a test runs, then reads
// what users get from `models`. Each test file still mocks @actions/core itself, before it imports
// main.ts.
import type { CustomImage } from '@aws-sdk/client-sagemaker';
import * as core from './core.js';
import {
  ARN,
  givenRun,
  newModels,
  OTHER,
  refuseEcr,
  sagemaker,
  serveModels,
  SHA,
  type Models,
} from './orchestration.js';
import type { DomainStatus, Settings } from './studio-model.js';

/** Studio's file system settings, as the document in INPUTS spells them out. */
export const FILE_SYSTEM = { MountPath: '/home/sagemaker-user', DefaultUid: 1000, DefaultGid: 100 };

/** The `app-image-config` document of INPUTS: a JupyterLab config, sent as it says. */
export const DOCUMENT = [
  'JupyterLabAppImageConfig:',
  '  FileSystemConfig:',
  '    MountPath: /home/sagemaker-user',
  '    DefaultUid: 1000',
  '    DefaultGid: 100',
  '',
].join('\n');

/** The request that document makes for my-image. */
export const DESIRED = {
  AppImageConfigName: 'my-image',
  JupyterLabAppImageConfig: { FileSystemConfig: FILE_SYSTEM },
};

/** `./studio`'s inputs: version 4 to domain d-one's user defaults. */
export const INPUTS = {
  'image-version-arn': ARN,
  'domain-ids': 'd-one',
  'app-image-config': DOCUMENT,
  'settings-levels': 'user',
  'aws-region': 'eu-west-1',
};

/** This image's entry for `version` (none: not pinned). */
export const mine = (version?: number): CustomImage => ({
  ImageName: 'my-image',
  AppImageConfigName: 'my-image',
  ...(version === undefined ? {} : { ImageVersionNumber: version }),
});
/** This image's entry, pinned to version 4. */
export const MINE = mine(4);

/** The SDK commands sent, by name, in order. */
export const sent = (): string[] =>
  sagemaker.calls().map((c) => (c.args[0] as object).constructor.name.replace(/Command$/, ''));
/** The first two requests of every run: the version proved CREATED. */
export const VERSION_READS = ['DescribeImage', 'DescribeImageVersion'];

/** The models the last `resetStudioModels` served. */
export let models: Models = newModels();

/**
 * Before each model-based test: image my-image with versions 1 to 4 (CREATED; 4 is the one
 * released), image `other` and its AppImageConfig (another team's entry), domain d-one (named team)
 * with `images` in its user defaults' JupyterLab list next to a lifecycle config, no user
 * profiles, no AppImageConfig for my-image yet; the inputs above (or `inputs`), run 987654321's
 * first attempt. `options`: the models' (statuses over time, faults they play).
 */
export function resetStudioModels(
  inputs: Record<string, string> = INPUTS,
  images: CustomImage[] = [OTHER],
  options: Parameters<typeof newModels>[0] = {},
): Models {
  process.env.GITHUB_STEP_SUMMARY = 'summary.md'; // the core mock never writes it
  sagemaker.reset();
  models = newModels(options);
  models.images.addImage('my-image');
  for (const version of [1, 2, 3, 4])
    models.images.addVersion('my-image', { baseImage: `team/my-image:${version}` });
  models.images.addImage('other');
  models.studio.addAppImageConfig('other', { JupyterLabAppImageConfig: {} });
  models.studio.addDomain({
    id: 'd-one',
    name: 'team',
    defaultUserSettings: {
      JupyterLabAppSettings: { CustomImages: images, LifecycleConfigArns: ['arn:lc'] },
    },
  });
  serveModels(models);
  refuseEcr();
  core.reset(inputs);
  givenRun(SHA, '987654321');
  return models;
}

/** A domain's user-defaults JupyterLab list as stored now. */
export function userList(domainId = 'd-one'): unknown {
  const settings = models.studio.domainSettings(domainId).defaultUserSettings;
  return (settings.JupyterLabAppSettings as Settings | undefined)?.CustomImages;
}

/** d-one's user-defaults JupyterLab member, with `images`, as another writer would save it. */
export function setUserList(images: CustomImage[], domainId = 'd-one'): void {
  models.studio.setDomainSettings(domainId, {
    defaultUserSettings: {
      JupyterLabAppSettings: { CustomImages: images, LifecycleConfigArns: ['arn:lc'] },
    },
  });
}

/**
 * After the 1st, 2nd, … answer to `operation` (on a domain or profile), runs the step of that
 * place (undefined: nothing then): how a test makes other writers act, or a domain change status,
 * between the reads and writes of one run.
 */
export function afterAnswers(
  operation: 'DescribeDomain' | 'UpdateDomain' | 'DescribeUserProfile' | 'UpdateUserProfile',
  steps: readonly (((domainId: string) => void) | undefined)[],
): void {
  const [step, ...rest] = steps;
  if (step === undefined && rest.length === 0) return;
  models.studio.after(operation, (domainId) => {
    step?.(domainId);
    afterAnswers(operation, rest);
  });
}

/** The domain's status after each of its reads (see afterAnswers). */
export function statusesAfterReads(statuses: readonly (DomainStatus | undefined)[]): void {
  afterAnswers(
    'DescribeDomain',
    statuses.map((status) =>
      status === undefined
        ? undefined
        : (domainId: string) => models.studio.setDomainStatus(domainId, status),
    ),
  );
}
