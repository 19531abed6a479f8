// The IAM policy of docs/iam.md against what the bundle really calls: each feature of each entry
// point (`./`, `./studio`, `./retire`, `./launch-test`) runs end to end, and the actions its requests
// need must be exactly those the page lists for it (nothing missing, nothing extra); the example
// policy must hold exactly their union.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { docsPage } from '../../__fixtures__/docs.ts';
import { JUPYTERLAB_CONFIG } from '../../__fixtures__/release.ts';
import { ROOT, runAction, type EntryFolder } from '../../__fixtures__/run-action.ts';
import {
  startSageMakerServer,
  type RecordedRequest,
  type SageMakerServer,
  type ServerOptions,
} from '../../__fixtures__/sagemaker-server.ts';
import { ANY_IMAGE } from '../../__fixtures__/ecr-model.ts';
import { launchTarget, planLaunch } from '../../src/launch-test/plan.ts';
import type { StudioAppType } from '../../src/inputs/studio-inputs.ts';

const iamPage = docsPage('iam.md');
const ROLE = 'arn:aws:iam::123456789012:role/SageMakerImages';
const BASE = `123456789012.dkr.ecr.us-east-1.amazonaws.com/team/img@sha256:${'a7'.repeat(32)}`;
const NO_WAIT = { 'wait-for-created': 'false' };
/** The version `./studio` and `./launch-test` release: version 1 of img, seeded CREATED. */
const VERSION_ARN = 'arn:aws:sagemaker:us-east-1:123456789012:image-version/img/1';

/** The page's per-feature table of `./` (not ./compare's, below it): first cell → the actions named in the second. */
function featureTable(): Map<string, Set<string>> {
  const section = iamPage.split('\n## Least privilege, per feature\n')[1]?.split('\n## ')[0] ?? '';
  const rows = section
    .split('\n')
    .filter(
      (line) => line.startsWith('| ') && !line.startsWith('| Feature') && !/^\|\s*-/.test(line),
    );
  return new Map(
    rows.map((line) => {
      const [feature = '', actions = ''] = line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim());
      return [
        feature,
        new Set([...actions.matchAll(/`((?:sagemaker|iam|ecr):\w+)`/g)].map((m) => m[1] ?? '')),
      ];
    }),
  );
}

/** The IAM actions the requests a run sent need. */
function actionsNeeded(requests: readonly RecordedRequest[]): Set<string> {
  const actions = new Set<string>();
  for (const { service, operation, body } of requests) {
    // The image config's download is a pre-signed URL: it needs no permission of its own.
    if (service === 'download') continue;
    actions.add(`${service}:${operation}`);
    if (operation === 'CreateImage' && body.RoleArn !== undefined) actions.add('iam:PassRole');
    if (operation === 'CreateImage' && Array.isArray(body.Tags) && body.Tags.length > 0)
      actions.add('sagemaker:AddTags');
  }
  return actions;
}

interface FeatureRun {
  /** The entry point that runs (default `./`). */
  readonly entry?: EntryFolder;
  readonly server: ServerOptions;
  readonly inputs: Record<string, string>;
  /** The same entry point runs first with these inputs, to set the scene (its calls are not counted). */
  readonly before?: Record<string, string>;
  /** The counted run is attempt 2 of the same run as `before`, after the cause of a failure was fixed. */
  readonly rerunAfterFix?: boolean;
  /** Seeds the endpoint before the run. */
  readonly seed?: (server: SageMakerServer) => void;
  /** The row whose actions this row adds to (default: its entry point's first row, `null`: none). */
  readonly relativeTo?: string | null;
}

/** Each entry point's first row: what every run of it needs, which its other rows add to. */
const FIRST_ROW: Record<EntryFolder, string> = {
  '.': 'every run (`wait-for-created: false`)',
  studio: '`./studio`: every run (a first release)',
  retire: '`./retire`: every run (`retention-action: delete`)',
  'launch-test': '`./launch-test`: every run',
  compare: '',
};
/** The inputs every run of an entry point gets, besides the row's own. */
const REQUIRED: Record<EntryFolder, Record<string, string>> = {
  '.': { 'image-name': 'img', 'base-image': BASE, preflight: 'off' },
  studio: {
    'image-version-arn': VERSION_ARN,
    'domain-ids': 'd-iam',
    'app-image-config': JUPYTERLAB_CONFIG,
  },
  // The ECR check has a row of its own.
  retire: { 'image-name': 'img', 'ecr-check': 'off' },
  'launch-test': {
    'image-version-arn': VERSION_ARN,
    'app-image-config': JUPYTERLAB_CONFIG,
    'domain-id': 'd-iam',
    'user-profile': 'ci',
  },
  compare: {},
};

