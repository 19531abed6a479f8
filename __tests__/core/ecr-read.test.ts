// The ECR check's reads with fake reads and a clock that never waits: per repository one
// describeImages of its digests and one preview, polled until COMPLETE within the bound; a
// repository without a policy is fine; a failure makes it unreadable, never an error.
import { describe, expect, it } from '@jest/globals';
import type { EcrImageReads, PreviewRead, RepositoryLocation } from '../../src/aws/ecr-images.js';
import { AwsCallError } from '../../src/aws/errors.js';
import {
  PREVIEW_TIMEOUT_MS,
  previewVerdict,
  readEcrFacts,
  repositoriesOf,
} from '../../src/core/ecr-read.js';
import { fakeClock } from '../../__fixtures__/clock.js';

const host = (region: string): string => `123456789012.dkr.ecr.${region}.amazonaws.com`;
const digest = (n: number): string => `sha256:${String(n).repeat(64).slice(0, 64)}`;
const version = (v: number, repo = 'team/a', region = 'eu-west-1') => ({
  version: v,
  users: 'u',
  containerImage: `${host(region)}/${repo}@${digest(v)}`,
});

interface Calls {
  describe: [string, readonly string[]][];
  start: string[];
  read: string[];
}

function fakeReads(
  previews: Record<string, PreviewRead[] | 'no-policy' | Error>,
  describeError?: Error,
): { reads: EcrImageReads; calls: Calls } {
  const calls: Calls = { describe: [], start: [], read: [] };
  const reads: EcrImageReads = {
    describeImages: (location: RepositoryLocation, digests) => {
      calls.describe.push([location.repository, digests]);
      if (describeError !== undefined) return Promise.reject(describeError);
      return Promise.resolve(
        digests.map((d) => ({ digest: d, found: true as const, status: 'ACTIVE', tags: [] })),
      );
    },
    listImages: () => Promise.resolve([]),
    startPreview: (location) => {
      calls.start.push(location.repository);
      const preview = previews[location.repository];
      if (preview instanceof Error) return Promise.reject(preview);
      return Promise.resolve(preview !== 'no-policy');
    },
    readPreview: (location) => {
      calls.read.push(location.repository);
      const preview = previews[location.repository];
      const queue = Array.isArray(preview) ? preview : [];
      return Promise.resolve(
        queue.length > 1 ? (queue.shift() as PreviewRead) : (queue[0] as PreviewRead),
      );
    },
  };
  return { reads, calls };
}

const settings = (clock = fakeClock()) => ({
  clock,
  timeoutMs: 1_200_000,
  maxDelayMs: 5000,
  log: () => undefined,
  imageName: 'img',
});

/** ECR refusing `operation` on repository team/a, as the ECR edge throws it. */
const deniedOnTeamA = (operation: string): AwsCallError =>
  new AwsCallError(
    operation,
    Object.assign(new Error(`not authorized to perform: ecr:${operation}`), {
      name: 'AccessDeniedException',
    }),
    { kind: 'ECR repository', name: 'team/a' },
  );

