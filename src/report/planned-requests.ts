// A dry run's log: that nothing was changed, then each request a real run would send, as the
// summary shows it (people's names left out). Shared by the entry points' dry runs.
import type { PlannedRequest } from '../common/planned-request.js';
import { forDisplay } from '../common/redact.js';
import type { Reporter } from './runner.js';

/** The lines before the requests: with none, and with some. */
export interface PlannedHeadings {
  readonly none: string;
  readonly some: string;
}

export const DRY_RUN_HEADINGS: PlannedHeadings = {
  none: 'Dry run: nothing was changed, and a real run would send no request that changes anything.',
  some: 'Dry run: nothing was changed. These requests would be sent:',
};

export function logPlannedRequests(
  report: Reporter,
  requests: readonly PlannedRequest[],
  headings: PlannedHeadings = DRY_RUN_HEADINGS,
): void {
  report.info(requests.length === 0 ? headings.none : headings.some);
  for (const { operation, input, shown } of requests)
    report.info(`${operation} ${JSON.stringify(forDisplay(shown ?? input))}`);
}
