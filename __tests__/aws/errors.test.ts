import { describe, expect, it } from '@jest/globals';
import {
  ResourceInUse,
  ResourceLimitExceeded,
  ResourceNotFound,
  SageMakerServiceException,
} from '@aws-sdk/client-sagemaker';
import {
  AwsCallError,
  danglingEntryIn,
  deniesAccess,
  explainAwsError,
  isTokenMismatch,
  withoutStudioNames,
  type AwsResource,
} from '../../src/aws/errors.js';

/** A call of `./`, whose advice may name `max-attempts`. */
const CONTEXT = {
  operation: 'CreateImageVersion',
  imageName: 'my-image',
  region: 'eu-west-1',
  advice: { attempts: 'max-attempts' },
};
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

describe('explainAwsError: CreateApp over an app quota', () => {
  it('advises another instance type or stopping apps, not deleting image versions', () => {
    const message = explainAwsError(
      new ResourceLimitExceeded({
        message:
          "The account-level service limit 'Studio JupyterLab Apps running on ml.t3.medium instance' is 0 Apps, with current utilization of 0 Apps and a request delta of 1 Apps.",
        $metadata: META,
      }),
      { operation: 'CreateApp', imageName: 'img', region: 'eu-west-1' },
    );
    expect(message).toContain(
      "the account's quota of Studio apps on ml.t3.medium was reached. Set the launch test's `instance-type` to one the account has quota for, stop apps that are running on it, or ask for a higher quota in Service Quotas.",
    );
    expect(message).not.toContain('Delete image versions');
  });
});

describe('explainAwsError: CreateApp over an app quota that names no instance type', () => {
  it('says the quota without an instance type', () => {
    const message = explainAwsError(
      new ResourceLimitExceeded({
        message: "The account-level service limit 'Studio apps' is 0 Apps.",
        $metadata: META,
      }),
      { operation: 'CreateApp', imageName: 'img', region: 'eu-west-1' },
    );
    expect(message).toContain(
      "the account's quota of Studio apps was reached. Set the launch test's `instance-type`",
    );
  });
});

