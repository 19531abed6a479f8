// The rollout guard of `./studio`: which ECR findings stop a pin and which only warn, the refusal
// and the warnings whole, and what guardPin says and reads (the ECR check itself: ecr-check.test.ts).
import { describe, expect, it } from '@jest/globals';
import type { EcrImageReads, EcrImageState } from '../../src/aws/ecr-images.js';
import type { EcrCheck, EcrFinding, FindingKind } from '../../src/core/ecr-check.js';
import { guardPin, pinVerdict } from '../../src/core/pin-guard.js';
import { ActionError } from '../../src/common/action-error.js';
import { imageSession } from '../../__fixtures__/session.js';

const check = (...findings: EcrFinding[]): EcrCheck => ({ rows: [], findings });
const finding = (kind: FindingKind, message: string, version = 3): EcrFinding => ({
  kind,
  version,
  message,
});
const REFUSED = 'Studio could not start this version, so nothing was changed:';

describe('pinVerdict', () => {
  it.each<[FindingKind, string]>([
    ['missing', 'Version 3 runs an image ECR no longer has.'],
    ['archived', 'Version 3 runs an ARCHIVED image.'],
    ['activating', 'Version 3 runs an image being restored.'],
  ])('refuses a version Studio could not start: %s', (kind, message) => {
    expect(pinVerdict(check(finding(kind, message)))).toStrictEqual({
      refusal: `${REFUSED} ${message}`,
      warnings: [],
    });
  });

  it.each<[FindingKind, string]>([
    ['policy', 'A lifecycle rule would expire it.'],
    ['unchecked', 'ECR could not be read.'],
  ])('only warns about what may come, or was not read: %s', (kind, message) => {
    expect(pinVerdict(check(finding(kind, message)))).toStrictEqual({ warnings: [message] });
  });

  it('joins every refusal with a space, in order, and keeps the warnings apart', () => {
    const verdict = pinVerdict(
      check(
        finding('missing', 'One is missing.', 3),
        finding('policy', 'A rule would expire one.', 3),
        finding('activating', 'One is being restored.', 2),
        finding('unchecked', 'One was not read.', 2),
      ),
    );
    expect(verdict).toStrictEqual({
      refusal: `${REFUSED} One is missing. One is being restored.`,
      warnings: ['A rule would expire one.', 'One was not read.'],
    });
  });

  it('has nothing to say of a check without findings', () => {
    expect(pinVerdict(check())).toStrictEqual({ warnings: [] });
  });
});

describe('guardPin', () => {
  const REPO = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/jupyter';
  const D = `sha256:${'ab'.repeat(32)}`;
  const candidate = { version: 3, containerImage: `${REPO}@${D}`, users: 'd-1, about to get it' };
  const active: EcrImageState = { digest: D, found: true, status: 'ACTIVE', tags: ['v3'] };

  /** ECR reads that answer with `states`, or fail with `error`; counting what was asked. */
  function reads(states: EcrImageState[], error?: Error) {
    const asked: string[] = [];
    const fake: EcrImageReads = {
      describeImages: (location, digests) => {
        asked.push(`DescribeImages ${location.repository} ${digests.join(' ')}`);
        if (error !== undefined) return Promise.reject(error);
        return Promise.resolve(states.filter((s) => digests.includes(s.digest)));
      },
      listImages: () => Promise.resolve(states),
      startPreview: (location) => {
        asked.push(`StartLifecyclePolicyPreview ${location.repository}`);
        return Promise.resolve(false);
      },
      readPreview: () => Promise.reject(new Error('no preview was started')),
    };
    return { fake, asked };
  }
  const session = imageSession;

  it('checks the image in a group named after the version, and lets an active one through', async () => {
    const { fake, asked } = reads([active]);
    const s = session();
    await guardPin(s, candidate, fake);
    expect(s.report.groups()).toStrictEqual(['Check the image of version 3 in ECR']);
    expect(asked).toStrictEqual([
      `DescribeImages team/jupyter ${D}`,
      'StartLifecyclePolicyPreview team/jupyter',
    ]);
    expect(s.report.warning).not.toHaveBeenCalled();
  });

  it('throws the refusal as an ActionError, said no other way', async () => {
    const { fake } = reads([{ ...active, status: 'ARCHIVED' }]);
    const s = session();
    const thrown = await guardPin(s, candidate, fake).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(ActionError);
    expect((thrown as Error).message).toMatch(
      /^Studio could not start this version, so nothing was changed: Version 3 \(used by d-1, about to get it\) runs .*, which is ARCHIVED in ECR/,
    );
    expect(s.report.warning).not.toHaveBeenCalled();
  });

  it('says as a warning that ECR could not be read, and goes on', async () => {
    const { fake } = reads([], new Error('the network is down'));
    const s = session();
    await expect(guardPin(s, candidate, fake)).resolves.toBeUndefined();
    expect(s.report.warning.mock.calls).toStrictEqual([
      [
        `Version 3 (used by d-1, about to get it) runs ${REPO}@${D}, whose state in ECR could not be read: ` +
          'DescribeImages for SageMaker image "img" in eu-west-1 failed: an unexpected error happened. (Error: the network is down)',
      ],
    ]);
  });

  it('reads nothing and opens no group for a version without a ContainerImage', async () => {
    const { fake, asked } = reads([active]);
    const s = session();
    await guardPin(s, { ...candidate, containerImage: undefined }, fake);
    expect(asked).toStrictEqual([]);
    expect(s.report.groups()).toStrictEqual([]);
    expect(s.lines()).toStrictEqual([]);
  });
});
