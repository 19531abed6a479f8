// The probes' definitions and settings: every probe names code that exists, expects something,
// and has its entry in docs/aws-assumptions.md as generated from it (scripts/probes/page.ts); every
// name the probes make fits SageMaker's rules.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../__fixtures__/run-action.ts';
import { PROBES, PROBE_SECTIONS } from '../../scripts/probes/definitions.ts';
import {
  BEGIN_MARKER,
  END_MARKER,
  renderEntries,
  renderEntry,
  withEntries,
} from '../../scripts/probes/page.ts';
import { NAME_PREFIX, probeNames, readSettings } from '../../scripts/probes/settings.ts';

describe('the probe definitions', () => {
  it('have unique kebab-case ids', () => {
    const ids = PROBES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it.each(PROBES.map((p) => [p.id, p] as const))(
    '%s names code that exists, or the issue that adds it',
    (_id, probe) => {
      expect(probe.expected.length).toBeGreaterThan(0);
      expect(probe.reliedOn.length > 0 || probe.pending !== undefined).toBe(true);
      for (const { file, symbol } of probe.reliedOn) {
        expect(existsSync(join(ROOT, file))).toBe(true);
        expect(readFileSync(join(ROOT, file), 'utf8')).toContain(symbol);
      }
      // Issues 17 to 20 have landed: what they added is relied on by code that exists.
      if (probe.pending !== undefined) expect(probe.pending).toMatch(/^issue (?!1[7-9]|20)\d+: /);
    },
  );

  it('are what docs/aws-assumptions.md shows: its entries are generated (npm run docs:assumptions)', () => {
    const page = readFileSync(join(ROOT, 'docs', 'aws-assumptions.md'), 'utf8');
    expect(withEntries(page, renderEntries(PROBE_SECTIONS))).toBe(page);
    expect(PROBES).toStrictEqual(PROBE_SECTIONS.flatMap(({ probes }) => probes));
  });

  it('render an entry with every part, and leave the page alone without its markers', () => {
    const entry = renderEntry({
      id: 'an-id',
      assumption: 'A thing holds.',
      reliedOn: [
        { file: 'src/a.ts', symbol: 'one' },
        { file: 'src/a.ts', symbol: 'two' },
        { file: 'src/a.ts', symbol: 'three', note: 'how' },
        { file: 'src/b.ts', symbol: 'four' },
      ],
      added: { issue: 17, why: 'why it matters.' },
      expected: ['yes', 'also'],
      observedHow: 'Ask.',
      ifFails: 'Change it.',
      needs: 'user-profile',
      notes: 'More.',
    });
    expect(entry).toBe(
      [
        '### an-id',
        '',
        '- **Assumes:** A thing holds.',
        '- **Relied on in:** `src/a.ts` (`one`, `two`), `src/a.ts` (`three`: how), `src/b.ts` (`four`).',
        '- **Added by issue 17** (landed): why it matters.',
        '- **Probe:** Ask. Needs: the test domain and its CI user profile.',
        '- **Agrees when:** “yes” or “also”.',
        '- **If AWS differs:** Change it.',
        '',
        '  More.',
      ].join('\n'),
    );
    expect(withEntries('# A page\n', 'entries')).toBeUndefined();
    expect(withEntries(`a\n${BEGIN_MARKER}\nold\n${END_MARKER}\nb`, 'new')).toBe('a\nnew\nb');
  });

  it('each have an entry in docs/aws-assumptions.md, and the page names no other probe', () => {
    const page = readFileSync(join(ROOT, 'docs', 'aws-assumptions.md'), 'utf8');
    const headings = [...page.matchAll(/^### ([a-z0-9-]+)$/gm)].map((m) => m[1]);
    expect(headings.sort()).toStrictEqual(PROBES.map((p) => p.id).sort());
    for (const probe of PROBES) {
      const entry = page.split(`\n### ${probe.id}\n`)[1]?.split('\n### ')[0] ?? '';
      expect(entry).toContain(`- **Assumes:** ${probe.assumption}`);
      expect(entry).toContain(`- **If AWS differs:** ${probe.ifFails}`);
    }
  });

  it.each(PROBES.map((p) => [p.id, p] as const))(
    '%s: its entry names the code it relies on and the outcomes that agree',
    (_id, probe) => {
      const page = readFileSync(join(ROOT, 'docs', 'aws-assumptions.md'), 'utf8');
      const entry = page.split(`\n### ${probe.id}\n`)[1]?.split('\n## ')[0]?.split('\n### ')[0];
      const relied = /^- \*\*Relied on in:\*\* (.*)$/m.exec(entry ?? '')?.[1] ?? '';
      for (const { file, symbol } of probe.reliedOn) {
        expect(relied).toContain(`\`${file}\``);
        expect(relied).toContain(symbol);
      }
      const agrees = /^- \*\*Agrees when:\*\* (.*)$/m.exec(entry ?? '')?.[1] ?? '';
      expect(agrees).toBe(`${probe.expected.map((outcome) => `“${outcome}”`).join(' or ')}.`);
    },
  );

  it('leave no entry of the page in progress', () => {
    const page = readFileSync(join(ROOT, 'docs', 'aws-assumptions.md'), 'utf8');
    expect(page).not.toMatch(/\(in progress\)/);
    expect(page).not.toMatch(/^- \*\*Added by issue \d+:\*\*/m);
  });

  it("name, for the SDK's behaviours, tests that exist", () => {
    const page = readFileSync(join(ROOT, 'docs', 'aws-assumptions.md'), 'utf8');
    const section =
      page.split('\n## The SDK: checked on this machine\n')[1]?.split('\n## ')[0] ?? '';
    const files = [...section.matchAll(/`(__tests__\/[\w/.-]+\.test\.ts)`\s*\(([^)]*)\)/g)];
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const [, file = '', titles = ''] of files) {
      const source = readFileSync(join(ROOT, file), 'utf8').replace(/\s+/g, ' ');
      const named = [...titles.replace(/\s+/g, ' ').matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '');
      expect(named.length).toBeGreaterThan(0);
      for (const title of named) expect(source).toContain(title);
    }
  });
});

describe('the probes settings', () => {
  const ENV = {
    AWS_REGION: 'us-east-1',
    PROBE_RUN_NAME: 'siv-it-12345678901-2',
    PROBE_BASE_IMAGE: `123456789012.dkr.ecr.us-east-1.amazonaws.com/siv-it@sha256:${'ab'.repeat(32)}`,
    PROBE_BASE_IMAGE_TAG:
      '123456789012.dkr.ecr.us-east-1.amazonaws.com/siv-it:siv-it-12345678901-2',
    PROBE_ROLE_ARN: 'arn:aws:iam::123456789012:role/siv-it-image',
    PROBE_APP_IMAGE_CONFIG: 'siv-it-12345678901-2',
  };

  it('read the workflow variables, with defaults for the optional ones', () => {
    expect(readSettings(ENV)).toStrictEqual({
      ok: true,
      settings: {
        region: 'us-east-1',
        runName: 'siv-it-12345678901-2',
        imageName: 'siv-it-12345678901-2',
        baseImage: ENV.PROBE_BASE_IMAGE,
        baseImageTag: ENV.PROBE_BASE_IMAGE_TAG,
        roleArn: ENV.PROBE_ROLE_ARN,
        appImageConfigName: 'siv-it-12345678901-2',
        attestationImage: '',
        archiveImage: '',
        domainId: '',
        userProfile: '',
        instanceType: 'ml.t3.medium',
        settleTimeoutSeconds: 900,
      },
    });
  });

  it('list every problem at once', () => {
    expect(
      readSettings({
        ...ENV,
        PROBE_RUN_NAME: 'prod-image',
        PROBE_BASE_IMAGE: '',
        PROBE_DOMAIN_ID: 'domain',
        PROBE_SETTLE_TIMEOUT_SECONDS: '5',
      }),
    ).toStrictEqual({
      ok: false,
      problems: [
        'PROBE_RUN_NAME does not look right: "prod-image".',
        'PROBE_SETTLE_TIMEOUT_SECONDS must be a whole number ≥ 60.',
        'PROBE_BASE_IMAGE is not set.',
        'PROBE_DOMAIN_ID does not look right: "domain".',
      ],
    });
  });

  it('make names within SageMaker limits, all under the run name, and distinct tokens', () => {
    const longest = `${NAME_PREFIX}${'9'.repeat(20)}-9999`;
    const names = probeNames(longest);
    const made = [
      names.probeImage,
      names.jupyterLabConfig,
      names.codeEditorConfig,
      names.updateConfig,
      names.space('domain'),
      names.space('nolist'),
      names.space('profile'),
      names.space('spec'),
      names.space('archive'),
      names.freeAlias,
      names.missingTag,
      names.creatingAlias,
      ...names.limitImages,
    ];
    for (const name of made) {
      expect(name.startsWith(longest)).toBe(true);
      expect(name).toMatch(/^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/);
    }
    const purposes = [
      'notready',
      'replay',
      'failed',
      'bytag',
      'alias',
      'attest',
      'pin',
      'app1',
      'app2',
      'writes',
      'lim1',
      'lim2',
      'lim3',
      'lim4',
      'lim5',
      'active',
      'archived',
    ];
    expect(names.limitImages).toHaveLength(5);
    expect(new Set(names.unknownDomainIds).size).toBe(2);
    for (const id of names.unknownDomainIds) expect(id).toMatch(/^d-(-*[a-z0-9]){1,61}$/);
    const tokens = purposes.map((p) => names.token(p));
    expect(new Set(tokens).size).toBe(tokens.length);
    for (const token of tokens) expect(token).toMatch(/^[a-zA-Z0-9-]{1,36}$/);
  });
});
