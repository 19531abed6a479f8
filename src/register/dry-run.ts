// dry-run: the requests a run would send, found by reading only (Describe*, List*). It reads what a
// real run reads, so it fails where a real run would (a missing image, the wrong region, no
// credentials, an alias another version holds), and it plans alias updates with the same planning
// functions a real run follows.
import type { CreateImageVersionRequest } from '@aws-sdk/client-sagemaker';
import { ActionError } from '../common/action-error.js';
import { missingImageAdvice } from '../aws/errors.js';
import {
  NEW_VERSION,
  aliasMoveSteps,
  aliasUpdateRequest,
  assertNoConflict,
  findAliasHolders,
  planAliasesOnExisting,
  type AliasUpdate,
} from './aliases.js';
import { buildImageRequest } from './request.js';
import type { Session } from '../run/session.js';
import type { PlannedRequest } from '../common/planned-request.js';

const asPlanned =
  (imageName: string) =>
  (update: AliasUpdate): PlannedRequest => ({
    operation: 'UpdateImageVersion',
    input: aliasUpdateRequest(imageName, update),
  });

/** The requests a run that creates a version would send. */
export async function planRequests(
  session: Session,
  request: CreateImageVersionRequest,
): Promise<PlannedRequest[]> {
  const { inputs, api, client } = session;
  const planned: PlannedRequest[] = [];
  // A real run's CreateImageVersion needs the image: read it, as that call would find it.
  if ((await api.describeImage(client, inputs.imageName)) === undefined) {
    if (inputs.newImage === undefined) {
      throw new ActionError(
        `Dry run: a real run would fail: ${missingImageAdvice(inputs.imageName, inputs.region)}`,
      );
    }
    planned.push({
      operation: 'CreateImage',
      input: buildImageRequest(inputs.imageName, inputs.newImage),
    });
  }
  planned.push({ operation: 'CreateImageVersion', input: request });
  if (inputs.moveAliases && inputs.aliases.length > 0) {
    const holders = await findAliasHolders(session);
    const updates = inputs.aliases.flatMap((alias) =>
      aliasMoveSteps(alias, holders.get(alias)?.version, NEW_VERSION),
    );
    planned.push(...updates.map(asPlanned(inputs.imageName)));
  }
  return planned;
}

/** The requests a run that reuses `version` (skip-if-unchanged) would send: its alias updates. */
export async function planReuse(session: Session, version: number): Promise<PlannedRequest[]> {
  const { inputs } = session;
  if (inputs.aliases.length === 0) return [];
  const holders = await findAliasHolders(session);
  const { conflicts, updates } = planAliasesOnExisting(
    inputs.aliases,
    holders,
    version,
    inputs.moveAliases,
    inputs.allowRollback,
  );
  assertNoConflict(conflicts, inputs.imageName);
  return updates.map(asPlanned(inputs.imageName));
}
