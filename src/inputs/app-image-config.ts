// The `app-image-config` input: how Studio runs the image, in the shape of CreateAppImageConfig's
// request, as a file in the workspace or the document itself. Pure: the file is read through the
// `read` the caller gives. What the document says is what is sent (requestMember).
//
// A path or a document? A value that holds a line break, starts with `{`, or holds a `:` is the
// document (YAML, or JSON, which YAML reads too); any other value is a path, relative to the
// workspace (GITHUB_WORKSPACE) or absolute inside it. So `.github/studio/jupyterlab.yaml` is a file,
// and both of these are documents:
//
//   app-image-config: '{"JupyterLabAppImageConfig": {}}'
//   app-image-config: |
//     JupyterLabAppImageConfig:
//       ContainerConfig:
//         ContainerEntrypoint: [jupyter-lab]
//
// The document holds exactly one of JupyterLabAppImageConfig, CodeEditorAppImageConfig and
// KernelGatewayImageConfig (which names the app type), and optionally AppImageConfigName and Tags.
// Every member is checked against the API model (@aws-sdk/client-sagemaker, the API reference) before
// any request; each problem names its path in the document (`…ContainerArguments[3]`, counted from 0),
// and all of them are listed at once.
import type {
  CodeEditorAppImageConfig,
  CreateAppImageConfigRequest,
  JupyterLabAppImageConfig,
  KernelGatewayImageConfig,
} from '@aws-sdk/client-sagemaker';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { parseDocument } from 'yaml';
import { quoteForLog } from '../common/log-safe.js';
import type { StudioAppType } from './rules.js';
import {
  APP_IMAGE_CONFIG_SHAPE,
  MEMBER_OF,
  checkShape,
  type MemberName,
  type Problem,
} from './app-image-config-shape.js';

export { MEMBER_OF, type MemberName } from './app-image-config-shape.js';

const INPUT = 'Input `app-image-config`';
/** Larger than any real AppImageConfig (25 variables and 50 arguments of 256 characters: ~20 KiB). */
export const MAX_DOCUMENT_BYTES = 64 * 1024;
/** Aliases (`*name`) resolved at most this often: enough to repeat a value, too few to blow up. */
const MAX_ALIAS_COUNT = 10;

/** Studio's file system settings when the document gives none (the API reference). */
export const STUDIO_FILE_SYSTEM_DEFAULTS = {
  mountPath: '/home/sagemaker-user',
  uid: 1000,
  gid: 100,
} as const;

export interface AppImageConfigTag {
  readonly Key: string;
  readonly Value: string;
}

interface DocumentBase {
  /** `AppImageConfigName`, when the document names one. */
  readonly name?: string;
  readonly tags: readonly AppImageConfigTag[];
  /** Where the document came from, for messages: `file <path in the workspace>` or `the input`. */
  readonly source: string;
}

export type AppImageConfigDocument = DocumentBase &
  (
    | {
        readonly appType: 'JupyterLab';
        readonly memberName: 'JupyterLabAppImageConfig';
        readonly member: JupyterLabAppImageConfig;
      }
    | {
        readonly appType: 'CodeEditor';
        readonly memberName: 'CodeEditorAppImageConfig';
        readonly member: CodeEditorAppImageConfig;
      }
    | {
        readonly appType: 'KernelGateway';
        readonly memberName: 'KernelGatewayImageConfig';
        readonly member: KernelGatewayImageConfig;
      }
  );

export type AppImageConfigResult =
  | { readonly ok: true; readonly document: AppImageConfigDocument }
  | { readonly ok: false; readonly problems: string[] };

export interface WorkspaceFiles {
  /** The workspace's absolute path (GITHUB_WORKSPACE). */
  readonly workspace: string;
  /**
   * A file's text by its absolute path, or undefined when there is no such file. The path is
   * inside the workspace as written; the read refuses a symbolic link that leads out of it, and
   * need not read past MAX_DOCUMENT_BYTES + 1 bytes (workspace-files.ts does both).
   */
  read(path: string): string | undefined;
}

