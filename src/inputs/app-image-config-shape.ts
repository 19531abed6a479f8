// CreateAppImageConfig's request as a table of shapes, and one checker that walks a parsed document
// against it. The limits and patterns are the API model's (@aws-sdk/client-sagemaker 3.114x and the
// SageMaker API reference: CreateAppImageConfig, ContainerConfig, FileSystemConfig, KernelSpec,
// Tag). Where the model says "length 0" and a pattern `(?!\s*$).+` (non-blank), the rule reads 1.
// Pure.
import { quoteForLog } from '../common/log-safe.js';
import type { StudioAppType } from './rules.js';

/** The request member that names each app type. */
export const MEMBER_OF = {
  JupyterLab: 'JupyterLabAppImageConfig',
  CodeEditor: 'CodeEditorAppImageConfig',
  KernelGateway: 'KernelGatewayImageConfig',
} as const satisfies Record<StudioAppType, string>;
export type MemberName = (typeof MEMBER_OF)[StudioAppType];

interface TextShape {
  readonly kind: 'text';
  readonly min: number;
  readonly max: number;
  readonly pattern?: RegExp;
  /** What a value that breaks the pattern must be, in words. */
  readonly patternRule?: string;
}
interface IntegerShape {
  readonly kind: 'integer';
  readonly min: number;
  readonly max: number;
}
interface ListShape {
  readonly kind: 'list';
  readonly min: number;
  readonly max: number;
  readonly item: Shape;
}
interface MapShape {
  readonly kind: 'map';
  readonly max: number;
  readonly key: TextShape;
  readonly value: TextShape;
  /** Said when a list is given: the shape users copy by mistake. */
  readonly listHint?: string;
}
interface StructureShape {
  readonly kind: 'structure';
  /** The API's name for the shape, for "is not a member of …". */
  readonly name: string;
  readonly members: Readonly<Record<string, Shape>>;
  readonly required?: readonly string[];
  /** A rule between members, checked once each member is valid; paths relative to the structure. */
  readonly check?: (value: Record<string, unknown>) => Problem[];
}
export type Shape = TextShape | IntegerShape | ListShape | MapShape | StructureShape;

export interface Problem {
  /** Where in the document: `JupyterLabAppImageConfig.ContainerConfig.ContainerArguments[3]`. */
  readonly path: string;
  readonly problem: string;
}

// Java's `.` (the API's patterns are Java's) matches anything but these line terminators.
const LINE = String.raw`[^\n\r\u0085\u2028\u2029]`;
const NOT_BLANK_LINE = new RegExp(`^(?!\\s*$)${LINE}+$`, 'u');
const NOT_BLANK = 'text on one line, not blank';
const TAG_TEXT = String.raw`[\p{L}\p{Z}\p{N}_.:/=+\-@]`;
const TAG_RULE = 'letters, digits, spaces and `_.:/=+-@`';

const text = (min: number, max: number, pattern?: RegExp, patternRule?: string): TextShape => ({
  kind: 'text',
  min,
  max,
  ...(pattern === undefined ? {} : { pattern }),
  ...(patternRule === undefined ? {} : { patternRule }),
});

const FILE_SYSTEM_CONFIG: StructureShape = {
  kind: 'structure',
  name: 'FileSystemConfig',
  members: {
    MountPath: text(1, 1024, new RegExp(`^/${LINE}*$`, 'u'), 'a path starting with `/`'),
    DefaultUid: { kind: 'integer', min: 0, max: 65535 },
    DefaultGid: { kind: 'integer', min: 0, max: 65535 },
  },
};

const CONTAINER_CONFIG: StructureShape = {
  kind: 'structure',
  name: 'ContainerConfig',
  members: {
    ContainerArguments: {
      kind: 'list',
      min: 0,
      max: 50,
      item: text(1, 64, NOT_BLANK_LINE, NOT_BLANK),
    },
    ContainerEntrypoint: {
      kind: 'list',
      min: 0,
      max: 1,
      item: text(1, 256, NOT_BLANK_LINE, NOT_BLANK),
    },
    ContainerEnvironmentVariables: {
      kind: 'map',
      max: 25,
      key: text(1, 256, NOT_BLANK_LINE, NOT_BLANK),
      value: text(0, 256),
      listHint:
        'write `NAME: value` pairs; the list of `Key`/`Value` items is CloudFormation’s shape, not the API’s',
    },
  },
};

const KERNEL_SPEC: StructureShape = {
  kind: 'structure',
  name: 'KernelSpec',
  members: { Name: text(1, 1024), DisplayName: text(1, 1024) },
  required: ['Name'],
};

