// The run's one summary: the version with its real status, the steps' sections, and the part that
// failed, named as such, with what was done before.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  during,
  renderRunSummary,
  summaryDraft,
  writeRunSummary,
  type SummaryDraft,
} from '../../src/report/run-summary.js';

const VERSION: NonNullable<SummaryDraft['version']> = {
  imageName: 'img',
  region: 'us-east-1',
  partition: 'aws',
  version: 4,
  imageVersionArn: 'arn:aws:sagemaker:us-east-1:123456789012:image-version/img/4',
  baseImage: '123456789012.dkr.ecr.us-east-1.amazonaws.com/r@sha256:ab',
  status: 'CREATED',
  created: true,
};
const draft = (over: Partial<SummaryDraft>): SummaryDraft => ({ ...summaryDraft(), ...over });

describe('renderRunSummary', () => {
  it('shows nothing when nothing is known and nothing failed', () => {
    expect(renderRunSummary(summaryDraft())).toBeUndefined();
  });

  it('shows invalid inputs as a list, before anything else is known', () => {
    expect(
      renderRunSummary(summaryDraft(), {
        message:
          'Invalid inputs; nothing was sent to AWS:\n- `image-name`: a | b\n- `aws-region`: c',
        outputs: {},
      }),
    ).toBe(
      [
        '### Invalid inputs',
        '',
        '> Invalid inputs; nothing was sent to AWS:',
        '> - `image-name`: a &#124; b',
        '> - `aws-region`: c',
        '',
        'Nothing else was changed before it failed.',
        '',
        '',
      ].join('\n'),
    );
  });

  it('names the version failed before it was known (a missing image, a taken alias, a refusal)', () => {
    const markdown = renderRunSummary(draft({ part: 'the version', image: '### Image' }), {
      message: 'the SageMaker image "img" does not exist',
      outputs: {},
    });
    expect(markdown).toBe(
      '### Image\n### The version failed\n\n> the SageMaker image "img" does not exist\n\nNothing else was changed before it failed.\n\n',
    );
  });

  it('puts the version first, then the sections in order', () => {
    const markdown = renderRunSummary(
      draft({
        version: VERSION,
        image: '### Image',
        studio: '### Studio',
        retention: '### Retention',
      }),
    );
    expect(markdown?.indexOf('### SageMaker image version img:4\n')).toBe(0);
    const order = ['### Image', '### Studio', '### Retention'].map((s) => markdown?.indexOf(s));
    expect(order).toEqual([...order].sort((a, b) => (a ?? 0) - (b ?? 0)));
    expect(markdown).not.toContain('failed');
  });

  it('titles the version failed when the version itself failed, with its status', () => {
    const markdown = renderRunSummary(
      draft({ part: 'the version', version: { ...VERSION, status: 'CREATE_FAILED' } }),
      { message: 'ended CREATE_FAILED', outputs: {} },
    );
    expect(markdown).toContain(
      '### SageMaker image version img:4: failed\n\n> ended CREATE_FAILED',
    );
    expect(markdown).toContain('| Status | `CREATE_FAILED` |');
    expect(markdown).not.toContain('### The version failed');
  });

  it('names a later part that failed, keeps the version as it is, and says what was done', () => {
    const markdown = renderRunSummary(draft({ part: 'retention', version: VERSION }), {
      message: 'Retention stopped after retiring version 1: …',
      outputs: {
        'retired-versions': '1',
        'domains-updated': 'd-one',
        aliases: 'stable',
        'app-image-config-arn': 'arn:config',
        seconds: '42.0',
        'image-version': '4',
      },
    });
    expect(markdown).toContain('### SageMaker image version img:4\n');
    expect(markdown).toContain('| Status | `CREATED` |');
    expect(markdown).toContain(
      [
        '### Retention failed',
        '',
        '> Retention stopped after retiring version 1: …',
        '',
        'Done before it failed:',
        '',
        '- the launch test passed (42.0 s)',
        '- aliases set: stable',
        '- AppImageConfig: arn:config',
        '- Studio domains updated: d-one',
        '- versions retired: 1',
      ].join('\n'),
    );
  });

  it('says when nothing else was changed, and passes over empty outputs', () => {
    const markdown = renderRunSummary(draft({ part: 'Studio', version: VERSION }), {
      message: 'Studio domain "d-one" is Failed',
      outputs: { 'domains-updated': '', 'retired-versions': '' },
    });
    expect(markdown).toContain(
      '### Studio failed\n\n> Studio domain "d-one" is Failed\n\nNothing else was changed before it failed.',
    );
  });

  it('shows the image checks that stopped a run before any version', () => {
    const markdown = renderRunSummary(
      draft({ part: 'the image checks', image: '### Image\n\n| x |' }),
      {
        message: 'The image is built for linux/arm64',
        outputs: {},
      },
    );
    expect(markdown).toBe(
      '### Image\n\n| x |\n### The image checks failed\n\n> The image is built for linux/arm64: the Image section lists why.\n\nNothing else was changed before it failed.\n\n',
    );
  });

  it("quotes only the image checks' headline: their errors are in the Image section's table", () => {
    const markdown = renderRunSummary(
      draft({
        part: 'the image checks',
        image: '### Image\n\n| A linux/amd64 image | error | x |',
      }),
      {
        message:
          'The image checks found a problem, so nothing was changed in SageMaker:\n- x\nSet `preflight: warn` to register it anyway.',
        outputs: {},
      },
    );
    expect(markdown).toContain(
      '### The image checks failed\n\n> The image checks found a problem, so nothing was changed in SageMaker: the Image section lists why.\n',
    );
    expect(markdown?.match(/\bx\b/g)).toHaveLength(1);
  });

  it('passes over empty sections, and shows a section alone', () => {
    expect(renderRunSummary(draft({ image: '', studio: '', retention: '' }))).toBeUndefined();
    expect(renderRunSummary(draft({ image: '', studio: '### SageMaker Studio\n' }))).toBe(
      '### SageMaker Studio\n\n',
    );
  });

  it('quotes the whole message of failed image checks when there is no Image section', () => {
    expect(
      renderRunSummary(draft({ part: 'the image checks' }), {
        message: 'The image checks could not run:\n- a',
        outputs: {},
      }),
    ).toBe(
      [
        '### The image checks failed',
        '',
        '> The image checks could not run:',
        '> - a',
        '',
        'Nothing else was changed before it failed.',
        '',
        '',
      ].join('\n'),
    );
  });

  it("drops only the colon that ends the image checks' headline", () => {
    expect(
      renderRunSummary(draft({ part: 'the image checks', image: '### Image\n' }), {
        message: 'The image checks: 2 problems:\n- a\n- b',
        outputs: {},
      }),
    ).toContain('> The image checks: 2 problems: the Image section lists why.\n');
  });

  it('escapes the message', () => {
    expect(
      renderRunSummary(draft({ part: 'the aliases', version: VERSION }), {
        message: 'a | b <c>',
        outputs: {},
      }),
    ).toContain('> a &#124; b &lt;c&gt;');
  });
});

describe('during', () => {
  it('marks the part under way, and passes its result through', async () => {
    const d = summaryDraft();
    expect(d.part).toBe('the inputs');
    await expect(during(d, 'the aliases', () => Promise.resolve(7))).resolves.toBe(7);
    expect(d.part).toBe('the aliases');
  });
});

describe('writeRunSummary', () => {
  it("writes the summary once into the runner's file, and nothing when there is nothing to show", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'run-summary-'));
    const before = process.env.GITHUB_STEP_SUMMARY;
    const file = join(dir, 'summary.md');
    writeFileSync(file, '');
    process.env.GITHUB_STEP_SUMMARY = file;
    try {
      await writeRunSummary(summaryDraft());
      expect(readFileSync(file, 'utf8')).toBe('');
      await writeRunSummary(draft({ studio: '### SageMaker Studio\n' }));
      expect(readFileSync(file, 'utf8')).toBe('### SageMaker Studio\n\n');
    } finally {
      if (before === undefined) delete process.env.GITHUB_STEP_SUMMARY;
      else process.env.GITHUB_STEP_SUMMARY = before;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
