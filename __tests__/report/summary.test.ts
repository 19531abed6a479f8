import { describe, expect, it } from '@jest/globals';
import type { CustomImage } from '@aws-sdk/client-sagemaker';
import { cell } from '../../src/common/markdown.js';
import { renderDryRunSummary, renderSummary, type SummaryFacts } from '../../src/report/summary.js';
import { describeEntry, renderStudioSummary } from '../../src/report/studio-summary.js';

const FACTS: SummaryFacts = {
  imageName: 'my-image',
  region: 'us-east-1',
  partition: 'aws',
  version: 3,
  imageVersionArn: 'arn:aws:sagemaker:us-east-1:123456789012:image-version/my-image/3',
  baseImage: '123456789012.dkr.ecr.us-east-1.amazonaws.com/r:1',
  clientToken: 'tok-1',
  created: true,
};

describe('renderSummary', () => {
  it('shows image, version, ARN, base image and token, linking the console', () => {
    const markdown = renderSummary(FACTS);
    expect(markdown).toContain(
      '| Image | [`my-image`](https://us-east-1.console.aws.amazon.com/sagemaker/home?region=us-east-1#/images/my-image) |',
    );
    expect(markdown).toContain('| Version | 3 (new) |');
    expect(markdown).toContain(`| Version ARN | \`${FACTS.imageVersionArn}\` |`);
    expect(markdown).toContain(`| Base image | \`${FACTS.baseImage}\` |`);
    expect(markdown).toContain('| Client token | `tok-1` |');
  });

  it('lists the aliases the version holds', () => {
    expect(renderSummary({ ...FACTS, aliases: ['latest', 'v1'] })).toContain(
      '| Aliases | `latest`, `v1` |',
    );
    expect(renderSummary({ ...FACTS, aliases: [] })).not.toContain('Aliases');
  });

  it('links the China console for aws-cn', () => {
    const markdown = renderSummary({ ...FACTS, partition: 'aws-cn', region: 'cn-north-1' });
    expect(markdown).toContain(
      'https://cn-north-1.console.amazonaws.cn/sagemaker/home?region=cn-north-1#/images/my-image',
    );
  });

  it('has no link where the partition has no public console', () => {
    const markdown = renderSummary({ ...FACTS, partition: 'aws-iso', region: 'us-iso-east-1' });
    expect(markdown).not.toContain('https://');
  });

  it('marks a reused version and shows status and container image when known', () => {
    const markdown = renderSummary({
      ...FACTS,
      created: false,
      status: 'CREATED',
      containerImage: 'r@sha256:1',
    });
    expect(markdown).toContain('| Version | 3 (existing, reused) |');
    expect(markdown).toContain('| Status | `CREATED` |');
    expect(markdown).toContain('| Container image | `r@sha256:1` |');
  });
});

describe('renderSummary and renderDryRunSummary where the partition has no public console', () => {
  it('show the image name bare, no console line, and the launch test when it ran', () => {
    expect(
      renderSummary({
        ...FACTS,
        partition: 'aws-iso',
        region: 'us-iso-east-1',
        launchTest: 'JupyterLab app InService in 42 s | then deleted',
      }),
    ).toBe(
      [
        '### SageMaker image version my-image:3',
        '',
        '| | |',
        '|---|---|',
        '| Image | `my-image` |',
        '| Version | 3 (new) |',
        `| Version ARN | \`${FACTS.imageVersionArn}\` |`,
        `| Base image | \`${FACTS.baseImage}\` |`,
        '| Launch test | JupyterLab app InService in 42 s &#124; then deleted |',
        '| Region | `us-iso-east-1` |',
        '| Client token | `tok-1` |',
        '',
      ].join('\n'),
    );
  });

  it('lists the planned requests with no console line', () => {
    expect(
      renderDryRunSummary({ imageName: 'img', region: 'us-iso-east-1' }, [
        { operation: 'CreateImage', input: { ImageName: 'img' } },
      ])
        .split('\n')
        .slice(0, 6),
    ).toStrictEqual([
      '### Dry run for SageMaker image img: nothing was changed',
      '',
      '1 request would be sent:',
      '',
      '1. `CreateImage`',
      '',
    ]);
  });
});

