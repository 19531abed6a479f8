// The probes' comparison and its table, against observations in the shape a run records, and the
// script's --observations mode that renders a recorded run.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AGREEING,
  WITHOUT_USER_PROFILE,
  withObservation,
} from '../../__fixtures__/probe-observations.ts';
import { ROOT } from '../../__fixtures__/run-action.ts';
import { cell, compare, headline, renderMarkdown } from '../../scripts/probes/compare.ts';
import { PROBES } from '../../scripts/probes/definitions.ts';
import { O } from '../../scripts/probes/outcomes.ts';
import type { Observation } from '../../scripts/probes/types.ts';

const DOCS = 'https://github.com/octo-org/images/blob/abc123/docs/aws-assumptions.md';
const rowOf = (observations: readonly Observation[], id: string) =>
  compare(PROBES, observations).rows.find((row) => row.id === id);

describe('compare', () => {
  it('agrees when every probe saw an expected outcome', () => {
    const verdict = compare(PROBES, AGREEING);

    expect(verdict.ok).toBe(true);
    expect(verdict.counts).toStrictEqual({
      agrees: PROBES.length,
      differs: 0,
      skipped: 0,
      error: 0,
    });
    expect(verdict.rows.map((row) => row.id)).toStrictEqual(PROBES.map((p) => p.id));
    expect(verdict.strays).toStrictEqual([]);
  });

  it('accepts any of the outcomes a probe lists', () => {
    const second = withObservation({
      id: 'image-not-ready',
      kind: 'observed',
      outcome: O.accepted,
    });
    expect(rowOf(second, 'image-not-ready')?.result).toBe('agrees');
  });

  it('fails on an outcome the code does not expect, keeping AWS words in the row', () => {
    const observations = withObservation({
      id: 'client-token-mismatch',
      kind: 'observed',
      outcome: 'refused: ValidationException, explained otherwise',
      detail: 'ValidationException: request parameters do not match',
    });
    const verdict = compare(PROBES, observations);

    expect(verdict.ok).toBe(false);
    expect(verdict.counts.differs).toBe(1);
    expect(rowOf(observations, 'client-token-mismatch')).toStrictEqual({
      id: 'client-token-mismatch',
      assumption: PROBES.find((p) => p.id === 'client-token-mismatch')?.assumption,
      expected: [O.tokenExplained],
      observed: 'refused: ValidationException, explained otherwise',
      detail: 'ValidationException: request parameters do not match',
      result: 'differs',
    });
  });

  it('passes with skipped probes, saying why', () => {
    const observations = withObservation({
      id: 'create-app-no-list',
      kind: 'skipped',
      reason: 'no CI user profile',
    });
    const verdict = compare(PROBES, observations);

    expect(verdict.ok).toBe(true);
    expect(verdict.counts.skipped).toBe(1);
    expect(rowOf(observations, 'create-app-no-list')).toMatchObject({
      observed: 'skipped: no CI user profile',
      result: 'skipped',
    });
  });

  it('passes a run without a CI user profile, its probes skipped', () => {
    const verdict = compare(PROBES, WITHOUT_USER_PROFILE);
    const needing = PROBES.filter((p) => p.needs === 'user-profile').length;

    expect(needing).toBeGreaterThanOrEqual(14);
    expect(verdict.ok).toBe(true);
    expect(verdict.counts).toStrictEqual({
      agrees: PROBES.length - needing,
      differs: 0,
      skipped: needing,
      error: 0,
    });
  });

  it.each([O.newestVersion, O.imageOnly, O.refused])(
    'agrees with app-without-version, which is safe either way: %s',
    (seen) => {
      const observations = withObservation({
        id: 'app-without-version',
        kind: 'observed',
        outcome: seen,
      });
      expect(rowOf(observations, 'app-without-version')?.result).toBe('agrees');
    },
  );

  it.each([
    [
      'delete-version-twice',
      'the resend refused: ResourceInUse; once gone, refused: ResourceNotFound',
    ],
    ['aliases-on-creating-version', 'refused: ValidationException'],
    ['profile-custom-image-limit', 'six accepted'],
    ['update-profile-member-replaces', O.listStays],
    [
      'describe-domain-unknown-ids',
      'refused: ValidationException, then refused: ValidationException',
    ],
  ])('fails %s on %s', (id, seen) => {
    const observations = withObservation({ id, kind: 'observed', outcome: seen });
    const verdict = compare(PROBES, observations);

    expect(verdict.ok).toBe(false);
    expect(rowOf(observations, id)?.result).toBe('differs');
  });

  it('fails when a probe could not ask, or was not observed at all', () => {
    const denied = withObservation({
      id: 'update-domain-unsent-members',
      kind: 'error',
      detail: 'UpdateDomain refused: AccessDeniedException: not authorized',
    });
    expect(compare(PROBES, denied).ok).toBe(false);
    expect(rowOf(denied, 'update-domain-unsent-members')).toMatchObject({
      observed: 'could not ask',
      result: 'error',
    });

    const missing = AGREEING.filter((o) => o.id !== 'ecr-missing-tag');
    expect(compare(PROBES, missing).ok).toBe(false);
    expect(rowOf(missing, 'ecr-missing-tag')).toMatchObject({
      observed: 'not observed',
      detail: 'no scenario reported it',
      result: 'error',
    });
  });

  it('fails on observations of unknown ids or repeated ones, listing them', () => {
    const first = AGREEING[0] as Observation;
    const verdict = compare(PROBES, [
      ...AGREEING,
      { id: 'no-such-probe', kind: 'observed', outcome: 'x' },
      { id: first.id, kind: 'skipped', reason: 'again' },
    ]);

    expect(verdict.ok).toBe(false);
    expect(verdict.strays).toStrictEqual([
      'no-such-probe: no probe has this id',
      `${first.id}: observed twice`,
    ]);
    expect(verdict.counts.agrees).toBe(PROBES.length);
  });
});