/** Old versions to retire, one with an alias, and a domain with a user profile and a space. */
function retentionScene(server: SageMakerServer): void {
  for (let v = 1; v <= 3; v++) {
    server.addVersion('img', {
      baseImage: BASE.replace('a7a7', `0${v}0${v}`),
      // Older than keep-younger-than's default, so some can be retired.
      createdAt: Date.UTC(2025, 0, v),
      ...(v === 1 ? { aliases: ['lts'] } : {}),
    });
  }
  server.studio.addDomain({ id: 'd-one' });
  server.studio.addUserProfile('d-one', 'alice');
  server.studio.addSpace('d-one', 'lab');
}

/** A domain to release to, and version 1 of img, CREATED. */
const STUDIO_SERVER: ServerOptions = { images: ['img'], domains: [{ id: 'd-iam' }] };
const DRY_RUN = '`dry-run` (with `create-image` and `move-aliases`)';
const DRY_RUN_INPUTS = {
  'dry-run': 'true',
  'create-image': 'true',
  'role-arn': ROLE,
  aliases: 'stable',
  'move-aliases': 'true',
};
/** Version 1 of img, for `./studio` and `./launch-test` to release. */
const aVersion = (server: SageMakerServer): void => {
  server.addVersion('img', { baseImage: BASE });
};
/** A user profile kept for CI, for the launch test. */
const ciProfile = (server: SageMakerServer): void => {
  aVersion(server);
  server.studio.addUserProfile('d-iam', 'ci');
};
/** A user of the domain, who sees the domain's list (every release reads the profiles). */
const aUser = (server: SageMakerServer): void => {
  aVersion(server);
  server.studio.addUserProfile('d-iam', 'alice');
};
/** A user with an image list of their own, which user-profiles: all adds the image to. */
const aUserWithOwnList = (server: SageMakerServer): void => {
  aVersion(server);
  server.studio.addUserProfile('d-iam', 'alice', {
    JupyterLabAppSettings: { CustomImages: [] },
  });
};

const FEATURES: Record<string, FeatureRun> = {
  'every run (`wait-for-created: false`)': { server: { images: ['img'] }, inputs: NO_WAIT },
  'image checks (`preflight`, on by default)': {
    server: { images: ['img'] },
    inputs: { ...NO_WAIT, preflight: 'strict' },
  },
  '`wait-for-created` (the default)': { server: { images: ['img'] }, inputs: {} },
  '`aliases`': { server: { images: ['img'] }, inputs: { ...NO_WAIT, aliases: 'latest' } },
  '`move-aliases`': {
    server: { images: ['img'] },
    before: { aliases: 'stable', 'base-image': BASE.replace('a7a7', 'b8b8') },
    inputs: { aliases: 'stable', 'move-aliases': 'true' },
  },
  '`skip-if-unchanged`': {
    server: { images: ['img'] },
    before: {},
    inputs: { 'skip-if-unchanged': 'true' },
  },
  '`skip-if-unchanged` with `aliases`': {
    server: { images: ['img'] },
    before: {},
    inputs: { 'skip-if-unchanged': 'true', aliases: 'latest' },
  },
  'a re-run after `CREATE_FAILED`, with `aliases`': {
    server: { images: ['img'], failBaseImagesContaining: 'team/img' },
    before: { aliases: 'dev' },
    inputs: { aliases: 'dev' },
    rerunAfterFix: true,
  },
  '`create-image` (with `image-tags`)': {
    server: {},
    inputs: { ...NO_WAIT, 'create-image': 'true', 'role-arn': ROLE, 'image-tags': 'team=ml' },
  },
  'an image another run is still creating': {
    // CREATING for one DescribeImage answer, however long the run takes to ask (not for a time).
    server: { creatingImages: ['img'], imageCreatingReads: 1 },
    inputs: NO_WAIT,
  },
  [DRY_RUN]: { server: {}, inputs: DRY_RUN_INPUTS },
  [FIRST_ROW.studio]: { entry: 'studio', server: STUDIO_SERVER, seed: aUser, inputs: {} },
  '`./studio`: a changed `app-image-config` (adds to its first row)': {
    entry: 'studio',
    server: STUDIO_SERVER,
    seed: aUser,
    before: {},
    inputs: {
      'app-image-config':
        'JupyterLabAppImageConfig: {ContainerConfig: {ContainerArguments: [--debug]}}',
    },
  },
  '`./studio`: `aliases` (adds to its first row)': {
    entry: 'studio',
    server: STUDIO_SERVER,
    seed: aUser,
    inputs: { aliases: 'stable', 'move-aliases': 'true' },
  },
  '`./studio`: `user-profiles: all` (adds to its first row)': {
    entry: 'studio',
    server: STUDIO_SERVER,
    seed: aUserWithOwnList,
    inputs: { 'user-profiles': 'all' },
  },
  '`./studio`: `dry-run`': {
    entry: 'studio',
    server: STUDIO_SERVER,
    seed: aUser,
    inputs: { 'dry-run': 'true', aliases: 'stable', 'move-aliases': 'true' },
    relativeTo: null,
  },
  [FIRST_ROW.retire]: {
    entry: 'retire',
    server: { images: ['img'] },
    seed: retentionScene,
    inputs: { 'keep-versions': '1' },
  },
  '`./retire`: `ecr-check` (on by default; adds to its first row)': {
    entry: 'retire',
    server: { images: ['img'] },
    seed: (server) => {
      retentionScene(server);
      server.ecr.putLifecyclePolicy('team/img', [
        {
          rulePriority: 1,
          selection: { tagStatus: 'untagged', countType: 'imageCountMoreThan', countNumber: 1 },
          action: { type: 'expire' },
        },
      ]);
    },
    inputs: { 'keep-versions': '1', 'ecr-check': 'warn' },
  },
  '`./retire`: `retention-action: archive`': {
    entry: 'retire',
    server: { images: ['img'] },
    seed: retentionScene,
    inputs: { 'keep-versions': '1', 'retention-action': 'archive' },
    relativeTo: null,
  },
  [FIRST_ROW['launch-test']]: {
    entry: 'launch-test',
    server: STUDIO_SERVER,
    seed: ciProfile,
    inputs: {},
  },
};

