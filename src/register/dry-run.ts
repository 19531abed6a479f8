// dry-run: the requests a run would send, found by reading only (Describe*, List*).
import type { CreateImageVersionRequest } from '@aws-sdk/client-sagemaker';
import { findAliasHolders } from './aliases.js';
import { buildImageRequest } from './request.js';
import type { Session } from '../run/session.js';
import type { PlannedRequest } from '../report/summary.js';

export async function planRequests(
  session: Session,
  request: CreateImageVersionRequest,
): Promise<PlannedRequest[]> {
  const { inputs, api, client } = session;
  const planned: PlannedRequest[] = [];
  if (
    inputs.newImage !== undefined &&
    (await api.describeImage(client, inputs.imageName)) === undefined
  ) {
    planned.push({
      operation: 'CreateImage',
      input: buildImageRequest(inputs.imageName, inputs.newImage),
    });
  }
  planned.push({ operation: 'CreateImageVersion', input: request });
  if (inputs.moveAliases && inputs.aliases.length > 0) {
    for (const [alias, holder] of await findAliasHolders(session)) {
      planned.push({
        operation: 'UpdateImageVersion',
        input: { ImageName: inputs.imageName, Version: holder.version, AliasesToDelete: [alias] },
      });
    }
    planned.push({
      operation: 'UpdateImageVersion',
      input: {
        ImageName: inputs.imageName,
        Version: '<new version>',
        AliasesToAdd: [...inputs.aliases],
      },
    });
  }
  return planned;
}
