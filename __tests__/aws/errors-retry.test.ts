// Which AWS errors a wait retries, what facts an error yields, and the exact advice a user reads.
import type { Inputs } from '../../src/inputs/inputs.js';
import { describe, expect, it, jest } from '@jest/globals';
import { SageMakerServiceException } from '@aws-sdk/client-sagemaker';
import { AwsCallError, errorFacts, explainAwsError } from '../../src/aws/errors.js';
import { isTransient } from '../../src/aws/transient.js';
import { waitForVersion } from '../../src/register/wait-version.js';
import type { Session } from '../../src/run/session.js';
import { testSession } from '../../__fixtures__/session.js';

/** A call of `./`, whose advice may name `max-attempts`. */
const CONTEXT = {
  operation: 'CreateImageVersion',
  imageName: 'my-image',
  region: 'eu-west-1',
  advice: { attempts: 'max-attempts' },
};

function serviceError(name: string, message: string, status = 400, requestId?: string): Error {
  return new SageMakerServiceException({
    name,
    $fault: status >= 500 ? 'server' : 'client',
    message,
    $metadata: { httpStatusCode: status, ...(requestId === undefined ? {} : { requestId }) },
  });
}

const networkError = (code: string): Error =>
  Object.assign(new Error(`connect ${code} 127.0.0.1:443`), { code });
const named = (name: string): Error => Object.assign(new Error('no details'), { name });

const NETWORK_CODES = [
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
];

describe('isTransient', () => {
  it.each([
    ['ThrottlingException', serviceError('ThrottlingException', 'Rate exceeded')],
    ['TooManyRequestsException', serviceError('TooManyRequestsException', 'Slow down')],
    ['RequestLimitExceeded', serviceError('RequestLimitExceeded', 'Limit')],
    ['SlowDown', serviceError('SlowDown', 'Slow down')],
    ['a 500', serviceError('InternalFailure', 'boom', 500)],
    ['a 503', serviceError('ServiceUnavailable', 'unavailable', 503)],
    ['a 5xx of any name', serviceError('SomethingNew', 'boom', 502)],
    // What the SDK's own classification adds: any 429, and errors the SDK marks retryable.
    ['a 429 of any name', serviceError('SomethingNew', 'too many', 429)],
    [
      'ProvisionedThroughputExceededException',
      serviceError('ProvisionedThroughputExceededException', 'x'),
    ],
    ['an error the SDK marks retryable', Object.assign(named('Odd'), { $retryable: {} })],
    ['TimeoutError', named('TimeoutError')],
    ['RequestTimeout', named('RequestTimeout')],
    ...NETWORK_CODES.map((code) => [`network code ${code}`, networkError(code)] as const),
    ...NETWORK_CODES.map((code) => [`error named ${code}`, named(code)] as const),
  ])('retries %s', (_label, error) => {
    expect(isTransient(error)).toBe(true);
    expect(isTransient(new AwsCallError('DescribeImageVersion', error))).toBe(true);
  });

  it.each([
    ['a validation error', serviceError('ValidationException', 'bad', 400)],
    ['access denied', serviceError('AccessDeniedException', 'denied', 400)],
    ['a 499', serviceError('SomethingNew', 'odd', 499)],
    ['not found', serviceError('ResourceNotFound', 'gone', 400)],
    ['an unknown network code', networkError('EACCES')],
    ['an error without a status', new Error('odd')],
    ['a value that is not an error', 'weird'],
    // Never thrown into the SDK's classification, which reads properties of what it is given.
    ['null', null],
    ['undefined', undefined],
    ['an aborted request', Object.assign(named('AbortError'), { $retryable: {} })],
    ['ResourceLimitExceeded (a quota, not a rate)', serviceError('ResourceLimitExceeded', 'quota')],
  ])('does not retry %s', (_label, error) => {
    expect(isTransient(error)).toBe(false);
  });
});

