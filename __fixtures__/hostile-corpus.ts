// A corpus of hostile values over every input, shared by the parser's test (hostile-inputs) and the
// bundle's (e2e/hostile-inputs): each row is an input, a category and a value it must reject.
export const VALID: Record<string, string> = {
  'image-name': 'my-image',
  'base-image': '123456789012.dkr.ecr.us-east-1.amazonaws.com/team/img:v1',
  'aws-region': 'us-east-1',
};

const INJECTIONS = [
  '::set-output name=image-arn::evil',
  '::add-mask::x',
  '::error::boom',
  '::warning file=a::w',
  '::stop-commands::tok',
];
const CONTROL = [
  'a\tb',
  'a\r\nb',
  'a\nb',
  'a\u0000b',
  'a\u001bb',
  'a\u007fb',
  'a\u0085b',
  'a\u2028b',
];
const SHELL = ['$(id)', '`id`', 'a;rm -rf /', 'a|b', 'a&&b', "a'b", 'a"b', '${HOME}'];
const JSON_VALUES = ['{"a":1}', '["x"]', '{}'];
const LOOK_ALIKE = [
  'mу-image' /* Cyrillic у */,
  'ｍｙ-image' /* fullwidth */,
  'my‐image' /* hyphen U+2010 */,
];

/** Bad values for one input, each with the category it stands for. */
function corpus(): [string, string, string][] {
  const rows: [string, string, string][] = [];
  const add = (input: string, category: string, values: readonly string[]): void => {
    for (const value of values) rows.push([input, category, value]);
  };
  // Structured inputs: everything that is not of their grammar is rejected.
  for (const input of [
    'image-name',
    'base-image',
    'client-token',
    'aws-region',
    'aliases',
    'role-arn',
  ]) {
    add(input, 'workflow command', INJECTIONS);
    // A line break separates aliases, so there it splits a value rather than spoiling it.
    add(
      input,
      'control character',
      input === 'aliases' ? CONTROL.filter((v) => !v.includes('\n')) : CONTROL,
    );
    add(input, 'shell metacharacter', SHELL);
    add(input, 'JSON', JSON_VALUES);
  }
  add('image-name', 'look-alike Unicode', LOOK_ALIKE);
  add('image-name', 'too long', ['a'.repeat(64)]);
  add('base-image', 'wrong case', ['123456789012.dkr.ecr.us-east-1.amazonaws.com/Team/Img:v1']);
  add('base-image', 'look-alike Unicode', ['123456789012.dkr.ecr.us-east-1.amazonaws.com/tеam:v1']);
  add('base-image', 'too long', [
    `123456789012.dkr.ecr.us-east-1.amazonaws.com/${'a'.repeat(250)}:v1`,
  ]);
  add('client-token', 'too long', ['a'.repeat(37)]);
  add('client-token', 'look-alike Unicode', ['tоken' /* Cyrillic о */]);
  add('aws-region', 'wrong case', ['US-EAST-1', 'Us-East-1']);
  add('aws-region', 'number', ['1', '42']);
  add('aliases', 'too long', ['a'.repeat(129)]);
  add('role-arn', 'look-alike Unicode', ['arn:aws:iam::123456789012:role/Rоle']);
  // Enumerations: any case of a listed word only.
  for (const input of ['vendor-guidance', 'job-type', 'processor']) {
    add(input, 'workflow command', INJECTIONS.slice(0, 3));
    add(input, 'control character', ['CPU\nGPU', 'C\tPU', 'GPU\u0000x']);
    add(input, 'number', ['0', '1', '-1']);
    add(input, 'JSON', ['{"v":"CPU"}', '["GPU"]']);
    add(input, 'look-alike Unicode', ['ＣＰＵ', 'SТABLE' /* Cyrillic Т */]);
  }
  // Versions of frameworks and languages.
  for (const input of ['ml-framework', 'programming-lang']) {
    add(input, 'workflow command', INJECTIONS.slice(0, 2));
    add(input, 'control character', ['Python 3.11\n::error::x', 'Python\t3.11']);
    add(input, 'shell metacharacter', ['Python $(id)', 'PyTorch;2.3']);
    add(input, 'word', ['Python', 'latest']);
  }
  // Booleans: true or false only.
  for (const input of [
    'horovod',
    'wait-for-created',
    'create-image',
    'skip-if-unchanged',
    'move-aliases',
    'dry-run',
    'mask-aws-account-id',
  ]) {
    add(input, 'word', ['yes', 'on', '1', 'tRuE', 'ｔｒｕｅ']);
    add(input, 'workflow command', ['true\n::add-mask::x']);
  }
  // Numbers: whole numbers in range only.
  for (const input of [
    'max-attempts',
    'http-timeout-seconds',
    'wait-timeout-seconds',
    'wait-max-delay-seconds',
  ]) {
    add(input, 'word', [
      'five',
      'ten',
      '1e3',
      '0x10',
      '3.5',
      '-5',
      '٣' /* Arabic-Indic 3 */,
      '1\n2',
    ]);
    add(input, 'too large', ['99999999999']);
  }
  // Free text: any printable text is the API's rule; line breaks and control characters are not.
  for (const input of ['release-notes', 'image-description', 'image-display-name']) {
    add(
      input,
      'workflow command',
      INJECTIONS.map((command) => `notes\n${command}`),
    );
    add(input, 'control character', CONTROL);
  }
  add('release-notes', 'too long', ['x'.repeat(256)]);
  add('image-tags', 'workflow command', ['::add-mask::x', '::error::boom']);
  add('image-tags', 'control character', ['team=ml\tx', 'team=m\u001bl']);
  add('image-tags', 'malformed', ['noequals', '=value', 'aws:reserved=x', `k=${'v'.repeat(257)}`]);
  // Required inputs: empty and blank are refused too.
  for (const input of ['image-name', 'base-image']) add(input, 'empty', ['', '   ', '\t']);
  return rows;
}

export const ROWS = corpus();
/** Inputs some rows need in order to be read at all. */
const CONTEXT: Record<string, Record<string, string>> = {
  'role-arn': { 'create-image': 'true' },
  'image-description': { 'create-image': 'true', 'role-arn': 'arn:aws:iam::123456789012:role/R' },
  'image-display-name': { 'create-image': 'true', 'role-arn': 'arn:aws:iam::123456789012:role/R' },
  'image-tags': { 'create-image': 'true', 'role-arn': 'arn:aws:iam::123456789012:role/R' },
};
export const inputsFor = (input: string, value: string): Record<string, string> => ({
  ...VALID,
  ...CONTEXT[input],
  [input]: value,
});
