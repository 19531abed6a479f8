import { describe, expect, it } from '@jest/globals';
import {
  MAX_DOCUMENT_BYTES,
  containerFacts,
  isInlineDocument,
  parseAppImageConfig,
  requestMember,
  type AppImageConfigDocument,
  type WorkspaceFiles,
} from '../../src/inputs/app-image-config.js';
import { RULES, type Rule } from '../../src/inputs/rules.js';
import { docsPage } from '../../__fixtures__/docs.ts';

const WORKSPACE = '/home/runner/work/repo/repo';

/** A workspace holding `files` (paths relative to it); reads outside it find nothing. */
function workspace(files: Record<string, string> = {}): WorkspaceFiles & { reads: string[] } {
  const reads: string[] = [];
  return {
    workspace: WORKSPACE,
    reads,
    read(path) {
      reads.push(path);
      const relative = path.startsWith(`${WORKSPACE}/`) ? path.slice(WORKSPACE.length + 1) : '';
      return files[relative];
    },
  };
}

function parse(value: string, files = workspace()) {
  return parseAppImageConfig(value, files);
}
function documentOf(value: string, files = workspace()): AppImageConfigDocument {
  const result = parse(value, files);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.document;
}
function problemsOf(value: string, files = workspace()): string[] {
  const result = parse(value, files);
  return result.ok ? [] : result.problems;
}

const JUPYTER_LAB = `
AppImageConfigName: my-config
Tags:
  - Key: team
    Value: ml
JupyterLabAppImageConfig:
  FileSystemConfig:
    MountPath: /home/sagemaker-user
    DefaultUid: 1000
    DefaultGid: 100
  ContainerConfig:
    ContainerEntrypoint: [jupyter-lab]
    ContainerArguments: [--ServerApp.port=8888, --ServerApp.token=]
    ContainerEnvironmentVariables:
      B: '2'
      A: ''
`;

describe('parseAppImageConfig: what a valid document gives', () => {
  it('keeps the member exactly as written, with the name, tags and app type', () => {
    expect(documentOf(JUPYTER_LAB)).toEqual({
      appType: 'JupyterLab',
      memberName: 'JupyterLabAppImageConfig',
      name: 'my-config',
      tags: [{ Key: 'team', Value: 'ml' }],
      source: 'the input',
      member: {
        FileSystemConfig: { MountPath: '/home/sagemaker-user', DefaultUid: 1000, DefaultGid: 100 },
        ContainerConfig: {
          ContainerEntrypoint: ['jupyter-lab'],
          ContainerArguments: ['--ServerApp.port=8888', '--ServerApp.token='],
          ContainerEnvironmentVariables: { B: '2', A: '' },
        },
      },
    });
  });

  it.each([
    ['JupyterLab', 'JupyterLabAppImageConfig: {}'],
    ['CodeEditor', '{"CodeEditorAppImageConfig": {}}'],
    ['KernelGateway', 'KernelGatewayImageConfig: {KernelSpecs: [{Name: python3}]}'],
  ])('reads the app type %s from its member', (appType, value) => {
    const document = documentOf(value);
    expect(document.appType).toBe(appType);
    expect(document).not.toHaveProperty('name');
    expect(document.tags).toEqual([]);
  });

  it('reads a file relative to the workspace, or absolute inside it', () => {
    const files = workspace({ '.github/studio/lab.yaml': 'JupyterLabAppImageConfig: {}\n' });
    expect(documentOf('.github/studio/lab.yaml', files).source).toBe(
      'file .github/studio/lab.yaml',
    );
    expect(documentOf(`${WORKSPACE}/.github/studio/lab.yaml`, files).source).toBe(
      'file .github/studio/lab.yaml',
    );
    expect(documentOf('./.github/studio/../studio/lab.yaml', files).appType).toBe('JupyterLab');
    expect(files.reads).toEqual([
      `${WORKSPACE}/.github/studio/lab.yaml`,
      `${WORKSPACE}/.github/studio/lab.yaml`,
      `${WORKSPACE}/.github/studio/lab.yaml`,
    ]);
  });

  it('names a problem in a file after the file', () => {
    const files = workspace({ 'lab.json': '{"JupyterLabAppImageConfig": {"Foo": 1}}' });
    expect(problemsOf('lab.json', files)).toEqual([
      'Input `app-image-config` (file lab.json): JupyterLabAppImageConfig.Foo: is not a member of JupyterLabAppImageConfig (its members: FileSystemConfig, ContainerConfig).',
    ]);
  });
});