describe('a wait for a version, given errors while reading its status', () => {
  function session(describe: () => Promise<unknown>): Session<Inputs> {
    return testSession(
      {
        imageName: 'my-image',
        region: 'eu-west-1',
        waitTimeoutSeconds: 600,
        waitMaxDelaySeconds: 5,
      },
      { describeImageVersion: describe },
    );
  }

  it.each([
    ['a 503', serviceError('ServiceUnavailable', 'unavailable', 503)],
    ['ECONNRESET', networkError('ECONNRESET')],
    ['EAI_AGAIN', networkError('EAI_AGAIN')],
    ['ETIMEDOUT', networkError('ETIMEDOUT')],
    ['throttling', serviceError('ThrottlingException', 'Rate exceeded')],
  ])('keeps polling through %s', async (_label, error) => {
    const describe = jest
      .fn<() => Promise<unknown>>()
      .mockRejectedValueOnce(new AwsCallError('DescribeImageVersion', error))
      .mockResolvedValue({ ImageVersionStatus: 'CREATED' });
    const result = await waitForVersion(session(describe), 3);
    expect(result.value).toEqual({ ImageVersionStatus: 'CREATED' });
    expect(result.checks).toBe(2);
  });

  it('fails at once on access denied, with the advice', async () => {
    const describe = jest
      .fn<() => Promise<unknown>>()
      .mockRejectedValue(
        new AwsCallError(
          'DescribeImageVersion',
          serviceError('AccessDeniedException', 'not authorized'),
        ),
      );
    await expect(waitForVersion(session(describe), 3)).rejects.toThrow(
      'DescribeImageVersion for SageMaker image "my-image" in eu-west-1 failed: the credentials are not allowed to call sagemaker:DescribeImageVersion.',
    );
    expect(describe).toHaveBeenCalledTimes(1);
  });
});

describe('errorFacts', () => {
  it('reads the name, the message on one line, the request id, the status and a network code', () => {
    const error = Object.assign(serviceError('ThrottlingException', 'a\nb', 429, 'req-9'), {
      code: 'ECONNRESET',
    });
    expect(errorFacts(error)).toStrictEqual({
      name: 'ThrottlingException',
      message: 'a b',
      requestId: 'req-9',
      httpStatus: 429,
      code: 'ECONNRESET',
    });
  });

  it('prefers the AWS error code (Code) to the class name, and ignores codes that are not text', () => {
    const error = Object.assign(new Error('denied'), { Code: 'AccessDenied', code: 403 });
    expect(errorFacts(error)).toStrictEqual({ name: 'AccessDenied', message: 'denied' });
  });

  it('reads the error a AwsCallError wraps', () => {
    expect(errorFacts(new AwsCallError('DescribeImage', networkError('EPIPE')))).toStrictEqual({
      name: 'Error',
      message: 'connect EPIPE 127.0.0.1:443',
      code: 'EPIPE',
    });
  });

  it('takes a value that is not an error as the message', () => {
    expect(errorFacts(42)).toStrictEqual({ name: 'Error', message: '42' });
  });
});

describe('AwsCallError', () => {
  it('names the operation in its message, whatever was thrown', () => {
    expect(new AwsCallError('CreateImage', new Error('boom')).message).toBe(
      'CreateImage failed: boom',
    );
    expect(new AwsCallError('CreateImage', 'boom').message).toBe('CreateImage failed: boom');
    expect(new AwsCallError('CreateImage', 'boom').name).toBe('AwsCallError');
  });
});