describe('danglingEntryIn', () => {
  it.each([
    ['Image arn:aws:sagemaker:eu-west-1:123456789012:image/other is not found', 'image "other"'],
    [
      'Resource arn:aws:sagemaker:eu-west-1:123456789012:APP-IMAGE-CONFIG/team.cfg-2 missing',
      'AppImageConfig "team.cfg-2"',
    ],
    ['Image "gone-one" does not exist.', 'image "gone-one"'],
    ['AppImageConfig old_cfg does not exist', 'AppImageConfig "old_cfg"'],
    ['appimageconfig Old does not exist', 'AppImageConfig "Old"'],
    ['The domain does not exist', undefined],
    ['Image  does not exist', undefined],
  ])('finds in %j: %s', (message, entry) => {
    expect(danglingEntryIn(message)).toBe(entry);
  });
});

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
      'DescribeDomain for Studio domain "d-abc123" in eu-west-1 failed: the Studio domain "d-abc123" does not exist in eu-west-1, or these credentials cannot see it. Check the domain id (`aws sagemaker list-domains` lists them)',
    ],
    [
      'an UpdateDomain refused for an entry that dangles, naming it',
      studioError(
        'UpdateDomain',
        new ResourceNotFound({
          message: 'Image arn:aws:sagemaker:eu-west-1:123456789012:image/other does not exist.',
          $metadata: META,
        }),
      ),
      'UpdateDomain for Studio domain "d-abc123" in eu-west-1 failed: SageMaker refused to change the settings of the Studio domain "d-abc123": they list image "other", which no longer exists (deleted while still listed, often by another team; it was read just before this change). Remove that entry',
    ],
    [
      'an UpdateDomain refused as not found, without a name: never "the domain does not exist"',
      studioError(
        'UpdateDomain',
        new ResourceNotFound({ message: 'Cannot find resource', $metadata: META }),
      ),
      'SageMaker refused to change the settings of the Studio domain "d-abc123": an image or AppImageConfig they list no longer exists',
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
      "the InService App refusal of a user profile, naming the profile's list",
      studioError(
        'UpdateUserProfile',
        serviceError(
          'ValidationException',
          'Unable to update UserProfile arn:x with InService App.',
        ),
        { kind: 'user profile', domainId: 'd-abc123' },
      ),
      "SageMaker refuses to change this user profile's settings while apps are running in it.",
    ],
    [
      'throttling, as for the image',
      studioError('DescribeDomain', serviceError('ThrottlingException', 'Rate exceeded')),
      'kept throttling',
    ],
    [
      "a user profile found by listing, by its domain and not by its name (a person's)",
      studioError('DescribeUserProfile', serviceError('AccessDeniedException', 'denied'), {
        kind: 'user profile',
        domainId: 'd-abc123',
      }),
      'DescribeUserProfile for a user profile of Studio domain "d-abc123" in eu-west-1 failed: the credentials are not allowed to call sagemaker:DescribeUserProfile. Grant sagemaker:DescribeUserProfile on the user profiles of the domain to the role',
    ],
    [
      'a list call, granted on `*`',
      studioError('ListSpaces', serviceError('AccessDeniedException', 'denied'), {
        kind: 'Studio space',
        domainId: 'd-abc123',
        every: true,
      }),
      'ListSpaces for the Studio spaces of Studio domain "d-abc123" in eu-west-1 failed: the credentials are not allowed to call sagemaker:ListSpaces. Grant sagemaker:ListSpaces to the role',
    ],
    [
      'the domains of the region',
      studioError('ListDomains', serviceError('ThrottlingException', 'Rate exceeded'), {
        kind: 'Studio domain',
        every: true,
      }),
      'ListDomains for the Studio domains in eu-west-1 failed: SageMaker kept throttling',
    ],
    [
      'an unnamed profile gone meanwhile',
      studioError(
        'UpdateUserProfile',
        new ResourceNotFound({ message: 'User profile does not exist', $metadata: META }),
        { kind: 'user profile', domainId: 'd-abc123' },
      ),
      'UpdateUserProfile for a user profile of Studio domain "d-abc123" in eu-west-1 failed: a user profile of Studio domain "d-abc123" no longer exists (deleted meanwhile). Re-run the job.',
    ],
    [
      'an unnamed profile busy',
      studioError('UpdateUserProfile', serviceError('ResourceInUse', 'busy'), {
        kind: 'user profile',
        domainId: 'd-abc123',
      }),
      'failed: a user profile of Studio domain "d-abc123" is busy with another change.',
    ],
  ])('explains %s', (_name, error, fragment) => {
    expect(explainAwsError(error, CONTEXT)).toContain(fragment);
  });
});

