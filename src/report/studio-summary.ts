// The step summary's Studio section: the AppImageConfig, then each domain and level with this
// image's entry before and after, linking the domain in the console. Pure.
import type { CustomImage } from '@aws-sdk/client-sagemaker';
import { domainConsoleUrl, partitionOfRegion } from '../aws/arn.js';
import { cell } from '../common/markdown.js';

export interface StudioSummaryFacts {
  readonly region: string;
  readonly appType: string;
  readonly appImageConfig: {
    readonly name: string;
    readonly arn?: string;
    /** What was (or, in a dry run, would be) done. */
    readonly action: 'create' | 'update' | 'none';
  };
  readonly domains: readonly {
    readonly domainId: string;
    readonly levels: readonly {
      readonly path: string;
      readonly before?: CustomImage;
      readonly after: CustomImage;
      readonly changed: boolean;
    }[];
  }[];
  /**
   * The user profiles with a list of their own for the app, per domain: counts, never names.
   * `withOwnList` is absent when they could not be read; `changed`, with `all`, how many were (or
   * would be) written to.
   */
  readonly profiles?: {
    readonly choice: 'none' | 'all';
    readonly domains: readonly {
      readonly domainId: string;
      readonly withOwnList?: number;
      readonly changed?: number;
    }[];
  };
  readonly dryRun: boolean;
}

/** An entry in a few words: image, version (or latest), config. */
export function describeEntry(entry: CustomImage | undefined): string {
  if (entry === undefined) return '(none)';
  const version =
    entry.ImageVersionNumber === undefined ? 'latest' : `version ${entry.ImageVersionNumber}`;
  return `${entry.ImageName ?? '?'}, ${version}, config ${entry.AppImageConfigName ?? '?'}`;
}

const ACTION_WORDS = {
  true: { create: 'would be created', update: 'would be updated', none: 'unchanged' },
  false: { create: 'created', update: 'updated', none: 'unchanged' },
} as const;

export function renderStudioSummary(facts: StudioSummaryFacts): string {
  const partition = partitionOfRegion(facts.region);
  const { appImageConfig: config } = facts;
  const configLine =
    `AppImageConfig \`${cell(config.name)}\` (${facts.appType}): ` +
    `${ACTION_WORDS[`${facts.dryRun}`][config.action]}` +
    (config.arn ? `, \`${cell(config.arn)}\`` : '');
  const rows = facts.domains.flatMap(({ domainId, levels }) => {
    const url = domainConsoleUrl(partition, facts.region, domainId);
    const domainCell =
      url === undefined ? `\`${cell(domainId)}\`` : `[\`${cell(domainId)}\`](${url})`;
    return levels.map(
      (level) =>
        `| ${domainCell} | \`${level.path}\` | ${cell(describeEntry(level.before))} | ` +
        `${cell(describeEntry(level.after))} | ${level.changed ? (facts.dryRun ? 'would change' : 'changed') : 'unchanged'} |`,
    );
  });
  return [
    `### SageMaker Studio${facts.dryRun ? ' (dry run: nothing was changed)' : ''}`,
    '',
    configLine,
    '',
    // Only a launch test uses the AppImageConfig when no domain is given.
    ...(facts.domains.length === 0
      ? ['No Studio domain to attach to (`domain-ids` is empty).']
      : ['| Domain | Settings | Entry before | Entry after | |', '|---|---|---|---|---|', ...rows]),
    '',
    ...profilesLines(facts),
  ].join('\n');
}

/** How many user profiles have a list of their own (and so do not see the domain's). Pure. */
function profilesLines({ profiles, appType, dryRun }: StudioSummaryFacts): string[] {
  if (profiles === undefined || profiles.domains.length === 0) return [];
  if (profiles.domains.every(({ withOwnList }) => withOwnList === 0)) {
    return [
      `No user profile has an image list of its own for ${cell(appType)}: every user sees the domain's.`,
      '',
    ];
  }
  const counts = profiles.domains.map(({ domainId, withOwnList, changed }) => {
    if (withOwnList === undefined) return `\`${cell(domainId)}\` not read`;
    const written =
      changed === undefined ? '' : ` (${changed} ${dryRun ? 'would change' : 'changed'})`;
    return `\`${cell(domainId)}\` ${withOwnList}${written}`;
  });
  const meaning =
    profiles.choice === 'all'
      ? 'this image goes into their lists too'
      : "they see that list, not the domain's, so not this image";
  return [
    `User profiles with their own ${cell(appType)} image list (\`user-profiles: ${profiles.choice}\`): ` +
      `${counts.join(', ')}; ${meaning}.`,
    '',
  ];
}
