import { describe, expect, it } from '@jest/globals';
import {
  ResourceInUse,
  ResourceLimitExceeded,
  ResourceNotFound,
  SageMakerServiceException,
} from '@aws-sdk/client-sagemaker';
import { AwsCallError, explainAwsError, type AwsResource } from '../../src/aws/errors.js';

const CONTEXT = { operation: 'CreateImageVersion', imageName: 'my-image', region: 'eu-west-1' };
const META = { httpStatusCode: 400, requestId: 'req-1234' };

function serviceError(name: string, message: string, status = 400): Error {
  return new SageMakerServiceException({
    name,
    $fault: status >= 500 ? 'server' : 'client',
    message,
    $metadata: { ...META, httpStatusCode: status },
  });
}

function networkError(code: string): Error {
  return Object.assign(new Error(`connect ${code} 127.0.0.1:1`), { code });
}

describe('explainAwsError', () => {
  // Each row: the error, then fragments the message must hold (what happened, what to do).
  it.each([
    [
      new ResourceNotFound({ message: 'Cannot find Image', $metadata: META }),
      [
        'does not exist in eu-west-1',
        'Create it first',
        '`create-image: true`',
        'check `aws-region`',
      ],
    ],
    [
      new ResourceInUse({ message: 'Resource was modified concurrently.', $metadata: META }),
      ['is busy', 'another version or update is in progress', 're-run'],
    ],
    [
      new ResourceLimitExceeded({ message: 'Too many', $metadata: META }),
      ['account limit', 'Delete image versions', 'Service Quotas'],
    ],
    [
      serviceError('ValidationException', 'Image arn:x is in an invalid state'),
      [
        "rejected the request as invalid; AWS's reason is in brackets at the end",
        'Image arn:x is in an invalid state',
      ],
    ],
    [
      serviceError('ValidationException', 'Alias dev is already associated with version 3'),
      [
        'alias "dev" of image "my-image" already belongs to another version, so nothing was created',
        'Set `move-aliases: true`',
      ],
    ],
    [
      serviceError(
        'AccessDeniedException',
        'User: arn:aws:sts::1:assumed-role/r/s is not authorized to perform: sagemaker:CreateImageVersion on resource: arn:x',
      ),
      [
        'not allowed to call sagemaker:CreateImageVersion',
        "IAM policy in the action's docs/iam.md",
      ],
    ],
    [serviceError('AccessDeniedException', 'denied'), ['sagemaker:CreateImageVersion']],
    [
      serviceError(
        'ExpiredTokenException',
        'The security token included in the request is expired',
      ),
      ['expired', 'configure-aws-credentials'],
    ],
    [
      serviceError('UnrecognizedClientException', 'The security token is invalid'),
      ['did not accept the credentials', 'configure-aws-credentials'],
    ],
    [
      serviceError('InvalidSignatureException', 'Signature mismatch'),
      ['did not accept the credentials'],
    ],
    [
      Object.assign(new Error('Could not load credentials from any providers'), {
        name: 'CredentialsProviderError',
      }),
      ['no AWS credentials were found', 'aws-actions/configure-aws-credentials', 'id-token: write'],
    ],
    [serviceError('ThrottlingException', 'Rate exceeded'), ['throttling', 'max-attempts']],
    [serviceError('InternalFailure', 'boom', 500), ['internal error', 'Re-run']],
    [networkError('ECONNREFUSED'), ['could not be reached', 'HTTPS_PROXY']],
    [networkError('ENOTFOUND'), ['could not be reached']],
    [Object.assign(new Error('timed out'), { name: 'TimeoutError' }), ['could not be reached']],
    [
      serviceError(
        'ValidationException',
        'The client token abc was already used with different request parameters.',
      ),
      ['ClientToken was already used for a different request', '`client-token`'],
    ],
  ])('explains %s', (error, fragments) => {
    const message = explainAwsError(error, CONTEXT);
    expect(message).toMatch(
      /^CreateImageVersion for SageMaker image "my-image" in eu-west-1 failed: /,
    );
    for (const fragment of fragments) expect(message).toContain(fragment);
  });

  it.each([
    ['ListSpaces', 'Grant sagemaker:ListSpaces to the role'],
    ['DescribeDomain', 'Grant sagemaker:DescribeDomain to the role'],
    ['ListAliases', 'Grant sagemaker:ListAliases on the image to the role'],
    ['DeleteImageVersion', 'Grant sagemaker:DeleteImageVersion on the image to the role'],
  ])('names the permission %s needs, on the image only for image calls', (operation, advice) => {
    const message = explainAwsError(serviceError('AccessDeniedException', 'denied'), {
      ...CONTEXT,
      operation,
    });
    expect(message).toContain(`the credentials are not allowed to call sagemaker:${operation}. `);
    expect(message).toContain(advice);
  });

  it('keeps AWS own words and the request id', () => {
    const message = explainAwsError(serviceError('ValidationException', 'Bad thing'), CONTEXT);
    expect(message).toContain('(ValidationException: Bad thing; request id req-1234)');
  });

  it('keeps the message on one line', () => {
    const message = explainAwsError(serviceError('ValidationException', 'a\n::error::b'), CONTEXT);
    expect(message).not.toContain('\n');
  });

  it('handles values that are not errors', () => {
    expect(explainAwsError('weird', CONTEXT)).toContain('an unexpected error happened');
  });
});

