// What the integration clean-up removes: this run's resources, leftovers older than a day, and the
// list entries of images that go; never another run's young resources or anything not ours.
import { describe, expect, it } from '@jest/globals';
import {
  DAY_MS,
  isDoomed,
  planCleanup,
  withoutEntries,
} from '../../scripts/probes/cleanup-plan.ts';
import { probeNames } from '../../scripts/probes/settings.ts';

const RUN = 'siv-it-77-1';
const NOW = new Date('2026-11-20T12:00:00Z');
const ago = (hours: number): Date => new Date(NOW.getTime() - hours * 3600_000);
const entry = (name: string, version?: number) => ({
  ImageName: name,
  AppImageConfigName: name,
  ...(version === undefined ? {} : { ImageVersionNumber: version }),
});

describe('isDoomed', () => {
  it.each([
    ['this run', { name: RUN, createdAt: ago(0.1) }, true],
    ['a probe resource of this run', { name: `${RUN}-probe`, createdAt: ago(0.1) }, true],
    ['this run, without a time', { name: `${RUN}-domain` }, true],
    ['another run, young', { name: 'siv-it-75-1', createdAt: ago(2) }, false],
    ['a run whose id starts like this one', { name: 'siv-it-77-10', createdAt: ago(0.1) }, false],
    ['another run, older than a day', { name: 'siv-it-60-2-jl', createdAt: ago(25) }, true],
    ['another run, without a time', { name: 'siv-it-60-2' }, false],
    ['not ours, however old', { name: 'team-image', createdAt: ago(1000) }, false],
  ])('%s', (_case, resource, doomed) => {
    expect(isDoomed(resource, RUN, NOW)).toBe(doomed);
  });

  it('takes another grace period', () => {
    expect(isDoomed({ name: 'siv-it-60-2', createdAt: ago(2) }, RUN, NOW, DAY_MS / 24)).toBe(true);
  });
});

describe('withoutEntries', () => {
  it('sends back each member whole with only its list changed, and nothing for members unchanged', () => {
    const settings = {
      ExecutionRole: 'arn:aws:iam::123456789012:role/studio',
      JupyterLabAppSettings: {
        CustomImages: [entry('team-image'), entry(RUN, 3)],
        LifecycleConfigArns: ['arn:lcc'],
      },
      KernelGatewayAppSettings: { CustomImages: [entry('team-image')] },
      CodeEditorAppSettings: { DefaultResourceSpec: { InstanceType: 'ml.t3.medium' } },
    };

    expect(withoutEntries(settings, (name) => name === RUN)).toStrictEqual({
      JupyterLabAppSettings: {
        CustomImages: [entry('team-image')],
        LifecycleConfigArns: ['arn:lcc'],
      },
    });
    expect(withoutEntries(settings, () => false)).toStrictEqual({});
    expect(withoutEntries(undefined, () => true)).toStrictEqual({});
  });
});

describe('planCleanup', () => {
  it("removes this run's and old leftovers' resources and entries, in every list they are in", () => {
    const plan = planCleanup(
      {
        images: [
          { name: RUN, createdAt: ago(0.3) },
          { name: `${RUN}-probe`, createdAt: ago(0.2) },
          { name: 'siv-it-75-1', createdAt: ago(0.5) },
          { name: 'siv-it-60-2', createdAt: ago(30) },
        ],
        appImageConfigs: [
          { name: RUN, createdAt: ago(0.3) },
          { name: 'siv-it-75-1', createdAt: ago(0.5) },
          { name: 'siv-it-60-2-jl', createdAt: ago(30) },
        ],
        spaces: [
          { name: `${RUN}-domain`, createdAt: ago(0.1) },
          { name: 'siv-it-75-1-profile', createdAt: ago(0.4) },
          // The action's launch test: this run's, another young run's, an old run's.
          { name: 'lt-siv-it-77-1-v2-77-1', createdAt: ago(0.1) },
          { name: 'lt-siv-it-75-1-v2-75-1', createdAt: ago(0.4) },
          { name: 'lt-siv-it-60-2-v1-60-2', createdAt: ago(30) },
          { name: 'lt-team-image-v3-5-1', createdAt: ago(1000) },
        ],
        domain: {
          DefaultUserSettings: {
            JupyterLabAppSettings: {
              CustomImages: [entry('team-image'), entry(RUN, 2), entry('siv-it-75-1', 1)],
            },
          },
          DefaultSpaceSettings: {
            JupyterLabAppSettings: { CustomImages: [entry(RUN, 2), entry('siv-it-50-1')] },
          },
        },
        profiles: [
          {
            name: 'ci',
            settings: { JupyterLabAppSettings: { CustomImages: [entry(`${RUN}-probe`)] } },
          },
          {
            name: 'alice',
            settings: { JupyterLabAppSettings: { CustomImages: [entry('team-image')] } },
          },
        ],
      },
      RUN,
      NOW,
    );

    expect(plan).toStrictEqual({
      spaces: [`${RUN}-domain`, 'lt-siv-it-77-1-v2-77-1', 'lt-siv-it-60-2-v1-60-2'],
      domainUpdate: {
        DefaultUserSettings: {
          JupyterLabAppSettings: { CustomImages: [entry('team-image'), entry('siv-it-75-1', 1)] },
        },
        // siv-it-50-1 has no image any more: its entry goes too.
        DefaultSpaceSettings: { JupyterLabAppSettings: { CustomImages: [] } },
      },
      profileUpdates: [
        { name: 'ci', userSettings: { JupyterLabAppSettings: { CustomImages: [] } } },
      ],
      images: [RUN, `${RUN}-probe`, 'siv-it-60-2'],
      appImageConfigs: [RUN, 'siv-it-60-2-jl'],
    });
  });

  it('removes what a failed archive probe left: its space and the probe image (with its versions)', () => {
    const names = probeNames(RUN);
    const plan = planCleanup(
      {
        images: [{ name: names.probeImage, createdAt: ago(0.1) }],
        appImageConfigs: [],
        spaces: [{ name: names.space('archive'), createdAt: ago(0.1) }],
        profiles: [
          {
            name: 'ci',
            settings: { JupyterLabAppSettings: { CustomImages: [entry(names.probeImage)] } },
          },
        ],
      },
      RUN,
      NOW,
    );
    expect(plan).toStrictEqual({
      spaces: [names.space('archive')],
      profileUpdates: [
        { name: 'ci', userSettings: { JupyterLabAppSettings: { CustomImages: [] } } },
      ],
      images: [names.probeImage],
      appImageConfigs: [],
    });
  });

  it('changes no list and removes nothing without resources of ours', () => {
    expect(
      planCleanup(
        {
          images: [{ name: 'siv-it-75-1', createdAt: ago(1) }],
          appImageConfigs: [],
          spaces: [],
          domain: {
            DefaultUserSettings: {
              JupyterLabAppSettings: { CustomImages: [entry('siv-it-75-1')] },
            },
          },
          profiles: [],
        },
        RUN,
        NOW,
      ),
    ).toStrictEqual({ spaces: [], profileUpdates: [], images: [], appImageConfigs: [] });
  });
});