/** The uid/gid pairs Studio accepts for KernelGateway images; absent members are 1000 and 100. */
const KERNEL_GATEWAY_IDS = ['1000/100', '0/0'];

function kernelGatewayIds(member: Record<string, unknown>): Problem[] {
  // Called once the member is valid: the ids are whole numbers when present.
  const fileSystem = (member.FileSystemConfig ?? {}) as {
    DefaultUid?: number;
    DefaultGid?: number;
  };
  const uid = fileSystem.DefaultUid ?? 1000;
  const gid = fileSystem.DefaultGid ?? 100;
  if (KERNEL_GATEWAY_IDS.includes(`${uid}/${gid}`)) return [];
  return [
    {
      path: 'FileSystemConfig',
      problem: `DefaultUid and DefaultGid must be 1000 and 100, or 0 and 0, for KernelGateway images (got ${uid} and ${gid}; an absent one is 1000 or 100)`,
    },
  ];
}

const TAG: StructureShape = {
  kind: 'structure',
  name: 'Tag',
  members: {
    Key: text(
      1,
      128,
      new RegExp(`^(?!aws:)${TAG_TEXT}*$`, 'u'),
      `${TAG_RULE}, not starting with \`aws:\``,
    ),
    Value: text(0, 256, new RegExp(`^${TAG_TEXT}*$`, 'u'), TAG_RULE),
  },
  required: ['Key', 'Value'],
};

function uniqueTagKeys(value: Record<string, unknown>): Problem[] {
  const keys = ((value.Tags ?? []) as { Key: string }[]).map((tag) => tag.Key);
  const repeated = [...new Set(keys.filter((key, i) => keys.indexOf(key) !== i))];
  return repeated.map((key) => ({
    path: 'Tags',
    problem: `the key ${quoteForLog(key)} is given more than once`,
  }));
}

function exactlyOneMember(value: Record<string, unknown>): Problem[] {
  const members = Object.values(MEMBER_OF);
  const present = members.filter((member) => value[member] !== undefined);
  if (present.length === 1) return [];
  const list = members.map((member) => `\`${member}\``).join(', ');
  const problem =
    present.length === 0
      ? `must have one of ${list}: it names the app type (it has none)`
      : `must have exactly one of ${list} (it has ${present.map((m) => `\`${m}\``).join(' and ')})`;
  return [{ path: '', problem }];
}

export const APP_IMAGE_CONFIG_SHAPE: StructureShape = {
  kind: 'structure',
  name: "CreateAppImageConfig's request",
  members: {
    AppImageConfigName: text(
      1,
      63,
      /^[a-zA-Z0-9](?:-*[a-zA-Z0-9]){0,62}$/,
      'letters, digits and `-`, starting and ending with a letter or digit (no `.`)',
    ),
    Tags: { kind: 'list', min: 0, max: 50, item: TAG },
    JupyterLabAppImageConfig: {
      kind: 'structure',
      name: 'JupyterLabAppImageConfig',
      members: { FileSystemConfig: FILE_SYSTEM_CONFIG, ContainerConfig: CONTAINER_CONFIG },
    },
    CodeEditorAppImageConfig: {
      kind: 'structure',
      name: 'CodeEditorAppImageConfig',
      members: { FileSystemConfig: FILE_SYSTEM_CONFIG, ContainerConfig: CONTAINER_CONFIG },
    },
    KernelGatewayImageConfig: {
      kind: 'structure',
      name: 'KernelGatewayImageConfig',
      members: {
        KernelSpecs: { kind: 'list', min: 1, max: 5, item: KERNEL_SPEC },
        FileSystemConfig: FILE_SYSTEM_CONFIG,
      },
      required: ['KernelSpecs'],
      check: kernelGatewayIds,
    },
  },
  check: (value) => [...exactlyOneMember(value), ...uniqueTagKeys(value)],
};

/** Every way `value` breaks `shape`, each with its path; [] when it fits. */
export function checkShape(value: unknown, shape: Shape, path = ''): Problem[] {
  switch (shape.kind) {
    case 'text':
      return atPath(path, textProblem(value, shape));
    case 'integer':
      return atPath(path, integerProblem(value, shape));
    case 'list':
      return checkList(value, shape, path);
    case 'map':
      return checkMap(value, shape, path);
    case 'structure':
      return checkStructure(value, shape, path);
  }
}

function atPath(path: string, problem: string | undefined): Problem[] {
  return problem === undefined ? [] : [{ path, problem }];
}

/** What a value is, for "must be X (got Y)". */
function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${quoteForLog(value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${String(value)}`;
  return typeof value === 'object' ? 'a mapping' : typeof value;
}