describe('explainAwsError for Studio calls', () => {
  const domain = { kind: 'Studio domain', name: 'd-abc123' } as const;
  const config = { kind: 'AppImageConfig', name: 'my-config' } as const;
  const studioError = (
    operation: string,
    error: Error,
    resource: AwsResource = domain,
  ): AwsCallError => new AwsCallError(operation, error, resource);

  it.each<[string, AwsCallError, string]>([
    [
      'a missing domain, by id and region',
      studioError(
        'DescribeDomain',
        new ResourceNotFound({ message: 'Cannot find Domain', $metadata: META }),
      ),
      'DescribeDomain for Studio domain "d-abc123" in eu-west-1 failed: the Studio domain "d-abc123" does not exist in eu-west-1, or these credentials cannot see it. Check `studio-domain-ids`',
    ],
    [
      'the permission AWS names',
      studioError(
        'UpdateDomain',
        serviceError(
          'AccessDeniedException',
          'User: arn:aws:sts::1:assumed-role/r/s is not authorized to perform: sagemaker:UpdateDomain on resource: arn:x',
        ),
      ),
      'UpdateDomain for Studio domain "d-abc123" in eu-west-1 failed: the credentials are not allowed to call sagemaker:UpdateDomain. Grant sagemaker:UpdateDomain on the Studio domain to the role',
    ],
    [
      "the operation's permission when AWS names none",
      studioError('CreateAppImageConfig', serviceError('AccessDeniedException', 'denied'), config),
      'CreateAppImageConfig for AppImageConfig "my-config" in eu-west-1 failed: the credentials are not allowed to call sagemaker:CreateAppImageConfig. Grant sagemaker:CreateAppImageConfig on the AppImageConfig',
    ],
    [
      'the InService App refusal, with a hint',
      studioError(
        'UpdateDomain',
        serviceError(
          'ValidationException',
          'Unable to update Domain arn:x with InService App. Delete all InService apps in the domain including shared Apps before updating the domain.',
        ),
      ),
      "SageMaker refuses to change this domain's default settings while apps are running in it. Shut down the running apps",
    ],
    [
      'throttling, as for the image',
      studioError('DescribeDomain', serviceError('ThrottlingException', 'Rate exceeded')),
      'kept throttling',
    ],
  ])('explains %s', (_name, error, fragment) => {
    expect(explainAwsError(error, CONTEXT)).toContain(fragment);
  });
});
