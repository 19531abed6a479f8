// Which version this attempt of the run registers. Each candidate ClientToken (token.ts: generation
// 0, 1, … up to the attempt's number less one) is sent in turn; SageMaker returns the version an
// earlier attempt made with it, or makes one. A version that ended CREATE_FAILED is passed over for
// the next generation, so "Re-run failed jobs" after fixing the cause registers a fresh version,
// while any attempt still finds the version an earlier one made.
//
// The token does not depend on the reference the image checks chose (token.ts): when an earlier
// attempt sent the same token with another BaseImage (its checks read ECR differently: the amd64
// image by digest, or the tag as given), SageMaker refuses the request as a reused token. The
// earlier reference is then found among the image's newest versions in the same repository and
// sent again with the token: SageMaker returns the earlier attempt's version only for exactly the
// request that made it, so a wrong guess is refused too, and creates nothing.
import type { Inputs } from '../inputs/inputs.js';
import type { CreateImageVersionRequest } from '@aws-sdk/client-sagemaker';
import { parseImageVersionArn } from '../aws/arn.js';
import { errorFacts, isTokenMismatch } from '../aws/errors.js';
import type { Session } from '../run/session.js';
import { freeAliasesOf, type AliasHolders } from '../core/aliases.js';
import { createVersionSeeingItThrough } from './create-version.js';
import type { VersionRequestBody } from './request.js';

export interface Registration {
  readonly imageVersionArn: string;
  /** The token that returned it: the `client-token` output. */
  readonly clientToken: string;
  /** The BaseImage of the request that returned it. */
  readonly baseImage: string;
}

/** How many of the newest versions are searched for an earlier attempt's BaseImage. */
const EARLIER_ATTEMPT_SEARCH = 20;

export async function createForThisAttempt(
  session: Session<Inputs>,
  body: VersionRequestBody,
  tokens: readonly string[],
  holders: AliasHolders,
): Promise<Registration> {
  const { inputs, api, client, report } = session;
  let registration: Registration | undefined;
  for (const [generation, clientToken] of tokens.entries()) {
    const request: CreateImageVersionRequest = { ...body, ClientToken: clientToken };
    report.info(`Sending CreateImageVersion with ClientToken ${clientToken}.`);
    const { imageVersionArn, baseImage } = await createOrFindEarlier(session, request);
    registration = { imageVersionArn, clientToken, baseImage };
    const version = parseImageVersionArn(imageVersionArn)?.version;
    report.info(
      `CreateImageVersion returned version ${version ?? imageVersionArn} for ClientToken ${clientToken}.`,
    );
    // The last generation is this attempt's own: whatever it returns is the answer.
    if (generation === tokens.length - 1 || version === undefined) break;
    const described = await api.describeImageVersion(client, inputs.imageName, version);
    if (described.ImageVersionStatus !== 'CREATE_FAILED') break;
    report.info(
      `Version ${version} (ClientToken ${clientToken}, made by an earlier attempt of this run) ` +
        'ended CREATE_FAILED: registering a new version with the next ClientToken.',
    );
    // Stryker disable next-line ArrayDeclaration: no version holds an alias named by the mutant
    const stuck = (body.Aliases ?? []).filter((alias) => holders.get(alias)?.version === version);
    await freeAliasesOf(session, version, stuck);
  }
  // Stryker disable next-line all: unreachable, every attempt has at least generation 0
  if (registration === undefined) throw new Error('no ClientToken to send');
  return registration;
}

/** The repository of an ECR reference, without its tag or digest. Pure. */
export function repositoryOf(reference: string): string {
  // Stryker disable next-line Regex: an ECR reference is one line, so `.*` always reaches its end
  return reference.replace(/@.*$/, '').replace(/:[^/:]*$/, '');
}

/**
 * Sends the request; when SageMaker refuses its token as used with another request (a derived
 * token only: an earlier attempt of this run that registered the base image differently), sends it
 * again with each BaseImage the earlier attempt may have sent, until one returns its version.
 */
async function createOrFindEarlier(
  session: Session<Inputs>,
  request: CreateImageVersionRequest,
): Promise<{ imageVersionArn: string; baseImage: string }> {
  // Stryker disable next-line StringLiteral: the request body always carries a BaseImage (request.ts)
  const sent = request.BaseImage ?? '';
  try {
    return {
      imageVersionArn: await createVersionSeeingItThrough(session, request),
      baseImage: sent,
    };
  } catch (error) {
    if (session.inputs.clientToken !== undefined || !isTokenMismatch(errorFacts(error)))
      throw error;
    session.report.info(
      `ClientToken ${request.ClientToken ?? ''} was sent by an earlier attempt of this run with ` +
        'another base image reference (its image checks read ECR differently): looking for it.',
    );
    for (const baseImage of await earlierBaseImages(session, sent)) {
      try {
        const imageVersionArn = await createVersionSeeingItThrough(session, {
          ...request,
          BaseImage: baseImage,
        });
        session.report.info(`The earlier attempt registered ${baseImage}: its version is kept.`);
        return { imageVersionArn, baseImage };
      } catch (retryError) {
        if (!isTokenMismatch(errorFacts(retryError))) throw retryError;
      }
    }
    throw error;
  }
}

/** `base-image` as given, then the base images of the newest versions in the same repository. */
async function earlierBaseImages(session: Session<Inputs>, sent: string): Promise<string[]> {
  const { inputs, api, client } = session;
  const found = [inputs.givenBaseImage ?? inputs.baseImage];
  const versions = await api.newestVersions(client, inputs.imageName, EARLIER_ATTEMPT_SEARCH);
  for (const { Version: version } of versions) {
    if (version === undefined) continue;
    const { BaseImage: baseImage } = await api.describeImageVersion(
      client,
      inputs.imageName,
      version,
    );
    if (baseImage !== undefined && repositoryOf(baseImage) === repositoryOf(sent))
      found.push(baseImage);
  }
  return [...new Set(found)].filter((baseImage) => baseImage !== sent);
}