describe('explainAwsError for the image checks (ECR)', () => {
  const repository = { kind: 'ECR repository', name: 'team/jupyter' } as const;
  const ecrError = (operation: string, error: Error): AwsCallError =>
    new AwsCallError(operation, error, repository);
  const failure = (name: string, message = '', fields: object = {}): Error =>
    Object.assign(new Error(message), { name, ...fields });

  it.each<[string, AwsCallError, string]>([
    [
      'a missing repository, and how to look for it',
      ecrError(
        'BatchGetImage',
        serviceError('RepositoryNotFoundException', "The repository with name 'x' does not exist"),
      ),
      'BatchGetImage for ECR repository "team/jupyter" in eu-west-1 failed: the ECR repository "team/jupyter" does not exist in that registry in eu-west-1, or these credentials cannot see it. Check `base-image` (`aws ecr describe-repositories` lists them); a repository in another account must allow this role in its repository policy.',
    ],
    [
      'a missing ecr:BatchGetImage, naming it and `preflight: off`',
      ecrError(
        'BatchGetImage',
        serviceError(
          'AccessDeniedException',
          'User: arn:aws:sts::1:assumed-role/r/s is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:eu-west-1:1:repository/team/jupyter',
        ),
      ),
      'failed: the credentials are not allowed to call ecr:BatchGetImage, which the image checks need. Grant `ecr:BatchGetImage` and `ecr:GetDownloadUrlForLayer` on the repository to the role this workflow assumes (a repository in another account must also allow them in its repository policy), or set `preflight: off` to register without checking the image.',
    ],
    [
      "ecr:GetDownloadUrlForLayer when AWS's message names no action",
      ecrError('GetDownloadUrlForLayer', serviceError('AccessDeniedException', 'denied')),
      'the credentials are not allowed to call ecr:GetDownloadUrlForLayer, which the image checks need.',
    ],
    [
      'a config blob ECR no longer has',
      ecrError('GetDownloadUrlForLayer', serviceError('LayersNotFoundException', 'gone')),
      "the image's config blob is not available in the repository any more",
    ],
    [
      'a blob ECR will not hand out',
      ecrError('GetDownloadUrlForLayer', serviceError('LayerInaccessibleException', 'no')),
      "the image's config blob is not available in the repository any more",
    ],
    [
      'an invalid parameter',
      ecrError('BatchGetImage', serviceError('InvalidParameterException', 'bad')),
      "ECR rejected the request as invalid; AWS's reason is in brackets at the end. (InvalidParameterException: bad; request id req-1234)",
    ],
    [
      'throttling, by ECR',
      ecrError('BatchGetImage', serviceError('ThrottlingException', 'Rate exceeded')),
      'ECR kept throttling the requests after every retry.',
    ],
    [
      'an unreachable endpoint, naming AWS_ENDPOINT_URL_ECR',
      ecrError('BatchGetImage', networkError('ECONNREFUSED')),
      "the ECR endpoint for eu-west-1 could not be reached. Check the region, the runner's network and proxy settings (HTTPS_PROXY, NO_PROXY), or AWS_ENDPOINT_URL_ECR if set.",
    ],
    [
      'a server fault, by ECR',
      ecrError('BatchGetImage', serviceError('ServerException', 'oops', 500)),
      'ECR had an internal error on every attempt.',
    ],
    [
      'expired credentials, as for SageMaker',
      ecrError('BatchGetImage', serviceError('ExpiredTokenException', 'expired')),
      'the AWS session credentials have expired.',
    ],
    [
      'a config whose digest does not match',
      ecrError('ImageConfigDownload', failure('ImageConfigDigestMismatch', 'sha256 differs')),
      'ImageConfigDownload for ECR repository "team/jupyter" in eu-west-1 failed: the image config that was downloaded does not have the digest its manifest names, so it was not used. Re-run the job; if it persists, set `preflight: warn` or `preflight: off`.',
    ],
    [
      'a config too large to read',
      ecrError('ImageConfigDownload', failure('ImageConfigTooLarge', 'over 8 MB')),
      'the image config is larger than the image checks read, so it was not downloaded.',
    ],
    [
      'a download URL that is not HTTPS',
      ecrError('ImageConfigDownload', failure('ImageConfigNotHttps', 'http')),
      'ECR answered with a download URL that is not HTTPS, so it was not fetched. Check AWS_ENDPOINT_URL_ECR if set.',
    ],
    [
      'a refused download',
      ecrError(
        'ImageConfigDownload',
        failure('ImageConfigHttpError', 'HTTP 403', { $metadata: { httpStatusCode: 403 } }),
      ),
      'the pre-signed download URL ECR gave was refused (it is valid for a short time only).',
    ],
    [
      'an unreachable download host, naming the bucket',
      ecrError(
        'ImageConfigDownload',
        failure('ImageConfigNetworkError', 'reset', { code: 'ECONNRESET' }),
      ),
      'the image config could not be downloaded: ECR serves it from Amazon S3 (the bucket `prod-<region>-starport-layer-bucket`)',
    ],
    [
      'any other download failure',
      ecrError('ImageConfigDownload', failure('Error', 'odd')),
      'ImageConfigDownload for ECR repository "team/jupyter" in eu-west-1 failed: an unexpected error happened. (Error: odd)',
    ],
  ])('explains %s', (_name, error, fragment) => {
    expect(explainAwsError(error, CONTEXT)).toContain(fragment);
  });
});

describe('deniesAccess', () => {
  it.each([
    ['AccessDeniedException', true],
    ['AccessDenied', true],
    ['NotAuthorized', true],
    ['UnauthorizedOperation', true],
    ['ThrottlingException', false],
    ['RepositoryNotFoundException', false],
  ])('reads %s as %s, also inside a AwsCallError', (name, denied) => {
    const error = serviceError(name, 'x');
    expect(deniesAccess(error)).toBe(denied);
    expect(deniesAccess(new AwsCallError('BatchGetImage', error))).toBe(denied);
  });
});

