// Which version this attempt of the run registers. Each candidate ClientToken (token.ts: generation
// 0, 1, … up to the attempt's number less one) is sent in turn; SageMaker returns the version an
// earlier attempt made with it, or makes one. A version that ended CREATE_FAILED is passed over for
// the next generation, so "Re-run failed jobs" after fixing the cause registers a fresh version,
// while any attempt still finds the version an earlier one made.
import type { Inputs } from '../inputs/inputs.js';
import type { CreateImageVersionRequest } from '@aws-sdk/client-sagemaker';
import { parseImageVersionArn } from '../aws/arn.js';
import type { Session } from '../run/session.js';
import { freeAliasesOf, type AliasHolders } from '../core/aliases.js';
import { createVersionSeeingItThrough } from './create-version.js';
import type { VersionRequestBody } from './request.js';

export interface Registration {
  readonly imageVersionArn: string;
  /** The token that returned it: the `client-token` output. */
  readonly clientToken: string;
}

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
    const imageVersionArn = await createVersionSeeingItThrough(session, request);
    registration = { imageVersionArn, clientToken };
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