describe('isInlineDocument: a document or a path', () => {
  it.each([
    ['JupyterLabAppImageConfig: {}', true],
    ['{"JupyterLabAppImageConfig":{}}', true],
    ['a\nb', true],
    ['lab.yaml', false],
    ['./studio/lab.json', false],
    ['/abs/lab.yaml', false],
    ['JupyterLab', false],
  ])('%j → %s', (value, inline) => {
    expect(isInlineDocument(value)).toBe(inline);
  });
});

describe('parseAppImageConfig: the file', () => {
  it.each([
    ['../outside.yaml', 'must name a file inside the workspace'],
    ['/etc/passwd', 'must name a file inside the workspace'],
    ['sub/../../outside.yaml', 'must name a file inside the workspace'],
    ['.', 'must name a file inside the workspace'],
    [`${WORKSPACE}-other/x.yaml`, 'must name a file inside the workspace'],
    ['missing.yaml', 'names the file "missing.yaml", which is not in the workspace'],
    ['a\u0000b', 'must not hold control characters'],
  ])('%j: %s', (value, problem) => {
    const files = workspace();
    const problems = problemsOf(value, files);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(problem);
    expect(problems[0]).toMatch(/^Input `app-image-config` /);
    if (!problem.startsWith('names')) expect(files.reads).toEqual([]);
  });

  it('is refused without a workspace', () => {
    const problems = parseAppImageConfig('lab.yaml', { workspace: '', read: () => 'x' });
    expect(problems).toEqual({
      ok: false,
      problems: [expect.stringContaining('the workspace (GITHUB_WORKSPACE) is not set')],
    });
  });

  it('an empty value is a problem', () => {
    expect(problemsOf('  ')).toEqual(['Input `app-image-config` is required and was empty.']);
  });

  it('an empty file is a problem', () => {
    expect(problemsOf('empty.yaml', workspace({ 'empty.yaml': '' }))).toEqual([
      'Input `app-image-config` (file empty.yaml): the document must be a mapping (got nothing: write `{}` for none of its members).',
    ]);
  });
});

/** The problems of a JupyterLab document whose ContainerConfig is `container` (YAML flow). */
const withContainer = (container: string): string[] =>
  problemsOf(`JupyterLabAppImageConfig: {ContainerConfig: ${container}}`);
const P = 'Input `app-image-config`: JupyterLabAppImageConfig.ContainerConfig';

