// End to end: a dry run's list of requests, and its count, against what the real run of the same
// workflow run then sends, operation by operation: creation, AppImageConfig, aliases, the domain,
// a user profile's own list and retention's deletes. The committed bundle on the local endpoint.
import { afterEach, describe, expect, it } from '@jest/globals';
import { ANY_IMAGE } from '../../__fixtures__/ecr-model.ts';
import { runAction } from '../../__fixtures__/run-action.ts';
import { startSageMakerServer, type SageMakerServer } from '../../__fixtures__/sagemaker-server.ts';

const REPO = '123456789012.dkr.ecr.us-east-1.amazonaws.com/team/img';
const BASE = `${REPO}@sha256:${'d4'.repeat(32)}`;
const UNNAMED = '(a user profile: its name is in the debug log)';
const NEW_VERSION = '<new version>';

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

/** What the server received from `from` on, as a dry run prints it: the new version and names hidden. */
const sent = (s: SageMakerServer, from: number, newVersion: number): [string, unknown][] =>
  s.requests
    .slice(from)
    .filter((r) => r.service === 'sagemaker' && !/^(Describe|List)/.test(r.operation))
    .map(({ operation, body }) => [
      operation,
      JSON.parse(
        JSON.stringify(body, (key, value: unknown) =>
          (key === 'Version' || key === 'ImageVersionNumber') && value === newVersion
            ? NEW_VERSION
            : key === 'UserProfileName'
              ? UNNAMED
              : value,
        ),
      ) as unknown,
    ]);

describe("a dry run's plan", () => {
  it('is every write the real run then sends, retention included, and its count is theirs', async () => {
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
    const inputs = {
      'image-name': 'img',
      'base-image': BASE,
      aliases: 'latest',
      'move-aliases': 'true',
      'studio-domain-ids': 'd-team',
      'studio-user-profiles': 'all',
      'keep-versions': '1',
    };

    const dry = await runAction({
      inputs: { ...inputs, 'dry-run': 'true' },
      endpoint: s.url,
      runId: '4242',
    });
    expect(dry.exitCode).toBe(0);
    const seen = s.requests.length;
    expect(
      s.requests.every((r) => r.service !== 'sagemaker' || /^(Describe|List)/.test(r.operation)),
    ).toBe(true);

    const real = await runAction({ inputs, endpoint: s.url, runId: '4242' });
    expect(real.exitCode).toBe(0);
    const version = Number(real.outputs['image-version']);
    expect(version).toBe(4);
    expect(real.outputs['retired-versions']).toBe('1,2');

    const plan = planned(dry.stdout);
    expect(plan).toStrictEqual(sent(s, seen, version));
    expect(plan.map(([operation]) => operation)).toStrictEqual([
      'CreateImageVersion',
      'CreateAppImageConfig',
      'UpdateImageVersion',
      'UpdateDomain',
      'UpdateUserProfile',
      'DeleteImageVersion',
      'DeleteImageVersion',
    ]);
    expect(dry.summary).toContain(`${plan.length} requests would be sent:`);
    expect(dry.stdout).not.toMatch(/^[^:].*\b(alice|bob)\b/m);
  });
});
