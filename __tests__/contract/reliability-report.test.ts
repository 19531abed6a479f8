// docs/reliability.md lists exactly the fault-injection scenarios the suite runs, as
// scripts/reliability-report.ts writes them, and every one survived when it was last written.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  REPORT_HEADER,
  SCENARIOS,
  renderReport,
  scenarioCells,
} from '../../__fixtures__/fault-scenarios.ts';
import { ROOT } from '../../__fixtures__/run-action.ts';

const page = readFileSync(join(ROOT, 'docs', 'reliability.md'), 'utf8');

describe('docs/reliability.md', () => {
  it('is the page the report script writes for the current scenarios, every one survived', () => {
    expect(page).toBe(renderReport(SCENARIOS.map((scenario) => [scenario, []])));
  });

  it('has a row per scenario, in order, under the header', () => {
    const rows = page.split('\n').slice(REPORT_HEADER.length, -1);
    expect(rows.map((row) => row.split(' | ')[0]?.slice(2))).toEqual(
      SCENARIOS.map((scenario) => scenarioCells(scenario)[0]),
    );
  });
});
