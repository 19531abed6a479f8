// Fault injection, end to end: every scenario of __fixtures__/fault-scenarios.ts through the
// committed bundle. docs/reliability.md, the table of them, is written by
// `npm run report:reliability`, never by a test.
import { describe, expect, it } from '@jest/globals';
import { SCENARIOS, runScenario } from '../../__fixtures__/fault-scenarios.ts';

describe('fault injection', () => {
  it.concurrent.each(SCENARIOS.map((scenario) => [scenario.name, scenario] as const))(
    '%s',
    async (_name, scenario) => {
      expect(await runScenario(scenario)).toEqual([]);
    },
    60_000,
  );
});
