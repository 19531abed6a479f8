// Every assumption the code makes about AWS that the API model does not state, as a probe: what the
// code assumes, where it relies on it, the outcomes (outcomes.ts) that agree with it, how the
// probe asks, and what to change when AWS answers otherwise. docs/aws-assumptions.md has an entry
// per id; a test checks that every id is there and every file and symbol named here exists.
//
// Runs under plain Node 24 (type stripping): erasable TypeScript only, `.ts` import suffixes.
import { O } from './outcomes.ts';
import type { Probe } from './types.ts';

const ERRORS = 'src/aws/errors.ts';
const DOMAINS = 'src/studio/domains.ts';
const WRITES = 'src/studio/read-modify-write.ts';
const PLAN = 'src/studio/plan.ts';

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
    reliedOn: [{ file: ERRORS, symbol: 'adviceFor' }],
    expected: [O.tokenExplained],
    observedHow:
      'CreateImageVersion with the probe token of client-token-replay and other ReleaseNotes.',
    ifFails:
      'Match the name or words SageMaker uses in adviceFor; if SageMaker returns the first version instead, say in the README that a reused `client-token` returns it whatever the inputs.',
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
      { file: 'src/retention/decide.ts', symbol: 'decideRetention' },
      { file: 'src/retention/retire.ts', symbol: 'retireRequest' },
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
    reliedOn: [{ file: 'src/retention/retire.ts', symbol: 'retireVersions' }],
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
    reliedOn: [{ file: 'src/aws/sagemaker.ts', symbol: 'versionHoldingAlias' }],
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
      { file: 'src/register/aliases.ts', symbol: 'conflictingAliases' },
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
      { file: 'src/register/aliases.ts', symbol: 'moveAliasesTo' },
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
      { file: 'src/retention/retire.ts', symbol: 'retireVersions' },
      { file: 'src/wait/busy.ts', symbol: 'retryWhileBusy' },
    ],
    expected: [O.bothDeleted, O.secondBusy],
    observedHow: 'DeleteImageVersion of two probe versions, the second at once after the first.',
    ifFails: 'Wait out the error SageMaker gives in retryWhileBusy (or between deletions).',
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
      { file: 'src/retention/uses.ts', symbol: 'versionsNamedIn' },
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
    reliedOn: [{ file: 'src/retention/decide.ts', symbol: 'decideRetention' }],
    pending: 'issue 17: every reference counts as in use.',
    expected: [O.accepted, O.refused],
    observedHow: 'Pin a probe version in the test domain, then DeleteImageVersion of it.',
    ifFails: 'Only an unexpected error fails this: read its reason.',
    needs: 'domain',
  },
];

const APPS: readonly Probe[] = [
  {
    id: 'create-app-domain-list',
    assumption:
      "A JupyterLab app of this action's version starts in a private space of a profile without its own list, with the image in the domain's lists only; the test image meets Studio's rules.",
    reliedOn: [
      { file: 'src/studio/step.ts', symbol: 'startStudioStep' },
      { file: 'src/launch/messages.ts', symbol: 'notListedMessage' },
    ],
    expected: [O.inService],
    observedHow:
      'CreateSpace (private, owned by the CI profile), CreateApp with the version, wait for InService or Failed.',
    ifFails:
      "Read the FailureReason: Studio's image rules (integration/image/) or where the image must be listed.",
    needs: 'user-profile',
  },
  {
    id: 'create-app-no-list',
    assumption:
      'Recorded, not assumed: whether CreateApp starts a version whose image is in no CustomImages list (the launch test adds a temporary entry, so any answer is safe).',
    reliedOn: [{ file: 'src/launch/plan.ts', symbol: 'planEntry' }],
    expected: [O.refused, O.failed, O.inService],
    observedHow: 'CreateApp with a probe image attached nowhere.',
    ifFails: 'Only an unexpected end fails this: read its detail.',
    needs: 'user-profile',
  },
  {
    id: 'create-app-profile-list',
    assumption:
      "An entry in the owner profile's own JupyterLab CustomImages (and none in the domain's) is enough for CreateApp in the profile's private space.",
    reliedOn: [{ file: 'src/launch/plan.ts', symbol: 'planEntry' }],
    expected: [O.inService],
    observedHow:
      "Add the probe image to the CI profile's list (UpdateUserProfile), CreateApp, wait, remove the entry.",
    ifFails: "Put the launch test's temporary entry in the domain's lists instead, and say so.",
    needs: 'user-profile',
  },
  {
    id: 'delete-app-while-pending',
    assumption:
      'Either way is safe: DeleteApp on a Pending app is refused or accepted (the launch test waits until it is not Pending).',
    reliedOn: [{ file: 'src/launch/plan.ts', symbol: 'judgeDeletable' }],
    expected: [O.refused, O.accepted],
    observedHow: 'DeleteApp right after CreateApp.',
    ifFails: 'Only an unexpected error fails this: read its reason.',
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
    reliedOn: [],
    pending: 'issue 17: retention reads ListApps and keeps versions apps run.',
    expected: [O.accepted, O.refused],
    observedHow: 'DeleteImageVersion of the probe version while its app is InService.',
    ifFails: 'Only an unexpected error fails this: read its reason.',
    needs: 'user-profile',
  },
  {
    id: 'delete-version-in-default-spec',
    assumption:
      "Recorded: whether DeleteImageVersion refuses a version a space's DefaultResourceSpec names (retention keeps such versions either way).",
    reliedOn: [],
    pending: 'issue 17: DefaultResourceSpec references count as in use.',
    expected: [O.accepted, O.refused],
    observedHow:
      'CreateSpace whose JupyterLab DefaultResourceSpec names a probe version, then DeleteImageVersion of it.',
    ifFails: 'Only an unexpected error fails this: read its reason.',
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
    needs: 'account',
  },
];

export const PROBES: readonly Probe[] = [...VERSIONS, ...CONFIGS, ...DOMAIN, ...APPS, ...ECR];