/** Each feature on its own: the image checks are off unless a row turns them on. */
async function actionsOf(feature: FeatureRun): Promise<Set<string>> {
  const server: SageMakerServer = await startSageMakerServer({
    ecr: ANY_IMAGE,
    ...feature.server,
  });
  feature.seed?.(server);
  const entry = feature.entry ?? '.';
  try {
    if (feature.before !== undefined) {
      await runAction({
        entry,
        inputs: { ...REQUIRED[entry], ...feature.before },
        endpoint: server.url,
        runId: '1',
      });
    }
    const seenBefore = server.requests.length;
    if (feature.rerunAfterFix === true) delete server.options.failBaseImagesContaining;
    const result = await runAction({
      entry,
      inputs: { ...REQUIRED[entry], ...feature.inputs },
      endpoint: server.url,
      ...(feature.rerunAfterFix === true
        ? { runId: '1', env: { GITHUB_RUN_ATTEMPT: '2' } }
        : { runId: '2' }),
    });
    expect(result.exitCode).toBe(0);
    return actionsNeeded(server.requests.slice(seenBefore));
  } finally {
    await server.close();
  }
}

/** The rows it adds to: its own entry point's first row unless it says otherwise. */
function baseRow(name: string, feature: FeatureRun): string | undefined {
  if (feature.relativeTo === null) return undefined;
  const base = feature.relativeTo ?? FIRST_ROW[feature.entry ?? '.'];
  return base === name ? undefined : base;
}

/**
 * `./launch-test` runs here once its entry is in src/ (the split is under way: until then its row
 * is documented, and checked only by this file's table test).
 */
const LAUNCH_TEST_BUILT = existsSync(join(ROOT, 'src', 'launch-test', 'main.ts'));
const runnable = (name: string): boolean =>
  LAUNCH_TEST_BUILT || (FEATURES[name] as FeatureRun).entry !== 'launch-test';

