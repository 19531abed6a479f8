// The probes read AWS's answers the way the code does: each reduction in
// scripts/probes/outcomes.ts against the code's own reading of the same answers (which the probe
// script cannot import at run time). Where they part, a probe would pass while the action fails,
// or the other way round.
import { describe, expect, it, jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANSWERS, type RecordedAnswer } from '../../__fixtures__/probe-observations.ts';
import { ROOT } from '../../__fixtures__/run-action.ts';
import { testSession } from '../../__fixtures__/session.ts';
import {
  AwsCallError,
  aliasNamedIn as codeAliasNamedIn,
  explainAwsError,
} from '../../src/aws/errors.js';
import { obstacleOf } from '../../src/register/create-version.js';
import { createImageAndWait } from '../../src/register/image.js';
import { retireVersions } from '../../src/retire/retire.js';
import { readEveryDomain } from '../../src/studio/domains.js';
import { PROBES } from '../../scripts/probes/definitions.ts';
import {
  O,
  accessDeniedOutcome,
  aliasNamedIn,
  aliasTakenOutcome,
  appOutcome,
  attestationOutcome,
  createImageRaceOutcome,
  deleteTwiceOutcome,
  differingPaths,
  imageNotReadyOutcome,
  imageOnlyAppOutcome,
  listedAppOutcome,
  profileLimitOutcome,
  runningAppOutcome,
  unknownDomainsOutcome,
  tokenAfterFailureOutcome,
  tokenMismatchOutcome,
  tokenReplayOutcome,
  type Answer,
} from '../../scripts/probes/outcomes.ts';

const EVERY = Object.entries(ANSWERS) as [string, RecordedAnswer][];
const refused = ({ name, message }: RecordedAnswer): Answer<string> => ({
  ok: false,
  name,
  message,
});
const asError = ({ name, message }: RecordedAnswer): Error =>
  Object.assign(new Error(message), { name });
const expected = (id: string): readonly string[] => PROBES.find((p) => p.id === id)?.expected ?? [];
const CONTEXT = { operation: 'CreateImageVersion', imageName: 'my-image', region: 'us-east-1' };

