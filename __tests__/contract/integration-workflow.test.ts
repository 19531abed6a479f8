// .github/workflows/integration.yml, read as data: it runs only where configured, asks for no more
// than it needs, passes the action only declared inputs, names everything after the run, always
// cleans up, and the account template grants exactly what the workflow, the action, the probes and
// the clean-up call. No AWS here: the workflow itself runs on GitHub (docs/integration-tests.md).
import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../../__fixtures__/run-action.ts';
import { entryActionYaml, entryOfUses } from '../../__fixtures__/entry-points.ts';
import {
  DENIED_ON_PURPOSE,
  NAME_PREFIX,
  probeNames,
  readSettings,
} from '../../scripts/probes/settings.ts';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  'timeout-minutes'?: number;
  permissions?: Record<string, string>;
  outputs?: Record<string, string>;
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group?: string; 'cancel-in-progress'?: boolean };
  env?: Record<string, string>;
  jobs: Record<string, Job>;
}

const WORKFLOWS = join(ROOT, '.github', 'workflows');
const text = readFileSync(join(WORKFLOWS, 'integration.yml'), 'utf8');
const workflow = parseYaml(text) as Workflow;
const GATE = "vars.AWS_INTEGRATION_ROLE_ARN != ''";
const steps = (): [string, Step][] =>
  Object.entries(workflow.jobs).flatMap(([job, spec]) =>
    (spec.steps ?? []).map((s) => [job, s] as [string, Step]),
  );
/** The steps that run one of the action's entry points from this checkout (`./`, `./studio`, …). */
const entrySteps = (): Step[] =>
  steps()
    .map(([, s]) => s)
    .filter((s) => s.uses?.startsWith('./') === true && entryOfUses(s.uses) !== undefined);
/** The steps of one entry point, `./` by default. */
const actionSteps = (path = './'): Step[] =>
  entrySteps().filter((s) => entryOfUses(s.uses ?? '')?.path === path);
const specOf = (step: Step) => entryActionYaml(entryOfUses(step.uses ?? '')?.folder ?? '.');

describe('when the integration workflow runs', () => {
  it('only by hand or on a schedule, never for pushes or pull requests', () => {
    expect(Object.keys(workflow.on).sort()).toStrictEqual(['schedule', 'workflow_dispatch']);
  });

  it.each(Object.keys(workflow.jobs))(
    'job %s runs only where AWS_INTEGRATION_ROLE_ARN is set',
    (name) => {
      expect(workflow.jobs[name]?.if).toContain(GATE);
    },
  );

  it.each(Object.keys(workflow.jobs))('job %s has a time limit', (name) => {
    expect(workflow.jobs[name]?.['timeout-minutes']).toEqual(expect.any(Number));
  });

  it('one run at a time, a waiting run never cancelled', () => {
    expect(workflow.concurrency).toStrictEqual({
      group: 'integration-aws',
      'cancel-in-progress': false,
    });
  });
});

