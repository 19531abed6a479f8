// Every assumption the code makes about AWS that the API model does not state, as a probe: what the
// code assumes, where it relies on it, the outcomes (outcomes.ts) that agree with it, how the
// probe asks, and what to change when AWS answers otherwise. docs/aws-assumptions.md's entries are
// generated from them (scripts/probes/page.ts, `npm run docs:assumptions`); a test checks that the
// page is current and that every file and symbol named here exists.
//
// Runs under plain Node 24 (type stripping): erasable TypeScript only, `.ts` import suffixes.
import { O } from './outcomes.ts';
import type { Probe, ProbeSection } from './types.ts';

const ERRORS = 'src/aws/errors.ts';
const DOMAINS = 'src/studio/domains.ts';
const WRITES = 'src/core/read-modify-write.ts';
const PLAN = 'src/studio/plan.ts';
const RETIRE = 'src/retire/retire.ts';
const USES = 'src/retire/uses.ts';
const FACTS = 'src/retire/facts.ts';
const PROFILES = 'src/studio/profiles.ts';
const ALIASES = 'src/core/aliases.ts';

const VERSIONS: readonly Probe[] = [
  {
    id: 'image-not-ready',
    assumption:
      'CreateImageVersion on an image still CREATING is refused with a ValidationException whose message says "invalid state".',
    reliedOn: [{ file: 'src/register/create-version.ts', symbol: 'obstacleOf' }],
    expected: [O.invalidState, O.accepted],
    observedHow:
      'CreateImage for a probe image, then at once CreateImageVersion, while DescribeImage still says CREATING.',
    ifFails:
      "Teach obstacleOf the error SageMaker gives (name and words), so the action waits for the image instead of failing; add the answer to the local endpoint's createImageVersion.",
    needs: 'account',
  },
  {
    id: 'create-image-race',
    assumption:
      'CreateImage for a name that exists is refused with ResourceInUse or a message saying "already exists".',
    reliedOn: [{ file: 'src/register/image.ts', symbol: 'createImageAndWait' }],
    expected: [O.resourceInUse, O.alreadyExists],
    observedHow: 'CreateImage a second time for the probe image.',
    ifFails:
      'Match the error SageMaker gives in createImageAndWait, so two runs creating one image both go on.',
    needs: 'account',
  },
  {
    id: 'client-token-replay',
    assumption:
      'CreateImageVersion with a ClientToken already used, with the same parameters, returns the version that token made and creates nothing.',
    reliedOn: [
      { file: 'src/register/token.ts', symbol: 'deriveClientToken' },
      { file: 'src/register/attempt.ts', symbol: 'createForThisAttempt' },
    ],
    expected: [O.sameVersion],
    observedHow:
      'CreateImageVersion twice with one probe token and one request; the second ARN is compared with the first.',
    ifFails:
      'The whole re-run design rests on this: look up the version of this run by its base image before creating (skip-if-unchanged) and say so in the README.',
    needs: 'account',
  },
  {
    id: 'client-token-mismatch',
    assumption:
      'CreateImageVersion with a ClientToken already used with other parameters is refused with an error explainAwsError recognises (a name like IdempotentParameterMismatch, or a message saying the client token was already used with other parameters).',
    reliedOn: [
      { file: ERRORS, symbol: 'isTokenMismatch' },
      { file: ERRORS, symbol: 'adviceFor' },
    ],
    expected: [O.tokenExplained],
    observedHow:
      'CreateImageVersion with the probe token of client-token-replay and other ReleaseNotes.',
    ifFails:
      'Match the name or words SageMaker uses in adviceFor; if SageMaker returns the first version instead, say in the README that a reused `client-token` returns it whatever the inputs.',
    added: {
      issue: 20,
      why: 'the ClientToken advice is given only for a token mismatch, not for any message that mentions a client token.',
    },
    needs: 'account',
  },
  {
    id: 'client-token-after-create-failed',
    assumption:
      'A version that ended CREATE_FAILED stays behind its ClientToken: the same token and parameters return it again.',
    reliedOn: [
      { file: 'src/register/token.ts', symbol: 'candidateTokens' },
      { file: 'src/register/attempt.ts', symbol: 'createForThisAttempt' },
    ],
    expected: [O.returnedFailed],
    observedHow:
      'CreateImageVersion of a tag that was never pushed, wait for CREATE_FAILED, send the same request again.',
    ifFails:
      'Harmless for correctness (generation 0 then gives a fresh version), but the token generations are then not needed: simplify token.ts and its README section.',
    needs: 'account',
  },
  {
    id: 'vendor-guidance-on-create-failed',
    assumption:
      'UpdateImageVersion accepts VendorGuidance TO_BE_ARCHIVED on a CREATE_FAILED version.',
    reliedOn: [
      { file: 'src/retire/decide.ts', symbol: 'decideRetention' },
      { file: 'src/retire/retire.ts', symbol: 'retireRequest' },
    ],
    expected: [O.accepted],
    observedHow:
      'UpdateImageVersion with VendorGuidance TO_BE_ARCHIVED on the failed probe version.',
    ifFails:
      'In archive mode, delete CREATE_FAILED versions (or leave them) instead of marking them; say which in the README.',
    needs: 'account',
  },
  {
    id: 'delete-create-failed-version',
    assumption: 'DeleteImageVersion deletes a CREATE_FAILED version.',
    reliedOn: [{ file: 'src/retire/retire.ts', symbol: 'retireVersions' }],
    expected: [O.accepted],
    observedHow: 'DeleteImageVersion of the failed probe version.',
    ifFails: 'Keep CREATE_FAILED versions out of what retention retires in delete mode.',
    needs: 'account',
  },
  {
    id: 'container-image-digest',
    assumption:
      "A CREATED version's BaseImage is the string sent, and its ContainerImage names the digest that was pushed (also when the version was registered by tag).",
    reliedOn: [{ file: 'src/register/reuse.ts', symbol: 'isSameImage' }],
    expected: [O.digestHolds],
    observedHow:
      'CreateImageVersion by tag, wait for CREATED, compare DescribeImageVersion with the digest docker/build-push-action reported.',
    ifFails:
      'skip-if-unchanged compares by these fields: compare by what SageMaker does return, and update its README section.',
    needs: 'account',
  },
  {
    id: 'free-alias-not-found',
    assumption:
      'DescribeImageVersion by an alias no version holds is refused with ResourceNotFound.',
    reliedOn: [{ file: 'src/aws/sagemaker-images.ts', symbol: 'versionHoldingAlias' }],
    expected: [O.resourceNotFound],
    observedHow: 'DescribeImageVersion of the test image with an alias never set.',
    ifFails:
      'versionHoldingAlias must read that answer as "free", or every run with `aliases` fails at its first check.',
    needs: 'account',
  },
  {
    id: 'alias-taken-on-create',
    assumption:
      'CreateImageVersion with an alias another version holds is refused with a ValidationException that names the alias, and creates nothing.',
    reliedOn: [
      { file: ERRORS, symbol: 'aliasNamedIn' },
      { file: ALIASES, symbol: 'conflictingAliases' },
    ],
    expected: [O.aliasNamed, O.aliasUnnamed],
    observedHow: "CreateImageVersion with the alias the action's version holds, and a new token.",
    ifFails:
      'Match the error in adviceFor; if SageMaker moves the alias or accepts a second holder, aliases must never be sent at creation (as with move-aliases).',
    needs: 'account',
  },
  {
    id: 'alias-taken-on-update',
    assumption:
      'UpdateImageVersion adding an alias another version holds is refused with a ValidationException that names the alias.',
    reliedOn: [
      { file: ERRORS, symbol: 'aliasNamedIn' },
      { file: ALIASES, symbol: 'moveAliasesTo' },
    ],
    expected: [O.aliasNamed, O.aliasUnnamed],
    observedHow:
      "UpdateImageVersion AliasesToAdd on a probe version, with the alias the action's version holds.",
    ifFails:
      'Match the error in adviceFor; if SageMaker moves the alias silently, moveAliasesTo needs no removal step.',
    needs: 'account',
  },
  {
    id: 'attestation-index',
    assumption:
      'An image pushed with a provenance attestation (an OCI image index) ends CREATE_FAILED with a reason naming the manifest or media type, or is accepted.',
    reliedOn: [
      { file: 'docs/troubleshooting.md', symbol: 'provenance: false' },
      { file: 'src/preflight/verdict.ts', symbol: 'registration' },
    ],
    expected: [O.created, O.failedManifest, O.refusedManifest],
    observedHow:
      'CreateImageVersion of the same image pushed with `provenance: mode=min`, then wait for it to settle.',
    ifFails:
      "Rewrite the troubleshooting entry with SageMaker's real reason; if CREATED, provenance: false is no longer needed (README, reusable workflow).",
    added: {
      issue: 18,
      why: 'the image checks register the amd64 manifest of such an index by digest, and a SOCI index as given.',
    },
    needs: 'attestation-image',
  },
  {
    id: 'access-denied-names-action',
    assumption:
      'An AccessDeniedException says "… is not authorized to perform: <service>:<Action> …", so the error advice can name the permission to grant.',
    reliedOn: [{ file: ERRORS, symbol: 'deniedAction' }],
    expected: [O.deniedNamed],
    observedHow:
      'DescribeModel, which the workflow role is not granted (integration/account.yml), for a name that does not exist.',
    ifFails:
      "Read the action's name from SageMaker's words in deniedAction (today the advice falls back to the operation's own).",
    needs: 'account',
  },
  {
    id: 'delete-back-to-back',
    assumption:
      'A DeleteImageVersion sent while another version of the image is being deleted is accepted, or refused with ResourceInUse.',
    reliedOn: [
      { file: 'src/retire/retire.ts', symbol: 'retireVersions' },
      { file: 'src/wait/busy.ts', symbol: 'retryWhileBusy' },
    ],
    expected: [O.bothDeleted, O.secondBusy],
    observedHow: 'DeleteImageVersion of two probe versions, the second at once after the first.',
    ifFails: 'Wait out the error SageMaker gives in retryWhileBusy (or between deletions).',
    needs: 'account',
  },
  {
    id: 'aliases-on-creating-version',
    assumption:
      'UpdateImageVersion AliasesToAdd on a version still CREATING is accepted, and the version then holds the alias (skip-if-unchanged with `wait-for-created: false` puts the aliases on a reused version that is still CREATING).',
    reliedOn: [
      { file: 'src/register/reuse.ts', symbol: 'findUnchangedVersion' },
      { file: ALIASES, symbol: 'applyAliasesToExisting' },
    ],
    expected: [O.aliasOnCreating],
    observedHow:
      'CreateImageVersion of a version of its own and at once, while DescribeImageVersion says CREATING, UpdateImageVersion AliasesToAdd; then DescribeImageVersion by that alias. Skipped when the version was CREATED before the alias was sent.',
    ifFails:
      'With `wait-for-created: false`, a reused version still CREATING cannot take aliases: wait for CREATED before applyAliasesToExisting (or leave the aliases and say so in a notice), and update the README on `wait-for-created`.',
    added: {
      issue: 20,
      why: '`wait-for-created: false` is honoured on reuse. (`move-aliases` needs `wait-for-created: true`, so only aliases added where free meet a CREATING version.)',
    },
    needs: 'account',
  },
  {
    id: 'unmark-to-be-archived',
    assumption:
      'UpdateImageVersion accepts VendorGuidance STABLE on a version marked TO_BE_ARCHIVED, and DescribeImageVersion then says STABLE (archive mode takes its mark back from a version that is kept again).',
    reliedOn: [
      { file: RETIRE, symbol: 'unmarkRequest' },
      { file: RETIRE, symbol: 'unmarkVersions' },
      { file: 'src/retire/decide.ts', symbol: 'unmarking' },
    ],
    expected: [O.unmarked],
    observedHow:
      'On a CREATED version of its own: UpdateImageVersion VendorGuidance TO_BE_ARCHIVED, then STABLE, then DescribeImageVersion.',
    ifFails:
      'A mark cannot be taken back: archive mode must not mark a version that may be used again (or must delete instead), and docs/retire.md must say that a mark is final.',
    added: { issue: 17, why: 'archive marks follow use.' },
    needs: 'account',
  },
  {
    id: 'delete-version-twice',
    assumption:
      'A DeleteImageVersion resent at once (as the SDK resends it after a lost answer, while the version may be DELETING) is accepted, refused with ResourceNotFound, or refused with ResourceInUse saying the version is being deleted; once the version is gone, DeleteImageVersion is refused with ResourceNotFound.',
    reliedOn: [
      {
        file: RETIRE,
        symbol: 'retireVersions',
        note: 'a ResourceNotFound after the SDK retried, `$metadata.attempts` > 1, is this run\'s deletion; on a first attempt, "gone already"',
      },
      {
        file: RETIRE,
        symbol: 'isBeingDeleted',
        note: 'a resend answered "is being deleted" met this run\'s own deletion, so the version found gone next is this run\'s',
      },
      { file: RETIRE, symbol: 'unmarkVersions', note: 'gone, so nothing to mark' },
      { file: ERRORS, symbol: 'errorFacts' },
    ],
    expected: [O.resendAccepted, O.resendNotFound, O.resendBeingDeleted],
    observedHow:
      'On a CREATED version of its own: DeleteImageVersion, at once the same again, and once more when DescribeImageVersion no longer finds the version.',
    ifFails:
      'Another ResourceInUse for the resend (not "is being deleted"): retryWhileBusy waits it out, and its next try (a first attempt to the SDK) finds the version gone, so retireVersions reports it as deleted by someone else and leaves it out of `retired-versions`: widen isBeingDeleted to the message SageMaker gives. Another answer once gone: read it as "gone" in retireVersions and unmarkVersions.',
    added: {
      issue: 17,
      why: "a lost answer to a delete counts as retired by this run. That the SDK's retry carries `$metadata.attempts` is the SDK's, checked on this machine (see [below](#the-sdk-checked-on-this-machine)).",
    },
    notes:
      'Public threads quote `ResourceInUse: ImageVersion (…) is being deleted` for concurrent deletions (`shared/reference/studio-and-retention.md`), and the local endpoint answers a delete of a DELETING version that way (it is gone at once unless a test sets `versionDeletionMs`), so retireVersions reads that answer to a resend as its own deletion.',
    needs: 'account',
  },
];

