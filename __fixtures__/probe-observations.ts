// Answers for the probes' comparison tests, in the shape a run writes (probe-observations.json).
//
// None of these was recorded from AWS yet: AGREEING is what a run gives when AWS answers as the
// code assumes (one observation per probe, in the definitions' order), and ANSWERS are error
// answers in AWS's form, each saying where its wording comes from. When the integration workflow
// has run, replace them with its artifact's observations (docs/integration-tests.md says how).
//
// Runs under plain Node 24 (type stripping): erasable TypeScript only, `.ts` import suffixes.
import { PROBES } from '../scripts/probes/definitions.ts';
import type { Observation } from '../scripts/probes/types.ts';

/** Every probe observed with the first outcome its definition expects. */
export const AGREEING: readonly Observation[] = PROBES.map((probe) => ({
  id: probe.id,
  kind: 'observed',
  outcome: probe.expected[0] ?? '',
  detail: `constructed: ${probe.id}`,
}));

/**
 * A run without a CI user profile (AWS_INTEGRATION_USER_PROFILE unset): the probes that need one
 * skipped as their scenarios skip them, the others agreeing.
 */
export const WITHOUT_USER_PROFILE: readonly Observation[] = PROBES.map((probe, i) =>
  probe.needs === 'user-profile'
    ? {
        id: probe.id,
        kind: 'skipped',
        reason: 'no CI user profile (AWS_INTEGRATION_USER_PROFILE)',
      }
    : (AGREEING[i] as Observation),
);

/** AGREEING with one probe's answer replaced. */
export function withObservation(observation: Observation): Observation[] {
  return AGREEING.map((o) => (o.id === observation.id ? observation : o));
}

export interface RecordedAnswer {
  readonly name: string;
  readonly message: string;
  /** Where this wording comes from. */
  readonly source: string;
}

export const ANSWERS = {
  imageInvalidState: {
    name: 'ValidationException',
    message:
      'Image arn:aws:sagemaker:us-east-1:123456789012:image/my-image is in an invalid state: CREATING',
    source:
      'shared/reference/sagemaker-image-api.md ("Image X is in an invalid state"); the local endpoint',
  },
  imageMissing: {
    name: 'ResourceNotFound',
    message: 'Cannot find Image arn:aws:sagemaker:us-east-1:123456789012:image/my-image',
    source: 'the local endpoint',
  },
  imageExists: {
    name: 'ResourceInUse',
    message: 'Image arn:aws:sagemaker:us-east-1:123456789012:image/my-image already exists.',
    source: 'the local endpoint',
  },
  imageExistsValidation: {
    name: 'ValidationException',
    message: 'Image my-image already exists.',
    source: 'hypothetical: another name with the same words',
  },
  tokenMismatchValidation: {
    name: 'ValidationException',
    message: 'The client token 1-abc was already used with different request parameters.',
    source: 'the local endpoint',
  },
  tokenMismatchIdempotent: {
    name: 'IdempotentParameterMismatch',
    message:
      'Arguments on this idempotent request are inconsistent with arguments used in previous request(s).',
    source: "EC2's documented answer, as a possibility",
  },
  tokenMismatchSilent: {
    name: 'ValidationException',
    message: '1 validation error detected: request parameters do not match.',
    source: 'hypothetical: a refusal that names no token',
  },
  tokenInvalid: {
    name: 'ValidationException',
    message:
      "1 validation error detected: Value 'run 1' at 'clientToken' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9-]+",
    source: "AWS's usual validation wording: a token that breaks the pattern, not a reused one",
  },
  aliasTaken: {
    name: 'ValidationException',
    message: 'Alias it-latest is already associated with version 1',
    source: 'the local endpoint',
  },
  aliasTakenQuoted: {
    name: 'ValidationException',
    message: "The alias 'it-latest' already exists for image my-image.",
    source: 'hypothetical wording',
  },
  aliasTakenUnnamed: {
    name: 'ValidationException',
    message: 'One of the aliases is already in use.',
    source: 'hypothetical wording',
  },
  domainUpdating: {
    name: 'ValidationException',
    message:
      'Domain arn:aws:sagemaker:us-east-1:123456789012:domain/d-probe is in Updating state and cannot be updated.',
    source: 'the local endpoint (studio-model.ts)',
  },
  domainConflict: {
    name: 'ConflictException',
    message: 'Another update of the domain is in progress.',
    source: 'hypothetical wording',
  },
  domainInServiceApp: {
    name: 'ValidationException',
    message:
      'Unable to update Domain arn:aws:sagemaker:us-east-1:123456789012:domain/d-probe with InService App. Delete all InService apps in the domain including shared Apps before updating the domain.',
    source: 'public issue threads (shared/reference/studio-and-retention.md)',
  },
  accessDenied: {
    name: 'AccessDeniedException',
    message:
      'User: arn:aws:sts::123456789012:assumed-role/siv-it-workflow/GitHubActions is not authorized to perform: sagemaker:DescribeModel on resource: arn:aws:sagemaker:us-east-1:123456789012:model/x because no identity-based policy allows the sagemaker:DescribeModel action',
    source: "IAM's usual wording; the local endpoint",
  },
  throttled: {
    name: 'ThrottlingException',
    message: 'Rate exceeded',
    source: 'the local endpoint',
  },
  profileUpdating: {
    name: 'ValidationException',
    message:
      'UserProfile arn:aws:sagemaker:us-east-1:123456789012:user-profile/d-probe/siv-it-ci is in Updating state and cannot be updated.',
    source: 'the local endpoint (studio-model.ts)',
  },
  profileInServiceApp: {
    name: 'ValidationException',
    message:
      'Unable to update UserProfile arn:aws:sagemaker:us-east-1:123456789012:user-profile/d-probe/siv-it-ci with InService App.',
    source: "hypothetical: the domain's wording, for a user profile",
  },
  domainMissing: {
    name: 'ResourceNotFound',
    message: 'Cannot find Domain arn:aws:sagemaker:us-east-1:123456789012:domain/d-sivit11nope1',
    source: 'the local endpoint (studio-model.ts)',
  },
  domainIdInvalid: {
    name: 'ValidationException',
    message: 'Domain d-sivit11nope1 does not exist.',
    source: 'hypothetical: an unknown domain refused as invalid',
  },
  versionBeingDeleted: {
    name: 'ResourceInUse',
    message:
      'ImageVersion (arn:aws:sagemaker:us-east-1:123456789012:image-version/my-image/5) is being deleted.',
    source: 'public threads (shared/reference/studio-and-retention.md); the local endpoint',
  },
  versionGone: {
    name: 'ResourceNotFound',
    message:
      'Cannot find ImageVersion for image arn:aws:sagemaker:us-east-1:123456789012:image/my-image',
    source: 'the local endpoint',
  },
  profileListFull: {
    name: 'ValidationException',
    message:
      'UserSettings.JupyterLabAppSettings.CustomImages must have length less than or equal to 5',
    source: 'the local endpoint (studio-model.ts)',
  },
} satisfies Record<string, RecordedAnswer>;