describe('what the integration workflow may do', () => {
  it('asks for contents: read, and id-token: write only in the jobs that assume the role', () => {
    expect(workflow.permissions).toStrictEqual({ contents: 'read' });
    for (const job of Object.values(workflow.jobs)) {
      const assumes = (job.steps ?? []).some((s) =>
        s.uses?.startsWith('aws-actions/configure-aws-credentials@'),
      );
      expect(job.permissions).toStrictEqual(
        assumes ? { contents: 'read', 'id-token': 'write' } : { contents: 'read' },
      );
    }
  });

  it('installs with --ignore-scripts wherever a job may ask for an OIDC token', () => {
    const installs = Object.values(workflow.jobs)
      .filter((job) => job.permissions?.['id-token'] === 'write')
      .flatMap((job) => job.steps ?? [])
      .filter((s) => /\bnpm (?:ci|install|i)\b/.test(s.run ?? ''));
    expect(installs.length).toBeGreaterThan(0);
    for (const step of installs) expect(step.run).toMatch(/\bnpm ci --ignore-scripts\b/);
  });

  it('uses no secret: the role comes from a repository variable through OIDC', () => {
    expect(text).not.toMatch(/\bsecrets\./);
    const credentials = steps().filter(([, s]) =>
      s.uses?.startsWith('aws-actions/configure-aws-credentials@'),
    );
    expect(credentials.length).toBe(Object.keys(workflow.jobs).length);
    for (const [, step] of credentials) {
      expect(step.with?.['role-to-assume']).toBe('${{ vars.AWS_INTEGRATION_ROLE_ARN }}');
    }
  });

  it('pins every other action to a full commit SHA with its version, the same as the other workflows', () => {
    const pins = new Map<string, string>();
    for (const file of readdirSync(WORKFLOWS).filter((f) => f !== 'integration.yml')) {
      const other = readFileSync(join(WORKFLOWS, file), 'utf8');
      for (const [, name = '', pin = ''] of other.matchAll(
        /uses:\s*([\w.-]+\/[\w./-]+)@([0-9a-f]{40} # v[\d.]+)/g,
      ))
        pins.set(name, pin);
    }
    const uses = [...text.matchAll(/^\s*-?\s*uses:\s*(\S+)(.*)$/gm)].filter(
      ([, ref = '']) => !ref.startsWith('./'),
    );
    expect(uses.length).toBeGreaterThan(0);
    for (const [, ref = '', rest = ''] of uses) {
      expect(`${ref}${rest}`).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
      const [name = '', sha = ''] = ref.split('@');
      const known = pins.get(name);
      if (known !== undefined) expect(`${sha}${rest}`).toBe(known);
    }
  });
});

describe('the action steps', () => {
  it('are several, each passing its entry point only declared inputs and the required ones', () => {
    expect(actionSteps().length).toBeGreaterThanOrEqual(5);
    for (const step of entrySteps()) {
      const spec = specOf(step);
      expect({
        id: step.id,
        undeclared: Object.keys(step.with ?? {}).filter((input) => !(input in spec.inputs)),
      }).toStrictEqual({ id: step.id, undeclared: [] });
      for (const [input, declared] of Object.entries(spec.inputs))
        if (declared.required === true) expect(step.with).toHaveProperty([input]);
    }
  });

  it('read only declared outputs', () => {
    const byId = new Map(entrySteps().map((s) => [s.id, s]));
    const read = [...text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)].filter(([, id]) =>
      byId.has(id),
    );
    expect(read.length).toBeGreaterThan(0);
    for (const [, id, output = ''] of read)
      expect(specOf(byId.get(id) as Step).outputs).toHaveProperty([output]);
  });

  it('cover the release: create, re-run, launch test, Studio, retire, dry runs, skip-if-unchanged', () => {
    const inputs = actionSteps().map((s) => s.with ?? {});
    expect(inputs.some((w) => w['create-image'] === true)).toBe(true);
    expect(inputs.some((w) => w['dry-run'] === true)).toBe(true);
    expect(inputs.some((w) => w['skip-if-unchanged'] === true)).toBe(true);
    for (const path of ['./studio', './retire']) {
      const dry = actionSteps(path).map((s) => s.with?.['dry-run'] === true);
      expect({ path, dry: dry.sort() }).toStrictEqual({
        path,
        dry: expect.arrayContaining([false, true]),
      });
    }
    expect(actionSteps('./launch-test')).toHaveLength(1);
    const [first, rerun] = actionSteps();
    expect(rerun?.with).toStrictEqual(first?.with);
    const [firstRelease, rerunRelease] = actionSteps('./studio');
    expect(rerunRelease?.with).toStrictEqual({
      ...firstRelease?.with,
      'image-version-arn': '${{ steps.rerun.outputs.image-version-arn }}',
    });
  });

  it('run the image checks, and register the attested push by its amd64 digest', () => {
    for (const step of actionSteps()) expect(step.with?.preflight).toBe('strict');
    const index = actionSteps().find((s) => s.id === 'index');
    expect(index?.with?.['base-image']).toBe('${{ env.BY_TAG }}-attest');
    expect(text).toContain('expect \'attestation index registered\' "$INDEX_VERSION" 3');
    expect(text).toMatch(/describe-image-version .*--query BaseImage/);
  });

  it('name the image and its AppImageConfig after the run, and use the alias the probes look for', () => {
    expect(workflow.env?.IT_NAME).toBe(
      `${NAME_PREFIX}\${{ github.run_id }}-\${{ github.run_attempt }}`,
    );
    for (const step of entrySteps()) {
      if ('image-name' in specOf(step).inputs)
        expect(step.with?.['image-name']).toBe('${{ env.IT_NAME }}');
      if (step.with?.['app-image-config-name'] !== undefined)
        expect(step.with['app-image-config-name']).toBe('${{ env.IT_NAME }}');
      if (step.with?.aliases !== undefined)
        expect(step.with.aliases).toBe(probeNames('siv-it-1-1').heldAlias);
    }
    expect(actionSteps('./studio').every((s) => s.with?.aliases !== undefined)).toBe(true);
  });
});