describe('the advice, word for word', () => {
  const PREFIX = 'CreateImageVersion for SageMaker image "my-image" in eu-west-1 failed: ';
  const ADVICE: [unknown, string][] = [
    [
      serviceError('ResourceNotFound', 'Cannot find Image', 400, 'req-1'),
      'the SageMaker image "my-image" does not exist in eu-west-1. Create it first (`aws sagemaker create-image`, or set `create-image: true` with a `role-arn`), or check `aws-region`. (ResourceNotFound: Cannot find Image; request id req-1)',
    ],
    [
      serviceError('ResourceInUse', 'modified concurrently'),
      'the image "my-image" is busy: another version or update is in progress. Wait for it to finish and re-run this job. (ResourceInUse: modified concurrently)',
    ],
    [
      serviceError('ResourceLimitExceeded', 'Too many'),
      'an account limit was reached. Delete image versions you no longer use, or ask for a higher quota in Service Quotas. (ResourceLimitExceeded: Too many)',
    ],
    [
      serviceError('IdempotentParameterMismatchException', 'mismatch'),
      'this ClientToken was already used for a different request. Leave `client-token` empty so one is derived from the request, or give a new one. (IdempotentParameterMismatchException: mismatch)',
    ],
    [
      serviceError('SomethingElse', 'The ClientToken t-1 was already used for another request.'),
      'this ClientToken was already used for a different request. Leave `client-token` empty so one is derived from the request, or give a new one. (SomethingElse: The ClientToken t-1 was already used for another request.)',
    ],
    [
      // Mentioning the token is not enough: only a token used for another request is a mismatch.
      serviceError(
        'ValidationException',
        "1 validation error detected: Value 'a b' at 'clientToken' failed to satisfy constraint",
      ),
      "SageMaker rejected the request as invalid; AWS's reason is in brackets at the end. (ValidationException: 1 validation error detected: Value 'a b' at 'clientToken' failed to satisfy constraint)",
    ],
    [
      serviceError('SomethingElse', 'The client token was reused too soon'),
      'an unexpected error happened. (SomethingElse: The client token was reused too soon)',
    ],
    [
      // The action AWS names is the one to grant, even when another operation was running.
      serviceError(
        'AccessDeniedException',
        'User: arn:aws:sts::123456789012:assumed-role/ci/run is not authorized to perform: sagemaker:UpdateImageVersion on resource: arn:x',
      ),
      "the credentials are not allowed to call sagemaker:UpdateImageVersion. Grant sagemaker:UpdateImageVersion on the image to the role this workflow assumes (see the IAM policy in the action's docs/iam.md). (AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/ci/run is not authorized to perform: sagemaker:UpdateImageVersion on resource: arn:x)",
    ],
    [
      serviceError('NotAuthorized', ''),
      "the credentials are not allowed to call sagemaker:CreateImageVersion. Grant sagemaker:CreateImageVersion on the image to the role this workflow assumes (see the IAM policy in the action's docs/iam.md). (NotAuthorized)",
    ],
    [
      serviceError('UnauthorizedOperation', 'no'),
      "the credentials are not allowed to call sagemaker:CreateImageVersion. Grant sagemaker:CreateImageVersion on the image to the role this workflow assumes (see the IAM policy in the action's docs/iam.md). (UnauthorizedOperation: no)",
    ],
    ...['ExpiredTokenException', 'ExpiredToken'].map((name): [unknown, string] => [
      serviceError(name, 'The security token included in the request is expired'),
      `the AWS session credentials have expired. Re-run configure-aws-credentials right before this step, or raise its \`role-duration-seconds\`. (${name}: The security token included in the request is expired)`,
    ]),
    [
      named('CredentialsProviderError'),
      'no AWS credentials were found: add aws-actions/configure-aws-credentials (with `id-token: write` for OIDC) before this step. (CredentialsProviderError: no details)',
    ],
    ...[
      'UnrecognizedClientException',
      'InvalidSignatureException',
      'SignatureDoesNotMatch',
      'InvalidClientTokenId',
      'IncompleteSignature',
      'MissingAuthenticationToken',
    ].map((name): [unknown, string] => [
      serviceError(name, 'bad'),
      `AWS did not accept the credentials (wrong key, secret or session token). Check the secrets the job uses, or add aws-actions/configure-aws-credentials (with \`id-token: write\` for OIDC) before this step. (${name}: bad)`,
    ]),
    ...['ThrottlingException', 'TooManyRequestsException'].map((name): [unknown, string] => [
      serviceError(name, 'Rate exceeded'),
      `SageMaker kept throttling the requests after every retry. Re-run later, or raise \`max-attempts\`. (${name}: Rate exceeded)`,
    ]),
    [
      networkError('EAI_AGAIN'),
      "the SageMaker endpoint for eu-west-1 could not be reached. Check the region, the runner's network and proxy settings (HTTPS_PROXY, NO_PROXY), or AWS_ENDPOINT_URL_SAGEMAKER if set. (Error: connect EAI_AGAIN 127.0.0.1:443)",
    ],
    [
      named('RequestTimeout'),
      "the SageMaker endpoint for eu-west-1 could not be reached. Check the region, the runner's network and proxy settings (HTTPS_PROXY, NO_PROXY), or AWS_ENDPOINT_URL_SAGEMAKER if set. (RequestTimeout: no details)",
    ],
    [
      serviceError('InternalFailure', 'boom', 500),
      'SageMaker had an internal error on every attempt. Re-run the job; if it persists, check the AWS Health Dashboard. (InternalFailure: boom)',
    ],
    [serviceError('Teapot', 'odd', 499), 'an unexpected error happened. (Teapot: odd)'],
  ];

  it.each(ADVICE)('explains %s', (error, advice) => {
    expect(explainAwsError(error, CONTEXT)).toBe(PREFIX + advice);
  });

  it('names the operation a AwsCallError carries, not the one in the context', () => {
    const error = new AwsCallError('DescribeImage', serviceError('ResourceInUse', 'busy'));
    expect(explainAwsError(error, CONTEXT)).toMatch(
      /^DescribeImage for SageMaker image "my-image" in eu-west-1 failed: the image "my-image" is busy/,
    );
  });
});