describe('parseAppImageConfig: ContainerConfig against the API model', () => {
  it.each([
    [
      `{ContainerArguments: [a, b, c, ${'x'.repeat(70)}]}`,
      `${P}.ContainerArguments[3]: must be 1–64 characters (got 70).`,
    ],
    [`{ContainerArguments: [${'x'.repeat(64)}]}`, undefined],
    [
      `{ContainerArguments: [${Array.from({ length: 51 }, () => 'a').join(', ')}]}`,
      `${P}.ContainerArguments: must have at most 50 items (got 51).`,
    ],
    [
      `{ContainerArguments: ['  ']}`,
      `${P}.ContainerArguments[0]: must be text on one line, not blank (got "  ").`,
    ],
    [
      `{ContainerArguments: ["a\\nb"]}`,
      `${P}.ContainerArguments[0]: must be text on one line, not blank (got "a\\nb").`,
    ],
    [
      `{ContainerArguments: --port=8888}`,
      `${P}.ContainerArguments: must be a list (got the text "--port=8888": write \`[item]\` or \`- item\` lines).`,
    ],
    [
      `{ContainerArguments: [8888]}`,
      `${P}.ContainerArguments[0]: must be text (got 8888: quote it).`,
    ],
    [
      `{ContainerEntrypoint: [a, b]}`,
      `${P}.ContainerEntrypoint: must have at most 1 item (got 2).`,
    ],
    [
      `{ContainerEntrypoint: [${'e'.repeat(257)}]}`,
      `${P}.ContainerEntrypoint[0]: must be 1–256 characters (got 257).`,
    ],
    [`{ContainerEntrypoint: [${'e'.repeat(256)}]}`, undefined],
    [`{ContainerEntrypoint: []}`, undefined],
    [
      `{ContainerEnvironmentVariables: {PORT: 8888}}`,
      `${P}.ContainerEnvironmentVariables.PORT: must be text (got 8888: quote it).`,
    ],
    [
      `{ContainerEnvironmentVariables: {DEBUG: true}}`,
      `${P}.ContainerEnvironmentVariables.DEBUG: must be text (got true: quote it).`,
    ],
    [
      `{ContainerEnvironmentVariables: {A: ~}}`,
      `${P}.ContainerEnvironmentVariables.A: must be text (got nothing).`,
    ],
    [
      `{ContainerEnvironmentVariables: {A: ${'v'.repeat(257)}}}`,
      `${P}.ContainerEnvironmentVariables.A: must be at most 256 characters (got 257).`,
    ],
    [
      `{ContainerEnvironmentVariables: {${'K'.repeat(257)}: v}}`,
      `${P}.ContainerEnvironmentVariables.${'K'.repeat(257)}: the name must be 1–256 characters (got 257).`,
    ],
    [
      `{ContainerEnvironmentVariables: {' ': v}}`,
      `${P}.ContainerEnvironmentVariables[" "]: the name must be text on one line, not blank (got " ").`,
    ],
    [
      `{ContainerEnvironmentVariables: {${Array.from({ length: 26 }, (_, i) => `V${i}: x`).join(', ')}}}`,
      `${P}.ContainerEnvironmentVariables: must have at most 25 entries (got 26).`,
    ],
    [
      `{ContainerEnvironmentVariables: [{Key: A, Value: b}]}`,
      `${P}.ContainerEnvironmentVariables: must be a mapping of names to text (got a list: write \`NAME: value\` pairs; the list of \`Key\`/\`Value\` items is CloudFormation’s shape, not the API’s).`,
    ],
    [
      `{containerEntrypoint: [x]}`,
      `${P}.containerEntrypoint: is not a member of ContainerConfig (did you mean \`ContainerEntrypoint\`?).`,
    ],
    [
      `{container_arguments: [x]}`,
      `${P}.container_arguments: is not a member of ContainerConfig (did you mean \`ContainerArguments\`?).`,
    ],
  ])('%s', (container, problem) => {
    expect(withContainer(container)).toEqual(problem === undefined ? [] : [problem]);
  });

  it('lists every problem at once', () => {
    expect(
      withContainer(`{ContainerEntrypoint: [a, b], ContainerArguments: [1, 2], Extra: x}`),
    ).toHaveLength(4);
  });
});

const FS = 'Input `app-image-config`: JupyterLabAppImageConfig.FileSystemConfig';
describe('parseAppImageConfig: FileSystemConfig', () => {
  it.each([
    [`{MountPath: /home/sagemaker-user, DefaultUid: 0, DefaultGid: 65535}`, undefined],
    [`{MountPath: home}`, `${FS}.MountPath: must be a path starting with \`/\` (got "home").`],
    [`{MountPath: /${'m'.repeat(1024)}}`, `${FS}.MountPath: must be 1–1024 characters (got 1025).`],
    [
      `{DefaultUid: 65536}`,
      `${FS}.DefaultUid: must be a whole number from 0 to 65535 (got 65536).`,
    ],
    [`{DefaultUid: -1}`, `${FS}.DefaultUid: must be a whole number from 0 to 65535 (got -1).`],
    [
      `{DefaultGid: '100'}`,
      `${FS}.DefaultGid: must be a whole number from 0 to 65535, not text (got "100": remove the quotes).`,
    ],
    [`{DefaultGid: 1.5}`, `${FS}.DefaultGid: must be a whole number from 0 to 65535 (got 1.5).`],
    [`{DefaultGid: .nan}`, `${FS}.DefaultGid: must be a whole number from 0 to 65535 (got NaN).`],
  ])('%s', (fileSystem, problem) => {
    expect(problemsOf(`JupyterLabAppImageConfig: {FileSystemConfig: ${fileSystem}}`)).toEqual(
      problem === undefined ? [] : [problem],
    );
  });

  it('is taken by Code Editor too, as the API model has it', () => {
    expect(
      documentOf('CodeEditorAppImageConfig: {FileSystemConfig: {MountPath: /home/x}}').member,
    ).toEqual({ FileSystemConfig: { MountPath: '/home/x' } });
  });
});