const CONFIGS: readonly Probe[] = [
  {
    id: 'app-image-config-race',
    assumption: 'CreateAppImageConfig for a name that exists is refused with ResourceInUse.',
    reliedOn: [{ file: 'src/studio/app-image-config.ts', symbol: 'upsertAppImageConfig' }],
    expected: [O.resourceInUse],
    observedHow: 'CreateAppImageConfig a second time for a probe config.',
    ifFails: 'Catch the error SageMaker gives in upsertAppImageConfig, so two runs both go on.',
    needs: 'account',
  },
  {
    id: 'jupyterlab-file-system-config',
    assumption:
      'A JupyterLabAppImageConfig with FileSystemConfig (/home/sagemaker-user, 1000, 100) and a ContainerConfig is accepted and described as sent, although the API reference says FileSystemConfig "is not supported" there.',
    reliedOn: [
      { file: PLAN, symbol: 'desiredAppImageConfig' },
      { file: PLAN, symbol: 'appImageConfigAction' },
    ],
    expected: [O.roundTrips],
    observedHow:
      'CreateAppImageConfig as the action sends it by default, then DescribeAppImageConfig.',
    ifFails:
      'Refused: leave FileSystemConfig out for JupyterLab. Not described back: compare without it, or every run updates the config again.',
    needs: 'account',
  },
  {
    id: 'code-editor-file-system-config',
    assumption:
      'A CodeEditorAppImageConfig with FileSystemConfig is accepted and described as sent, although Code Editor takes none according to the developer guide.',
    reliedOn: [
      { file: PLAN, symbol: 'desiredAppImageConfig' },
      { file: PLAN, symbol: 'appImageConfigAction' },
    ],
    expected: [O.roundTrips],
    observedHow:
      'CreateAppImageConfig as the action sends it for CodeEditor, then DescribeAppImageConfig.',
    ifFails:
      'Leave FileSystemConfig out for CodeEditor (and the file-system inputs with it), or compare without it.',
    needs: 'account',
  },
  {
    id: 'app-image-config-update-replaces',
    assumption:
      'UpdateAppImageConfig replaces the member sent: an environment variable left out is gone.',
    reliedOn: [{ file: 'src/studio/app-image-config.ts', symbol: 'upsertAppImageConfig' }],
    expected: [O.memberReplaced],
    observedHow: 'Create with two variables, update with one, describe.',
    ifFails: 'A variable cannot be removed by an update: delete and create the config instead.',
    needs: 'account',
  },
];