/** Whether a value is the document itself rather than a path (the rule in the header). */
export function isInlineDocument(value: string): boolean {
  return value.includes('\n') || value.startsWith('{') || value.includes(':');
}

/** The `app-image-config` input → the document, or every problem with it. Pure but for `read`. */
export function parseAppImageConfig(value: string, files: WorkspaceFiles): AppImageConfigResult {
  const trimmed = value.trim();
  if (trimmed === '') return failed([`${INPUT} is required and was empty.`]);
  const text = isInlineDocument(trimmed)
    ? { ok: true as const, text: trimmed, source: 'the input' }
    : readFile(trimmed, files);
  if (!text.ok) return failed([text.problem]);
  const where = text.source === 'the input' ? INPUT : `${INPUT} (${text.source})`;
  const parsed = parseText(text.text);
  if (!parsed.ok)
    return failed(parsed.problems.map((problem) => `${where}: the document ${problem}.`));
  if (typeof parsed.value === 'string' && text.source === 'the input') {
    return failed([
      `${INPUT}: the document must be a mapping (got the text ${quoteForLog(parsed.value)}): a value with a line break, a \`:\` or a \`{\` first is read as the document, any other as a path in the workspace.`,
    ]);
  }
  const problems = checkShape(parsed.value, APP_IMAGE_CONFIG_SHAPE);
  if (problems.length > 0) return failed(problems.map((p) => `${where}: ${describe(p)}.`));
  return { ok: true, document: documentOf(parsed.value as Record<string, unknown>, text.source) };
}

function failed(problems: string[]): AppImageConfigResult {
  return { ok: false, problems };
}

function describe({ path, problem }: Problem): string {
  return path === '' ? `the document ${problem}` : `${path}: ${problem}`;
}

type TextRead =
  | { readonly ok: true; readonly text: string; readonly source: string }
  | { readonly ok: false; readonly problem: string };

/** The file a path names, refused when it lies outside the workspace. */
function readFile(path: string, files: WorkspaceFiles): TextRead {
  const named = quoteForLog(path);
  // eslint-disable-next-line no-control-regex -- a path holds no control characters
  if (/[\u0000-\u001f\u007f]/.test(path)) {
    return { ok: false, problem: `${INPUT} must not hold control characters: ${named}.` };
  }
  if (!isAbsolute(files.workspace)) {
    return {
      ok: false,
      problem: `${INPUT} names a file (${named}), but the workspace (GITHUB_WORKSPACE) is not set: give the document itself, or run the step in a job that checks out the repository.`,
    };
  }
  const workspace = resolve(files.workspace);
  const absolute = resolve(workspace, path);
  const inWorkspace = relative(workspace, absolute);
  if (!isInside(workspace, absolute)) {
    return {
      ok: false,
      problem: `${INPUT} must name a file inside the workspace (${quoteForLog(workspace)}): ${named} is not.`,
    };
  }
  const text = files.read(absolute);
  if (text === undefined) {
    return {
      ok: false,
      problem: `${INPUT} names the file ${quoteForLog(inWorkspace)}, which is not in the workspace (did actions/checkout run before this step? A value with no \`:\` and no line break is read as a path).`,
    };
  }
  return { ok: true, text, source: `file ${inWorkspace.split(sep).join('/')}` };
}

/** Whether `path` lies strictly inside `directory` (both absolute, normalized). Pure. */
export function isInside(directory: string, path: string): boolean {
  const inside = relative(directory, path);
  return inside !== '' && inside.split(sep)[0] !== '..' && !isAbsolute(inside);
}

type Parsed =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problems: string[] };