const KG = 'Input `app-image-config`: KernelGatewayImageConfig';
const kernelGateway = (body: string): string[] => problemsOf(`KernelGatewayImageConfig: ${body}`);
describe('parseAppImageConfig: KernelGatewayImageConfig', () => {
  it.each([
    [`{KernelSpecs: [{Name: python3, DisplayName: Python 3}]}`, []],
    [`{KernelSpecs: [{Name: a}], FileSystemConfig: {DefaultUid: 0, DefaultGid: 0}}`, []],
    [`{}`, [`${KG}.KernelSpecs: is required.`]],
    [`{KernelSpecs: []}`, [`${KG}.KernelSpecs: must have 1–5 items (got 0).`]],
    [
      `{KernelSpecs: [${Array.from({ length: 6 }, (_, i) => `{Name: k${i}}`).join(', ')}]}`,
      [`${KG}.KernelSpecs: must have 1–5 items (got 6).`],
    ],
    [`{KernelSpecs: [{DisplayName: x}]}`, [`${KG}.KernelSpecs[0].Name: is required.`]],
    [
      `{KernelSpecs: [{Name: ''}]}`,
      [`${KG}.KernelSpecs[0].Name: must be 1–1024 characters (got 0).`],
    ],
    [
      `{KernelSpecs: [{Name: ${'n'.repeat(1025)}}]}`,
      [`${KG}.KernelSpecs[0].Name: must be 1–1024 characters (got 1025).`],
    ],
    [
      `{KernelSpecs: [{Name: a}], FileSystemConfig: {DefaultUid: 0}}`,
      [
        `${KG}.FileSystemConfig: DefaultUid and DefaultGid must be 1000 and 100, or 0 and 0, for KernelGateway images (got 0 and 100; an absent one is 1000 or 100).`,
      ],
    ],
    [
      `{KernelSpecs: [{Name: a}], FileSystemConfig: {DefaultUid: 1001, DefaultGid: 100}}`,
      [expect.stringContaining('(got 1001 and 100;')],
    ],
    [
      `{KernelSpecs: [{Name: a}], ContainerConfig: {}}`,
      [
        `${KG}.ContainerConfig: is not a member of KernelGatewayImageConfig (its members: KernelSpecs, FileSystemConfig).`,
      ],
    ],
  ])('%s', (body, problems) => {
    expect(kernelGateway(body)).toEqual(problems);
  });
});

const TOP = 'Input `app-image-config`';
describe('parseAppImageConfig: the top level', () => {
  it.each([
    [
      '{}',
      `${TOP}: the document must have one of \`JupyterLabAppImageConfig\`, \`CodeEditorAppImageConfig\`, \`KernelGatewayImageConfig\`: it names the app type (it has none).`,
    ],
    [
      'JupyterLabAppImageConfig: {}\nCodeEditorAppImageConfig: {}',
      `${TOP}: the document must have exactly one of \`JupyterLabAppImageConfig\`, \`CodeEditorAppImageConfig\`, \`KernelGatewayImageConfig\` (it has \`JupyterLabAppImageConfig\` and \`CodeEditorAppImageConfig\`).`,
    ],
    [
      'JupyterLabAppImageConfig:',
      `${TOP}: JupyterLabAppImageConfig: must be a mapping (got nothing: write \`{}\` for none of its members).`,
    ],
    [
      'jupyterLabAppImageConfig: {}',
      `${TOP}: jupyterLabAppImageConfig: is not a member of CreateAppImageConfig's request (did you mean \`JupyterLabAppImageConfig\`?).`,
    ],
    [
      'AppImageConfigName: my.config\nJupyterLabAppImageConfig: {}',
      `${TOP}: AppImageConfigName: must be letters, digits and \`-\`, starting and ending with a letter or digit (no \`.\`) (got "my.config").`,
    ],
    [
      `AppImageConfigName: ${'a'.repeat(64)}\nJupyterLabAppImageConfig: {}`,
      `${TOP}: AppImageConfigName: must be 1–63 characters (got 64).`,
    ],
    [
      'AppImageConfigName: 12\nJupyterLabAppImageConfig: {}',
      `${TOP}: AppImageConfigName: must be text (got 12: quote it).`,
    ],
    ['- JupyterLabAppImageConfig\n- x', `${TOP}: the document must be a mapping (got a list).`],
    [
      'studio/lab:v2.yaml',
      `${TOP}: the document must be a mapping (got the text "studio/lab:v2.yaml"): a value with a line break, a \`:\` or a \`{\` first is read as the document, any other as a path in the workspace.`,
    ],
    [
      '"JupyterLabAppImageConfig: {}"',
      expect.stringMatching(
        /^Input `app-image-config`: the document must be a mapping \(got the text "JupyterLabAppImageConfig: {}"\): a value with/,
      ),
    ],
  ])('%j', (value, problem) => {
    expect(problemsOf(value)).toEqual([problem]);
  });
});

