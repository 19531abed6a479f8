// AWS errors → one message that says what happened and what to do. Pure.
import { oneLine } from '../common/log-safe.js';
import type { EntryAdvice } from '../inputs/common-inputs.js';

export interface AwsErrorContext {
  /** The SageMaker operation that failed, e.g. `CreateImageVersion` (a AwsCallError knows). */
  readonly operation: string;
  readonly imageName: string;
  readonly region: string;
  /** The inputs of the entry point at hand that advice may name. */
  readonly advice?: EntryAdvice | undefined;
}

/**
 * What a call was about, when it is not the SageMaker image: a Studio domain, an AppImageConfig, a
 * user profile, space or app (the launch test, Studio's profiles, retention), or the ECR repository
 * of the base image (the image checks).
 */
export interface AwsResource {
  readonly kind:
    | 'Studio domain'
    | 'AppImageConfig'
    | 'user profile'
    | 'Studio space'
    | 'Studio app'
    | 'ECR repository';
  /**
   * Its name. Absent for a user profile or space found by listing a domain: those are people's
   * names, which stay in debug output, so a message names the domain instead.
   */
  readonly name?: string;
  /** The Studio domain of a resource without a name. */
  readonly domainId?: string;
  /** A list call: every resource of this kind (of `domainId`, or of the region). */
  readonly every?: boolean;
}

/**
 * A resource as a message names it: `Studio domain "d-x"`, `a user profile of Studio domain
 * "d-x"`, `the Studio spaces of Studio domain "d-x"`, `the Studio domains`. Pure.
 */
export function resourceSubject(resource: AwsResource): string {
  if (resource.name !== undefined) return `${resource.kind} "${resource.name}"`;
  const where = resource.domainId === undefined ? '' : ` of Studio domain "${resource.domainId}"`;
  return resource.every === true ? `the ${resource.kind}s${where}` : `a ${resource.kind}${where}`;
}

/** The same, after "the" where it has a name: `the Studio domain "d-x"`. Pure. */
function theResource(resource: AwsResource): string {
  return resource.name === undefined
    ? resourceSubject(resource)
    : `the ${resourceSubject(resource)}`;
}

/** The operation name of the image checks' one direct download (a pre-signed URL, not an API). */
export const IMAGE_CONFIG_DOWNLOAD = 'ImageConfigDownload';

interface ErrorFacts {
  readonly name: string;
  readonly message: string;
  readonly requestId?: string;
  readonly httpStatus?: number;
  readonly code?: string;
  /** How many times the SDK sent the request (retries included), when it says. */
  readonly attempts?: number;
}