/** YAML (or JSON) text → a plain value: one document, unique keys, few aliases, no unknown tags. */
function parseText(text: string): Parsed {
  const bytes = Buffer.byteLength(text, 'utf8');
  // A file is read only as far as one byte past the cap, so its size is not known: say the cap only.
  if (bytes > MAX_DOCUMENT_BYTES) {
    return { ok: false, problems: [`must be at most ${MAX_DOCUMENT_BYTES} bytes (64 KiB)`] };
  }
  try {
    const document = parseDocument(text, { uniqueKeys: true, prettyErrors: true, version: '1.2' });
    const errors = [...document.errors, ...document.warnings].map(
      (error) => `is not valid YAML or JSON: ${firstLine(error.message)}`,
    );
    if (errors.length > 0) return { ok: false, problems: errors };
    return { ok: true, value: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown };
  } catch (error) {
    // toJS throws on too many aliases; the parser reports its own failures (deep nesting) as errors.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [`is not valid YAML or JSON: ${firstLine(message)}`] };
  }
}

/** The first line of a parser's message, without the source excerpt prettyErrors adds. */
function firstLine(message: string): string {
  const line = (message.split('\n')[0] ?? '').replace(/:$/, '');
  // The message may quote the document: keep it on one line, with no control characters.
  return quoteForLog(line).slice(1, -1);
}

/** A document that passed checkShape → the typed document, its member kept exactly as written. */
function documentOf(value: Record<string, unknown>, source: string): AppImageConfigDocument {
  const appType = (Object.keys(MEMBER_OF) as StudioAppType[]).find(
    (type) => value[MEMBER_OF[type]] !== undefined,
  ) as StudioAppType;
  const memberName = MEMBER_OF[appType];
  const name = value.AppImageConfigName as string | undefined;
  const base = {
    ...(name === undefined ? {} : { name }),
    tags: (value.Tags ?? []) as AppImageConfigTag[],
    source,
  };
  return { ...base, appType, memberName, member: value[memberName] } as AppImageConfigDocument;
}

/** What the image checks (src/preflight/) compare with the image's own config. */
export interface ContainerFacts {
  readonly entrypoint: readonly string[];
  readonly arguments: readonly string[];
  /** In the document's order; the order does not matter to SageMaker. */
  readonly environment: readonly (readonly [string, string])[];
  /** Absent when the document has no FileSystemConfig; members it omits are Studio's defaults. */
  readonly fileSystem?: { readonly mountPath: string; readonly uid: number; readonly gid: number };
  /** KernelGateway's kernel names (`KernelSpecs[].Name`); empty for the other app types. */
  readonly kernelNames: readonly string[];
}

export function containerFacts(document: AppImageConfigDocument): ContainerFacts {
  const { member } = document;
  const container = 'ContainerConfig' in member ? member.ContainerConfig : undefined;
  const kernels = 'KernelSpecs' in member ? (member.KernelSpecs ?? []) : [];
  const fileSystem = member.FileSystemConfig;
  return {
    entrypoint: container?.ContainerEntrypoint ?? [],
    arguments: container?.ContainerArguments ?? [],
    environment: Object.entries(container?.ContainerEnvironmentVariables ?? {}),
    ...(fileSystem === undefined
      ? {}
      : {
          fileSystem: {
            mountPath: fileSystem.MountPath ?? STUDIO_FILE_SYSTEM_DEFAULTS.mountPath,
            uid: fileSystem.DefaultUid ?? STUDIO_FILE_SYSTEM_DEFAULTS.uid,
            gid: fileSystem.DefaultGid ?? STUDIO_FILE_SYSTEM_DEFAULTS.gid,
          },
        }),
    kernelNames: kernels.map((kernel) => kernel.Name ?? ''),
  };
}

/** The config member as CreateAppImageConfig and UpdateAppImageConfig take it. */
export function requestMember(
  document: AppImageConfigDocument,
): Pick<CreateAppImageConfigRequest, MemberName> {
  return { [document.memberName]: document.member };
}
