// The ECR check's decision, table-tested: each version in use, its image's state and what the
// lifecycle policy would do → the summary row and the finding (missing, archived, activating,
// policy, unchecked); the images no version names; and the Studio pin's verdict.
import { describe, expect, it } from '@jest/globals';
import type { EcrImageState, PreviewAction } from '../../src/aws/ecr-images.js';
import {
  actionText,
  checkImagesInUse,
  imageOfVersion,
  restoreCommand,
  unnamedImages,
  type EcrFacts,
  type FindingKind,
  type RepositoryPreview,
} from '../../src/core/ecr-check.js';
import { guardPin, pinVerdict } from '../../src/core/pin-guard.js';
import type { EcrImageReads } from '../../src/aws/ecr-images.js';
import { imageSession } from '../../__fixtures__/session.js';

const REPO = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/jupyter';
const KEY = '123456789012/eu-west-1/team/jupyter';
const D = `sha256:${'ab'.repeat(32)}`;
const inUse = { version: 3, users: 'd-1: domain settings', containerImage: `${REPO}@${D}` };
const active: EcrImageState = {
  digest: D,
  found: true,
  status: 'ACTIVE',
  tags: ['v3'],
  lastPulledAt: new Date('2026-11-01T10:00:00Z'),
};
const expire: PreviewAction = { digest: D, tags: [], type: 'EXPIRE', priority: 2 };
const archive: PreviewAction = {
  digest: D,
  tags: [],
  type: 'TRANSITION',
  targetStorageClass: 'ARCHIVE',
  priority: 1,
};

function facts(
  state: EcrImageState | undefined,
  preview: RepositoryPreview = { kind: 'no-policy' },
  unreadable?: string,
): EcrFacts {
  return {
    images: new Map(state === undefined ? [] : [[D, state]]),
    previews: new Map([[KEY, preview]]),
    unreadable: new Map(unreadable === undefined ? [] : [[KEY, unreadable]]),
  };
}

/** A case: its name, the image's state, the preview, then the row's storage and policy, the finding. */
type Case = [
  string,
  EcrImageState | undefined,
  RepositoryPreview | undefined,
  string,
  string,
  string | undefined,
];