const DOMAIN: readonly Probe[] = [
  {
    id: 'update-domain-unsent-members',
    assumption:
      'UpdateDomain leaves every settings member it is not sent as it was: sending DefaultSpaceSettings.JupyterLabAppSettings alone changes nothing else.',
    reliedOn: [{ file: PLAN, symbol: 'planDomain' }],
    expected: [O.membersKept],
    observedHow:
      'Describe the test domain, send that one member back with a changed list, describe again and compare everything else.',
    ifFails:
      'Send each settings object back whole, as read, with only CustomImages changed (and never the fields DescribeDomain returns that UpdateDomain does not take).',
    needs: 'domain',
  },
  {
    id: 'update-domain-member-merge',
    assumption:
      'Either way is safe: UpdateDomain replaces an *AppSettings member whole, or merges it field by field (the code sends the member whole, as read).',
    reliedOn: [{ file: PLAN, symbol: 'planDomain' }],
    expected: [O.memberReplaced, O.mergedByField],
    observedHow:
      'Write the member with a marker in CodeRepositories, then write it with CustomImages alone, and see whether the marker stays.',
    ifFails: 'Only another error can fail this: read its reason.',
    needs: 'domain',
  },
  {
    id: 'domain-status-after-update',
    assumption:
      'After an UpdateDomain the domain may be Updating for a while; once DescribeDomain says InService again, it shows the write.',
    reliedOn: [
      { file: DOMAINS, symbol: 'attachToDomain' },
      { file: DOMAINS, symbol: 'readSettledDomain' },
    ],
    expected: [O.writeVisible],
    observedHow:
      'Describe the domain right after the write and until InService, noting each status.',
    ifFails:
      'A write not yet visible looks like another writer: attachToDomain would write again up to 5 times. Wait longer (or re-read) before judging.',
    needs: 'domain',
  },
  {
    id: 'update-domain-while-updating',
    assumption:
      'An UpdateDomain sent while another settles is accepted, or refused with ValidationException, ResourceInUse or ConflictException.',
    reliedOn: [{ file: WRITES, symbol: 'sendUpdate' }],
    expected: [
      O.accepted,
      'refused: ValidationException',
      O.resourceInUse,
      'refused: ConflictException',
    ],
    observedHow:
      'A second UpdateDomain at once after the first, while the domain is not InService.',
    ifFails:
      "Add SageMaker's error name to sendUpdate's list, so the step waits instead of failing.",
    needs: 'domain',
  },
  {
    id: 'custom-image-entries-echoed',
    assumption:
      'A CustomImages entry comes back exactly as written: the name in its case, the config, and ImageVersionNumber only when one was sent.',
    reliedOn: [
      { file: PLAN, symbol: 'mergeCustomImages' },
      { file: 'src/retire/uses.ts', symbol: 'versionsNamedIn' },
    ],
    expected: [O.entriesEchoed],
    observedHow: 'Write a pinned entry, read it; write it unpinned, read it.',
    ifFails:
      'sameEntry would see a difference every run and write again: compare entries the way SageMaker stores them.',
    needs: 'domain',
  },
  {
    id: 'delete-pinned-version',
    assumption:
      "Either way is safe: DeleteImageVersion refuses or accepts a version a domain's CustomImages pins (retention never deletes one).",
    reliedOn: [
      { file: 'src/retire/decide.ts', symbol: 'decideRetention' },
      { file: USES, symbol: 'versionsNamedIn' },
    ],
    expected: [O.accepted, O.refused],
    observedHow: 'Pin a probe version in the test domain, then DeleteImageVersion of it.',
    ifFails: 'Only an unexpected error fails this: read its reason.',
    added: { issue: 17, why: 'every reference counts as in use.' },
    needs: 'domain',
  },
  {
    id: 'describe-domain-unknown-ids',
    assumption:
      'DescribeDomain of an id that fits the pattern but names no domain is refused with ResourceNotFound, for each such id (so a run names every unknown id of `domain-ids` at once).',
    reliedOn: [
      { file: DOMAINS, symbol: 'readEveryDomain' },
      { file: DOMAINS, symbol: 'missingDomainsMessage' },
      { file: ERRORS, symbol: 'resourceAdvice' },
    ],
    expected: [O.notFoundEach],
    observedHow:
      'DescribeDomain of two ids made from the run name (`d-sivit<run>nope1`, `…nope2`). Needs nothing but the account.',
    ifFails:
      "Read SageMaker's answer as a missing domain in readEveryDomain (any other error stops the run at the first unknown id), and match its words in resourceAdvice.",
    added: {
      issue: 20,
      why: "every unknown domain id in one run. The API reference lists ResourceNotFound among DescribeDomain's errors, but not which answer an unknown id gets.",
    },
    needs: 'account',
  },
];

