// The step summary `./` writes (src/register/main.ts), whole, for each way a run ends: the version
// it created (with its token and the request sent) or reused (neither), the part that failed
// named as such, and a version created before a later part failed keeping all it was known by.
// Orchestration: @actions/core mocked and the SDK answered by the in-process images model: image
// my-image with versions 1 to 3, so a run makes version 4, CREATED at the first look. A refusal
// the model does not play is scripted, saying so.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  DescribeImageVersionCommand,
  ListImageVersionsCommand,
  UpdateImageVersionCommand,
} from '@aws-sdk/client-sagemaker';
import { fakeClock } from '../../__fixtures__/clock.js';
import * as core from '../../__fixtures__/core.js';
import {
  ARN,
  BASE_IMAGE,
  INPUTS,
  resetRun,
  sagemaker,
  serviceError,
  WAIT,
  type Models,
  serveMyImage,
} from '../../__fixtures__/orchestration.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/register/main.js');

let models: Models;
beforeEach(() => {
  resetRun();
  models = serveMyImage();
});

const CONSOLE =
  'https://eu-west-1.console.aws.amazon.com/sagemaker/home?region=eu-west-1#/images/my-image';
/** Scripted: the models let every caller in. */
const deny = (operation: string): Error =>
  serviceError('AccessDeniedException', `not authorized to perform: sagemaker:${operation}`);
/** The message a refused `operation` fails the run with. */
const deniedMessage = (operation: string): string =>
  `${operation} for SageMaker image "my-image" in eu-west-1 failed: the credentials are not ` +
  `allowed to call sagemaker:${operation}. Grant sagemaker:${operation} on the image to the role ` +
  "this workflow assumes (see the IAM policy in the action's docs/iam.md). " +
  `(AccessDeniedException: not authorized to perform: sagemaker:${operation})`;

/** Version 4's section: its title line, then its table's rows after Image and Version. */
function versionSection(title: string, version: string, rows: readonly string[]): string[] {
  return [
    `### SageMaker image version my-image:4${title}`,
    '',
    '| | |',
    '|---|---|',
    `| Image | [\`my-image\`](${CONSOLE}) |`,
    `| Version | ${version} |`,
    ...rows,
    '',
    `[Open the image in the SageMaker console](${CONSOLE})`,
    '',
  ];
}
/** The collapsed request a created version's section ends with. */
const requestSent = (token: string): string[] => [
  '<details><summary>Request sent</summary>',
  '',
  `<pre>CreateImageVersion {\n  "ImageName": "my-image",\n  "BaseImage": "${BASE_IMAGE}",\n  "ClientToken": "${token}"\n}</pre>`,
  '',
  '</details>',
  '',
];
/** The token the run derived (and output). */
const token = (): string => core.outputs()['client-token'] ?? '';

describe('the step summary of ./', () => {
  it('shows a created version with its token and the request sent', async () => {
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(token()).toMatch(/^987654321-3f2a9c1d0e7b-[0-9a-f]{10}$/);
    expect(core.summary.text()).toBe(
      [
        ...versionSection('', '4 (new)', [
          `| Version ARN | \`${ARN}\` |`,
          `| Base image | \`${BASE_IMAGE}\` |`,
          '| Region | `eu-west-1` |',
          `| Client token | \`${token()}\` |`,
        ]),
        ...requestSent(token()),
        '',
      ].join('\n'),
    );
  });

  it('shows a reused version with neither a token nor a request', async () => {
    core.reset({ ...INPUTS, 'skip-if-unchanged': 'true' });
    models.images.addVersion('my-image', { baseImage: BASE_IMAGE }); // version 4
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.summary.text()).toBe(
      [
        ...versionSection('', '4 (existing, reused)', [
          '| Status | `CREATED` |',
          `| Version ARN | \`${ARN}\` |`,
          `| Base image | \`${BASE_IMAGE}\` |`,
          `| Container image | \`${BASE_IMAGE}\` |`,
          '| Region | `eu-west-1` |',
        ]),
        '',
      ].join('\n'),
    );
  });

  it('puts a failed look for a version to reuse down to the version, before any is known', async () => {
    core.reset({ ...INPUTS, 'skip-if-unchanged': 'true' });
    sagemaker.on(ListImageVersionsCommand).rejects(deny('ListImageVersions'));
    await run(fakeClock());
    expect(core.summary.text()).toBe(
      [
        '### The version failed',
        '',
        `> ${deniedMessage('ListImageVersions')}`,
        '',
        'Nothing else was changed before it failed.',
        '',
        '',
      ].join('\n'),
    );
  });

  it('keeps all a created version is known by when its aliases then fail, as the part that failed', async () => {
    core.reset({ ...WAIT, aliases: 'dev', 'move-aliases': 'true' });
    sagemaker.on(UpdateImageVersionCommand).rejects(deny('UpdateImageVersion'));
    await run(fakeClock());
    expect(core.summary.text()).toBe(
      [
        ...versionSection('', '4 (new)', [
          '| Status | `CREATED` |',
          `| Version ARN | \`${ARN}\` |`,
          `| Base image | \`${BASE_IMAGE}\` |`,
          `| Container image | \`${BASE_IMAGE}\` |`,
          '| Region | `eu-west-1` |',
          `| Client token | \`${token()}\` |`,
        ]),
        ...requestSent(token()),
        '### The aliases failed',
        '',
        `> ${deniedMessage('UpdateImageVersion')}`,
        '',
        'Nothing else was changed before it failed.',
        '',
        '',
      ].join('\n'),
    );
  });

  it('titles a version whose wait failed before any status was read as failed, with no status', async () => {
    core.reset(WAIT);
    sagemaker.on(DescribeImageVersionCommand).rejects(deny('DescribeImageVersion'));
    await run(fakeClock());
    expect(core.summary.text()).toBe(
      [
        ...versionSection(`: failed\n\n> ${deniedMessage('DescribeImageVersion')}`, '4 (new)', [
          `| Version ARN | \`${ARN}\` |`,
          `| Base image | \`${BASE_IMAGE}\` |`,
          '| Region | `eu-west-1` |',
          `| Client token | \`${token()}\` |`,
        ]),
        '',
      ].join('\n'),
    );
  });

  it('shows a dry run as its plan alone', async () => {
    core.reset({ ...INPUTS, 'dry-run': 'true' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.summary.text()).toBe(
      [
        '### Dry run for SageMaker image my-image: nothing was changed',
        '',
        `[Open the image in the SageMaker console](${CONSOLE})`,
        '',
        '1 request would be sent:',
        '',
        '1. `CreateImageVersion`',
        '',
        '<details><summary>Requests</summary>',
        '',
        `<pre>CreateImageVersion {\n  "ImageName": "my-image",\n  "BaseImage": "${BASE_IMAGE}",\n  "ClientToken": "${token()}"\n}</pre>`,
        '',
        '</details>',
        '',
        '',
      ].join('\n'),
    );
  });
});
