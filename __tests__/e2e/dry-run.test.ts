// End to end: the dry run of a composed release (`./` → `./studio` → `./retire`, each told
// `dry-run: true`, `./studio` given the PLANNED version `./` output), step by step against what the
// real steps of the same workflow run then send, operation by operation: creation, AppImageConfig,
// aliases, the domain, a user profile's own list and retention's deletes. The committed bundle on
// the local endpoint.
import { afterEach, describe, expect, it } from '@jest/globals';
import { ANY_IMAGE } from '../../__fixtures__/ecr-model.ts';
import { JUPYTERLAB_CONFIG } from '../../__fixtures__/release.ts';
import { runAction, type RunResult } from '../../__fixtures__/run-action.ts';
import { startSageMakerServer, type SageMakerServer } from '../../__fixtures__/sagemaker-server.ts';

const REPO = '123456789012.dkr.ecr.us-east-1.amazonaws.com/team/img';
const BASE = `${REPO}@sha256:${'d4'.repeat(32)}`;
const UNNAMED = '(a user profile: its name is in the debug log)';

let server: SageMakerServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The requests a dry run printed (`Operation {json}` lines), as [operation, input]. */
const planned = (stdout: string): [string, unknown][] =>
  stdout
    .split('\n')
    .filter((line) => /^(Create|Update|Delete)\w+ \{/.test(line))
    .map((line) => [
      line.slice(0, line.indexOf(' ')),
      JSON.parse(line.slice(line.indexOf(' '))) as unknown,
    ]);

/** What the server received in [from, to), as a dry run prints it: profile names hidden. */
const sent = (s: SageMakerServer, [from, to]: readonly [number, number]): [string, unknown][] =>
  s.requests
    .slice(from, to)
    .filter((r) => r.service === 'sagemaker' && !/^(Describe|List)/.test(r.operation))
    .map(({ operation, body }) => [
      operation,
      JSON.parse(
        JSON.stringify(body, (key, value: unknown) =>
          key === 'UserProfileName' ? UNNAMED : value,
        ),
      ) as unknown,
    ]);

interface Step {
  readonly result: RunResult;
  /** Where its requests are in server.requests: [from, to). */
  readonly requests: readonly [number, number];
}

/** The three steps, each with the same run id, `./studio` with `./`'s version. */
async function release(s: SageMakerServer, dryRun: boolean): Promise<Step[]> {
  const step = async (
    entry: '.' | 'studio' | 'retire',
    inputs: Record<string, string>,
  ): Promise<Step> => {
    const from = s.requests.length;
    const result = await runAction({
      entry,
      inputs: { ...inputs, 'dry-run': String(dryRun) },
      endpoint: s.url,
      runId: '4242',
    });
    return { result, requests: [from, s.requests.length] };
  };
  const register = await step('.', { 'image-name': 'img', 'base-image': BASE });
  const studio = await step('studio', {
    'image-version-arn': register.result.outputs['image-version-arn'] ?? '',
    'domain-ids': 'd-team',
    'app-image-config': JUPYTERLAB_CONFIG,
    'user-profiles': 'all',
    aliases: 'latest',
    'move-aliases': 'true',
  });
  const retire = await step('retire', { 'image-name': 'img', 'keep-versions': '1' });
  return [register, studio, retire];
}

describe("a composed release's dry run", () => {
  it('plans every write the real steps then send, step by step, and each count is theirs', async () => {
    const s = await startSageMakerServer({
      images: ['img'],
      domains: [{ id: 'd-team' }],
      ecr: ANY_IMAGE,
    });
    server = s;
    // Three old versions nothing uses: with keep-versions 1, the real run's new version is young
    // and the newest of them is kept, so two are deleted.
    for (let v = 1; v <= 3; v++)
      s.addVersion('img', { baseImage: `${REPO}:v${v}`, createdAt: Date.UTC(2025, 0, v) });
    s.studio.addUserProfile('d-team', 'alice', { JupyterLabAppSettings: { CustomImages: [] } });
    s.studio.addUserProfile('d-team', 'bob');

    const dry = await release(s, true);
    expect(dry.map(({ result }) => result.exitCode)).toEqual([0, 0, 0]);
    expect(dry[0]?.result.outputs).toMatchObject({
      'image-version-arn': 'arn:aws:sagemaker:us-east-1:123456789012:image-version/img/4',
      'image-version': '4',
      'image-version-status': 'PLANNED',
    });
    expect(
      s.requests.every((r) => r.service !== 'sagemaker' || /^(Describe|List)/.test(r.operation)),
    ).toBe(true);

    const real = await release(s, false);
    expect(real.map(({ result }) => result.exitCode)).toEqual([0, 0, 0]);
    expect(real[0]?.result.outputs['image-version']).toBe('4');
    expect(real[2]?.result.outputs['retired-versions']).toBe('1,2');

    const plans = dry.map(({ result }) => planned(result.stdout));
    expect(plans).toStrictEqual(real.map(({ requests }) => sent(s, requests)));
    expect(plans.map((plan) => plan.map(([operation]) => operation))).toStrictEqual([
      ['CreateImageVersion'],
      ['CreateAppImageConfig', 'UpdateImageVersion', 'UpdateDomain', 'UpdateUserProfile'],
      ['DeleteImageVersion', 'DeleteImageVersion'],
    ]);
    const [register, studio, retire] = dry.map(({ result }) => result);
    expect(register?.summary).toMatch(/\b1 request would be sent:/);
    expect(studio?.summary).toContain('4 requests would be sent:');
    expect(retire?.summary).toContain('Would retire 2 versions: 1, 2.');
    for (const { result } of dry) expect(result.stdout).not.toMatch(/^[^:].*\b(alice|bob)\b/m);
  });
});
