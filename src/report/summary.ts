// The step summary as Markdown. Pure.
import { forDisplay } from '../common/redact.js';
import { imageConsoleUrl, partitionOfRegion } from '../aws/arn.js';
import { cell, details } from '../common/markdown.js';
import type { PlannedRequest } from '../common/planned-request.js';

export interface SummaryFacts {
  readonly imageName: string;
  readonly region: string;
  readonly partition: string;
  readonly version: number;
  readonly imageVersionArn: string;
  readonly baseImage: string;
  /** Absent when an existing version was reused. */
  readonly clientToken?: string;
  readonly status?: string;
  readonly containerImage?: string;
  /** The aliases the version holds from this run's request; absent when the step failed. */
  readonly aliases?: readonly string[];
  readonly created: boolean;
  /** The CreateImageVersion request, shown collapsed. */
  readonly request?: object;
  /** Why the step failed after the version was created. */
  readonly failure?: string;
  /** The launch test's outcome, one line, when it ran and passed. */
  readonly launchTest?: string;
}

const code = (text: string): string => `\`${cell(text)}\``;

export function renderSummary(facts: SummaryFacts): string {
  const consoleUrl = imageConsoleUrl(facts.partition, facts.region, facts.imageName);
  const imageCell =
    consoleUrl === undefined ? code(facts.imageName) : `[${code(facts.imageName)}](${consoleUrl})`;
  const rows: [string, string | undefined][] = [
    ['Image', imageCell],
    ['Version', `${facts.version}${facts.created ? ' (new)' : ' (existing, reused)'}`],
    ['Status', facts.status === undefined ? undefined : code(facts.status)],
    ['Version ARN', code(facts.imageVersionArn)],
    ['Base image', code(facts.baseImage)],
    [
      'Container image',
      facts.containerImage === undefined ? undefined : code(facts.containerImage),
    ],
    [
      'Aliases',
      facts.aliases === undefined || facts.aliases.length === 0
        ? undefined
        : facts.aliases.map(code).join(', '),
    ],
    ['Launch test', facts.launchTest === undefined ? undefined : cell(facts.launchTest)],
    ['Region', code(facts.region)],
    ['Client token', facts.clientToken === undefined ? undefined : code(facts.clientToken)],
  ];
  return [
    `### SageMaker image version ${cell(facts.imageName)}:${facts.version}${facts.failure === undefined ? '' : ': failed'}`,
    '',
    ...(facts.failure === undefined ? [] : [`> ${cell(facts.failure)}`, '']),
    '| | |',
    '|---|---|',
    ...rows
      .filter(([, value]) => value !== undefined)
      .map(([label, value]) => `| ${label} | ${value} |`),
    '',
    ...(consoleUrl === undefined
      ? []
      : [`[Open the image in the SageMaker console](${consoleUrl})`, '']),
    ...(facts.request === undefined
      ? []
      : details('Request sent', [`CreateImageVersion ${JSON.stringify(facts.request, null, 2)}`])),
  ].join('\n');
}

export function renderDryRunSummary(
  { imageName, region }: { readonly imageName: string; readonly region: string },
  planned: readonly PlannedRequest[],
): string {
  const consoleUrl = imageConsoleUrl(partitionOfRegion(region), region, imageName);
  return [
    `### Dry run for SageMaker image ${cell(imageName)}: nothing was changed`,
    '',
    ...(consoleUrl === undefined
      ? []
      : [`[Open the image in the SageMaker console](${consoleUrl})`, '']),
    `${planned.length} request${planned.length === 1 ? '' : 's'} would be sent:`,
    '',
    ...planned.map(({ operation }, i) => `${i + 1}. \`${operation}\``),
    '',
    ...details(
      'Requests',
      planned.map(
        ({ operation, input, shown }) =>
          `${operation} ${JSON.stringify(forDisplay(shown ?? input), null, 2)}`,
      ),
    ),
  ].join('\n');
}