describe('checkImagesInUse', () => {
  it.each<Case>([
    ['an active image, no policy', active, undefined, 'ACTIVE', 'no policy', undefined],
    [
      'an active image the policy leaves alone',
      active,
      { kind: 'read', actions: [] },
      'ACTIVE',
      'nothing',
      undefined,
    ],
    ['a missing image', undefined, undefined, 'missing', 'no policy', 'missing'],
    [
      'an image ECR says it does not have',
      { digest: D, found: false },
      undefined,
      'missing',
      'no policy',
      'missing',
    ],
    [
      'an archived image',
      { ...active, status: 'ARCHIVED', archivedAt: new Date('2026-10-01T00:00:00Z') },
      undefined,
      'ARCHIVED',
      'no policy',
      'archived',
    ],
    [
      'an image being restored',
      { ...active, status: 'ACTIVATING' },
      undefined,
      'ACTIVATING',
      'no policy',
      'activating',
    ],
    [
      'an image the policy would expire',
      active,
      { kind: 'read', actions: [expire] },
      'ACTIVE',
      'expire (rule 2)',
      'policy',
    ],
    [
      'an image the policy would archive',
      active,
      { kind: 'read', actions: [archive] },
      'ACTIVE',
      'archive (rule 1)',
      'policy',
    ],
    [
      'an image whose preview could not be read',
      active,
      { kind: 'unread', why: 'timed out' },
      'ACTIVE',
      'not read',
      'unchecked',
    ],
  ])('%s', (_, state, preview, storage, policy, kind) => {
    const check = checkImagesInUse([inUse], facts(state, preview));
    expect(check.rows).toEqual([
      {
        version: 3,
        users: 'd-1: domain settings',
        digest: D,
        storage,
        lastPulled: state?.found === true ? '2026-11-01' : '',
        policy,
      },
    ]);
    expect(check.findings.map((f) => f.kind)).toEqual(kind === undefined ? [] : [kind]);
    for (const finding of check.findings) {
      expect(finding.message).toContain('Version 3 (used by d-1: domain settings)');
      expect(finding.message).toContain(D);
    }
  });

  it('names the restore command for an archived image, and the rule for the policy', () => {
    const archived = checkImagesInUse([inUse], facts({ ...active, status: 'ARCHIVED' }));
    expect(archived.findings[0]?.message).toContain(
      `\`aws ecr update-image-storage-class --region eu-west-1 --registry-id 123456789012 --repository-name team/jupyter --image-id imageDigest=${D} --target-storage-class STANDARD\``,
    );
    const expiring = checkImagesInUse([inUse], facts(active, { kind: 'read', actions: [expire] }));
    expect(expiring.findings[0]?.message).toContain(
      'the lifecycle policy of ECR repository "team/jupyter" would expire (delete) it, by its rule of priority 2',
    );
    const archiving = checkImagesInUse(
      [inUse],
      facts(active, { kind: 'read', actions: [archive] }),
    );
    expect(archiving.findings[0]?.message).toContain(
      'would move it to ARCHIVE storage, where it cannot be pulled, by its rule of priority 1',
    );
  });

  it('says a repository it could not read, and leaves a version without an ECR digest unjudged', () => {
    const check = checkImagesInUse(
      [inUse, { version: 2, users: 'x', containerImage: undefined }],
      facts(undefined, undefined, 'AccessDenied'),
    );
    expect(check.rows.map((r) => [r.version, r.storage])).toEqual([
      [3, 'not read'],
      [2, 'not read'],
    ]);
    expect(check.findings).toEqual([
      {
        kind: 'unchecked',
        version: 3,
        message: expect.stringContaining('could not be read: AccessDenied'),
      },
    ]);
  });
});

describe('the helpers', () => {
  it('reads a ContainerImage by digest only', () => {
    expect(imageOfVersion(`${REPO}@${D}`)).toMatchObject({ repository: 'team/jupyter', digest: D });
    expect(imageOfVersion(`${REPO}:v1`)).toBeUndefined();
    expect(imageOfVersion(undefined)).toBeUndefined();
  });

  it.each<[PreviewAction, string]>([
    [expire, 'expire (rule 2)'],
    [archive, 'archive (rule 1)'],
    [{ ...archive, targetStorageClass: 'GLACIER' }, 'move to glacier (rule 1)'],
    [{ digest: D, tags: [], type: 'EXPIRE' }, 'expire'],
  ])('says what %o would do', (action, text) => {
    expect(actionText(action)).toBe(text);
  });

  it('restores to STANDARD', () => {
    expect(restoreCommand({ registryId: '1', region: 'r', repository: 'p' }, 'sha256:x')).toContain(
      '--target-storage-class STANDARD',
    );
  });

  it('lists tagged images no version names, and counts untagged ones', () => {
    const listed: EcrImageState[] = [
      active,
      { digest: 'sha256:old', found: true, status: 'ARCHIVED', tags: ['v1'] },
      { digest: 'sha256:child', found: true, status: 'ACTIVE', tags: [] },
    ];
    expect(unnamedImages('team/jupyter', listed, new Set([D]))).toEqual({
      repository: 'team/jupyter',
      tagged: [{ digest: 'sha256:old', tags: ['v1'], storage: 'ARCHIVED' }],
      untagged: 1,
    });
  });
});

describe('pinVerdict', () => {
  it('refuses a version Studio could not start, and only warns about a rule or an unread check', () => {
    const archived = checkImagesInUse([inUse], facts({ ...active, status: 'ARCHIVED' }));
    expect(pinVerdict(archived)).toEqual({
      refusal: expect.stringMatching(
        /^Studio could not start this version, so nothing was changed: Version 3 .*update-image-storage-class/,
      ),
      warnings: [],
    });
    const expiring = checkImagesInUse([inUse], facts(active, { kind: 'read', actions: [expire] }));
    expect(pinVerdict(expiring)).toEqual({
      warnings: [expect.stringContaining('rule of priority 2')],
    });
    expect(pinVerdict(checkImagesInUse([inUse], facts(active)))).toEqual({ warnings: [] });
  });
});

