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
import { PROBES } from '../../scripts/probes/definitions.ts';
import {
  O,
  accessDeniedOutcome,
  aliasNamedIn,
  aliasTakenOutcome,
  appOutcome,
  attestationOutcome,
  createImageRaceOutcome,
  differingPaths,
  imageNotReadyOutcome,
  runningAppOutcome,
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

  it.each(EVERY)('access-denied-names-action: %s', (_name, answer) => {
    const outcome = accessDeniedOutcome(refused(answer), 'sagemaker:DescribeModel');
    const advice = explainAwsError(asError(answer), { ...CONTEXT, operation: 'DescribeModel' });
    const named = /perform: sagemaker:DescribeModel/.test(answer.message);
    expect(expected('access-denied-names-action').includes(outcome)).toBe(
      named && advice.includes('not allowed to call sagemaker:DescribeModel'),
    );
  });

  it('update-domain-while-updating expects exactly the errors sendUpdate waits out, and acceptance', () => {
    const source = readFileSync(join(ROOT, 'src/studio/read-modify-write.ts'), 'utf8');
    const list = /async function sendUpdate[\s\S]*?\[([^\]]*)\]\.includes/.exec(source)?.[1] ?? '';
    const names = [...list.matchAll(/'(\w+)'/g)].map((m) => `refused: ${m[1] ?? ''}`);
    expect(names.length).toBeGreaterThan(0);
    expect([...expected('update-domain-while-updating')].sort()).toStrictEqual(
      [O.accepted, ...names].sort(),
    );
  });
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

  it('name the paths at which two settings differ', () => {
    expect(differingPaths({ a: { b: 1, c: [1] } }, { a: { b: 1, c: [1] } })).toStrictEqual([]);
    expect(differingPaths({ a: { b: 1, c: [1] }, d: 1 }, { a: { b: 2, c: [1] } })).toStrictEqual([
      'a.b',
      'd',
    ]);
    expect(differingPaths(1, 2)).toStrictEqual(['(root)']);
  });
});
