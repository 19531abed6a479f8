// Aliases. Without `move-aliases` they are sent with CreateImageVersion, after checking that no
// other version holds them. With it they are never part of the creation request (so a re-run sends
// the same request and gets the same version back): each is set, or moved from its old version,
// only once the new version is CREATED, so an alias never points at a version that failed.
// Which UpdateImageVersion requests to send is planned by pure functions here, which both a real
// run and a dry run follow.
import type { Inputs } from '../inputs/inputs.js';
import type { SessionInputs } from '../inputs/common-inputs.js';
import { ActionError } from '../common/action-error.js';
import type { PlannedRequest } from '../common/planned-request.js';
import { retryWhileBusy } from '../wait/busy.js';
import type { AliasHolder, UpdateImageVersionRequest } from '../aws/sagemaker-images.js';
import { busyRetry, type Session } from '../run/session.js';

/** alias → the version that holds it now. */
/** What placing aliases needs: `./` and `./studio` both take these inputs. */
export type AliasInputs = SessionInputs & Pick<Inputs, 'aliases' | 'moveAliases' | 'allowRollback'>;

export type AliasHolders = ReadonlyMap<string, AliasHolder>;

/** The version a dry run cannot number yet: the one CreateImageVersion would make. */
export const NEW_VERSION = '<new version>';

/**
 * One UpdateImageVersion: aliases added to or taken off one version. `V` is `number` for the
 * updates a real run sends: only a dry run's plan names the version not created yet.
 */
export interface AliasUpdate<V extends number | typeof NEW_VERSION = number | typeof NEW_VERSION> {
  readonly version: V;
  readonly add?: readonly string[];
  readonly remove?: readonly string[];
}

export async function findAliasHolders(session: Session<AliasInputs>): Promise<AliasHolders> {
  const { inputs, api, client, report } = session;
  const holders = new Map<string, AliasHolder>();
  for (const alias of inputs.aliases) {
    const holder = await api.versionHoldingAlias(client, inputs.imageName, alias);
    if (holder !== undefined) holders.set(alias, holder);
    report.info(
      holder === undefined
        ? `Alias "${alias}": free.`
        : `Alias "${alias}": held by version ${holder.version}.`,
    );
  }
  return holders;
}

/**
 * Aliases held by a version that cannot be this request's own. `ownBaseImage` is set when an
 * earlier use of the same ClientToken may exist (a re-run, or a `client-token` input): a holder made
 * from that base image may be the version the token returns, and SageMaker tells (an alias it
 * reports taken is explained like this check). On a run's first attempt nothing of its own exists
 * yet, so every holder conflicts (a holder's base image is a string, never undefined). Pure.
 */
export function conflictingAliases(
  holders: AliasHolders,
  ownBaseImage: string | undefined,
): [string, number][] {
  return [...holders]
    .filter(([, holder]) => holder.baseImage !== ownBaseImage)
    .map(([alias, holder]) => [alias, holder.version]);
}

/**
 * Fails when another version holds a requested alias: before anything is created, or, given
 * `existing`, before any alias goes on that version (reused, or created and launch-tested). Pure.
 */
export function assertNoConflict(
  conflicts: readonly [string, number][],
  imageName: string,
  existing?: number,
): void {
  if (conflicts.length === 0) return;
  const list = conflicts
    .map(([alias, version]) => `"${alias}" (held by version ${version})`)
    .join(', ');
  const them = conflicts.length > 1 ? 'them' : 'it';
  const [outcome, target] =
    existing === undefined
      ? ['nothing was created', 'the new version once that is CREATED']
      : [`version ${existing} stays registered without ${them}`, `version ${existing}`];
  // Newest wins: an alias on a newer version than an existing one moves back only when asked.
  const newer = existing === undefined ? [] : conflicts.filter(([, version]) => version > existing);
  const back =
    newer.length === 0
      ? ''
      : ` An alias on a newer version moves back to version ${existing} only with \`allow-rollback: true\` too (${newer.map(([alias]) => `"${alias}"`).join(', ')}).`;
  throw new ActionError(
    `Alias ${list} of image "${imageName}" already belongs to another version, so ${outcome}. ` +
      `Set \`move-aliases: true\` to move ${them} to ${target}, or choose other aliases.${back}`,
  );
}

/** An alias left on a newer version than this run's: newest wins (allow-rollback is off). */
export interface HeldNewer {
  readonly alias: string;
  readonly version: number;
}

