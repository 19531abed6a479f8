// The messages of src/ a user reads and acts on (errors, warnings, notices, and the launch test's
// log lines that issue 27 asked for), each by a key phrase: words that appear in its source file
// (string pieces joined, as the message reads) and in docs/troubleshooting.md, which has an entry
// for it (what it means, what to do). troubleshooting.test.ts reads this list.
//
// The list is written by hand: most messages are built by functions from pieces (explainAwsError,
// the image checks' verdicts, the ECR check's findings), so no scan of src/ can say which strings
// are whole messages. What a scan can do, the test does: every `new ActionError(…)`, `warning(…)`,
// `notice(…)` and `fail(…)` whose message is written where it is raised must contain a key listed
// here for its file, or be named in NOT_USER_MESSAGES. A new message is added here with its entry
// in docs/troubleshooting.md.

export interface UserMessage {
  /** Words of the message, as the source spells them after joining its pieces (no placeholders). */
  readonly key: string;
  /** The source file that builds it (under src/). */
  readonly file: string;
}

export const USER_MESSAGES: readonly UserMessage[] = [
  // Inputs
  { key: 'Invalid inputs; nothing was sent to AWS', file: 'run/entry.ts' },
  { key: 'is ignored: ', file: 'inputs/ignored.ts' },
  { key: "The base image's ECR repository is in", file: 'inputs/inputs.ts' },
  { key: 'No commit SHA and run id to derive a ClientToken from', file: 'register/token.ts' },
  { key: 'is not an ECR image', file: 'preflight/gate.ts' },
  { key: 'names a version in', file: 'core/given-version.ts' },
  // Credentials and permissions
  { key: 'no AWS credentials were found', file: 'aws/errors.ts' },
  { key: 'the AWS session credentials have expired', file: 'aws/errors.ts' },
  { key: 'AWS did not accept the credentials', file: 'aws/errors.ts' },
  { key: 'the credentials are not allowed to call', file: 'aws/errors.ts' },
  // The image
  { key: 'the SageMaker image "${imageName}" does not exist in', file: 'aws/errors.ts' },
  { key: 'ended CREATE_FAILED', file: 'register/wait-version.ts' },
  { key: 'stayed busy (ResourceInUse', file: 'wait/busy.ts' },
  { key: 'is busy: another version or update is in progress', file: 'aws/errors.ts' },
  { key: 'an account limit was reached', file: 'aws/errors.ts' },
  { key: 'SageMaker answered with an ARN this action cannot read', file: 'aws/arn.ts' },
  {
    key: 'No image version was retired: to prove which versions are in use',
    file: 'retire/retention.ts',
  },
  { key: 'Retention stopped after retiring version', file: 'retire/retention.ts' },
  { key: 'already belongs to another version', file: 'core/aliases.ts' },
  { key: 'was taken by another version meanwhile', file: 'aws/errors.ts' },
  { key: 'waiting for ${subject}: its last status was', file: 'wait/poll.ts' },
  { key: 'this ClientToken was already used for a different request', file: 'aws/errors.ts' },
  { key: 'was sent by an earlier attempt of this run with', file: 'register/attempt.ts' },
  { key: 'Dry run: a real run would fail:', file: 'register/dry-run.ts' },
  { key: 'SageMaker rejected the request as invalid', file: 'aws/errors.ts' },
  // The image checks
  { key: 'Build it for linux/amd64', file: 'preflight/verdict.ts' },
  { key: 'but Studio will run it with', file: 'preflight/verdict.ts' },
  { key: 'has no ENTRYPOINT and no CMD', file: 'preflight/verdict.ts' },
  { key: 'The image checks could not read the base image', file: 'preflight/step.ts' },
  { key: 'which the image checks need', file: 'aws/errors.ts' },
  { key: 'does not exist in that registry in', file: 'aws/errors.ts' },
  {
    key: "the image's config blob is not available in the repository any more",
    file: 'aws/errors.ts',
  },
  { key: 'the image config could not be downloaded', file: 'aws/errors.ts' },
  // The ECR check
  { key: 'which is ARCHIVED in ECR', file: 'core/ecr-check.ts' },
  {
    key: 'which ECR no longer has (deleted, or expired by a lifecycle rule)',
    file: 'core/ecr-check.ts',
  },
  { key: 'which ECR is restoring from the archive (ACTIVATING)', file: 'core/ecr-check.ts' },
  {
    key: 'the lifecycle policy of ECR repository "${image.repository}" would ${does}',
    file: 'core/ecr-check.ts',
  },
  { key: 'whose state in ECR could not be read', file: 'core/ecr-check.ts' },
  {
    key: 'ecr-check is strict, and the images of versions in use have',
    file: 'retire/ecr-report.ts',
  },
  { key: 'Studio could not start this version, so nothing was changed', file: 'core/pin-guard.ts' },
  { key: 'which the ECR check needs', file: 'aws/errors.ts' },
  { key: 'ECR ended the lifecycle policy preview as', file: 'core/ecr-read.ts' },
  // Studio
  { key: 'the Studio domain "${resource.name}" does not exist in', file: 'aws/errors.ts' },
  { key: 'Studio domains do not exist in', file: 'studio/domains.ts' },
  { key: 'Nothing was attached to it', file: 'studio/domains.ts' },
  { key: 'CustomImages already holds', file: 'studio/plan.ts' },
  { key: 'exists for ${existingType}, not ${appType}', file: 'studio/plan.ts' },
  {
    key: 'SageMaker refuses to change ${whose} settings while apps are running in it',
    file: 'aws/errors.ts',
  },
  { key: 'SageMaker refused to change the settings of', file: 'aws/errors.ts' },
  { key: "other writers overwrote this image's entry", file: 'studio/domains.ts' },
  { key: 'is busy with another change', file: 'aws/errors.ts' },
  { key: 'its user profiles could not be read', file: 'studio/profiles.ts' },
  { key: 'so they will not see this image', file: 'studio/profiles.ts' },
  { key: 'cannot be added there; nothing was written to', file: 'studio/profile-plan.ts' },
  { key: 'releases only a CREATED version', file: 'studio/main.ts' },
  {
    key: 'the `image-version-arn` output of the `./` step that registered it',
    file: 'studio/main.ts',
  },
  // The launch test
  { key: 'Launch test failed:', file: 'launch-test/messages.ts' },
  { key: 'Launch test timed out:', file: 'launch-test/messages.ts' },
  { key: 'Launch test: stopped waiting for InService at the', file: 'launch-test/messages.ts' },
  {
    key: 'came InService ${seconds(seen.seconds)} after CreateApp',
    file: 'launch-test/messages.ts',
  },
  { key: 'went Failed ${seconds(seen.seconds)} after CreateApp', file: 'launch-test/messages.ts' },
  { key: 'never came InService while the clean-up watched it', file: 'launch-test/messages.ts' },
  { key: 'Launch test, waiting for InService:', file: 'launch-test/step.ts' },
  { key: 'Launch test clean-up, waiting for it to leave Pending:', file: 'launch-test/step.ts' },
  { key: 'Launch test clean-up, waiting for Deleted:', file: 'launch-test/step.ts' },
  { key: 'SageMaker refused to start image', file: 'launch-test/messages.ts' },
  { key: 'does not exist in that Studio domain', file: 'aws/errors.ts' },
  { key: 'already lists ${images.length} images', file: 'launch-test/plan.ts' },
  { key: 'already exists in Studio domain', file: 'launch-test/step.ts' },
  { key: 'starts only a CREATED version', file: 'launch-test/main.ts' },
  { key: "the account's quota of Studio apps", file: 'aws/errors.ts' },
  { key: 'while it started: someone or something else deleted it', file: 'launch-test/plan.ts' },
  { key: 'Launch test clean-up left', file: 'launch-test/messages.ts' },
  { key: 'Launch test clean-up failed:', file: 'launch-test/messages.ts' },
  { key: 'Launch test cancelled', file: 'launch-test/messages.ts' },
  { key: 'Launch test post step:', file: 'launch-test/post.ts' },
  { key: 'It removed everything it had made.', file: 'launch-test/signals.ts' },
  // Compare
  { key: 'could not be read from ECR, so there is nothing to compare', file: 'compare/read.ts' },
  { key: 'the comparison is in the step summary only', file: 'compare/main.ts' },
  { key: 'it ignores nothing now', file: 'compare/plan.ts' },
  // The runner
  { key: "This action's bundle has no entry point", file: 'report/start.ts' },
  { key: 'The action could not load its code for', file: 'report/start.ts' },
  { key: 'The action stopped on an unexpected error:', file: 'report/start.ts' },
  {
    key: 'After the failure above, the action also stopped on an unexpected error:',
    file: 'report/start.ts',
  },
  // The network
  { key: 'endpoint for ${region} could not be reached', file: 'aws/errors.ts' },
  { key: 'kept throttling the requests after every retry', file: 'aws/errors.ts' },
  { key: 'had an internal error on every attempt', file: 'aws/errors.ts' },
  { key: 'is set, but this runner', file: 'aws/client-config.ts' },
];

/**
 * Messages raised where they are written that need no entry: not words a user acts on, with why
 * (a key phrase of the call, as for USER_MESSAGES).
 */
export const NOT_USER_MESSAGES: readonly (UserMessage & { readonly why: string })[] = [
  {
    key: 'Launch test cancelled.',
    file: 'launch-test/step.ts',
    why: "stops the test's own flow on a cancel; the step fails with the signal's words (signals.ts)",
  },
  {
    key: 'create-image is off',
    file: 'register/image.ts',
    why: 'unreachable: the caller asks for a new image only with create-image on',
  },
  {
    key: '${done}: ${why}',
    file: 'retire/retention.ts',
    why: 'joins "Retention stopped after retiring …" (listed) with explainAwsError',
  },
  {
    key: '${explained} Nothing was changed in SageMaker.',
    file: 'preflight/step.ts',
    why: "explainAwsError's words (listed by their own keys) and a listed ending",
  },
];
