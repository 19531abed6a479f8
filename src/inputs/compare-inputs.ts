// The inputs of `./compare` → CompareInputs, every problem listed at once. Pure. Each value is
// checked against its rule in rules.ts; the rules between inputs are here.
import { isAbsolute, join } from 'node:path';
import type { COMMENT_MODES, FAIL_ON_LEVELS } from './rules.js';
import { checkedInputs, type InputReader } from './reader.js';
import {
  SESSION_DEFAULTS,
  parsed,
  readRegion,
  type ParsedInputs,
  type SessionInputs,
} from './common-inputs.js';
import { parseEcrReference, type EcrReference } from './ecr-reference.js';
import {
  MAX_DOCUMENT_BYTES,
  parseAppImageConfig,
  type AppImageConfigDocument,
  type WorkspaceFiles,
} from './app-image-config.js';
import { readIgnoreFile, type IgnoreEntry } from './vulnerability-ignore.js';
import { workspaceFiles } from './workspace-files.js';

export type FailOn = (typeof FAIL_ON_LEVELS)[number];
export type CommentMode = (typeof COMMENT_MODES)[number];

/** Read only: `dryRun` is always false, and the session's settings are `./`'s defaults. */
export interface CompareInputs extends SessionInputs {
  readonly imageName: string;
  /** The image to compare, as the release will register it. */
  readonly baseImage: string;
  readonly reference: EcrReference;
  readonly region: string;
  /** Empty: "live" is the version the aliases name, else the newest CREATED one. */
  readonly domainIds: readonly string[];
  /** The AppImageConfig the new version will start with (as ./studio takes it). */
  readonly appImageConfig?: AppImageConfigDocument;
  readonly failOn: FailOn;
  /** The ignore file's path, as given (relative to the workspace). */
  readonly vulnerabilityIgnore?: string;
  /** Its entries (none without the file). */
  readonly ignore: readonly IgnoreEntry[];
  readonly scanWaitSeconds: number;
  readonly comment: CommentMode;
  /** '' when none was given (the comment is then skipped with a warning). */
  readonly githubToken: string;
}

/** The names `./compare` reads, as compare/action.yml declares them (a test holds the two together). */
export const COMPARE_INPUTS = [
  'image-name',
  'base-image',
  'domain-ids',
  'app-image-config',
  'fail-on',
  'vulnerability-ignore',
  'scan-wait-seconds',
  'comment',
  'github-token',
  'aws-region',
  'mask-aws-account-id',
] as const;

export function parseCompareInputs(
  readInput: InputReader,
  env: NodeJS.ProcessEnv,
  files: WorkspaceFiles = workspaceFiles(env.GITHUB_WORKSPACE || process.cwd()),
): ParsedInputs<CompareInputs> {
  const inputs = checkedInputs(readInput);
  const { problems } = inputs;
  const imageName = inputs.required('image-name');
  const baseImage = inputs.required('base-image');
  const region = readRegion(inputs, env);
  const domainIds = [...new Set(inputs.checkedLines('domain-ids', /[\n,]/))];
  const appImageConfig = readDocument(readInput('app-image-config'), files, problems);
  const failOn = inputs.withDefault('fail-on').toLowerCase() as FailOn;
  const vulnerabilityIgnore = inputs.optional('vulnerability-ignore');
  const ignore =
    vulnerabilityIgnore === undefined ? [] : readIgnore(vulnerabilityIgnore, files, problems);
  const scanWaitSeconds = inputs.integer('scan-wait-seconds');
  const comment = inputs.withDefault('comment').toLowerCase() as CommentMode;
  const githubToken = readToken(readInput, problems);
  const maskAccountId = inputs.flag('mask-aws-account-id');
  // Every valid base-image parses; an empty or invalid one is a problem already (every input is
  // read by now, so the list is whole).
  const reference = parseEcrReference(baseImage);
  if (reference === undefined) return { ok: false, problems };
  return parsed(
    inputs,
    {
      ...SESSION_DEFAULTS,
      advice: { domains: 'domain-ids' },
      dryRun: false,
      imageName,
      baseImage,
      region,
      domainIds,
      ...(appImageConfig === undefined ? {} : { appImageConfig }),
      failOn,
      ...(vulnerabilityIgnore === undefined ? {} : { vulnerabilityIgnore }),
      ignore,
      scanWaitSeconds,
      comment,
      githubToken,
      maskAccountId,
      reference,
    },
    [],
  );
}

/** The `app-image-config` document, when given, with its problems recorded. */
function readDocument(
  value: string,
  files: WorkspaceFiles,
  problems: string[],
): AppImageConfigDocument | undefined {
  if (value === '') return undefined;
  const result = parseAppImageConfig(value, files);
  if (result.ok) return result.document;
  problems.push(...result.problems);
  return undefined;
}

/** The ignore file's entries, from the workspace; a file that cannot be read is a problem. */
function readIgnore(file: string, files: WorkspaceFiles, problems: string[]): IgnoreEntry[] {
  const path = isAbsolute(file) ? file : join(files.workspace, file);
  const text = files.read(path);
  if (text === undefined) {
    problems.push(
      `Input \`vulnerability-ignore\` names ${file}, which cannot be read: check out the repository ` +
        'before this step, and give the path from its root.',
    );
    return [];
  }
  if (Buffer.byteLength(text, 'utf8') > MAX_DOCUMENT_BYTES) {
    problems.push(
      `Input \`vulnerability-ignore\` names ${file}, which is larger than ${MAX_DOCUMENT_BYTES} bytes ` +
        '(64 KiB): keep only the entries still needed.',
    );
    return [];
  }
  const reading = readIgnoreFile(text, file);
  if (reading.ok) return [...reading.entries];
  problems.push(...reading.problems.map((problem) => `Input \`vulnerability-ignore\`: ${problem}`));
  return [];
}

/** The token, checked without ever quoting it: a problem names its length only. */
function readToken(readInput: InputReader, problems: string[]): string {
  const token = readInput('github-token');
  if (/\s/.test(token) || [...token].length > 2048) {
    problems.push(
      `Input \`github-token\` must be one token of at most 2048 characters without spaces ` +
        `(got ${[...token].length} characters; not shown).`,
    );
    return '';
  }
  return token;
}