describe('guardPin', () => {
  function reads(states: EcrImageState[]): { reads: EcrImageReads; asked: number } {
    const counter = { reads: undefined as unknown as EcrImageReads, asked: 0 };
    counter.reads = {
      describeImages: (_, digests) => {
        counter.asked++;
        return Promise.resolve(states.filter((s) => digests.includes(s.digest)));
      },
      listImages: () => Promise.resolve(states),
      startPreview: () => Promise.resolve(false),
      readPreview: () => Promise.reject(new Error('no preview was started')),
    };
    return counter;
  }
  const session = imageSession;
  const candidate = { version: 3, containerImage: `${REPO}@${D}`, users: 'd-1, about to get it' };

  it('throws the refusal for an archived image', async () => {
    const fake = reads([{ ...active, status: 'ARCHIVED' }]);
    await expect(guardPin(session(), candidate, fake.reads)).rejects.toThrow(
      /^Studio could not start this version, so nothing was changed: Version 3 \(used by d-1, about to get it\)/,
    );
    expect(fake.asked).toBe(1);
  });

  it('lets an active image through, and reads nothing for a version without a ContainerImage', async () => {
    const fake = reads([active]);
    const s = session();
    await guardPin(s, candidate, fake.reads);
    await guardPin(s, { ...candidate, containerImage: undefined }, fake.reads);
    expect(fake.asked).toBe(1);
    expect(s.report.warning).not.toHaveBeenCalled();
  });
});

