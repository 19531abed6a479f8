// The step summary as Markdown. Pure.
import { imageConsoleUrl } from './arn.js';

export interface SummaryFacts {
  readonly imageName: string;
  readonly region: string;
  readonly partition: string;
  readonly version: number;
  readonly imageVersionArn: string;
  readonly baseImage: string;
  readonly clientToken: string;
  readonly status?: string;
  readonly containerImage?: string;
  readonly created: boolean;
}

/** Escapes text for a Markdown table cell: no HTML, no pipes, no line breaks. */
export function cell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;')
    .replace(/[\r\n]+/g, ' ');
}

export function renderSummary(facts: SummaryFacts): string {
  const consoleUrl = imageConsoleUrl(facts.partition, facts.region, facts.imageName);
  const imageCell =
    consoleUrl === undefined
      ? `\`${cell(facts.imageName)}\``
      : `[\`${cell(facts.imageName)}\`](${consoleUrl})`;
  const rows: [string, string][] = [
    ['Image', imageCell],
    ['Version', `${facts.version}${facts.created ? ' (new)' : ' (existing, reused)'}`],
    ...(facts.status === undefined
      ? []
      : [['Status', `\`${cell(facts.status)}\``] as [string, string]]),
    ['Version ARN', `\`${cell(facts.imageVersionArn)}\``],
    ['Base image', `\`${cell(facts.baseImage)}\``],
    ...(facts.containerImage === undefined
      ? []
      : [['Container image', `\`${cell(facts.containerImage)}\``] as [string, string]]),
    ['Region', `\`${cell(facts.region)}\``],
    ['Client token', `\`${cell(facts.clientToken)}\``],
  ];
  return [
    `### SageMaker image version ${cell(facts.imageName)}:${facts.version}`,
    '',
    '| | |',
    '|---|---|',
    ...rows.map(([label, value]) => `| ${label} | ${value} |`),
    '',
    ...(consoleUrl === undefined
      ? []
      : [`[Open the image in the SageMaker console](${consoleUrl})`, '']),
  ].join('\n');
}
