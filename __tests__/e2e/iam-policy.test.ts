// The IAM policy of docs/iam.md against what the bundle really calls: each feature runs end to end,
// and the actions its requests need must be exactly those the page lists for it (nothing missing,
// nothing extra); the example policy must hold exactly their union.
import { describe, expect, it } from '@jest/globals';
import { docsPage } from '../../__fixtures__/docs.ts';
import { runAction, type EntryFolder } from '../../__fixtures__/run-action.ts';
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
  /** The entry point the row runs (default `./`). */
  readonly entry?: EntryFolder;
  readonly server: ServerOptions;
  readonly inputs: Record<string, string>;
  /** Runs first, to set the scene (its calls are not counted). */
  readonly before?: Record<string, string>;
  /** The counted run is attempt 2 of the same run as `before`, after the cause of a failure was fixed. */
  readonly rerunAfterFix?: boolean;
  /** Seeds the endpoint before the run. */
  readonly seed?: (server: SageMakerServer) => void;
  /** The row whose actions this row adds to (default: the first). */
  readonly relativeTo?: string;
}

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

const KEEP_VERSIONS = '`keep-versions` (`retention-action: delete`)';
const ECR_CHECK = '`./retire` with `ecr-check` (on by default; adds to the row above)';
const STUDIO_SERVER: ServerOptions = { images: ['img'], domains: [{ id: 'd-iam' }] };
const FIRST_ATTACH = '`studio-domain-ids` (a first attach)';
const DRY_RUN = '`dry-run` (with `create-image`, `move-aliases` and `studio-domain-ids`)';
const DRY_RUN_INPUTS = {
  'dry-run': 'true',
  'create-image': 'true',
  'role-arn': ROLE,
  aliases: 'stable',
  'move-aliases': 'true',
  'studio-domain-ids': 'd-iam',
};
/** A user profile kept for CI, for the launch test. */
const ciProfile = (server: SageMakerServer): void => server.studio.addUserProfile('d-iam', 'ci');
/** A user of the domain, who sees the domain's list (every attach reads the profiles). */
const aUser = (server: SageMakerServer): void => server.studio.addUserProfile('d-iam', 'alice');
/** A user with an image list of their own, which studio-user-profiles: all adds the image to. */
const aUserWithOwnList = (server: SageMakerServer): void =>
  server.studio.addUserProfile('d-iam', 'alice', {
    JupyterLabAppSettings: { CustomImages: [] },
  });

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
  [KEEP_VERSIONS]: {
    server: { images: ['img'] },
    entry: 'retire',
    seed: retentionScene,
    inputs: { 'keep-versions': '1' },
  },
  [ECR_CHECK]: {
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
    entry: 'retire',
    inputs: { 'keep-versions': '1', 'ecr-check': 'warn' },
    relativeTo: KEEP_VERSIONS,
  },
  '`keep-versions` with `retention-action: archive`': {
    server: { images: ['img'] },
    entry: 'retire',
    seed: retentionScene,
    inputs: { 'keep-versions': '1', 'retention-action': 'archive' },
  },
  [DRY_RUN]: { server: { domains: [{ id: 'd-iam' }] }, inputs: DRY_RUN_INPUTS },
  '`dry-run` with `launch-test-user-profile` (adds to the row above)': {
    server: { domains: [{ id: 'd-iam' }] },
    seed: ciProfile,
    inputs: { ...DRY_RUN_INPUTS, 'launch-test-user-profile': 'ci' },
    relativeTo: DRY_RUN,
  },
  [FIRST_ATTACH]: { server: STUDIO_SERVER, seed: aUser, inputs: { 'studio-domain-ids': 'd-iam' } },
  'changed AppImageConfig inputs (adds to the row above)': {
    server: STUDIO_SERVER,
    before: { 'studio-domain-ids': 'd-iam' },
    inputs: { 'studio-domain-ids': 'd-iam', 'container-environment': 'TEAM=ml' },
    relativeTo: FIRST_ATTACH,
  },
  '`launch-test-user-profile` (adds to a first attach)': {
    server: STUDIO_SERVER,
    seed: ciProfile,
    inputs: {
      'studio-domain-ids': 'd-iam',
      'launch-test-user-profile': 'ci',
      'wait-max-delay-seconds': '1',
    },
    relativeTo: FIRST_ATTACH,
  },
  '`studio-user-profiles: all` (adds to a first attach)': {
    server: STUDIO_SERVER,
    seed: aUserWithOwnList,
    inputs: { 'studio-domain-ids': 'd-iam', 'studio-user-profiles': 'all' },
    relativeTo: FIRST_ATTACH,
  },
};

/** The inputs every run of an entry point gets: the image checks and the ECR check off. */
function baseInputs(entry: EntryFolder): Record<string, string> {
  if (entry === 'retire') return { 'image-name': 'img', 'ecr-check': 'off' };
  return { 'image-name': 'img', 'base-image': BASE, preflight: 'off' };
}

/** Each feature on its own: the image checks and the ECR check are off unless a row turns them on. */
async function actionsOf(feature: FeatureRun): Promise<Set<string>> {
  const entry = feature.entry ?? '.';
  const server: SageMakerServer = await startSageMakerServer({
    ecr: ANY_IMAGE,
    ...feature.server,
  });
  feature.seed?.(server);
  try {
    if (feature.before !== undefined) {
      await runAction({
        inputs: { ...baseInputs('.'), ...feature.before },
        endpoint: server.url,
        runId: '1',
      });
    }
    const seenBefore = server.requests.length;
    if (feature.rerunAfterFix === true) delete server.options.failBaseImagesContaining;
    const result = await runAction({
      entry,
      inputs: { ...baseInputs(entry), ...feature.inputs },
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

describe('the IAM policy of docs/iam.md', () => {
  const table = featureTable();

  it('has a row for every feature the suite runs, and no other', () => {
    expect([...table.keys()].sort()).toEqual(Object.keys(FEATURES).sort());
  });

  it.concurrent.each(Object.keys(FEATURES))('lists exactly what %s calls', async (name) => {
    const feature = FEATURES[name] as FeatureRun;
    const base = await actionsOf(
      FEATURES[feature.relativeTo ?? 'every run (`wait-for-created: false`)'] as FeatureRun,
    );
    const needed = await actionsOf(feature);
    const added = name.startsWith('every run')
      ? needed
      : new Set([...needed].filter((a) => !base.has(a)));
    expect([...(table.get(name) ?? [])].sort()).toEqual([...added].sort());
  });

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