const CONFIGURE_CREDENTIALS =
  'add aws-actions/configure-aws-credentials (with `id-token: write` for OIDC) before this step';

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/** An error from one AWS call (SageMaker or ECR), remembering which operation it was. */
export class AwsCallError extends Error {
  override readonly name = 'AwsCallError';
  readonly operation: string;
  override readonly cause: unknown;
  readonly resource: AwsResource | undefined;
  constructor(operation: string, cause: unknown, resource?: AwsResource) {
    super(`${operation} failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.operation = operation;
    this.cause = cause;
    this.resource = resource;
  }
}

/**
 * Sends one request; any failure becomes a AwsCallError naming `operation` (and the
 * resource, for calls about something other than the image).
 */
export async function call<T>(
  operation: string,
  send: () => Promise<T>,
  resource?: AwsResource,
): Promise<T> {
  try {
    return await send();
  } catch (error) {
    throw new AwsCallError(operation, error, resource);
  }
}

/** The name, message, request id and status an SDK or network error carries, whatever its shape. */
export function errorFacts(error: unknown): ErrorFacts {
  if (error instanceof AwsCallError) return errorFacts(error.cause);
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const withMeta = error as Error & {
    $metadata?: { requestId?: string; httpStatusCode?: number; attempts?: number };
    code?: unknown;
    Code?: unknown;
  };
  const code = typeof withMeta.code === 'string' ? withMeta.code : undefined;
  const awsCode = typeof withMeta.Code === 'string' ? withMeta.Code : undefined;
  const facts: { -readonly [K in keyof ErrorFacts]: ErrorFacts[K] } = {
    name: awsCode ?? error.name,
    message: oneLine(error.message),
  };
  if (withMeta.$metadata?.requestId) facts.requestId = withMeta.$metadata.requestId;
  if (withMeta.$metadata?.httpStatusCode) facts.httpStatus = withMeta.$metadata.httpStatusCode;
  if (withMeta.$metadata?.attempts) facts.attempts = withMeta.$metadata.attempts;
  if (code !== undefined) facts.code = code;
  return facts;
}

function isAccessDenied(name: string): boolean {
  return /AccessDenied|NotAuthorized|UnauthorizedOperation/i.test(name);
}

/** Whether an error is AWS refusing the credentials a permission (no retry or mode can help). */
export function deniesAccess(error: unknown): boolean {
  return isAccessDenied(errorFacts(error).name);
}

function isCredentialsProblem(name: string): boolean {
  return [
    // Stryker disable StringLiteral: adviceFor answers these three before it asks this list
    'CredentialsProviderError',
    'ExpiredTokenException',
    'ExpiredToken',
    // Stryker restore StringLiteral
    'UnrecognizedClientException',
    'InvalidSignatureException',
    'SignatureDoesNotMatch',
    'InvalidClientTokenId',
    'IncompleteSignature',
    'MissingAuthenticationToken',
  ].includes(name);
}

/** A failure to reach the endpoint at all (DNS, refused or reset connections, time-outs). */
export function isNetworkProblem(facts: ErrorFacts): boolean {
  return (
    (facts.code !== undefined && NETWORK_CODES.has(facts.code)) ||
    NETWORK_CODES.has(facts.name) ||
    facts.name === 'TimeoutError' ||
    facts.name === 'RequestTimeout'
  );
}

/**
 * Text with the user profile, space and app names of Studio ARNs left out
 * (`…:user-profile/d-x/alice` → `…:user-profile/d-x/…`): people's names. Pure.
 */
export function withoutStudioNames(text: string): string {
  return text.replace(/(:(?:user-profile|space|app)\/d-[a-z0-9-]+\/)[^\s"',;]+/g, '$1…');
}

/** An input's name as advice writes it, or words for the value when the step has no such input. */
function namedInput(input: string | undefined, otherwise: string): string {
  return input === undefined ? otherwise : `\`${input}\``;
}

/** One sentence on what happened, then what to do; AWS's own words and request id in brackets. */
export function explainAwsError(error: unknown, context: AwsErrorContext): string {
  const facts = errorFacts(error);
  const operation = error instanceof AwsCallError ? error.operation : context.operation;
  const resource = error instanceof AwsCallError ? error.resource : undefined;
  const { imageName, region } = context;
  const advice =
    resource === undefined
      ? adviceFor(facts, { ...context, operation })
      : resourceAdvice(facts, resource, { ...context, operation });
  // AWS's words may name the profile or space in an ARN: not when the resource goes unnamed.
  const message =
    resource !== undefined && resource.name === undefined
      ? withoutStudioNames(facts.message)
      : facts.message;
  const detail = [
    `${facts.name}${message ? `: ${message}` : ''}`,
    facts.requestId === undefined ? undefined : `request id ${facts.requestId}`,
  ]
    .filter((part) => part !== undefined)
    .join('; ');
  const subject =
    resource === undefined ? `SageMaker image "${imageName}"` : resourceSubject(resource);
  return `${operation} for ${subject} in ${region} failed: ${advice} (${detail})`;
}

/** The permission an AccessDenied names, else the operation's own. */
function deniedAction(facts: ErrorFacts, operation: string, service = 'sagemaker'): string {
  return /perform: (\S+)/.exec(facts.message)?.[1] ?? `${service}:${operation}`;
}

/** The image or AppImageConfig a refusal says does not exist: `Image other`, or an ARN. Pure. */
export function danglingEntryIn(message: string): string | undefined {
  const arn = /:(image|app-image-config)\/([A-Za-z0-9][\w.-]*)/i.exec(message);
  if (arn !== null)
    return `${arn[1]?.toLowerCase() === 'image' ? 'image' : 'AppImageConfig'} "${arn[2] ?? ''}"`;
  const named = /\b(Image|AppImageConfig) "?([A-Za-z0-9][\w.-]*)"? does not exist/i.exec(message);
  if (named === null) return undefined;
  return `${named[1]?.toLowerCase() === 'image' ? 'image' : 'AppImageConfig'} "${named[2] ?? ''}"`;
}

/**
 * A change to Studio settings refused because an entry they list no longer exists (another team's
 * image deleted while still listed): the domain itself was read just before the write, so
 * "not found" is about the entry. Names it when AWS does. Undefined for other errors.
 */
function danglingAdvice(
  { name, message }: ErrorFacts,
  resource: AwsResource,
  operation: string,
): string | undefined {
  if (!/^Update(?:Domain|UserProfile|Space)$/.test(operation)) return undefined;
  const entry = danglingEntryIn(message);
  // Without a named entry, only a message that is not about the resource itself.
  const aboutItself = /\b(?:domain|user profile|space)\b/i.test(message);
  if (entry === undefined && (name !== 'ResourceNotFound' || aboutItself)) return undefined;
  if (entry !== undefined && name !== 'ResourceNotFound' && name !== 'ValidationException')
    return undefined;
  const what =
    entry === undefined
      ? 'an image or AppImageConfig they list no longer exists'
      : `they list ${entry}, which no longer exists`;
  return (
    `SageMaker refused to change the settings of ${theResource(resource)}: ${what} (deleted while ` +
    'still listed, often by another team; it was read just before this change). Remove that entry ' +
    'from the CustomImages lists (Studio console, or `aws sagemaker update-domain`), then re-run the job.'
  );
}

/** Advice for calls about a Studio domain or an AppImageConfig; the rest as for the image. */
function resourceAdvice(
  facts: ErrorFacts,
  resource: AwsResource,
  context: AwsErrorContext,
): string {
  const { name, message } = facts;
  const { operation, region } = context;
  if (resource.kind === 'ECR repository') return ecrAdvice(facts, resource, context);
  const named = resource.name !== undefined;
  const dangling = danglingAdvice(facts, resource, operation);
  if (dangling !== undefined) return dangling;
  if (name === 'ResourceNotFound' && resource.kind === 'Studio domain' && named) {
    return (
      `the Studio domain "${resource.name}" does not exist in ${region}, or these credentials ` +
      `cannot see it. Check ${namedInput(context.advice?.domains, 'the domain id')} ` +
      '(`aws sagemaker list-domains` lists them) and `aws-region`.'
    );
  }
  if (name === 'ResourceNotFound' && resource.kind === 'user profile' && named) {
    return (
      `the user profile "${resource.name}" does not exist in that Studio domain, or these credentials ` +
      `cannot see it (deleted meanwhile?). Check ${context.advice?.profile ?? 'the profile and its domain'} ` +
      '(`aws sagemaker list-user-profiles --domain-id-equals <id>` lists them).'
    );
  }
  if (name === 'ResourceNotFound') {
    return named
      ? `the ${resource.kind} "${resource.name}" does not exist in ${region}.`
      : `${resourceSubject(resource)} no longer exists (deleted meanwhile). Re-run the job.`;
  }
  if (name === 'ValidationException' && /with InService App/i.test(message)) {
    const whose =
      resource.kind === 'user profile' ? "this user profile's" : "this domain's default";
    const list = resource.kind === 'user profile' ? "the profile's list" : "the domain's list";
    return (
      `SageMaker refuses to change ${whose} settings while apps are running in it. ` +
      "Shut down the running apps, shared spaces' apps included (Studio: Running instances; or " +
      '`aws sagemaker list-apps --domain-id-equals <id>` and `delete-app`), then re-run the job. ' +
      `The image version and its AppImageConfig are in place; only ${list} is not.`
    );
  }
  if (name === 'ResourceInUse') {
    return `${theResource(resource)} is busy with another change. Re-run the job once it is done.`;
  }
  if (isAccessDenied(name)) {
    const action = deniedAction(facts, operation);
    // List calls are granted on `*`; the others on the resource (or the domain's resources).
    const on =
      resource.every === true
        ? ''
        : named
          ? ` on the ${resource.kind}`
          : ` on the ${resource.kind}s of the domain`;
    return (
      `the credentials are not allowed to call ${action}. Grant ${action}${on} ` +
      "to the role this workflow assumes (see the IAM policy in the action's docs/iam.md)."
    );
  }
  return adviceFor(facts, context);
}

/** What to do about an image that does not exist: shared by errors and the dry run. Pure. */
export function missingImageAdvice(imageName: string, region: string): string {
  return (
    `the SageMaker image "${imageName}" does not exist in ${region}. Create it first ` +
    '(`aws sagemaker create-image`, or set `create-image: true` with a `role-arn`), or check `aws-region`.'
  );
}

/** The alias a SageMaker message about an alias names, if it names one. Pure. */
export function aliasNamedIn(message: string): string | undefined {
  return /\balias\s+["']?([a-zA-Z0-9_][a-zA-Z0-9_.-]*)/i.exec(message)?.[1];
}

/**
 * A ClientToken sent before with other parameters: an IdempotentParameterMismatch-like name, or a
 * message saying the token was already used for another request. Any other mention of a client
 * token (a token that breaks the API's pattern, say) is not that. Pure.
 */
export function isTokenMismatch({ name, message }: Pick<ErrorFacts, 'name' | 'message'>): boolean {
  return (
    /Idempoten\w*Mismatch/i.test(name) ||
    /client ?token\b.*\bused\b.*\b(?:different|other|another)\b/i.test(message) ||
    /idempotent request.*inconsistent/i.test(message)
  );
}

/**
 * CreateApp over an app quota ("… running on ml.t3.medium instance is 0 Apps"): image versions
 * have nothing to do with it; the instance type, or the apps already running, do.
 */
function appQuotaAdvice(message: string): string {
  const instanceType = /\b(ml\.[a-z0-9]+\.[a-z0-9]+)\b/.exec(message)?.[1];
  return (
    `the account's quota of Studio apps${instanceType === undefined ? '' : ` on ${instanceType}`} ` +
    "was reached. Set the launch test's `instance-type` to one the account has quota for, " +
    'stop apps that are running on it, or ask for a higher quota in Service Quotas.'
  );
}

function adviceFor(
  facts: ErrorFacts,
  { operation, imageName, region, advice }: AwsErrorContext,
): string {
  const { name, message } = facts;
  if (name === 'ResourceNotFound') return missingImageAdvice(imageName, region);
  if (name === 'ValidationException' && /\balias/i.test(message)) {
    const alias = aliasNamedIn(message);
    const which = alias === undefined ? 'an alias of this request' : `alias "${alias}"`;
    return operation === 'CreateImageVersion'
      ? `${which} of image "${imageName}" already belongs to another version, so nothing was ` +
          'created. Set `move-aliases: true` to move it to the new version once that is CREATED, ' +
          'or choose other aliases.'
      : `${which} of image "${imageName}" was taken by another version meanwhile (another run ` +
          'moved it). Re-run the job to move it again with `move-aliases: true`, or choose other aliases.';
  }
  if (name === 'ResourceInUse') {
    return (
      `the image "${imageName}" is busy: another version or update is in progress. ` +
      'Wait for it to finish and re-run this job.'
    );
  }
  if (name === 'ResourceLimitExceeded' && operation === 'CreateApp') return appQuotaAdvice(message);
  if (name === 'ResourceLimitExceeded') {
    return (
      'an account limit was reached. Delete image versions you no longer use, or ask for a higher ' +
      'quota in Service Quotas.'
    );
  }
  if (isTokenMismatch(facts)) {
    return (
      'this ClientToken was already used for a different request. Leave `client-token` empty so ' +
      'one is derived from the request, or give a new one.'
    );
  }
  if (name === 'ValidationException') {
    return "SageMaker rejected the request as invalid; AWS's reason is in brackets at the end.";
  }
  if (isAccessDenied(name)) {
    const action = deniedAction(facts, operation);
    // Image and version calls are granted on the image; Studio calls on domains, configs or `*`.
    const onImage = /^(?:\w+Image(?:Versions?)?|ListAliases)$/.test(operation)
      ? ' on the image'
      : '';
    return (
      `the credentials are not allowed to call ${action}. Grant ${action}${onImage} to the ` +
      "role this workflow assumes (see the IAM policy in the action's docs/iam.md)."
    );
  }
  return commonAdvice(facts, { service: 'SageMaker', region, attempts: advice?.attempts });
}

/** The ECR check's reads (src/aws/ecr-images.ts), whose permissions differ from the image checks'. */
const ECR_CHECK_OPERATIONS = new Set([
  'DescribeImages',
  'StartLifecyclePolicyPreview',
  'GetLifecyclePolicyPreview',
]);

/** The advice for reading the base image from ECR: the repository, the permissions, the download. */
function ecrAdvice(facts: ErrorFacts, resource: AwsResource, context: AwsErrorContext): string {
  const { name } = facts;
  const { operation, region } = context;
  if (name === 'RepositoryNotFoundException') {
    return (
      `the ECR repository "${resource.name}" does not exist in that registry in ${region}, or these ` +
      'credentials cannot see it. Check `base-image` (`aws ecr describe-repositories` lists them); ' +
      'a repository in another account must allow this role in its repository policy.'
    );
  }
  if (isAccessDenied(name) && ECR_CHECK_OPERATIONS.has(operation)) {
    const action = deniedAction(facts, operation, 'ecr');
    return (
      `the credentials are not allowed to call ${action}, which the ECR check needs. Grant ` +
      '`ecr:DescribeImages`, `ecr:StartLifecyclePolicyPreview` and `ecr:GetLifecyclePolicyPreview` ' +
      'on the repository to the role this workflow assumes (a repository in another account must ' +
      'also allow them in its repository policy), or set `ecr-check: off`.'
    );
  }
  if (isAccessDenied(name)) {
    const action = deniedAction(facts, operation, 'ecr');
    return (
      `the credentials are not allowed to call ${action}, which the image checks need. Grant ` +
      '`ecr:BatchGetImage` and `ecr:GetDownloadUrlForLayer` on the repository to the role this ' +
      'workflow assumes (a repository in another account must also allow them in its repository ' +
      'policy), or set `preflight: off` to register without checking the image.'
    );
  }
  if (name === 'LayersNotFoundException' || name === 'LayerInaccessibleException') {
    return (
      "the image's config blob is not available in the repository any more (an image being " +
      'deleted or replaced?). Push the image again, or check `base-image`.'
    );
  }
  if (name === 'InvalidParameterException') {
    return "ECR rejected the request as invalid; AWS's reason is in brackets at the end.";
  }
  if (operation === IMAGE_CONFIG_DOWNLOAD) {
    const advice = downloadAdvice(facts);
    if (advice !== undefined) return advice;
  }
  return commonAdvice(facts, { service: 'ECR', region, attempts: context.advice?.attempts });
}

/** What went wrong with the one GET of the image config's pre-signed URL, when it is its own. */
function downloadAdvice(facts: ErrorFacts): string | undefined {
  const retry = 'Re-run the job; if it persists, set `preflight: warn` or `preflight: off`.';
  switch (facts.name) {
    case 'ImageConfigDigestMismatch':
      return `the image config that was downloaded does not have the digest its manifest names, so it was not used. ${retry}`;
    case 'ImageConfigTooLarge':
      return `the image config is larger than the image checks read, so it was not downloaded. ${retry}`;
    case 'ImageConfigNotHttps':
      return 'ECR answered with a download URL that is not HTTPS, so it was not fetched. Check AWS_ENDPOINT_URL_ECR if set.';
    case 'ImageConfigHttpError':
      return `the pre-signed download URL ECR gave was refused (it is valid for a short time only). ${retry}`;
  }
  if (isNetworkProblem(facts)) {
    return (
      'the image config could not be downloaded: ECR serves it from Amazon S3 (the bucket ' +
      "`prod-<region>-starport-layer-bucket`), which the runner's network, proxy (HTTPS_PROXY, " +
      `NO_PROXY) or VPC endpoint policy must allow. ${retry}`
    );
  }
  return undefined;
}

/** Advice that holds for any service: credentials, throttling, the network, server faults. */
function commonAdvice(
  facts: ErrorFacts,
  {
    service,
    region,
    attempts,
  }: {
    readonly service: 'SageMaker' | 'ECR';
    readonly region: string;
    /** The input that raises the SDK's attempts, when the step has one. */
    readonly attempts: string | undefined;
  },
): string {
  const { name } = facts;
  if (name === 'ExpiredTokenException' || name === 'ExpiredToken') {
    return (
      'the AWS session credentials have expired. Re-run configure-aws-credentials right before this ' +
      'step, or raise its `role-duration-seconds`.'
    );
  }
  if (name === 'CredentialsProviderError') {
    return `no AWS credentials were found: ${CONFIGURE_CREDENTIALS}.`;
  }
  if (isCredentialsProblem(name)) {
    return (
      'AWS did not accept the credentials (wrong key, secret or session token). Check the secrets ' +
      `the job uses, or ${CONFIGURE_CREDENTIALS}.`
    );
  }
  if (name === 'ThrottlingException' || name === 'TooManyRequestsException') {
    return (
      `${service} kept throttling the requests after every retry. Re-run later` +
      (attempts === undefined ? '.' : `, or raise \`${attempts}\`.`)
    );
  }
  if (isNetworkProblem(facts)) {
    return (
      `the ${service} endpoint for ${region} could not be reached. Check the region, the runner's ` +
      `network and proxy settings (HTTPS_PROXY, NO_PROXY), or AWS_ENDPOINT_URL_${service.toUpperCase()} if set.`
    );
  }
  if (facts.httpStatus !== undefined && facts.httpStatus >= 500) {
    return `${service} had an internal error on every attempt. Re-run the job; if it persists, check the AWS Health Dashboard.`;
  }
  return 'an unexpected error happened.';
}