describe('the test image', () => {
  const pushes = steps().filter(([, s]) => s.uses?.startsWith('docker/build-push-action@'));
  const builds = pushes.filter(([, s]) => s.with?.context === 'integration/image');

  it('is built for linux/amd64 from integration/image, tagged after the run, plain and attested', () => {
    expect(builds.map(([, s]) => s.with?.provenance)).toStrictEqual([false, 'mode=min']);
    for (const [, step] of builds) {
      expect(step.with).toMatchObject({
        context: 'integration/image',
        platforms: 'linux/amd64',
        push: true,
        sbom: false,
      });
      expect(step.with?.tags).toContain('${{ env.IT_NAME }}');
    }
  });

  it("the archive probes' own image: tiny, labelled with the run so its digest is the run's, given to the probes", () => {
    const archive = pushes.filter(([, s]) => s.with?.context === 'integration/archive-image');
    expect(pushes).toHaveLength(builds.length + archive.length);
    expect(archive).toHaveLength(1);
    const [job, step] = archive[0] ?? [];
    expect(step?.with).toMatchObject({
      platforms: 'linux/amd64',
      push: true,
      provenance: false,
      sbom: false,
      labels: 'siv-it.run=${{ env.IT_NAME }}',
    });
    expect(step?.with?.tags).toMatch(/:\$\{\{ env\.IT_NAME \}\}-archive$/);
    expect(workflow.jobs[job ?? '']?.outputs?.['archive-digest']).toBe(
      `\${{ steps.${step?.id ?? ''}.outputs.digest }}`,
    );
    const [, probes] = steps().find(([, s]) => s.run === 'node scripts/assumption-probes.ts') ?? [];
    expect(probes?.env?.PROBE_ARCHIVE_IMAGE).toContain(
      '@${{ needs.build.outputs.archive-digest }}',
    );
    const dockerfile = readFileSync(
      join(ROOT, 'integration', 'archive-image', 'Dockerfile'),
      'utf8',
    );
    expect(dockerfile).toMatch(/^FROM busybox:/m);
    expect(dockerfile).toMatch(/^USER 1000:100$/m);
    expect(dockerfile).toContain('/www/jupyterlab/default/api/status');
  });

  it("meets Studio's rules: uid 1000, gid 100, JupyterLab on 8888 at /jupyterlab/default without a token", () => {
    const dockerfile = readFileSync(join(ROOT, 'integration', 'image', 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^USER 1000:100$/m);
    expect(dockerfile).toMatch(/--uid 1000 --gid 100/);
    expect(dockerfile).toMatch(/--home-dir \/home\/sagemaker-user/);
    for (const arg of [
      '--port=8888',
      '--ip=0.0.0.0',
      '--ServerApp.base_url=/jupyterlab/default',
      '--ServerApp.token=',
      '--ServerApp.password=',
    ])
      expect(dockerfile).toContain(`"${arg}"`);
  });
});

describe('the probes step', () => {
  const [, probes] = steps().find(([, s]) => s.run === 'node scripts/assumption-probes.ts') ?? [];

  it('runs after every action step, unless cancelled, once the image exists', () => {
    const release = workflow.jobs.release?.steps ?? [];
    const at = release.indexOf(probes as Step);
    expect(at).toBeGreaterThan(Math.max(...entrySteps().map((s) => release.indexOf(s))));
    expect(probes?.if).toBe("${{ !cancelled() && steps.first.outputs.image-arn != '' }}");
  });

  it('is given every setting the probes need', () => {
    const sample: Record<string, string> = {
      AWS_REGION: 'us-east-1',
      PROBE_RUN_NAME: 'siv-it-1-1',
      PROBE_BASE_IMAGE: `123456789012.dkr.ecr.us-east-1.amazonaws.com/siv-it@sha256:${'a'.repeat(64)}`,
      PROBE_BASE_IMAGE_TAG: '123456789012.dkr.ecr.us-east-1.amazonaws.com/siv-it:siv-it-1-1',
      PROBE_ROLE_ARN: 'arn:aws:iam::123456789012:role/siv-it-image',
      PROBE_APP_IMAGE_CONFIG: 'siv-it-1-1',
      PROBE_ARCHIVE_IMAGE: `123456789012.dkr.ecr.us-east-1.amazonaws.com/siv-it@sha256:${'b'.repeat(64)}`,
    };
    const given = new Set([...Object.keys(probes?.env ?? {}), ...Object.keys(workflow.env ?? {})]);
    const missing = Object.keys(sample).filter((name) => !given.has(name));
    expect(missing).toStrictEqual([]);
    expect(readSettings(sample).ok).toBe(true);
  });
});

describe('the clean-up', () => {
  const cleanup = workflow.jobs.cleanup;

  it('runs always, after every other job', () => {
    expect(cleanup?.if).toBe(`always() && ${GATE}`);
    expect([cleanup?.needs].flat().sort()).toStrictEqual(
      Object.keys(workflow.jobs)
        .filter((j) => j !== 'cleanup')
        .sort(),
    );
  });

  it('removes SageMaker resources and ECR images, each step always, both by run name and age', () => {
    const removal = (cleanup?.steps ?? []).filter(
      (s) => s.run !== undefined && !s.run.startsWith('npm ci'),
    );
    expect(removal.map((s) => s.if)).toStrictEqual(['always()', 'always()']);
    const [sagemaker, ecr] = removal;
    expect(sagemaker?.run).toBe('node scripts/integration-cleanup.ts');
    expect(sagemaker?.env?.PROBE_RUN_NAME).toBe('${{ env.IT_NAME }}');
    expect(ecr?.run).toContain('batch-delete-image');
    expect(ecr?.run).toContain("date -u -d '1 day ago'");
    expect(ecr?.run).toContain('startswith($run)');
    // DescribeImages lists ACTIVE images alone unless asked: the archived probe image would stay.
    expect(ecr?.run).toContain(
      'aws ecr describe-images --repository-name "$REPOSITORY" --filter imageStatus=ANY',
    );
  });
});

describe('integration/account.yml', () => {
  type Statement = { Sid?: string; Action: string | string[]; Resource: unknown };
  const template = parseYaml(readFileSync(join(ROOT, 'integration', 'account.yml'), 'utf8')) as {
    Resources: Record<
      string,
      { Properties: { Policies?: { PolicyDocument: { Statement: unknown[] } }[] } }
    >;
  };
  const statements = (role: string): Statement[] =>
    (template.Resources[role]?.Properties.Policies ?? [])
      .flatMap((p) => p.PolicyDocument.Statement)
      .map((s) => ((s as Record<string, unknown[]>)['Fn::If']?.[1] ?? s) as Statement);
  const granted = new Set(statements('WorkflowRole').flatMap((s) => [s.Action].flat()));

  /**
   * `service:Operation` for every AWS SDK command a file sends: ECR's when the command is
   * `ecr.<Name>Command` or imported from @aws-sdk/client-ecr, else SageMaker's.
   */
  function operations(file: string): string[] {
    const source = readFileSync(join(ROOT, file), 'utf8');
    const fromEcr = new Set(
      [...source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@aws-sdk\/client-ecr'/g)].flatMap(
        ([, names = '']) => names.split(',').map((name) => name.replace(/^\s*type\s+/, '').trim()),
      ),
    );
    return [
      ...[...source.matchAll(/new (ecr\.)?(\w+)Command\(/g)].map(
        ([, ecr, op]) =>
          `${ecr || fromEcr.has(`${op ?? ''}Command`) ? 'ecr' : 'sagemaker'}:${op ?? ''}`,
      ),
      ...[...source.matchAll(/paginate(\w+)\(/g)].map(
        ([, op]) => `${fromEcr.has(`paginate${op ?? ''}`) ? 'ecr' : 'sagemaker'}:${op ?? ''}`,
      ),
    ];
  }
  const tsFiles = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join(dir, f));

  it('grants the workflow role every call of the action, the probes and the clean-up', () => {
    const needed = new Set(
      [
        ...tsFiles('src/aws'),
        ...tsFiles('scripts/probes'),
        'scripts/integration-cleanup.ts',
      ].flatMap(operations),
    );
    expect(needed.size).toBeGreaterThan(30);
    // The image checks' reads (src/aws/ecr.ts), as ECR's.
    expect(needed).toContain('ecr:BatchGetImage');
    expect(needed).toContain('ecr:GetDownloadUrlForLayer');
    expect([...needed].filter((op) => !granted.has(op)).sort()).toStrictEqual([DENIED_ON_PURPOSE]);
    expect(granted).not.toContain(DENIED_ON_PURPOSE);
  });

  it('grants the ECR calls of the push, the image reads and the clean-up, and iam:PassRole for the image role', () => {
    for (const op of [
      'ecr:GetAuthorizationToken',
      'ecr:BatchCheckLayerAvailability',
      'ecr:InitiateLayerUpload',
      'ecr:UploadLayerPart',
      'ecr:CompleteLayerUpload',
      'ecr:PutImage',
      'ecr:BatchGetImage',
      'ecr:GetDownloadUrlForLayer',
      'ecr:DescribeImages',
      'ecr:BatchDeleteImage',
      'ecr:UpdateImageStorageClass',
      'iam:PassRole',
    ])
      expect(granted).toContain(op);
  });

  it('grants no wildcard action, and writes only to resources named siv-it-* or the test domain and profile', () => {
    for (const op of granted) expect(op).not.toMatch(/\*/);
    for (const s of statements('WorkflowRole')) {
      const writes = [s.Action].flat().some((op) => /:(Create|Update|Delete|Put|Add)/.test(op));
      const resources = JSON.stringify(s.Resource);
      if (writes && s.Sid !== 'TestImageRepository' && s.Sid !== 'PassTheImageRole')
        expect(resources).toMatch(/siv-it-\*|\$\{TestDomainId\}/);
    }
  });
});

describe('docs/integration-tests.md', () => {
  it('names every repository variable the workflow reads', () => {
    const docs = readFileSync(join(ROOT, 'docs', 'integration-tests.md'), 'utf8');
    const variables = new Set([...text.matchAll(/vars\.(\w+)/g)].map((m) => m[1] ?? ''));
    expect(variables.size).toBeGreaterThanOrEqual(6);
    expect([...variables].filter((name) => !docs.includes(`\`${name}\``))).toStrictEqual([]);
  });
});
