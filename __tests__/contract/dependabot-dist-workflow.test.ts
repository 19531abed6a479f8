// .github/workflows/dependabot-dist.yml, read as data: Dependabot's pull requests get dist/ rebuilt
// and pushed to their branch (CI's check-dist then passes), without any dependency's code running
// where a token can write.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../../__fixtures__/run-action.ts';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Job {
  if?: string;
  needs?: string;
  permissions?: Record<string, string>;
  steps?: Step[];
}
interface Workflow {
  on: { pull_request?: { paths?: string[] } };
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const path = join(ROOT, '.github', 'workflows', 'dependabot-dist.yml');
const workflow = (existsSync(path) ? parseYaml(readFileSync(path, 'utf8')) : { jobs: {} }) as
  Workflow | { on?: undefined; permissions?: undefined; jobs: Record<string, Job> };
const { build, push } = workflow.jobs;
const runs = (job: Job | undefined): string[] =>
  (job?.steps ?? []).flatMap((s) => (s.run === undefined ? [] : [s.run]));

describe('the dependabot dist/ workflow', () => {
  it("runs for pull requests that change the dependencies, only Dependabot's from this repository", () => {
    expect(workflow.on?.pull_request?.paths).toEqual(['package.json', 'package-lock.json']);
    expect(build?.if).toContain("github.actor == 'dependabot[bot]'");
    expect(build?.if).toContain("github.event.pull_request.user.login == 'dependabot[bot]'");
    expect(build?.if).toContain(
      'github.event.pull_request.head.repo.full_name == github.repository',
    );
  });

  it('builds with a read-only token, installing without install scripts, and hands dist/ over', () => {
    expect(workflow.permissions).toEqual({});
    expect(build?.permissions).toEqual({ contents: 'read' });
    expect(runs(build)).toEqual(
      expect.arrayContaining(['npm ci --ignore-scripts', 'npm run build']),
    );
    expect(runs(build).filter((run) => /\bnpm (?:ci|install|i)\b/.test(run))).toEqual([
      'npm ci --ignore-scripts',
    ]);
    const checkout = build?.steps?.find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['persist-credentials']).toBe(false);
    const upload = build?.steps?.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with).toMatchObject({ name: 'dist', path: 'dist/' });
  });

  it('pushes only the built dist/, with the one job that can write, running no code of the repository', () => {
    expect(push?.needs).toBe('build');
    expect(push?.permissions).toEqual({ contents: 'write' });
    for (const run of runs(push)) expect(run).not.toMatch(/\b(?:npm|npx|node)\b/);
    expect(runs(push).join('\n')).toMatch(/git add -A -- dist\n/);
    expect(runs(push).join('\n')).toMatch(/git push origin "HEAD:refs\/heads\/\$HEAD_REF"/);
    const download = push?.steps?.find((s) => s.uses?.startsWith('actions/download-artifact@'));
    expect(download?.with).toMatchObject({ name: 'dist', path: 'dist/' });
  });

  it('pins every action to a full commit SHA with its version', () => {
    const uses = Object.values(workflow.jobs).flatMap((job) =>
      (job.steps ?? []).flatMap((s) => (s.uses === undefined ? [] : [s.uses])),
    );
    expect(uses.length).toBeGreaterThan(0);
    for (const ref of uses) expect(ref).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
    const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
    for (const [line] of text.matchAll(/^\s*-?\s*uses:.*$/gm))
      expect(line).toMatch(/@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });
});