describe('the probes read errors as the code does', () => {
  it.each(EVERY)('image-not-ready: %s', (_name, answer) => {
    const agrees = expected('image-not-ready').includes(imageNotReadyOutcome(refused(answer)));
    expect(agrees).toBe(obstacleOf(asError(answer)) === 'image-not-ready');
  });

  it.each(EVERY)('create-image-race: %s', async (_name, answer) => {
    const session = testSession(
      {
        imageName: 'my-image',
        region: 'us-east-1',
        waitTimeoutSeconds: 60,
        waitMaxDelaySeconds: 1,
        newImage: { roleArn: 'arn:aws:iam::123456789012:role/r', tags: [] },
      },
      {
        createImage: jest.fn(() => Promise.reject(asError(answer))),
        describeImage: jest.fn(() => Promise.resolve({ ImageStatus: 'CREATED' })),
      },
    );
    const goesOn = await createImageAndWait(session).then(
      () => true,
      () => false,
    );
    expect(expected('create-image-race').includes(createImageRaceOutcome(refused(answer)))).toBe(
      goesOn,
    );
  });

  it.each(EVERY)('client-token-mismatch: %s', (_name, answer) => {
    const agrees = expected('client-token-mismatch').includes(
      tokenMismatchOutcome(refused(answer), 'arn:first'),
    );
    expect(agrees).toBe(
      explainAwsError(asError(answer), CONTEXT).includes('this ClientToken was already used'),
    );
  });

  it.each(EVERY)('alias-taken-on-create: %s', (_name, answer) => {
    const outcome = aliasTakenOutcome(refused(answer), 'it-latest');
    const advice = explainAwsError(asError(answer), CONTEXT);
    expect(outcome === O.aliasNamed).toBe(advice.includes('alias "it-latest" of image'));
    expect(outcome === O.aliasUnnamed).toBe(advice.includes('an alias of this request'));
    expect(aliasNamedIn(answer.message)).toBe(codeAliasNamedIn(answer.message));
  });

  it.each(EVERY)('update-domain-with-running-app: %s', (_name, answer) => {
    const error = new AwsCallError('UpdateDomain', asError(answer), {
      kind: 'Studio domain',
      name: 'd-probe',
    });
    const explained = explainAwsError(error, { ...CONTEXT, operation: 'UpdateDomain' }).includes(
      "refuses to change this domain's default settings while apps are running",
    );
    expect(runningAppOutcome(refused(answer)) === O.inServiceApp).toBe(explained);
  });

  it.each(EVERY)('update-profile-with-running-app: %s', (_name, answer) => {
    const error = new AwsCallError('UpdateUserProfile', asError(answer), {
      kind: 'user profile',
      name: 'siv-it-ci',
    });
    const explained = explainAwsError(error, {
      ...CONTEXT,
      operation: 'UpdateUserProfile',
    }).includes('while apps are running');
    expect(runningAppOutcome(refused(answer)) === O.inServiceApp).toBe(explained);
  });

  it.each(EVERY)('describe-domain-unknown-ids: %s', async (_name, answer) => {
    const ids = ['d-sivit11nope1', 'd-sivit11nope2'];
    const session = testSession(
      { region: 'us-east-1' },
      { describeDomain: jest.fn(() => Promise.reject(asError(answer))) },
    );
    const failure = await readEveryDomain(session, ids, () => undefined).then(
      () => '',
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    const namesEvery = ids.every((id) => failure.includes(`"${id}"`));
    const agrees = expected('describe-domain-unknown-ids').includes(
      unknownDomainsOutcome([refused(answer), refused(answer)]),
    );
    expect(agrees).toBe(namesEvery);
  });

  it.each([['accepted', undefined] as const, ...EVERY])(
    'delete-version-twice: the resend answered %s',
    async (_name, answer) => {
      // The SDK's first attempt lost its answer; its retry got `answer`. Then, once gone, a
      // first attempt of the next call finds nothing.
      const resend =
        answer === undefined
          ? undefined
          : Object.assign(asError(answer), { $metadata: { attempts: 2 } });
      const gone = Object.assign(asError(ANSWERS.versionGone), { $metadata: { attempts: 1 } });
      const calls = [resend, gone];
      const session = testSession(
        { imageName: 'my-image', waitTimeoutSeconds: 60 },
        {
          deleteImageVersion: jest.fn(() => {
            const next = calls.shift();
            return next === undefined ? Promise.resolve() : Promise.reject(next);
          }),
        },
      );
      const retired = await retireVersions(session, [5], 'delete').then(
        (versions) => versions.includes(5),
        () => false,
      );
      const outcome = deleteTwiceOutcome(
        answer === undefined ? { ok: true, value: undefined } : refused(answer),
        refused(ANSWERS.versionGone),
      );
      expect(expected('delete-version-twice').includes(outcome)).toBe(retired);
    },
  );

  it.each(EVERY)('access-denied-names-action: %s', (_name, answer) => {
    const outcome = accessDeniedOutcome(refused(answer), 'sagemaker:DescribeModel');
    const advice = explainAwsError(asError(answer), { ...CONTEXT, operation: 'DescribeModel' });
    const named = /perform: sagemaker:DescribeModel/.test(answer.message);
    expect(expected('access-denied-names-action').includes(outcome)).toBe(
      named && advice.includes('not allowed to call sagemaker:DescribeModel'),
    );
  });

  it.each(['update-domain-while-updating', 'update-profile-while-updating'])(
    '%s expects exactly the errors sendUpdate waits out, and acceptance',
    (id) => {
      const source = readFileSync(join(ROOT, 'src/core/read-modify-write.ts'), 'utf8');
      const list =
        /async function sendUpdate[\s\S]*?\[([^\]]*)\]\.includes/.exec(source)?.[1] ?? '';
      const names = [...list.matchAll(/'(\w+)'/g)].map((m) => `refused: ${m[1] ?? ''}`);
      expect(names.length).toBeGreaterThan(0);
      expect([...expected(id)].sort()).toStrictEqual([O.accepted, ...names].sort());
    },
  );
});