describe('the job summary table', () => {
  it('has a row per probe linking to its entry, with expected, observed and result', () => {
    const markdown = renderMarkdown(
      compare(
        PROBES,
        withObservation({
          id: 'image-not-ready',
          kind: 'observed',
          outcome: 'refused: ResourceInUse',
          detail: 'ResourceInUse: busy | really\nbusy',
        }),
      ),
      DOCS,
    );
    const lines = markdown.split('\n');

    expect(lines.slice(0, 6)).toStrictEqual([
      '## AWS assumption probes',
      '',
      `**AWS did not answer as the code assumes, or could not be asked (${PROBES.length - 1} agree, 1 differ, 0 skipped, 0 not known).**`,
      '',
      '| Probe | Assumption | Expected | Observed | Result |',
      '|---|---|---|---|---|',
    ]);
    expect(lines.filter((line) => line.startsWith('| [`'))).toHaveLength(PROBES.length);
    expect(lines).toContain(
      `| [\`image-not-ready\`](${DOCS}#image-not-ready) | ` +
        'CreateImageVersion on an image still CREATING is refused with a ValidationException whose message says "invalid state". | ' +
        'refused: ValidationException, "invalid state"; or accepted | ' +
        'refused: ResourceInUse (ResourceInUse: busy \\| really busy) | ❌ differs |',
    );
  });

  it('names ids without links when the docs address is unknown, and lists strays', () => {
    const markdown = renderMarkdown(
      compare(PROBES, [...AGREEING, { id: 'stray', kind: 'skipped', reason: 'x' }]),
      '',
    );

    expect(markdown).toContain('| `image-not-ready` | ');
    expect(markdown).toContain('Observations no probe expects:\n- stray: no probe has this id');
  });

  it('says in one sentence that all agreed', () => {
    expect(headline(compare(PROBES, AGREEING))).toBe(
      `AWS answered as the code assumes (${PROBES.length} agree, 0 differ, 0 skipped, 0 not known).`,
    );
  });

  it('keeps cells on one line, pipes escaped, long text cut', () => {
    expect(cell('a |\n b')).toBe('a \\| b');
    expect(cell('x'.repeat(10), 5)).toBe('xxxx…');
  });
});

describe('node scripts/assumption-probes.ts --observations <file>', () => {
  function render(observations: readonly Observation[]) {
    const dir = mkdtempSync(join(tmpdir(), 'probes-'));
    try {
      const file = join(dir, 'observations.json');
      const summary = join(dir, 'summary.md');
      writeFileSync(file, JSON.stringify(observations));
      writeFileSync(summary, '');
      const result = spawnSync(
        process.execPath,
        ['scripts/assumption-probes.ts', '--observations', file],
        {
          cwd: ROOT,
          env: { PATH: process.env.PATH, GITHUB_STEP_SUMMARY: summary },
          encoding: 'utf8',
        },
      );
      return { ...result, summary: readFileSync(summary, 'utf8') };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('renders a recorded run that agrees and exits 0', () => {
    const result = render(AGREEING);

    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`AWS answered as the code assumes (${PROBES.length} agree`);
    expect(result.summary).toContain('## AWS assumption probes');
  });

  it('exits 1 on a mismatch', () => {
    const result = render(
      withObservation({
        id: 'free-alias-not-found',
        kind: 'observed',
        outcome: 'refused: ValidationException',
      }),
    );

    expect(result.status).toBe(1);
    expect(result.stdout).toContain('differs  free-alias-not-found: refused: ValidationException');
  });
});
