import { describe, expect, it } from '@jest/globals';
import { parseInputs, readList, type InputsResult } from '../../src/inputs/inputs.js';
import { inInputOrder } from '../../src/inputs/reader.js';

const VALID = {
  'image-name': 'my-image',
  'base-image': '123456789012.dkr.ecr.us-east-1.amazonaws.com/team/my-image:v1.2.3',
  'aws-region': 'us-east-1',
};

function parse(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): InputsResult {
  return parseInputs((name) => inputs[name] ?? '', env);
}

/** The parsed defaults of the inputs about waiting and the optional features. */
const DEFAULT_SWITCHES = {
  waitForCreated: true,
  waitTimeoutSeconds: 1200,
  waitMaxDelaySeconds: 5,
  skipIfUnchanged: false,
  moveAliases: false,
  allowRollback: false,
  dryRun: false,
  maskAccountId: false,
  preflight: 'strict',
};

function withoutRegion(): Record<string, string> {
  return Object.fromEntries(Object.entries(VALID).filter(([name]) => name !== 'aws-region'));
}

function problemsOf(
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {},
): readonly string[] {
  const result = parse(inputs, env);
  return result.ok ? [] : result.problems;
}

describe('parseInputs', () => {
  it('accepts the minimal valid inputs and applies defaults', () => {
    const result = parse(VALID);
    expect(result).toEqual({
      ok: true,
      inputs: {
        imageName: 'my-image',
        baseImage: VALID['base-image'],
        region: 'us-east-1',
        aliases: [],
        metadata: {},
        maxAttempts: 5,
        advice: { attempts: 'max-attempts' },
        httpTimeoutSeconds: 30,
        ...DEFAULT_SWITCHES,
      },
      warnings: [],
    });
  });

  it('reads every optional field, in the API case', () => {
    const result = parse({
      ...VALID,
      'client-token': 'my-token-1',
      aliases: 'latest, stable\nv1',
      'vendor-guidance': 'stable',
      'job-type': 'Notebook_Kernel',
      'ml-framework': 'PyTorch 2.3',
      'programming-lang': 'Python 3.11',
      processor: 'gpu',
      horovod: 'False',
      'release-notes': 'First release',
      'max-attempts': '3',
      'http-timeout-seconds': '0010',
    });
    expect(result.ok && result.inputs).toEqual({
      imageName: 'my-image',
      baseImage: VALID['base-image'],
      clientToken: 'my-token-1',
      region: 'us-east-1',
      aliases: ['latest', 'stable', 'v1'],
      metadata: {
        vendorGuidance: 'STABLE',
        jobType: 'NOTEBOOK_KERNEL',
        mlFramework: 'PyTorch 2.3',
        programmingLang: 'Python 3.11',
        processor: 'GPU',
        horovod: false,
        releaseNotes: 'First release',
      },
      maxAttempts: 3,
      advice: { attempts: 'max-attempts' },
      httpTimeoutSeconds: 10,
      ...DEFAULT_SWITCHES,
    });
  });

  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['FALSE', false],
  ])('reads horovod %s as %s', (value, expected) => {
    const result = parse({ ...VALID, horovod: value });
    expect(result.ok && result.inputs.metadata.horovod).toBe(expected);
  });

  it('drops duplicate aliases', () => {
    const result = parse({ ...VALID, aliases: 'a,b,a\n\n b ' });
    expect(result.ok && result.inputs.aliases).toEqual(['a', 'b']);
  });

  describe('region', () => {
    it.each([
      [{}, { AWS_REGION: 'eu-west-1' }, 'eu-west-1'],
      [{}, { AWS_DEFAULT_REGION: 'ap-south-1' }, 'ap-south-1'],
      [{}, { AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'ap-south-1' }, 'eu-west-1'],
      [{ 'aws-region': 'cn-north-1' }, { AWS_REGION: 'eu-west-1' }, 'cn-north-1'],
      [{ 'aws-region': 'us-gov-west-1' }, {}, 'us-gov-west-1'],
    ])('input %j with env %j gives %s', (extra, env, region) => {
      const rest = withoutRegion();
      const result = parse({ ...rest, ...extra }, env);
      expect(result.ok && result.inputs.region).toBe(region);
    });

    it('fails clearly when there is no region anywhere', () => {
      const rest = withoutRegion();
      expect(problemsOf(rest)).toEqual([
        'No AWS region: set input `aws-region`, or AWS_REGION (aws-actions/configure-aws-credentials sets it).',
      ]);
    });

    it('names the environment variable when it holds a bad region', () => {
      const rest = withoutRegion();
      expect(problemsOf(rest, { AWS_REGION: 'Europe' })[0]).toMatch(/^AWS_REGION must be/);
    });
  });

  // Each row: input, a bad value, and a fragment of the rule the message must state.
  it.each([
    ['image-name', '-leading-dash', 'letters, digits, and single `-` or `.` between them'],
    ['image-name', 'double--dash', 'single `-` or `.`'],
    ['image-name', 'under_score', 'letters, digits'],
    ['image-name', 'a'.repeat(64), '1–63 characters (got 64)'],
    ['image-name', 'trailing.', 'letters, digits'],
    ['base-image', 'nginx:latest', 'must be an ECR image'],
    ['base-image', '123456789012.dkr.ecr.us-east-1.amazonaws.com/repo', 'must name a tag'],
    ['base-image', '12345.dkr.ecr.us-east-1.amazonaws.com/repo:tag', 'must be an ECR image'],
    ['base-image', '123456789012.dkr.ecr.us-east-1.amazonaws.com/Repo:tag', 'must be an ECR image'],
    [
      'base-image',
      '123456789012.dkr.ecr.us-east-1.amazonaws.com/repo@sha256:abc',
      'must have a digest of the form `@sha256:<64 lower-case hex>`',
    ],
    [
      'base-image',
      `123456789012.dkr.ecr.us-east-1.amazonaws.com/${'r'.repeat(250)}:t`,
      '1–255 characters',
    ],
    [
      'base-image',
      '123456789012.dkr.ecr.us-east-1.amazonaws.com/repo:.bad',
      'must be an ECR image',
    ],
    ['client-token', 'a'.repeat(37), '1–36 characters (got 37)'],
    ['client-token', 'has_underscore', 'letters, digits and `-`'],
    ['aws-region', 'US-EAST-1', 'a region code'],
    ['aliases', '.hidden', 'not starting with `.` or `-`'],
    ['aliases', '-dash', 'not starting with `.` or `-`'],
    ['aliases', 'a'.repeat(129), '1–128 characters'],
    ['aliases', 'sp ace', 'letters, digits'],
    ['vendor-guidance', 'GOOD', 'one of NOT_PROVIDED, STABLE, TO_BE_ARCHIVED, ARCHIVED'],
    ['job-type', 'TRAIN', 'one of TRAINING, INFERENCE, NOTEBOOK_KERNEL'],
    ['processor', 'TPU', 'one of CPU, GPU'],
    ['ml-framework', 'PyTorch', 'a name and a version'],
    ['ml-framework', 'PyTorch  2.3', 'a name and a version'],
    ['programming-lang', 'Python3', 'a name and a version'],
    ['horovod', 'yes', '`true` or `false`'],
    ['horovod', 'tRuE', '`true` or `false`'],
    ['release-notes', 'x'.repeat(256), '1–255 characters'],
    ['release-notes', 'line one\nline two', 'must be one line (got 2 lines)'],
    ['release-notes', 'tab\there', 'control characters'],
    ['max-attempts', '0', 'a whole number from 1 to 10'],
    ['max-attempts', '11', 'a whole number from 1 to 10'],
    ['max-attempts', '2.5', 'a whole number from 1 to 10'],
    ['http-timeout-seconds', '-1', 'a whole number from 1 to 600'],
    ['http-timeout-seconds', 'ten', 'a whole number from 1 to 600'],
  ])('rejects %s = %j, stating the rule', (name, value, rule) => {
    const problems = problemsOf({ ...VALID, [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`Input \`${name}\``);
    expect(problems[0]).toContain(rule);
  });

  it.each([
    '123456789012.dkr.ecr.us-east-1.amazonaws.com/repo:latest',
    `123456789012.dkr.ecr.eu-central-1.amazonaws.com/a/b/c@sha256:${'0f'.repeat(32)}`,
    '123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/repo:v1',
    '123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com/repo:v1',
    '123456789012.dkr.ecr.us-east-1.amazonaws.com/my_repo-x.y:Tag_1.2-rc',
  ])('accepts base image %s', (baseImage) => {
    expect(problemsOf({ ...VALID, 'base-image': baseImage })).toEqual([]);
  });

  it('lists every problem at once, each naming its input', () => {
    const problems = problemsOf({
      'image-name': '',
      'base-image': 'nginx',
      'aws-region': 'nowhere',
      processor: 'tpu',
    });
    expect(problems.map((p) => /`([a-z-]+)`/.exec(p)?.[1])).toEqual([
      'image-name',
      'base-image',
      'aws-region',
      'processor',
    ]);
  });

  it('quotes bad values on one line, so they cannot start a workflow command', () => {
    const [problem] = problemsOf({ ...VALID, 'image-name': 'x\n::set-output name=a::b' });
    expect(problem).toContain('"x\\n::set-output name=a::b"');
    expect(problem).not.toContain('\n');
  });
});