const PROFILE: readonly Probe[] = [
  {
    id: 'update-profile-while-updating',
    assumption:
      'An UpdateUserProfile sent while another settles is accepted, or refused with ValidationException, ResourceInUse or ConflictException.',
    reliedOn: [
      { file: WRITES, symbol: 'sendUpdate' },
      { file: PROFILES, symbol: 'attachToProfiles' },
    ],
    expected: [
      O.accepted,
      'refused: ValidationException',
      O.resourceInUse,
      'refused: ConflictException',
    ],
    observedHow:
      "Add the test image to the CI profile's JupyterLab list, and at once send the same write again while the profile is not InService.",
    ifFails:
      "Add SageMaker's error name to sendUpdate's list, so `user-profiles: all` (`./studio`) waits instead of failing.",
    added: { issue: 20, why: "the profiles' read-modify-write, the domains' own." },
    needs: 'user-profile',
  },
  {
    id: 'update-profile-member-replaces',
    assumption:
      'UpdateUserProfile replaces the *AppSettings member sent: JupyterLabAppSettings sent without CustomImages leaves the profile without a list of its own (the launch test gives a profile that had none this state back).',
    reliedOn: [
      { file: 'src/launch-test/plan.ts', symbol: 'planEntryRemoval' },
      { file: 'src/launch-test/step.ts', symbol: 'removeEntry' },
    ],
    expected: [O.listGone],
    observedHow:
      'On the CI profile, without a JupyterLab list of its own: a list with one entry added, then the member as first read (no CustomImages) sent back, and read again. Skipped when the profile has a list of its own.',
    ifFails:
      "A list once written cannot be taken away, and an empty one may hide the domain's list: the launch test must not put its entry in a profile without a list of its own (use the domain's list instead), and docs/launch-test.md must say so. Delete and recreate the CI profile to get a profile without a list back.",
    added: { issue: 19, why: "a list of its own hides the domain's; issue 20 made it matter." },
    needs: 'user-profile',
  },
  {
    id: 'profile-custom-image-limit',
    assumption:
      "A user profile's own JupyterLab list holds at most 5 images: a write of five is accepted, a write of six refused. The API reference states this limit for KernelGatewayAppSettings only (its JupyterLabAppSettings says 200).",
    reliedOn: [
      { file: 'src/studio/profile-plan.ts', symbol: 'MAX_PROFILE_CUSTOM_IMAGES' },
      { file: 'src/studio/profile-plan.ts', symbol: 'assertRoom' },
    ],
    expected: [O.fiveNotSix],
    observedHow:
      "Five more images of the run, each with a CREATED version; the CI profile's own JupyterLab list written with five entries (the test image and four of them), then six, then the member as first read. Only when update-profile-member-replaces took the list away.",
    ifFails:
      'Six accepted: raise MAX_PROFILE_CUSTOM_IMAGES for JupyterLab (and probe CodeEditor) to the limit SageMaker applies, so `user-profiles: all` (`./studio`) stops refusing profiles that have room. Five refused: lower it.',
    added: { issue: 20, why: 'a full profile list stops the run before anything is written.' },
    notes:
      'AWS\'s own pages disagree: the API reference gives "On a user profile level: 5" under [KernelGatewayAppSettings](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_KernelGatewayAppSettings.html) only; [JupyterLabAppSettings](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_JupyterLabAppSettings.html) gives 0–200 items at every level, and CloudFormation\'s UserProfile `JupyterLabAppSettings` gives at most 30.',
    needs: 'user-profile',
  },
];

