// dry-run: the requests a run would send, found by reading only (Describe*, List*). It reads what a
// real run reads, so it fails where a real run would (a missing image, the wrong region, no
// credentials, an alias another version holds), and it plans alias updates with the same planning
// functions a real run follows.
import type { Inputs } from '../inputs/inputs.js';
import type { CreateImageVersionRequest } from '@aws-sdk/client-sagemaker';
import { ActionError } from '../common/action-error.js';
import { missingImageAdvice } from '../aws/errors.js';
import { newImageArn } from '../aws/arn.js';
import { NEW_VERSION, aliasMoveSteps, asPlanned, findAliasHolders } from '../core/aliases.js';
import { buildImageRequest } from './request.js';
import type { Session } from '../run/session.js';
import type { PlannedRequest } from '../common/planned-request.js';

/** What a run that creates a version would send: the creation, then (once CREATED) the aliases. */
export interface PlannedCreation {
  /** CreateImage (when the image is missing) and CreateImageVersion. */
  readonly creation: PlannedRequest[];
  /** The alias moves sent once the version is CREATED (aliases not moved go with the creation). */
  readonly aliases: PlannedRequest[];
  /** The image's ARN, or the one CreateImage would give it (undefined for a role of odd shape). */
  readonly imageArn: string | undefined;
  /** The version a real run would create (the next number; 1 for a new image). */
  readonly version: number;
}

/** The requests a run that creates a version would send. */
export async function planRequests(
  session: Session<Inputs>,
  request: CreateImageVersionRequest,
): Promise<PlannedCreation> {
  const { inputs, api, client } = session;
  const creation: PlannedRequest[] = [];
  // A real run's CreateImageVersion needs the image: read it, as that call would find it.
  const image = await api.describeImage(client, inputs.imageName);
  if (image === undefined) {
    if (inputs.newImage === undefined) {
      throw new ActionError(
        `Dry run: a real run would fail: ${missingImageAdvice(inputs.imageName, inputs.region)}`,
      );
    }
    creation.push({
      operation: 'CreateImage',
      input: buildImageRequest(inputs.imageName, inputs.newImage),
    });
  }
  creation.push({ operation: 'CreateImageVersion', input: request });
  // The number a real run would get, unless another run creates one first.
  // The number a new image's first version gets is 1.
  const version =
    image === undefined ? 1 : ((await api.newestVersionNumber(client, inputs.imageName)) ?? 0) + 1;
  return {
    creation,
    aliases: await planAliasesOnNew(session),
    imageArn:
      image?.ImageArn ??
      (inputs.newImage && newImageArn(inputs.newImage.roleArn, inputs.region, inputs.imageName)),
    version,
  };
}

/** The alias moves to the new version; without move-aliases they go with the creation request. */
async function planAliasesOnNew(session: Session<Inputs>): Promise<PlannedRequest[]> {
  const { inputs } = session;
  if (inputs.aliases.length === 0 || !inputs.moveAliases) return [];
  const holders = await findAliasHolders(session);
  const updates = inputs.aliases.flatMap((alias) =>
    aliasMoveSteps(alias, holders.get(alias)?.version, NEW_VERSION),
  );
  return updates.map(asPlanned(inputs.imageName));
}
