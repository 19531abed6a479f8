// The inputs of `./retire` → RetireInputs. Pure: the input reader and environment are passed in.
import { durationMs, type ECR_CHECK_MODES, type RETENTION_ACTIONS } from './rules.js';
import { checkedInputs, type InputReader } from './reader.js';
import {
  SESSION_DEFAULTS,
  parsed,
  readCommonInputs,
  type ParsedInputs,
  type SessionInputs,
} from './common-inputs.js';

export type RetentionAction = (typeof RETENTION_ACTIONS)[number];
export type EcrCheckMode = (typeof ECR_CHECK_MODES)[number];

/** What `keep-versions` asks for: keep this many newest CREATED versions, retire the others. */
export interface Retention {
  readonly keepVersions: number;
  /** The grace period: versions younger than this are never retired and use no slot. */
  readonly keepYoungerThanMs: number;
  /** The same as given (`24h`, `7d`), for messages. */
  readonly keepYoungerThan: string;
  readonly action: RetentionAction;
}

export interface RetireInputs extends SessionInputs {
  readonly retention: Retention;
  /**
   * The ECR check of the images behind the versions in use, once retention's own work is done:
   * `warn` says what it finds, `strict` also fails the step, `off` reads nothing.
   */
  readonly ecrCheck: EcrCheckMode;
}

export function parseRetireInputs(
  readInput: InputReader,
  env: NodeJS.ProcessEnv,
): ParsedInputs<RetireInputs> {
  const inputs = checkedInputs(readInput);
  const imageName = inputs.required('image-name');
  const keepVersions = inputs.required('keep-versions');
  const keepYoungerThan = inputs.withDefault('keep-younger-than');
  const retention: Retention = {
    keepVersions: Number(keepVersions),
    keepYoungerThan,
    keepYoungerThanMs: durationMs(keepYoungerThan) ?? 0,
    action: inputs.withDefault('retention-action').toLowerCase() as RetentionAction,
  };
  const ecrCheck = inputs.withDefault('ecr-check').toLowerCase() as EcrCheckMode;
  const common = readCommonInputs(inputs, env);
  return parsed(inputs, { ...common, ...SESSION_DEFAULTS, imageName, retention, ecrCheck }, []);
}