const APPS: readonly Probe[] = [
  {
    id: 'create-app-domain-list',
    assumption:
      "A JupyterLab app of this action's version starts in a private space of a profile without its own list, with the image in the domain's lists only; the test image meets Studio's rules.",
    reliedOn: [
      { file: 'src/studio/step.ts', symbol: 'startStudioStep' },
      { file: 'src/launch-test/messages.ts', symbol: 'notListedMessage' },
    ],
    expected: [O.inService],
    observedHow:
      'CreateSpace (private, owned by the CI profile), CreateApp with the version, wait for InService or Failed.',
    ifFails:
      "Read the FailureReason: Studio's image rules (integration/image/) or where the image must be listed.",
    added: { issue: 19, why: 'the launch test.' },
    needs: 'user-profile',
  },
  {
    id: 'create-app-no-list',
    assumption:
      'Recorded, not assumed: whether CreateApp starts a version whose image is in no CustomImages list (the launch test adds a temporary entry, so any answer is safe).',
    reliedOn: [{ file: 'src/launch-test/plan.ts', symbol: 'planEntry' }],
    expected: [O.refused, O.failed, O.inService],
    observedHow: 'CreateApp with a probe image attached nowhere.',
    ifFails: 'Only an unexpected end fails this: read its detail.',
    added: {
      issue: 19,
      why: 'the launch test makes the version launchable for the test profile only.',
    },
    needs: 'user-profile',
  },
  {
    id: 'create-app-profile-list',
    assumption:
      "An entry in the owner profile's own JupyterLab CustomImages (and none in the domain's) is enough for CreateApp in the profile's private space.",
    reliedOn: [{ file: 'src/launch-test/plan.ts', symbol: 'planEntry' }],
    expected: [O.inService],
    observedHow:
      "Add the probe image to the CI profile's list (UpdateUserProfile), CreateApp, wait, remove the entry.",
    ifFails: "Put the launch test's temporary entry in the domain's lists instead, and say so.",
    added: { issue: 19, why: "the launch test's temporary entry, the narrowest place that works." },
    needs: 'user-profile',
  },
  {
    id: 'delete-app-while-pending',
    assumption:
      'Either way is safe: DeleteApp on a Pending app is refused or accepted (the launch test waits until it is not Pending).',
    reliedOn: [{ file: 'src/launch-test/plan.ts', symbol: 'judgeDeletable' }],
    expected: [O.refused, O.accepted],
    observedHow: 'DeleteApp right after CreateApp.',
    ifFails: 'Only an unexpected error fails this: read its reason.',
    added: { issue: 19, why: "the launch test's clean-up." },
    needs: 'user-profile',
  },
  {
    id: 'update-domain-with-running-app',
    assumption:
      'An UpdateDomain of CustomImages while an app runs is accepted, or refused with "… with InService App …", which the error advice explains.',
    reliedOn: [{ file: ERRORS, symbol: 'resourceAdvice' }],
    expected: [O.accepted, O.inServiceApp],
    observedHow: 'While the probe app is InService, send the domain its list as read.',
    ifFails: "Match SageMaker's words in resourceAdvice.",
    needs: 'user-profile',
  },
  {
    id: 'delete-version-used-by-app',
    assumption:
      'Recorded: whether DeleteImageVersion refuses a version a running app uses (retention keeps such versions either way).',
    reliedOn: [
      { file: USES, symbol: 'appImageUse' },
      { file: FACTS, symbol: 'noteApp' },
    ],
    expected: [O.accepted, O.refused],
    observedHow: 'DeleteImageVersion of the probe version while its app is InService.',
    ifFails: 'Only an unexpected error fails this: read its reason.',
    added: { issue: 17, why: 'retention reads ListApps and keeps versions apps run.' },
    needs: 'user-profile',
  },
  {
    id: 'delete-version-in-default-spec',
    assumption:
      "Recorded: whether DeleteImageVersion refuses a version a space's DefaultResourceSpec names (retention keeps such versions either way).",
    reliedOn: [{ file: USES, symbol: 'versionsNamedIn' }],
    expected: [O.accepted, O.refused],
    observedHow:
      'CreateSpace whose JupyterLab DefaultResourceSpec names a probe version, then DeleteImageVersion of it.',
    ifFails: 'Only an unexpected error fails this: read its reason.',
    added: { issue: 17, why: 'DefaultResourceSpec references count as in use.' },
    needs: 'user-profile',
  },
  {
    id: 'list-apps-resource-spec',
    assumption:
      'ListApps with DomainIdEquals lists a live app of a private space with its ResourceSpec.SageMakerImageVersionArn as CreateApp was sent it, and its CreationTime.',
    reliedOn: [
      { file: FACTS, symbol: 'searchDomain' },
      { file: USES, symbol: 'appImageUse' },
    ],
    expected: [O.appListed],
    observedHow:
      'While the app of create-app-domain-list is InService: ListApps (DomainIdEquals, every page), its entry.',
    ifFails:
      'Retention cannot see from ListApps which version an app runs: DescribeApp each live app (and grant it), or keep every version while an app of the image runs.',
    added: {
      issue: 17,
      why: 'versions that running apps use are kept. The model lists `ResourceSpec` and `CreationTime` in `AppDetails`, but no member of it is required.',
    },
    needs: 'user-profile',
  },
  {
    id: 'app-without-version',
    assumption:
      "Either way is safe: an app started with the image's ARN alone is listed by ListApps with the newest version's ARN, or with the image's ARN alone and its CreationTime (retention then keeps every version created before it started); CreateApp may also refuse it.",
    reliedOn: [
      { file: USES, symbol: 'appImageUse' },
      {
        file: 'src/core/studio-lists.ts',
        symbol: 'rollbackFrom',
        note: 'an entry without ImageVersionNumber means the newest version',
      },
    ],
    expected: [O.newestVersion, O.imageOnly, O.refused],
    observedHow:
      "The profile case's app started again with ResourceSpec.SageMakerImageArn alone (the profile lists the probe image without a version); ListApps at once; ListImageVersions for the newest version.",
    ifFails:
      'Listed with an older version: "the latest" is not the highest version number, and rollbackFrom (which takes an entry without a version for the newest) must compare with the version Studio picks. Listed without the image: appImageUse cannot see such apps; keep every version while one runs.',
    added: {
      issue: 17,
      why: "an app naming the image without a version may run any version created before it started; newest wins takes an unpinned entry for the image's highest version.",
    },
    notes:
      'The probe image\'s highest version is CREATED here, so the probe cannot tell "the highest version" from "the highest CREATED version"; rollbackFrom is safe under both (a higher version that failed only keeps an unpinned entry as it is).',
    needs: 'user-profile',
  },
  {
    id: 'update-profile-with-running-app',
    assumption:
      'An UpdateUserProfile of the JupyterLab list while an app of that profile runs is accepted, or refused with "… with InService App …", which the error advice explains.',
    reliedOn: [
      { file: PROFILES, symbol: 'attachToProfiles' },
      { file: ERRORS, symbol: 'resourceAdvice' },
    ],
    expected: [O.accepted, O.inServiceApp],
    observedHow:
      "While the profile case's app is InService: the CI profile's JupyterLab member sent back as read.",
    ifFails:
      "Match SageMaker's words in resourceAdvice (its advice speaks of the domain's settings: name the profile), or pass over profiles with running apps under `user-profiles: all` (`./studio`), with a warning.",
    added: {
      issue: 20,
      why: '`user-profiles: all` writes to profiles whose users may be working.',
    },
    needs: 'user-profile',
  },
  {
    id: 'space-default-spec-echoed',
    assumption:
      "A space created with SpaceSettings.JupyterLabAppSettings.DefaultResourceSpec naming a version is described with that SageMakerImageVersionArn (a space's chosen image is recorded only there).",
    reliedOn: [
      { file: USES, symbol: 'versionsNamedIn' },
      { file: FACTS, symbol: 'searchDomain' },
    ],
    expected: [O.specEchoed],
    observedHow:
      'CreateSpace whose JupyterLab DefaultResourceSpec names a probe version, then DescribeSpace.',
    ifFails:
      "Retention does not see a space's chosen version where it looks: find where DescribeSpace puts it and search there (versionsNamedIn).",
    added: { issue: 17, why: "a space's chosen image counts as in use." },
    needs: 'user-profile',
  },
];

