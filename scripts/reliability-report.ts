// `npm run report:reliability`: runs every fault-injection scenario against the committed bundle
// and writes docs/reliability.md. Run it after changing a scenario or the bundle's retry behaviour,
// and commit the page; a test keeps its rows equal to the scenarios.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCENARIOS, renderReport, runScenario } from '../__fixtures__/fault-scenarios.ts';
import { ROOT } from '../__fixtures__/run-action.ts';

const results = await Promise.all(
  SCENARIOS.map(async (scenario) => [scenario, await runScenario(scenario)] as const),
);
writeFileSync(join(ROOT, 'docs', 'reliability.md'), renderReport(results));
const failed = results.filter(([, problems]) => problems.length > 0);
for (const [scenario, problems] of failed)
  console.error(`${scenario.name}: ${problems.join('; ')}`);
console.log(
  `docs/reliability.md: ${results.length - failed.length} of ${results.length} survived.`,
);
process.exitCode = failed.length > 0 ? 1 : 0;