describe('readEcrFacts', () => {
  it('reads each repository once: its digests in one describe, and one preview polled until COMPLETE', async () => {
    const expire = { digest: digest(1), tags: [], type: 'EXPIRE', priority: 1 };
    const { reads, calls } = fakeReads({
      'team/a': [
        { status: 'IN_PROGRESS', actions: [] },
        { status: 'COMPLETE', actions: [expire] },
      ],
      'team/b': 'no-policy',
    });
    const facts = await readEcrFacts(
      reads,
      [version(1), version(2), version(1), version(3, 'team/b')],
      settings(),
    );

    expect(calls.describe).toEqual([
      ['team/a', [digest(1), digest(2)]],
      ['team/b', [digest(3)]],
    ]);
    expect(calls.start).toEqual(['team/a', 'team/b']);
    expect(calls.read).toEqual(['team/a', 'team/a']);
    expect(facts.previews.get('123456789012/eu-west-1/team/a')).toEqual({
      kind: 'read',
      actions: [expire],
    });
    expect(facts.previews.get('123456789012/eu-west-1/team/b')).toEqual({ kind: 'no-policy' });
    expect(facts.images.size).toBe(3);
  });

  it('gives up on a preview at the bound, or when ECR ends it FAILED, and says why', async () => {
    const clock = fakeClock();
    const { reads } = fakeReads({
      'team/a': [{ status: 'IN_PROGRESS', actions: [] }],
      'team/b': [{ status: 'FAILED', actions: [] }],
    });
    const facts = await readEcrFacts(reads, [version(1), version(2, 'team/b')], settings(clock));

    expect(facts.previews.get('123456789012/eu-west-1/team/a')).toEqual({
      kind: 'unread',
      why: expect.stringMatching(
        /^Timed out after 120\.0 s waiting for the lifecycle policy preview/,
      ),
    });
    // The first repository waited its bound; the second one check.
    expect(clock.now()).toBeLessThanOrEqual(PREVIEW_TIMEOUT_MS + 5000);
    expect(facts.previews.get('123456789012/eu-west-1/team/b')).toEqual({
      kind: 'unread',
      why: 'ECR ended the lifecycle policy preview as FAILED: what the policy would do is not known.',
    });
  });

  it('makes a repository it cannot read unreadable, with the advice, and asks for no preview', async () => {
    const denied = deniedOnTeamA('DescribeImages');
    const { reads, calls } = fakeReads({ 'team/a': 'no-policy' }, denied);
    const facts = await readEcrFacts(reads, [version(1)], settings());

    expect(facts.unreadable.get('123456789012/eu-west-1/team/a')).toBe(
      'DescribeImages for ECR repository "team/a" in eu-west-1 failed: the credentials are not allowed to call ecr:DescribeImages, which the ECR check needs. Grant `ecr:DescribeImages`, `ecr:StartLifecyclePolicyPreview` and `ecr:GetLifecyclePolicyPreview` on the repository to the role this workflow assumes (a repository in another account must also allow them in its repository policy), or set `ecr-check: off`. (AccessDeniedException: not authorized to perform: ecr:DescribeImages)',
    );
    expect(calls.start).toEqual([]);
  });

  it('makes a failed start an unread preview', async () => {
    const { reads } = fakeReads({
      'team/a': new AwsCallError('StartLifecyclePolicyPreview', new Error('socket hang up'), {
        kind: 'ECR repository',
        name: 'team/a',
      }),
    });
    const facts = await readEcrFacts(reads, [version(1)], settings());
    expect(facts.previews.get('123456789012/eu-west-1/team/a')).toEqual({
      kind: 'unread',
      why: 'StartLifecyclePolicyPreview for ECR repository "team/a" in eu-west-1 failed: an unexpected error happened. (Error: socket hang up)',
    });
  });

  it('makes a preview whose read is denied an unread one, with the permissions to grant', async () => {
    const denied = deniedOnTeamA('GetLifecyclePolicyPreview');
    const { reads } = fakeReads({ 'team/a': [] });
    reads.readPreview = () => Promise.reject(denied);
    const facts = await readEcrFacts(reads, [version(1)], settings());
    expect(facts.previews.get('123456789012/eu-west-1/team/a')).toEqual({
      kind: 'unread',
      why: 'GetLifecyclePolicyPreview for ECR repository "team/a" in eu-west-1 failed: the credentials are not allowed to call ecr:GetLifecyclePolicyPreview, which the ECR check needs. Grant `ecr:DescribeImages`, `ecr:StartLifecyclePolicyPreview` and `ecr:GetLifecyclePolicyPreview` on the repository to the role this workflow assumes (a repository in another account must also allow them in its repository policy), or set `ecr-check: off`. (AccessDeniedException: not authorized to perform: ecr:GetLifecyclePolicyPreview)',
    });
  });
});

describe('repositoriesOf', () => {
  it('groups digests by registry, region and repository, skipping what is not an ECR digest', () => {
    const grouped = repositoriesOf([
      version(1),
      version(2, 'team/a', 'us-east-1'),
      { version: 4, users: '', containerImage: 'docker.io/x:1' },
    ]);
    expect([...grouped.keys()]).toEqual([
      '123456789012/eu-west-1/team/a',
      '123456789012/us-east-1/team/a',
    ]);
  });
});

describe('previewVerdict', () => {
  it.each<[string, ReturnType<typeof previewVerdict>]>([
    ['COMPLETE', { kind: 'done', value: { status: 'COMPLETE', actions: [] } }],
    ['IN_PROGRESS', { kind: 'pending' }],
    ['', { kind: 'pending' }],
    [
      'EXPIRED',
      {
        kind: 'failed',
        message:
          'ECR ended the lifecycle policy preview as EXPIRED: what the policy would do is not known.',
      },
    ],
  ])('judges a preview %p', (status, verdict) => {
    expect(previewVerdict({ status, actions: [] })).toEqual(verdict);
  });
});

describe('the wait for a preview', () => {
  it('says each status the preview goes through', async () => {
    const lines: string[] = [];
    const { reads } = fakeReads({
      'team/a': [
        { status: 'IN_PROGRESS', actions: [] },
        { status: 'COMPLETE', actions: [] },
      ],
    });
    await readEcrFacts(reads, [version(1)], { ...settings(), log: (line) => lines.push(line) });
    expect(lines).toEqual([
      'the lifecycle policy preview of ECR repository team/a: IN_PROGRESS after 1.0 s',
      'the lifecycle policy preview of ECR repository team/a: COMPLETE after 3.5 s',
    ]);
  });
});