function lengthRule(min: number, max: number): string {
  return min === 0 ? `at most ${max} characters` : `${min}–${max} characters`;
}

function textProblem(value: unknown, shape: TextShape): string | undefined {
  if (typeof value !== 'string') {
    const quote = typeof value === 'number' || typeof value === 'boolean' ? ': quote it' : '';
    return `must be text (got ${kindOf(value)}${quote})`;
  }
  const length = [...value].length;
  if (length < shape.min || length > shape.max)
    return `must be ${lengthRule(shape.min, shape.max)} (got ${length})`;
  if (shape.pattern !== undefined && !shape.pattern.test(value))
    return `must be ${shape.patternRule ?? 'valid'} (got ${quoteForLog(value)})`;
  return undefined;
}

function integerProblem(value: unknown, shape: IntegerShape): string | undefined {
  const rule = `a whole number from ${shape.min} to ${shape.max}`;
  if (typeof value === 'string' && /^\d+$/.test(value))
    return `must be ${rule}, not text (got ${quoteForLog(value)}: remove the quotes)`;
  if (typeof value !== 'number' || !Number.isInteger(value))
    return `must be ${rule} (got ${kindOf(value)})`;
  if (value < shape.min || value > shape.max) return `must be ${rule} (got ${value})`;
  return undefined;
}

function checkList(value: unknown, shape: ListShape, path: string): Problem[] {
  if (!Array.isArray(value)) {
    const hint = typeof value === 'string' ? ': write `[item]` or `- item` lines' : '';
    return [{ path, problem: `must be a list (got ${kindOf(value)}${hint})` }];
  }
  const count =
    value.length < shape.min || value.length > shape.max
      ? [{ path, problem: `must have ${countRule(shape)} (got ${value.length})` }]
      : [];
  return [...count, ...value.flatMap((item, i) => checkShape(item, shape.item, `${path}[${i}]`))];
}

function countRule({ min, max }: ListShape): string {
  const noun = max === 1 ? 'item' : 'items';
  return min === 0 ? `at most ${max} ${noun}` : `${min}–${max} ${noun}`;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkMap(value: unknown, shape: MapShape, path: string): Problem[] {
  if (!isMapping(value)) {
    const hint = Array.isArray(value) && shape.listHint !== undefined ? `: ${shape.listHint}` : '';
    return [{ path, problem: `must be a mapping of names to text (got ${kindOf(value)}${hint})` }];
  }
  const entries = Object.entries(value);
  const count =
    entries.length > shape.max
      ? [{ path, problem: `must have at most ${shape.max} entries (got ${entries.length})` }]
      : [];
  return [
    ...count,
    ...entries.flatMap(([key, item]) => {
      const keyProblem = textProblem(key, shape.key);
      const at = join(path, key);
      return [
        ...(keyProblem === undefined ? [] : [{ path: at, problem: `the name ${keyProblem}` }]),
        ...atPath(at, textProblem(item, shape.value)),
      ];
    }),
  ];
}

/** `a.b`, or `a["odd key"]` for a key that is not a plain name. */
function join(path: string, key: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) return path === '' ? key : `${path}.${key}`;
  return `${path}[${quoteForLog(key)}]`;
}

/** A member spelled another way: `containerConfig`, `container_config`. */
function fold(name: string): string {
  return name.toLowerCase().replace(/[-_\s]/g, '');
}

function checkStructure(value: unknown, shape: StructureShape, path: string): Problem[] {
  if (!isMapping(value)) {
    const hint =
      value === null || value === undefined ? ': write `{}` for none of its members' : '';
    return [{ path, problem: `must be a mapping (got ${kindOf(value)}${hint})` }];
  }
  const known = Object.keys(shape.members);
  const problems: Problem[] = [];
  for (const name of Object.keys(value)) {
    const member = shape.members[name];
    if (member !== undefined && Object.hasOwn(shape.members, name)) {
      problems.push(...checkShape(value[name], member, join(path, name)));
      continue;
    }
    const meant = known.find((other) => fold(other) === fold(name));
    const hint =
      meant === undefined ? `its members: ${known.join(', ')}` : `did you mean \`${meant}\`?`;
    problems.push({
      path: join(path, name),
      problem: `is not a member of ${shape.name} (${hint})`,
    });
  }
  for (const name of shape.required ?? []) {
    if (value[name] === undefined)
      problems.push({ path: join(path, name), problem: 'is required' });
  }
  if (problems.length === 0 && shape.check !== undefined) {
    for (const { path: inside, problem } of shape.check(value)) {
      problems.push({ path: inside === '' ? path : join(path, inside), problem });
    }
  }
  return problems;
}