/** Whether moving an alias from `holderVersion` to `target` would take its users back. Pure. */
export function isRollback(
  holderVersion: number | undefined,
  target: AliasUpdate['version'],
): boolean {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: narrows the types; `undefined > n` and `n > '<new version>'` are false anyway
  if (holderVersion === undefined || target === NEW_VERSION) return false;
  return holderVersion > target;
}

/**
 * The requests that put `alias` on `target`, given the version holding it now: none when it is
 * there already, or when that would move it to an older version and rollbacks are not allowed.
 * Pure.
 */
export function aliasMoveSteps<V extends AliasUpdate['version']>(
  alias: string,
  holderVersion: number | undefined,
  target: V,
  allowRollback = false,
): AliasUpdate<number | V>[] {
  if (holderVersion === target) return [];
  if (!allowRollback && isRollback(holderVersion, target)) return [];
  return [
    ...(holderVersion === undefined ? [] : [{ version: holderVersion, remove: [alias] }]),
    { version: target, add: [alias] },
  ];
}

/**
 * What putting the requested aliases on an existing, CREATED `version` takes (skip-if-unchanged):
 * with `move-aliases` each is moved there; otherwise the free ones are added in one request, and
 * any another version holds is a conflict. Pure.
 */
export function planAliasesOnExisting(
  aliases: readonly string[],
  holders: AliasHolders,
  version: number,
  moveAliases: boolean,
  allowRollback = false,
): { readonly conflicts: [string, number][]; readonly updates: AliasUpdate<number>[] } {
  if (moveAliases) {
    return {
      conflicts: [],
      updates: aliases.flatMap((alias) =>
        aliasMoveSteps(alias, holders.get(alias)?.version, version, allowRollback),
      ),
    };
  }
  const conflicts = [...holders]
    .filter(([, holder]) => holder.version !== version)
    .map(([alias, holder]): [string, number] => [alias, holder.version]);
  const free = aliases.filter((alias) => !holders.has(alias));
  return { conflicts, updates: free.length === 0 ? [] : [{ version, add: free }] };
}

/** The UpdateImageVersion request of an update, as a dry run prints it and a real run sends it. */
export function aliasUpdateRequest<V extends AliasUpdate['version']>(
  imageName: string,
  update: AliasUpdate<V>,
): Omit<UpdateImageVersionRequest, 'Version'> & { readonly Version: V } {
  return {
    ImageName: imageName,
    Version: update.version,
    ...(update.add?.length ? { AliasesToAdd: [...update.add] } : {}),
    ...(update.remove?.length ? { AliasesToDelete: [...update.remove] } : {}),
  };
}

async function sendUpdate(
  session: Session<AliasInputs>,
  update: AliasUpdate<number>,
  doing: string,
): Promise<void> {
  const { inputs, api, client } = session;
  await retryWhileBusy(busyRetry(session), doing, () =>
    api.updateImageVersion(client, aliasUpdateRequest(inputs.imageName, update)),
  );
}

/**
 * Puts every requested alias on `version`, taking each off the version that holds it first;
 * returns the aliases left on a newer version (never moved back unless allow-rollback).
 */
export async function moveAliasesTo(
  session: Session<AliasInputs>,
  version: number,
): Promise<HeldNewer[]> {
  const { inputs, api, client, report } = session;
  const heldNewer: HeldNewer[] = [];
  for (const alias of inputs.aliases) {
    // Read just before moving: a run that finished meanwhile may have moved it already.
    const holder = await api.versionHoldingAlias(client, inputs.imageName, alias);
    const steps = aliasMoveSteps(alias, holder?.version, version, inputs.allowRollback);
    for (const step of steps) await sendUpdate(session, step, `moving alias "${alias}"`);
    if (holder === undefined) {
      report.info(`Set alias "${alias}" on version ${version}.`);
    } else if (holder.version === version) {
      report.info(`Alias "${alias}" is already on version ${version}.`);
    } else if (steps.length === 0) {
      heldNewer.push({ alias, version: holder.version });
      report.info(
        `Alias "${alias}" stays on version ${holder.version}, newer than version ${version} (allow-rollback is off).`,
      );
    } else {
      report.info(`Moved alias "${alias}" from version ${holder.version} to version ${version}.`);
    }
  }
  return heldNewer;
}

