// The retention step as main.ts and the ECR check receive it: the writes a dry run would send
// (none in a real run, which sends them), and the versions this run retired (none in a dry run, or
// when nothing was to be retired). The AWS edge is plain functions over two old versions.
import { describe, expect, it } from '@jest/globals';
import type { ImageVersion } from '@aws-sdk/client-sagemaker';
import type { Retention, RetireInputs } from '../../src/inputs/retire-inputs.js';
import { applyRetention } from '../../src/retire/retention.js';
import { FAKE_EPOCH_MS } from '../../__fixtures__/clock.js';
import { testSession } from '../../__fixtures__/session.js';

const DAY = 86_400_000;
/** Version `v`, made (10 - v) days before the fake clock's now. */
const version = (v: number): ImageVersion => ({
  Version: v,
  ImageVersionStatus: 'CREATED',
  ImageArn: 'arn:aws:sagemaker:eu-west-1:123456789012:image/img',
  ImageVersionArn: `arn:aws:sagemaker:eu-west-1:123456789012:image-version/img/${v}`,
  CreationTime: new Date(FAKE_EPOCH_MS - (10 - v) * DAY),
  LastModifiedTime: new Date(FAKE_EPOCH_MS - (10 - v) * DAY),
});
const KEEP = (keepVersions: number): Retention => ({
  keepVersions,
  keepYoungerThanMs: DAY,
  keepYoungerThan: '24h',
  action: 'delete',
});

/** A session of `./retire` over versions 1 and 2, nothing in use; `deleted` lists each delete. */
function world(dryRun: boolean) {
  const deleted: unknown[] = [];
  const api = {
    listAllImageVersions: () => Promise.resolve([version(2), version(1)]),
    listAliasNames: () => Promise.resolve([]),
    listDomainIds: () => Promise.resolve([]),
    deleteImageVersion: (_c: unknown, input: unknown) => {
      deleted.push(input);
      return Promise.resolve({});
    },
  };
  const session = testSession<RetireInputs>(
    {
      imageName: 'img',
      region: 'eu-west-1',
      dryRun,
      waitTimeoutSeconds: 60,
      waitMaxDelaySeconds: 5,
    },
    api,
  );
  return { session, deleted };
}

describe('applyRetention', () => {
  it('in a real run, returns the versions it retired, and no requests to print', async () => {
    const { session, deleted } = world(false);
    const outcome = await applyRetention(session, KEEP(1), 'none', false);
    expect(deleted).toStrictEqual([{ ImageName: 'img', Version: 1 }]);
    expect(outcome).toStrictEqual({
      requests: [],
      markdown: expect.stringContaining('**Retired 1 version (deleted): 1.**'),
      decisions: expect.any(Array),
      facts: expect.any(Object),
      retired: [1],
    });
  });

  it('in a real run with nothing to retire, returns neither requests nor versions retired', async () => {
    const { session, deleted } = world(false);
    const outcome = await applyRetention(session, KEEP(2), 'none', false);
    expect(deleted).toStrictEqual([]);
    expect(outcome).toStrictEqual({
      requests: [],
      markdown: expect.stringContaining('**Nothing to retire.**'),
      decisions: expect.any(Array),
      facts: expect.any(Object),
      retired: [],
    });
  });

  it('in a dry run, returns the writes a real run would send, and nothing retired', async () => {
    const { session, deleted } = world(true);
    const outcome = await applyRetention(session, KEEP(1), 'none', false);
    expect(deleted).toStrictEqual([]);
    expect(outcome).toStrictEqual({
      requests: [{ operation: 'DeleteImageVersion', input: { ImageName: 'img', Version: 1 } }],
      markdown: expect.stringContaining(
        '**Dry run: nothing was changed. Would retire 1 version: 1.**',
      ),
      decisions: expect.any(Array),
      facts: expect.any(Object),
      retired: [],
    });
  });
});