const tagged = (tags: string): string[] =>
  problemsOf(`Tags: ${tags}\nJupyterLabAppImageConfig: {}`);
describe('parseAppImageConfig: Tags', () => {
  it.each([
    ['[{Key: team, Value: ""}]', []],
    ['[{Key: "a b:c/d=e+f-g@h_i.j", Value: "ü 1"}]', []],
    ['[{Key: aws:team, Value: x}]', [expect.stringContaining('Tags[0].Key: must be')]],
    ['[{Key: "", Value: x}]', [`${TOP}: Tags[0].Key: must be 1–128 characters (got 0).`]],
    [
      `[{Key: ${'k'.repeat(129)}, Value: x}]`,
      [`${TOP}: Tags[0].Key: must be 1–128 characters (got 129).`],
    ],
    [
      `[{Key: k, Value: ${'v'.repeat(257)}}]`,
      [`${TOP}: Tags[0].Value: must be at most 256 characters (got 257).`],
    ],
    [
      '[{Key: k, Value: "a;b"}]',
      [`${TOP}: Tags[0].Value: must be letters, digits, spaces and \`_.:/=+-@\` (got "a;b").`],
    ],
    ['[{Key: k}]', [`${TOP}: Tags[0].Value: is required.`]],
    [
      '[{Key: k, Value: a}, {Key: k, Value: b}]',
      [`${TOP}: Tags: the key "k" is given more than once.`],
    ],
    [
      `[${Array.from({ length: 51 }, (_, i) => `{Key: k${i}, Value: v}`).join(', ')}]`,
      [`${TOP}: Tags: must have at most 50 items (got 51).`],
    ],
    ['{team: ml}', [`${TOP}: Tags: must be a list (got a mapping).`]],
  ])('%s', (tags, problems) => {
    expect(tagged(tags)).toEqual(problems);
  });
});