describe('parseInputs: waiting, images and aliases', () => {
  const ROLE = 'arn:aws:iam::123456789012:role/SageMakerImages';

  it('reads what CreateImage needs when create-image is on', () => {
    const result = parse({
      ...VALID,
      'create-image': 'true',
      'role-arn': ROLE,
      'image-display-name': 'My image',
      'image-description': 'Kernels for the ML team',
      'image-tags': 'team=ml\ncost-center=42\nnote=a=b',
    });
    expect(result.ok && result.inputs.newImage).toEqual({
      roleArn: ROLE,
      displayName: 'My image',
      description: 'Kernels for the ML team',
      tags: [
        { Key: 'team', Value: 'ml' },
        { Key: 'cost-center', Value: '42' },
        { Key: 'note', Value: 'a=b' },
      ],
    });
  });

  it('ignores the image inputs when create-image is off, warning that they are unused', () => {
    const result = parse({ ...VALID, 'role-arn': ROLE, 'image-tags': 'team=ml' });
    expect(result.ok && result.inputs.newImage).toBeUndefined();
    expect(result.ok && result.warnings).toEqual([
      '`role-arn`, `image-tags` are used only with `create-image: true`, which is off: ignored.',
    ]);
  });

  it.each([
    ['role-arn', 'arn:aws:iam::123:role/R', 'an IAM role ARN'],
    ['image-tags', 'aws:team=ml', 'the key not starting with `aws:`'],
    ['image-display-name', ' padded', 'must not start or end with a space'],
    ['image-description', 'x'.repeat(513), '1–512 characters'],
  ])('checks %s even when create-image is off', (name, value, rule) => {
    const problems = problemsOf({ ...VALID, [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`Input \`${name}\` ${rule.startsWith('must') ? '' : 'must'}`);
    expect(problems[0]).toContain(rule);
  });

  it('trims keys and values around `=` in image-tags', () => {
    const result = parse({
      ...VALID,
      'create-image': 'true',
      'role-arn': ROLE,
      'image-tags': 'team = ml-platform\ncost-center =42\nnote= a = b',
    });
    expect(result.ok && result.inputs.newImage?.tags).toEqual([
      { Key: 'team', Value: 'ml-platform' },
      { Key: 'cost-center', Value: '42' },
      { Key: 'note', Value: 'a = b' },
    ]);
  });

  it('requires role-arn with create-image', () => {
    expect(problemsOf({ ...VALID, 'create-image': 'true' })).toEqual([
      'Input `role-arn` is required when `create-image` is true: CreateImage needs the role SageMaker uses to pull from ECR.',
    ]);
  });

  it('takes at most 50 tags', () => {
    const tags = Array.from({ length: 51 }, (_, i) => `k${i}=v`).join('\n');
    expect(
      problemsOf({ ...VALID, 'create-image': 'true', 'role-arn': ROLE, 'image-tags': tags }),
    ).toEqual(['Input `image-tags` must list at most 50 tags (got 51).']);
  });

  it('needs wait-for-created for move-aliases', () => {
    expect(
      problemsOf({ ...VALID, 'move-aliases': 'true', 'wait-for-created': 'false' })[0],
    ).toContain('`move-aliases` needs `wait-for-created: true`');
  });

  it.each([
    ['wait-timeout-seconds', '21600', 21600],
    ['wait-timeout-seconds', '1', 1],
    ['wait-max-delay-seconds', '300', 300],
  ])('reads %s = %s', (name, value, expected) => {
    const result = parse({ ...VALID, [name]: value });
    const key = name === 'wait-timeout-seconds' ? 'waitTimeoutSeconds' : 'waitMaxDelaySeconds';
    expect(result.ok && result.inputs[key]).toBe(expected);
  });

  it.each([
    ['wait-timeout-seconds', '21601'],
    ['wait-timeout-seconds', '0'],
    ['wait-max-delay-seconds', '301'],
  ])('rejects %s = %s', (name, value) => {
    expect(problemsOf({ ...VALID, [name]: value })[0]).toContain(
      `Input \`${name}\` must be a whole number`,
    );
  });
});

describe('parseInputs: guidance for common mistakes', () => {
  const REPO = '123456789012.dkr.ecr.us-east-1.amazonaws.com/team/img';
  it.each([
    ['Docker Hub', 'nginx:latest', 'SageMaker takes images from private ECR only, not Docker Hub'],
    ['ECR Public', 'public.ecr.aws/docker/library/python:3.12', 'cannot use ECR Public'],
    [
      'a tag and a digest',
      `${REPO}:v1@sha256:${'ab'.repeat(32)}`,
      'must have a tag or a digest, not both',
    ],
    [
      'an empty digest',
      `${REPO}@`,
      'the digest was empty (an empty `${{ steps.build.outputs.digest }}` gives this',
    ],
    ['no tag or digest', REPO, 'must name a tag (`:<tag>`) or a digest'],
  ])('says which base-image rule %s breaks', (_label, value, message) => {
    const [problem] = problemsOf({ ...VALID, 'base-image': value });
    expect(problem).toContain('Input `base-image`');
    expect(problem).toContain(message);
  });

  it('reads an alias problem plainly', () => {
    expect(problemsOf({ ...VALID, aliases: 'ok,sp ace' })).toEqual([
      'Input `aliases` must hold only letters, digits, `-`, `_` and `.` in each alias, not starting with `.` or `-`: "sp ace".',
    ]);
  });

  it('leaves an ECR repository in another region to the image checks in strict mode', () => {
    const result = parse({ ...VALID, 'aws-region': 'eu-west-1' });
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('warns, naming both regions, when the ECR repository is in another region', () => {
    const result = parse({ ...VALID, 'aws-region': 'eu-west-1', preflight: 'warn' });
    expect(result.ok && result.warnings).toEqual([
      "The base image's ECR repository is in us-east-1, but the SageMaker image is in eu-west-1: " +
        "SageMaker pulls from a repository in the image's own region, so the version will most " +
        'likely end CREATE_FAILED. Push the image to ECR in eu-west-1, or set `aws-region` to us-east-1.',
    ]);
  });
});

describe('preflight', () => {
  it.each([
    ['', 'strict'],
    ['strict', 'strict'],
    ['Warn', 'warn'],
    ['OFF', 'off'],
  ])('reads %j as %s', (value, expected) => {
    const result = parse({ ...VALID, preflight: value });
    expect(result.ok && result.inputs.preflight).toBe(expected);
  });

  it('refuses another word, naming the three', () => {
    expect(parse({ ...VALID, preflight: 'true' })).toEqual({
      ok: false,
      problems: ['Input `preflight` must be one of strict, warn, off (any case): "true".'],
    });
  });
});

describe('readList', () => {
  it.each([
    ['', []],
    ['a', ['a']],
    ['a,b', ['a', 'b']],
    ['a\nb, c\n\n', ['a', 'b', 'c']],
    [' , ,', []],
  ])('splits %j', (value, expected) => {
    expect(readList(value)).toEqual(expected);
  });
});

describe('inInputOrder', () => {
  it('orders problems by the first input each names, those naming none last, stable', () => {
    expect(
      inInputOrder(
        ['No `a`', 'Input `b` x', 'Input `a` y, with `b`', 'Input `b` z', 'Input `zz` w'],
        ['a', 'b'],
      ),
    ).toStrictEqual([
      'Input `a` y, with `b`',
      'Input `b` x',
      'Input `b` z',
      'No `a`',
      'Input `zz` w',
    ]);
  });
});
