// The step summary line by line: the title a user sees first, the table, the request sent, and
// the dry run's count of requests.
import { describe, expect, it } from '@jest/globals';
import { renderDryRunSummary, renderSummary, type SummaryFacts } from '../../src/report/summary.js';

const FACTS: SummaryFacts = {
  imageName: 'my-image',
  region: 'us-east-1',
  partition: 'aws',
  version: 3,
  imageVersionArn: 'arn:aws:sagemaker:us-east-1:123456789012:image-version/my-image/3',
  baseImage: '123456789012.dkr.ecr.us-east-1.amazonaws.com/r:1',
  created: true,
};
const CONSOLE =
  'https://us-east-1.console.aws.amazon.com/sagemaker/home?region=us-east-1#/images/my-image';

describe('the summary of a successful run', () => {
  const lines = renderSummary(FACTS).split('\n');

  it('is titled with the image and version, not as failed', () => {
    expect(lines[0]).toBe('### SageMaker image version my-image:3');
    expect(lines[1]).toBe('');
    expect(lines.some((line) => line.startsWith('>'))).toBe(false);
  });

  it('has a two-column table with only the rows it knows', () => {
    expect(lines.slice(2, 4)).toEqual(['| | |', '|---|---|']);
    const labels = lines
      .filter((line) => line.startsWith('| ') && line !== '| | |')
      .map((line) => line.split(' | ')[0]);
    expect(labels).toEqual(['| Image', '| Version', '| Version ARN', '| Base image', '| Region']);
    expect(lines).toContain('| Region | `us-east-1` |');
  });

  it('links the console below the table', () => {
    expect(lines).toContain(`[Open the image in the SageMaker console](${CONSOLE})`);
  });

  it('shows the request sent, collapsed and escaped', () => {
    const markdown = renderSummary({ ...FACTS, request: { ImageName: 'my-image', Note: '<b>&' } });
    expect(markdown).toContain(
      [
        '<details><summary>Request sent</summary>',
        '',
        '<pre>CreateImageVersion {',
        '  "ImageName": "my-image",',
        '  "Note": "&lt;b&gt;&amp;"',
        '}</pre>',
        '',
        '</details>',
      ].join('\n'),
    );
    expect(renderSummary(FACTS)).not.toContain('<details>');
  });
});

describe('the dry-run summary', () => {
  const planned = [
    { operation: 'CreateImageVersion', input: { ImageName: 'my-image' } },
    { operation: 'UpdateImageVersion', input: { ImageName: 'my-image', Version: 2 } },
  ];

  it('counts and numbers the requests', () => {
    const lines = renderDryRunSummary(
      { imageName: 'my-image', region: 'us-east-1' },
      planned,
    ).split('\n');
    expect(lines[0]).toBe('### Dry run for SageMaker image my-image: nothing was changed');
    expect(lines).toContain(`[Open the image in the SageMaker console](${CONSOLE})`);
    expect(lines).toContain('2 requests would be sent:');
    expect(lines).toContain('1. `CreateImageVersion`');
    expect(lines).toContain('2. `UpdateImageVersion`');
    expect(lines).toContain('<details><summary>Requests</summary>');
    expect(lines).toContain('<pre>UpdateImageVersion {');
  });

  it('says "request" for one, and links no console where there is none', () => {
    const markdown = renderDryRunSummary(
      { imageName: 'my-image', region: 'us-iso-east-1' },
      planned.slice(0, 1),
    );
    expect(markdown).toContain('\n1 request would be sent:\n');
    expect(markdown).not.toContain('Open the image');
  });
});