const ECR: readonly Probe[] = [
  {
    id: 'ecr-attestation-index-layout',
    assumption:
      'BatchGetImage (all four media types accepted) returns an image pushed with provenance as an OCI index: a linux/amd64 manifest and an unknown/unknown entry annotated as an attestation manifest.',
    reliedOn: [
      { file: 'src/preflight/manifest.ts', symbol: 'readIndex' },
      { file: 'src/preflight/verdict.ts', symbol: 'registration' },
    ],
    expected: [O.attestationIndex],
    observedHow: 'BatchGetImage of the attestation tag.',
    ifFails: "Teach the image checks the layout ECR returns (issue 18's manifest reading).",
    added: { issue: 18, why: 'the image checks find the amd64 manifest of an index.' },
    needs: 'attestation-image',
  },
  {
    id: 'ecr-config-blob',
    assumption:
      "GetDownloadUrlForLayer gives the config blob by its digest; one GET returns it, its sha256 equals the digest, and it shows the image's platform and user.",
    reliedOn: [
      { file: 'src/aws/ecr.ts', symbol: 'downloadVerified' },
      { file: 'src/preflight/image-config.ts', symbol: 'readImageConfig' },
    ],
    expected: [O.configBlob],
    observedHow:
      'BatchGetImage of the pushed digest, GetDownloadUrlForLayer of its config digest, one GET (the URL is never logged).',
    ifFails: "Adapt issue 18's config reading to what ECR does.",
    added: { issue: 18, why: 'the image checks read the config without pulling.' },
    needs: 'account',
  },
  {
    id: 'ecr-missing-tag',
    assumption:
      'BatchGetImage of a tag that does not exist answers with failures ImageNotFound, not an error.',
    reliedOn: [
      { file: 'src/aws/ecr.ts', symbol: 'batchGetImage' },
      { file: 'src/preflight/verdict.ts', symbol: 'missing' },
    ],
    expected: [O.imageNotFound],
    observedHow: 'BatchGetImage of a tag never pushed.',
    ifFails: "Read ECR's answer for a missing tag as issue 18's first check expects.",
    added: { issue: 18, why: 'the check that the tag or digest exists.' },
    needs: 'account',
  },
];