describe('checkImagesInUse, whole', () => {
  const SUBJECT = `Version 3 (used by d-1: domain settings) runs ${REPO}@${D}`;
  const MOVE = 'or move its users to another version';
  const RESTORE = `aws ecr update-image-storage-class --region eu-west-1 --registry-id 123456789012 --repository-name team/jupyter --image-id imageDigest=${D} --target-storage-class STANDARD`;
  const policy = (does: string, rule: string): string =>
    `${SUBJECT}: the lifecycle policy of ECR repository "team/jupyter" would ${does}, by ${rule}; ` +
    `Studio could not start the version after that. Change the rule so it does not select this image ` +
    `(a tag it keeps, a longer count), ${MOVE}.`;

  it.each<[string, FindingKind, EcrImageState | undefined, RepositoryPreview, string]>([
    [
      'missing',
      'missing',
      undefined,
      { kind: 'no-policy' },
      `${SUBJECT}, which ECR no longer has (deleted, or expired by a lifecycle rule): Studio cannot start it. Push the same image again (its digest brings the version back), ${MOVE}.`,
    ],
    [
      'archived on a known day',
      'archived',
      { ...active, status: 'ARCHIVED', archivedAt: new Date('2026-10-01T12:00:00Z') },
      { kind: 'no-policy' },
      `${SUBJECT}, which is ARCHIVED in ECR since 2026-10-01: archived images cannot be pulled, so Studio cannot start it. Restore it with \`${RESTORE}\`, push it again, ${MOVE}.`,
    ],
    [
      'archived on a day ECR does not say',
      'archived',
      { ...active, status: 'ARCHIVED' },
      { kind: 'no-policy' },
      `${SUBJECT}, which is ARCHIVED in ECR: archived images cannot be pulled, so Studio cannot start it. Restore it with \`${RESTORE}\`, push it again, ${MOVE}.`,
    ],
    [
      'activating',
      'activating',
      { ...active, status: 'ACTIVATING' },
      { kind: 'no-policy' },
      `${SUBJECT}, which ECR is restoring from the archive (ACTIVATING): it cannot be pulled until it is ACTIVE again. Wait for the restore to finish, push it again, ${MOVE}.`,
    ],
    [
      'expired by its rule',
      'policy',
      active,
      { kind: 'read', actions: [expire] },
      policy('expire (delete) it', 'its rule of priority 2'),
    ],
    [
      'archived by a rule without a priority or a storage class',
      'policy',
      active,
      { kind: 'read', actions: [{ digest: D, tags: [], type: 'TRANSITION' }] },
      policy('move it to ARCHIVE storage, where it cannot be pulled', 'a rule'),
    ],
    [
      'moved to a storage class ECR names',
      'policy',
      active,
      { kind: 'read', actions: [{ ...archive, targetStorageClass: 'glacier' }] },
      policy('move it to GLACIER storage, where it cannot be pulled', 'its rule of priority 1'),
    ],
    [
      'a preview not read',
      'unchecked',
      active,
      { kind: 'unread', why: 'timed out' },
      `${SUBJECT}; what the lifecycle policy of ECR repository "team/jupyter" would do to it could not be read: timed out`,
    ],
  ])('says whole what stops the version: %s', (_, kind, state, preview, message) => {
    expect(checkImagesInUse([inUse], facts(state, preview)).findings).toEqual([
      { kind, version: 3, message },
    ]);
  });

  it('names Studio for a version without users in words', () => {
    const check = checkImagesInUse([{ ...inUse, users: '' }], facts(undefined));
    expect(check.findings[0]?.message).toBe(
      `Version 3 (used by Studio) runs ${REPO}@${D}, which ECR no longer has (deleted, or expired by a lifecycle rule): Studio cannot start it. Push the same image again (its digest brings the version back), ${MOVE}.`,
    );
  });

  it('reads a policy not asked about as not read, and judges nothing by it', () => {
    const check = checkImagesInUse([inUse], {
      images: new Map<string, EcrImageState>([
        [D, { digest: D, found: true, status: 'ACTIVE', tags: [] }],
      ]),
      previews: new Map(),
      unreadable: new Map(),
    });
    expect(check).toEqual({
      rows: [
        {
          version: 3,
          users: 'd-1: domain settings',
          digest: D,
          storage: 'ACTIVE',
          lastPulled: 'never recorded',
          policy: 'not read',
        },
      ],
      findings: [],
    });
  });

  it('leaves alone an image the policy does not select, though it selects another', () => {
    const other = `sha256:${'cd'.repeat(32)}`;
    const check = checkImagesInUse(
      [inUse],
      facts(active, { kind: 'read', actions: [{ ...expire, digest: other }] }),
    );
    expect(check.rows.map((r) => r.policy)).toEqual(['nothing']);
    expect(check.findings).toEqual([]);
  });

  it.each([[[1, 2, 3]], [[2, 3, 1]], [[3, 1, 2]], [[1, 3, 2]]])(
    'lists the versions newest first, whatever their order (%o)',
    (order) => {
      const versions = order.map((version) => ({
        version,
        users: `u${version}`,
        containerImage: undefined,
      }));
      expect(checkImagesInUse(versions, facts(undefined)).rows).toEqual(
        [3, 2, 1].map((version) => ({
          version,
          users: `u${version}`,
          digest: '',
          storage: 'not read',
          lastPulled: '',
          policy: 'not read',
        })),
      );
    },
  );

  it('gives a repository it could not read a row of its digest, not read, and says why whole', () => {
    const check = checkImagesInUse([inUse], facts(undefined, undefined, 'AccessDenied'));
    expect(check).toEqual({
      rows: [
        {
          version: 3,
          users: 'd-1: domain settings',
          digest: D,
          storage: 'not read',
          lastPulled: '',
          policy: 'not read',
        },
      ],
      findings: [
        {
          kind: 'unchecked',
          version: 3,
          message: `${SUBJECT}, whose state in ECR could not be read: AccessDenied`,
        },
      ],
    });
  });

  it('says a transition without a storage class archives', () => {
    expect(actionText({ digest: D, tags: [], type: 'TRANSITION', priority: 4 })).toBe(
      'archive (rule 4)',
    );
  });
});