/**
 * Puts the requested aliases on an existing, CREATED `version` (skip-if-unchanged): moved there
 * with `move-aliases` (never back from a newer version unless allow-rollback); otherwise added
 * where free, failing when another version holds one.
 */
export async function applyAliasesToExisting(
  session: Session<AliasInputs>,
  version: number,
): Promise<HeldNewer[]> {
  const { inputs, report } = session;
  if (inputs.moveAliases) return moveAliasesTo(session, version);
  const holders = await findAliasHolders(session);
  const { conflicts, updates } = planAliasesOnExisting(inputs.aliases, holders, version, false);
  assertNoConflict(conflicts, inputs.imageName, version);
  for (const update of updates) {
    await sendUpdate(session, update, 'setting aliases');
    // Stryker disable next-line ArrayDeclaration: without move-aliases every update adds (planAliasesOnExisting)
    const added = update.add ?? [];
    report.info(
      `Set alias${added.length > 1 ? 'es' : ''} ${added.join(', ')} on version ${version}.`,
    );
  }
  return [];
}

/** Takes aliases off a version of this run that ended CREATE_FAILED, so a new one can have them. */
export async function freeAliasesOf(
  session: Session<AliasInputs>,
  version: number,
  aliases: readonly string[],
): Promise<void> {
  if (aliases.length === 0) return;
  await sendUpdate(session, { version, remove: aliases }, 'freeing aliases');
  session.report.info(
    `Took alias${aliases.length > 1 ? 'es' : ''} ${aliases.join(', ')} off version ${version}, ` +
      'which ended CREATE_FAILED, for the new version.',
  );
}

/** The title of every notice about what stayed on a newer version. */
export const NEWEST_WINS = 'Newest version wins';

/** What stayed on a newer version, and how to roll back on purpose. Pure. */
export function heldNewerNotice(
  imageName: string,
  version: number,
  heldNewer: readonly HeldNewer[],
): string {
  const list = heldNewer.map(({ alias, version: v }) => `"${alias}" on version ${v}`).join(', ');
  return (
    `Image ${imageName}: alias${heldNewer.length > 1 ? 'es' : ''} ${list} stay${heldNewer.length > 1 ? '' : 's'} ` +
    `there: ${heldNewer.length > 1 ? 'they are' : 'it is'} newer than version ${version} of this run, and aliases never ` +
    'move to an older version on their own (a re-run of an older run, or two pipelines finishing ' +
    'out of order). To roll back on purpose, run again with `allow-rollback: true`.'
  );
}

/**
 * The aliases on a version that exists already (`./studio`, or a reused version): each added, or
 * moved from an older version; one on a newer version stays there unless `allow-rollback`, and a
 * notice says so. Returns the aliases the version holds now.
 */
export async function aliasesOnExisting(
  session: Session<AliasInputs>,
  version: number,
): Promise<readonly string[]> {
  const { inputs, report } = session;
  if (inputs.aliases.length === 0) return [];
  const heldNewer = await report.group('Apply the aliases', () =>
    applyAliasesToExisting(session, version),
  );
  if (heldNewer.length > 0)
    report.notice(heldNewerNotice(inputs.imageName, version, heldNewer), NEWEST_WINS);
  return aliasesHeld(inputs.aliases, heldNewer);
}

/** The aliases a version holds once those that stayed on a newer version are left out. Pure. */
export function aliasesHeld(
  aliases: readonly string[],
  heldNewer: readonly HeldNewer[],
): readonly string[] {
  return aliases.filter((alias) => !heldNewer.some((held) => held.alias === alias));
}

/** An alias update as a dry run lists it. */
export const asPlanned =
  (imageName: string) =>
  (update: AliasUpdate): PlannedRequest => ({
    operation: 'UpdateImageVersion',
    input: aliasUpdateRequest(imageName, update),
  });

/**
 * The alias updates a run would send for a version that exists (reused by `./`, or released by
 * `./studio`): the same plan aliasesOnExisting follows, from the same reads.
 */
export async function planAliasesOnExistingVersion(
  session: Session<AliasInputs>,
  version: number,
): Promise<PlannedRequest[]> {
  const { inputs } = session;
  const holders = await findAliasHolders(session);
  const { conflicts, updates } = planAliasesOnExisting(
    inputs.aliases,
    holders,
    version,
    inputs.moveAliases,
    inputs.allowRollback,
  );
  assertNoConflict(conflicts, inputs.imageName, version);
  return updates.map(asPlanned(inputs.imageName));
}