describe('isTokenMismatch', () => {
  it.each([
    ['IdempotentParameterMismatch', 'Arguments are inconsistent', true],
    ['IdempotentParameterMismatchException', 'mismatch', true],
    [
      'ValidationException',
      'The client token 1-abc was already used with different request parameters.',
      true,
    ],
    ['ValidationException', 'ClientToken t-1 was used for another request.', true],
    [
      'SomethingElse',
      'Arguments on this idempotent request are inconsistent with arguments used in previous request(s).',
      true,
    ],
    // A token that breaks the API's rules, or is merely named, is not a reused one.
    [
      'ValidationException',
      "1 validation error detected: Value 'a b' at 'clientToken' failed to satisfy constraint",
      false,
    ],
    ['ValidationException', 'Missing clientToken', false],
    ['ValidationException', 'request parameters do not match', false],
  ])('%s: %s → %s', (name, message, mismatch) => {
    expect(isTokenMismatch({ name, message })).toBe(mismatch);
  });
});

describe('withoutStudioNames', () => {
  it("leaves profile, space and app names out of AWS's words, and the rest in", () => {
    expect(
      withoutStudioNames(
        'not authorized to perform: sagemaker:DescribeUserProfile on resource: arn:aws:sagemaker:us-east-1:123456789012:user-profile/d-abc/alice-smith because',
      ),
    ).toBe(
      'not authorized to perform: sagemaker:DescribeUserProfile on resource: arn:aws:sagemaker:us-east-1:123456789012:user-profile/d-abc/… because',
    );
    expect(withoutStudioNames('arn:aws:sagemaker:r:1:space/d-abc/bob, and')).toBe(
      'arn:aws:sagemaker:r:1:space/d-abc/…, and',
    );
    expect(withoutStudioNames('arn:aws:sagemaker:r:1:app/d-abc/bob/JupyterLab/default')).toBe(
      'arn:aws:sagemaker:r:1:app/d-abc/…',
    );
    expect(withoutStudioNames('arn:aws:sagemaker:r:1:domain/d-abc')).toBe(
      'arn:aws:sagemaker:r:1:domain/d-abc',
    );
  });

  it('is applied only when the resource goes unnamed', () => {
    const denied = new SageMakerServiceException({
      name: 'AccessDeniedException',
      $fault: 'client',
      message: 'on resource: arn:aws:sagemaker:r:1:user-profile/d-abc/ci',
      $metadata: META,
    });
    expect(
      explainAwsError(
        new AwsCallError('DescribeUserProfile', denied, { kind: 'user profile', name: 'ci' }),
        CONTEXT,
      ),
    ).toContain('user-profile/d-abc/ci');
    expect(
      explainAwsError(
        new AwsCallError('DescribeUserProfile', denied, {
          kind: 'user profile',
          domainId: 'd-abc',
        }),
        CONTEXT,
      ),
    ).toContain('user-profile/d-abc/…');
  });
});

describe('advice names only the inputs of the entry point at hand', () => {
  const throttled = serviceError('ThrottlingException', 'Rate exceeded');
  const missingDomain = new AwsCallError(
    'DescribeDomain',
    new ResourceNotFound({ message: 'Cannot find Domain', $metadata: META }),
    { kind: 'Studio domain', name: 'd-abc123' },
  );
  const missingProfile = new AwsCallError(
    'DescribeUserProfile',
    new ResourceNotFound({ message: 'Cannot find it', $metadata: META }),
    { kind: 'user profile', name: 'ci' },
  );
  const bare = { operation: 'x', imageName: 'my-image', region: 'eu-west-1' };

  it('raises max-attempts only where the step has it', () => {
    expect(explainAwsError(throttled, CONTEXT)).toContain('Re-run later, or raise `max-attempts`.');
    expect(explainAwsError(throttled, bare)).toContain('Re-run later. (ThrottlingException');
  });

  it("names ./studio's domain-ids, ./launch-test's domain-id and profile, or the values alone", () => {
    const studio = { ...bare, advice: { domains: 'domain-ids' } };
    const launch = {
      ...bare,
      advice: { domains: 'domain-id', profile: '`user-profile` and `domain-id`' },
    };
    expect(explainAwsError(missingDomain, studio)).toContain('Check `domain-ids` (`aws sagemaker');
    expect(explainAwsError(missingDomain, launch)).toContain('Check `domain-id` (`aws sagemaker');
    expect(explainAwsError(missingDomain, bare)).toContain('Check the domain id (`aws sagemaker');
    expect(explainAwsError(missingProfile, launch)).toContain(
      'Check `user-profile` and `domain-id` (`aws sagemaker list-user-profiles',
    );
    expect(explainAwsError(missingProfile, bare)).toContain(
      'Check the profile and its domain (`aws sagemaker list-user-profiles',
    );
  });
});
