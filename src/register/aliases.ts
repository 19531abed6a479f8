// Aliases. Without `move-aliases` they are sent with CreateImageVersion, after checking that no
// other image holds them. With it they are never part of the creation request (so a re-run sends
// the same request and gets the same version back): each is set, or moved from its old version,
// only once the new version is CREATED, so an alias never points at a version that failed.
import { ActionError } from '../run/action-error.js';
import { retryWhileBusy } from '../wait/busy.js';
import type { AliasHolder } from '../aws/sagemaker.js';
import type { Session } from '../run/session.js';

/** alias → the version that holds it now. */
export type AliasHolders = ReadonlyMap<string, AliasHolder>;

export async function findAliasHolders(session: Session): Promise<AliasHolders> {
  const { inputs, api, client } = session;
  const holders = new Map<string, AliasHolder>();
  for (const alias of inputs.aliases) {
    const holder = await api.versionHoldingAlias(client, inputs.imageName, alias);
    if (holder !== undefined) holders.set(alias, holder);
  }
  return holders;
}

/**
 * Aliases held by a version made from another base image. One made from this base image is taken
 * to be this run's own earlier attempt, which the same ClientToken returns. Pure.
 */
export function conflictingAliases(holders: AliasHolders, baseImage: string): [string, number][] {
  return [...holders]
    .filter(([, holder]) => holder.baseImage !== baseImage)
    .map(([alias, holder]) => [alias, holder.version]);
}

/** Fails, before anything is created, when another version holds a requested alias. Pure. */
export function assertNoConflict(conflicts: readonly [string, number][], imageName: string): void {
  if (conflicts.length === 0) return;
  const list = conflicts
    .map(([alias, version]) => `"${alias}" (held by version ${version})`)
    .join(', ');
  throw new ActionError(
    `Alias ${list} of image "${imageName}" already belongs to another version, so nothing was created. ` +
      'Set `move-aliases: true` to move it to the new version once that is CREATED, or choose other aliases.',
  );
}

/** Puts every requested alias on `version`, taking each off the version that holds it first. */
export async function moveAliasesTo(session: Session, version: number): Promise<void> {
  const { inputs, api, client, log } = session;
  for (const alias of inputs.aliases) {
    // Read just before moving: a run that finished meanwhile may have moved it already.
    const holder = await api.versionHoldingAlias(client, inputs.imageName, alias);
    if (holder?.version === version) {
      log(`Alias "${alias}" is already on version ${version}.`);
      continue;
    }
    const doing = `moving alias "${alias}"`;
    if (holder !== undefined) {
      await retryWhileBusy(session, doing, () =>
        api.updateAliases(client, inputs.imageName, holder.version, { remove: [alias] }),
      );
    }
    await retryWhileBusy(session, doing, () =>
      api.updateAliases(client, inputs.imageName, version, { add: [alias] }),
    );
    log(
      holder === undefined
        ? `Set alias "${alias}" on version ${version}.`
        : `Moved alias "${alias}" from version ${holder.version} to version ${version}.`,
    );
  }
}

/**
 * Puts the requested aliases on an existing, CREATED `version` (skip-if-unchanged): moved there
 * with `move-aliases`; otherwise added where free, failing when another version holds one.
 */
export async function applyAliasesToExisting(session: Session, version: number): Promise<void> {
  const { inputs, api, client, log } = session;
  if (inputs.moveAliases) return moveAliasesTo(session, version);
  const holders = await findAliasHolders(session);
  const elsewhere = [...holders]
    .filter(([, holder]) => holder.version !== version)
    .map(([alias, holder]): [string, number] => [alias, holder.version]);
  assertNoConflict(elsewhere, inputs.imageName);
  const free = inputs.aliases.filter((alias) => !holders.has(alias));
  if (free.length === 0) return;
  await retryWhileBusy(session, 'setting aliases', () =>
    api.updateAliases(client, inputs.imageName, version, { add: free }),
  );
  log(`Set alias${free.length > 1 ? 'es' : ''} ${free.join(', ')} on version ${version}.`);
}