describe('renderSummary of a failed run', () => {
  it('says it failed and why, escaped', () => {
    const markdown = renderSummary({ ...FACTS, failure: 'ended CREATE_FAILED: <no> | pull' });
    expect(markdown).toContain('### SageMaker image version my-image:3: failed');
    expect(markdown).toContain('> ended CREATE_FAILED: &lt;no&gt; &#124; pull');
  });
});

describe('renderDryRunSummary', () => {
  it("lists the requests and links the console of the region's partition", () => {
    const markdown = renderDryRunSummary({ imageName: 'img', region: 'cn-north-1' }, [
      { operation: 'CreateImageVersion', input: { ImageName: 'img' } },
    ]);
    expect(markdown).toContain('### Dry run for SageMaker image img: nothing was changed');
    expect(markdown).toContain('1. `CreateImageVersion`');
    expect(markdown).toContain(
      'https://cn-north-1.console.amazonaws.cn/sagemaker/home?region=cn-north-1#/images/img',
    );
  });
});

describe('cell', () => {
  it('escapes HTML, pipes and line breaks', () => {
    expect(cell('<b>a|b</b>\nc&d')).toBe('&lt;b&gt;a&#124;b&lt;/b&gt; c&amp;d');
  });
});

describe('renderStudioSummary', () => {
  const FACTS_STUDIO = {
    region: 'us-east-1',
    appType: 'JupyterLab',
    appImageConfig: { name: 'my-image', arn: 'arn:aws:sagemaker:x', action: 'create' as const },
    domains: [
      {
        domainId: 'd-abc',
        levels: [
          {
            path: 'DefaultUserSettings.JupyterLabAppSettings',
            before: {
              ImageName: 'my-image',
              AppImageConfigName: 'my-image',
              ImageVersionNumber: 2,
            },
            after: { ImageName: 'my-image', AppImageConfigName: 'my-image', ImageVersionNumber: 3 },
            changed: true,
          },
          {
            path: 'DefaultSpaceSettings.JupyterLabAppSettings',
            after: { ImageName: 'my-image', AppImageConfigName: 'my-image' },
            changed: false,
          },
        ],
      },
    ],
    dryRun: false,
  };

  it('shows the config, and each domain and level with the entry before and after', () => {
    const markdown = renderStudioSummary(FACTS_STUDIO);
    expect(markdown).toContain('### SageMaker Studio\n');
    expect(markdown).toContain(
      'AppImageConfig `my-image` (JupyterLab): created, `arn:aws:sagemaker:x`',
    );
    expect(markdown).toContain(
      '| [`d-abc`](https://us-east-1.console.aws.amazon.com/sagemaker/home?region=us-east-1#/studio/d-abc) | `DefaultUserSettings.JupyterLabAppSettings` | my-image, version 2, config my-image | my-image, version 3, config my-image | changed |',
    );
    expect(markdown).toContain('| (none) | my-image, latest, config my-image | unchanged |');
  });

  it('says what a dry run would do, and links the China console', () => {
    const markdown = renderStudioSummary({ ...FACTS_STUDIO, region: 'cn-north-1', dryRun: true });
    expect(markdown).toContain('### SageMaker Studio (dry run: nothing was changed)');
    expect(markdown).toContain('would be created');
    expect(markdown).toContain('would change');
    expect(markdown).toContain(
      'https://cn-north-1.console.amazonaws.cn/sagemaker/home?region=cn-north-1#/studio/d-abc',
    );
  });

  it('renders the whole section, without a link where the partition has no public console', () => {
    const markdown = renderStudioSummary({
      ...FACTS_STUDIO,
      region: 'us-iso-east-1',
      appImageConfig: { name: 'my-image', action: 'none' },
    });
    expect(markdown).toBe(
      [
        '### SageMaker Studio',
        '',
        'AppImageConfig `my-image` (JupyterLab): unchanged',
        '',
        '| Domain | Settings | Entry before | Entry after | |',
        '|---|---|---|---|---|',
        '| `d-abc` | `DefaultUserSettings.JupyterLabAppSettings` | my-image, version 2, config my-image | my-image, version 3, config my-image | changed |',
        '| `d-abc` | `DefaultSpaceSettings.JupyterLabAppSettings` | (none) | my-image, latest, config my-image | unchanged |',
        '',
      ].join('\n'),
    );
  });

  it('counts the user profiles with a list of their own, per domain, never naming one', () => {
    const none = renderStudioSummary({
      ...FACTS_STUDIO,
      profiles: {
        choice: 'none',
        domains: [{ domainId: 'd-abc', withOwnList: 3 }, { domainId: 'd-def' }],
      },
    });
    expect(none).toContain(
      "\nUser profiles with their own JupyterLab image list (`user-profiles: none`): `d-abc` 3, `d-def` not read; they see that list, not the domain's, so not this image.\n",
    );
    const all = {
      choice: 'all' as const,
      domains: [{ domainId: 'd-abc', withOwnList: 3, changed: 2 }],
    };
    expect(renderStudioSummary({ ...FACTS_STUDIO, profiles: all })).toContain(
      '(`user-profiles: all`): `d-abc` 3 (2 changed); this image goes into their lists too.',
    );
    expect(renderStudioSummary({ ...FACTS_STUDIO, profiles: all, dryRun: true })).toContain(
      '`d-abc` 3 (2 would change)',
    );
    expect(
      renderStudioSummary({ ...FACTS_STUDIO, profiles: { choice: 'none', domains: [] } }),
    ).not.toContain('User profiles');
    expect(
      renderStudioSummary({
        ...FACTS_STUDIO,
        profiles: { choice: 'all', domains: [{ domainId: 'd-abc', withOwnList: 0, changed: 0 }] },
      }),
    ).toContain(
      "\nNo user profile has an image list of its own for JupyterLab: every user sees the domain's.\n",
    );
  });

  it('with no domain, says so, and ends with the profiles line when there is one', () => {
    const head = [
      '### SageMaker Studio',
      '',
      'AppImageConfig `my-image` (JupyterLab): created, `arn:aws:sagemaker:x`',
      '',
      'No Studio domain to attach to (`domain-ids` is empty).',
      '',
    ];
    const noDomain = { ...FACTS_STUDIO, domains: [] };
    expect(renderStudioSummary(noDomain)).toBe(head.join('\n'));
    expect(renderStudioSummary({ ...noDomain, profiles: { choice: 'all', domains: [] } })).toBe(
      head.join('\n'),
    );
    expect(
      renderStudioSummary({
        ...noDomain,
        profiles: { choice: 'all', domains: [{ domainId: 'd-abc', withOwnList: 0 }] },
      }),
    ).toBe(
      [
        ...head,
        "No user profile has an image list of its own for JupyterLab: every user sees the domain's.",
        '',
      ].join('\n'),
    );
    expect(
      renderStudioSummary({
        ...noDomain,
        profiles: { choice: 'none', domains: [{ domainId: 'd-abc', withOwnList: 2 }] },
      }),
    ).toBe(
      [
        ...head,
        "User profiles with their own JupyterLab image list (`user-profiles: none`): `d-abc` 2; they see that list, not the domain's, so not this image.",
        '',
      ].join('\n'),
    );
  });

  it('describes an entry in a few words', () => {
    // SageMaker's types say both names are set; a partial entry still reads.
    expect(describeEntry({} as CustomImage)).toBe('?, latest, config ?');
    expect(describeEntry(undefined)).toBe('(none)');
    expect(describeEntry({ ImageName: 'i', AppImageConfigName: 'c', ImageVersionNumber: 1 })).toBe(
      'i, version 1, config c',
    );
  });
});