describe('the IAM policy of docs/iam.md', () => {
  const table = featureTable();

  it('has a row for every feature the suite runs, and no other', () => {
    expect([...table.keys()].sort()).toEqual(Object.keys(FEATURES).sort());
  });

  const names = Object.keys(FEATURES);
  it.concurrent.each(names.filter(runnable))(
    'lists exactly what %s calls',
    async (name) => {
      const feature = FEATURES[name] as FeatureRun;
      const baseName = baseRow(name, feature);
      const base =
        baseName === undefined
          ? new Set<string>()
          : await actionsOf(FEATURES[baseName] as FeatureRun);
      const needed = await actionsOf(feature);
      const added = new Set([...needed].filter((a) => !base.has(a)));
      expect([...(table.get(name) ?? [])].sort()).toEqual([...added].sort());
      // Up to three bundle runs each (a scene, the row, the row it adds to), several rows at once.
    },
    120_000,
  );
  const pending = names.filter((name) => !runnable(name));
  if (pending.length > 0) it.skip.each(pending)('lists exactly what %s calls', () => undefined);

  it('grants in its example policy exactly the union of the table', () => {
    const policy = JSON.parse(/```json\n([\s\S]*?)```/.exec(iamPage)?.[1] ?? '{}') as {
      Statement: { Action: string | string[] }[];
    };
    const granted = new Set(
      policy.Statement.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action])),
    );
    const listed = new Set([...table.values()].flatMap((actions) => [...actions]));
    expect([...granted].sort()).toEqual([...listed].sort());
  });
});

/** The statements of every example policy a page shows (a JSON block with a Statement list). */
function policyStatements(page: string): { Sid?: string; Action: unknown; Resource: unknown }[] {
  return [...page.matchAll(/```json\n([\s\S]*?)```/g)].flatMap((match) => {
    const text = (match[1] ?? '').trim();
    // launch-test.md shows the statement alone.
    const parsed = JSON.parse(text.startsWith('"') ? `{${text}}` : text) as {
      Statement?: { Sid?: string; Action: unknown; Resource: unknown }[];
      Sid?: string;
      Action?: unknown;
      Resource?: unknown;
    };
    if (parsed.Statement !== undefined) return parsed.Statement;
    return parsed.Action === undefined ? [] : [parsed as { Action: unknown; Resource: unknown }];
  });
}

/** Whether an ARN matches an IAM resource pattern (`*` any run of characters, `?` one). */
function matchesResource(pattern: string, arn: string): boolean {
  const source = pattern
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\/]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(arn);
}

describe("the launch test's statement (issue 27, item 14)", () => {
  const PREFIX = 'arn:aws:sagemaker:us-east-1:123456789012';
  const DOMAIN = 'd-abc123example';
  /** The app's ARN as SageMaker makes it: app/<domain>/<space or profile>/<app type>/<name>. */
  const appArn = (owner: string, appType: string, name: string): string =>
    `${PREFIX}:app/${DOMAIN}/${owner}/${appType.toLowerCase()}/${name}`;
  /** What one launch test makes, for each app type, as planLaunch names it. */
  const made = (['JupyterLab', 'CodeEditor', 'KernelGateway'] as StudioAppType[]).flatMap(
    (appType) => {
      const plan = planLaunch({
        settings: {
          domainId: DOMAIN,
          userProfileName: 'ci-launch',
          instanceType: 'ml.t3.medium',
          timeoutSeconds: 900,
        },
        target: launchTarget(`${PREFIX}:image-version/my-kernel/7`),
        appType,
        appImageConfigName: 'my-kernel',
        runTag: '1234567890-1',
      });
      const { SpaceName, UserProfileName, AppName } = plan.app;
      return [
        appArn(SpaceName ?? UserProfileName ?? '', appType, AppName ?? ''),
        ...(SpaceName === undefined ? [] : [`${PREFIX}:space/${DOMAIN}/${SpaceName}`]),
      ];
    },
  );
  /** What the domain's users run, which the statement must not reach. */
  const theirs = [
    appArn('lab', 'JupyterLab', 'default'),
    appArn('alice', 'KernelGateway', 'datascience-1-0-ml-t3-medium-1abf3407f667f989be9d86559395'),
    appArn('ci-launch', 'KernelGateway', 'datascience-1-0-ml-t3-medium'),
    `${PREFIX}:space/${DOMAIN}/lab`,
  ];
  const pages = ['iam.md', 'launch-test.md', 'reusable-workflow.md'];

  it.each(pages)('%s grants CreateApp, DeleteApp and the space only on the lt- names', (page) => {
    const statements = policyStatements(docsPage(page)).filter((s) =>
      ([] as unknown[]).concat(s.Action).includes('sagemaker:CreateApp'),
    );
    expect(statements).toHaveLength(1);
    const resources = ([] as unknown[]).concat(statements[0]?.Resource) as string[];
    const granted = (arn: string): boolean => resources.some((r) => matchesResource(r, arn));
    expect(made.filter((arn) => !granted(arn))).toEqual([]);
    expect(theirs.filter(granted)).toEqual([]);
  });
});