const ARCHIVE: readonly Probe[] = [
  {
    id: 'archived-image-app',
    assumption:
      'An app of a version whose image ECR archived after the version was created does not start: CreateApp is refused, or the app ends Failed because the image cannot be pulled (Studio pulls the image from ECR at each start, and archived images cannot be pulled).',
    reliedOn: [
      { file: 'src/core/ecr-check.ts', symbol: 'stateFinding', note: 'the `archived` finding' },
      {
        file: 'src/core/pin-guard.ts',
        symbol: 'CANNOT_START',
        note: '`./studio` refuses to pin or attach such a version',
      },
    ],
    expected: [O.refused, O.failedPull],
    observedHow:
      "The run's archive probe image (tiny, pushed by the workflow for this probe alone) registered as a version of the probe image while ACTIVE; UpdateImageStorageClass to ARCHIVE, then DescribeImages until ARCHIVED; the probe image in the CI profile's own list; CreateApp of that version in a private space, waited until it leaves Pending. The app, space, list entry, version and the archived image are removed in a `finally`. Needs the archive probe image too (PROBE_ARCHIVE_IMAGE).",
    ifFails:
      "InService: Studio starts the version all the same (it keeps a copy of the image): the ECR check's `archived` finding is a warning about the future only, and `./studio` must not refuse the version (drop `archived` from CANNOT_START in pin-guard.ts; say so in docs/retire.md). `Failed, another reason`: the probe image did not start for a reason of its own; read the detail and fix the probe image.",
    added: {
      issue: 28,
      why: 'a version in use whose image is archived is a warning naming the restore command (`./retire`), and `./studio` refuses to pin it.',
    },
    notes:
      "The archive probe image is about 2 MB (busybox's httpd answering Studio's health check on port 8888, labelled with the run's name so that its digest is the run's own): ECR bills an archived image for at least 90 days, so the image is kept small, and the probe deletes it when done (the deletion is billed as the rest of the 90 days). A `Failed` app's reason, in the detail, says what Studio said of the pull.",
    needs: 'user-profile',
  },
  {
    id: 'archived-image-new-version',
    assumption:
      'CreateImageVersion of an image that ECR holds archived is refused, or the version ends CREATE_FAILED: SageMaker reads the image when it registers it, and cannot read an archived one.',
    reliedOn: [
      {
        file: 'src/register/wait-version.ts',
        symbol: 'judgeVersion',
        note: "a CREATE_FAILED version fails the step with SageMaker's reason",
      },
    ],
    expected: [O.refused, O.createFailed],
    observedHow:
      'Once the archive probe image is ARCHIVED (see archived-image-app): CreateImageVersion of it for the probe image, waited until it settles; the version is deleted after.',
    ifFails:
      "CREATED: `./` registers a version no app can start, which only `./launch-test` would catch: have the image checks read the image's storage (DescribeImages, as the ECR check does) and refuse an archived image before anything is sent.",
    added: {
      issue: 28,
      why: 'an archived image is caught where it is used; registering one is assumed to fail on its own.',
    },
    needs: 'archive-image',
  },
];

/** The probes by section of docs/aws-assumptions.md, in the page's order. */
export const PROBE_SECTIONS: readonly ProbeSection[] = [
  { title: 'Images and versions', probes: VERSIONS },
  { title: 'AppImageConfigs', probes: CONFIGS },
  { title: 'Studio domains', probes: DOMAIN },
  {
    title: 'User profiles',
    intro:
      "The writes of `user-profiles: all` (`./studio`) and of the launch test, on the CI user profile. These probes run after the app probes, and the limit probe only once the profile's list could be taken away again: a profile's own list, even an empty one, may hide the domain's list from it (see [Not probed](#not-probed)).",
    probes: PROFILE,
  },
  { title: 'Apps and spaces', probes: APPS },
  { title: 'ECR reads', probes: ECR },
  {
    title: 'Archived images',
    intro:
      'What SageMaker does with an image that ECR moved to the archive storage class (a lifecycle rule with `TRANSITION`, or `UpdateImageStorageClass`): archived images cannot be pulled until restored.',
    probes: ARCHIVE,
  },
];

export const PROBES: readonly Probe[] = PROBE_SECTIONS.flatMap(({ probes }) => probes);