describe('parseAppImageConfig: hostile documents', () => {
  const ALIASES = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 0; i < 8; i += 1) {
    ALIASES.push(
      `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
        .fill(`*${String.fromCharCode(97 + i)}`)
        .join(', ')}]`,
    );
  }
  it.each([
    [
      'a billion laughs',
      ALIASES.join('\n'),
      'the document is not valid YAML or JSON: Excessive alias count',
    ],
    [
      'a repeated key',
      'JupyterLabAppImageConfig: {}\nJupyterLabAppImageConfig: {}',
      'the document is not valid YAML or JSON: Map keys must be unique at line 2, column 1',
    ],
    [
      'a repeated key in JSON',
      '{"JupyterLabAppImageConfig": {"ContainerConfig": {"ContainerEnvironmentVariables": {"A": "1", "A": "2"}}}}',
      'the document is not valid YAML or JSON: Map keys must be unique',
    ],
    [
      'two documents',
      'JupyterLabAppImageConfig: {}\n---\nCodeEditorAppImageConfig: {}',
      'the document is not valid YAML or JSON: Source contains multiple documents',
    ],
    ['an unknown tag', 'JupyterLabAppImageConfig: !include other.yaml', 'Unresolved tag: !include'],
    [
      'a JavaScript tag',
      'JupyterLabAppImageConfig: !!js/function "x"',
      'the document is not valid YAML or JSON',
    ],
    ['unclosed JSON', '{"JupyterLabAppImageConfig": {', 'the document is not valid YAML or JSON'],
    [
      'a prototype key',
      '{"__proto__": {"polluted": true}, "JupyterLabAppImageConfig": {}}',
      '__proto__: is not a member of',
    ],
    [
      'a constructor key',
      'JupyterLabAppImageConfig: {constructor: {}}',
      'JupyterLabAppImageConfig.constructor: is not a member of JupyterLabAppImageConfig',
    ],
    [
      'a workflow command in a key',
      'JupyterLabAppImageConfig: {"\\n::set-output name=x::y": 1}',
      'JupyterLabAppImageConfig["\\n::set-output name=x::y"]: is not a member',
    ],
    [
      'a line separator in a value',
      'AppImageConfigName: "a\\u2028b"\nJupyterLabAppImageConfig: {}',
      'AppImageConfigName: must be',
    ],
    [
      'a too large document',
      `JupyterLabAppImageConfig: {}\n#${'x'.repeat(MAX_DOCUMENT_BYTES)}`,
      `the document must be at most ${MAX_DOCUMENT_BYTES} bytes`,
    ],
    [
      'a merge key',
      'x: &x {ContainerConfig: {}}\nJupyterLabAppImageConfig: {<<: *x}',
      'is not a member',
    ],
    [
      'deep nesting',
      `{"JupyterLabAppImageConfig": ${'['.repeat(20_000)}${']'.repeat(20_000)}}`,
      'Input `app-image-config`: ',
    ],
    ['a NUL byte', 'JupyterLabAppImageConfig: {}\u0000', 'the document is not valid YAML or JSON'],
  ])('%s is refused, on one line', (_name, value, problem) => {
    const problems = problemsOf(value);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toContain(problem);
    for (const line of problems) {
      expect(line).toMatch(/^Input `app-image-config`/);
      // eslint-disable-next-line no-control-regex -- looking for raw control characters is the point
      expect(line).not.toMatch(/[\r\n\u0000\u2028\u2029]/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('containerFacts and requestMember', () => {
  it('give the image checks the start command, environment and file system', () => {
    expect(containerFacts(documentOf(JUPYTER_LAB))).toEqual({
      entrypoint: ['jupyter-lab'],
      arguments: ['--ServerApp.port=8888', '--ServerApp.token='],
      environment: [
        ['B', '2'],
        ['A', ''],
      ],
      fileSystem: { mountPath: '/home/sagemaker-user', uid: 1000, gid: 100 },
      kernelNames: [],
    });
  });

  it('fill a partial file system config with Studio defaults, and leave an absent one out', () => {
    expect(
      containerFacts(documentOf('CodeEditorAppImageConfig: {FileSystemConfig: {DefaultUid: 0}}')),
    ).toEqual({
      entrypoint: [],
      arguments: [],
      environment: [],
      fileSystem: { mountPath: '/home/sagemaker-user', uid: 0, gid: 100 },
      kernelNames: [],
    });
    expect(containerFacts(documentOf('JupyterLabAppImageConfig: {}'))).not.toHaveProperty(
      'fileSystem',
    );
  });

  it('give KernelGateway its kernel names', () => {
    const document = documentOf(
      'KernelGatewayImageConfig: {KernelSpecs: [{Name: python3}, {Name: ir, DisplayName: R}]}',
    );
    expect(containerFacts(document).kernelNames).toEqual(['python3', 'ir']);
  });

  it('requestMember sends the member as written, under its name', () => {
    const document = documentOf(JUPYTER_LAB);
    expect(requestMember(document)).toEqual({ JupyterLabAppImageConfig: document.member });
    expect(
      Object.keys(
        requestMember(documentOf('{"KernelGatewayImageConfig": {"KernelSpecs": [{"Name": "k"}]}}')),
      ),
    ).toEqual(['KernelGatewayImageConfig']);
  });
});

describe('the rules table and the docs', () => {
  it('has a row for app-image-config that lets the parser do the checking', () => {
    expect(RULES['app-image-config'].rule).toBe(
      "a path to a YAML or JSON file in the workspace, or the document itself, in the shape of CreateAppImageConfig's request",
    );
    const rule: Rule = RULES['app-image-config'];
    expect(rule.check('anything')).toBeUndefined();
  });

  const section =
    docsPage('studio.md').split('\n## The app-image-config document\n')[1]?.split('\n## ')[0] ?? '';
  const examples = [...section.matchAll(/^```(?:yaml|json)\n([\s\S]*?)^```$/gm)].map(
    (match) => match[1] ?? '',
  );

  it('docs/studio.md shows three examples, one per app type', () => {
    expect(examples).toHaveLength(3);
    expect(examples.map((example) => documentOf(example).appType)).toEqual([
      'JupyterLab',
      'CodeEditor',
      'KernelGateway',
    ]);
  });

  it.each(examples.map((example, i) => [i + 1, example] as const))(
    'docs/studio.md example %i parses, from a file as from the input',
    (_n, example) => {
      const files = workspace({ 'studio/config.yaml': example });
      expect(documentOf('studio/config.yaml', files).member).toEqual(documentOf(example).member);
    },
  );
});