describe('outcomes of answers that are not errors', () => {
  const ok = (value: string): Answer<string> => ({ ok: true, value });

  it('compare ARNs for the ClientToken probes', () => {
    expect(tokenReplayOutcome(ok('arn:1'), 'arn:1')).toBe(O.sameVersion);
    expect(tokenReplayOutcome(ok('arn:2'), 'arn:1')).toBe(O.anotherVersion);
    expect(tokenMismatchOutcome(ok('arn:1'), 'arn:1')).toBe(O.sameVersion);
    expect(tokenAfterFailureOutcome(ok('arn:1'), 'arn:1')).toBe(O.returnedFailed);
    expect(tokenAfterFailureOutcome(ok('arn:3'), 'arn:1')).toBe(O.anotherVersion);
    expect(tokenAfterFailureOutcome(refused(ANSWERS.throttled), 'arn:1')).toBe(
      'refused: ThrottlingException',
    );
  });

  it('read an attestation index by its end and reason', () => {
    const accepted = ok('arn:1');
    expect(attestationOutcome(accepted, { status: 'CREATED' })).toBe(O.created);
    expect(
      attestationOutcome(accepted, {
        status: 'CREATE_FAILED',
        reason: 'Unsupported manifest media type',
      }),
    ).toBe(O.failedManifest);
    expect(attestationOutcome(accepted, { status: 'CREATE_FAILED', reason: 'Access denied' })).toBe(
      'CREATE_FAILED, another reason',
    );
    expect(
      attestationOutcome({
        ok: false,
        name: 'ValidationException',
        message: 'image index not supported: manifest list',
      }),
    ).toBe(O.refusedManifest);
  });

  it("read an app's end", () => {
    const accepted = ok('arn');
    expect(appOutcome(refused(ANSWERS.throttled))).toBe(O.refused);
    expect(appOutcome(accepted, { status: 'InService', timedOut: false })).toBe(O.inService);
    expect(appOutcome(accepted, { status: 'Failed', timedOut: false })).toBe(O.failed);
    expect(appOutcome(accepted, { status: 'Pending', timedOut: true })).toBe(
      'not settled: still Pending',
    );
  });

  it('read what ListApps says of an app, by its version or by its image alone', () => {
    const version = 'arn:aws:sagemaker:us-east-1:123456789012:image-version/img/2';
    const image = 'arn:aws:sagemaker:us-east-1:123456789012:image/img';
    const at = new Date(0);
    expect(
      listedAppOutcome(
        { ResourceSpec: { SageMakerImageVersionArn: version }, CreationTime: at },
        version,
      ),
    ).toBe(O.appListed);
    expect(listedAppOutcome({ ResourceSpec: { SageMakerImageVersionArn: version } }, version)).toBe(
      'listed without its CreationTime',
    );
    expect(listedAppOutcome({ ResourceSpec: { SageMakerImageArn: image } }, version)).toBe(
      'listed without a version in its ResourceSpec',
    );
    expect(listedAppOutcome(undefined, version)).toBe('not listed');
    expect(
      imageOnlyAppOutcome({ ResourceSpec: { SageMakerImageVersionArn: version } }, version),
    ).toBe(O.newestVersion);
    expect(
      imageOnlyAppOutcome({ ResourceSpec: { SageMakerImageVersionArn: `${version}0` } }, version),
    ).toBe('listed with an older version');
    expect(
      imageOnlyAppOutcome(
        { ResourceSpec: { SageMakerImageArn: image }, CreationTime: at },
        version,
      ),
    ).toBe(O.imageOnly);
    expect(imageOnlyAppOutcome({ ResourceSpec: {} }, version)).toBe('listed without the image');
  });

  it("read a profile's list limit from a write of five and one of six", () => {
    const accepted: Answer = { ok: true, value: {} };
    const full = refused(ANSWERS.profileListFull);
    expect(profileLimitOutcome(accepted, full)).toBe(O.fiveNotSix);
    expect(profileLimitOutcome(accepted, accepted)).toBe('six accepted');
    expect(profileLimitOutcome(full, undefined)).toBe('five refused: ValidationException');
  });

  it('name every answer to the unknown domain ids when they differ', () => {
    expect(
      unknownDomainsOutcome([refused(ANSWERS.domainMissing), refused(ANSWERS.domainIdInvalid)]),
    ).toBe('refused: ResourceNotFound, then refused: ValidationException');
    expect(unknownDomainsOutcome([])).toBe('');
  });

  it('name the paths at which two settings differ', () => {
    expect(differingPaths({ a: { b: 1, c: [1] } }, { a: { b: 1, c: [1] } })).toStrictEqual([]);
    expect(differingPaths({ a: { b: 1, c: [1] }, d: 1 }, { a: { b: 2, c: [1] } })).toStrictEqual([
      'a.b',
      'd',
    ]);
    expect(differingPaths(1, 2)).toStrictEqual(['(root)']);
  });
});
