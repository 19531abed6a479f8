import { describe, expect, it } from '@jest/globals';
import { DRY_RUN_HEADINGS, logPlannedRequests } from '../../src/report/planned-requests.js';
import { recordingReporter } from '../../__fixtures__/reporter.js';

describe('logPlannedRequests', () => {
  it('says nothing was changed, then each request as shown (people left out), in order', () => {
    const report = recordingReporter();
    logPlannedRequests(report, [
      { operation: 'UpdateDomain', input: { DomainId: 'd-1' } },
      {
        operation: 'UpdateUserProfile',
        input: { UserProfileName: 'alice' },
        shown: { UserProfileName: '…' },
      },
    ]);
    expect(report.lines()).toStrictEqual([
      DRY_RUN_HEADINGS.some,
      'UpdateDomain {"DomainId":"d-1"}',
      'UpdateUserProfile {"UserProfileName":"…"}',
    ]);
  });

  it('says when a real run would change nothing, in the words the entry point gives', () => {
    const report = recordingReporter();
    logPlannedRequests(report, []);
    logPlannedRequests(report, [], { none: 'nothing to retire', some: 'requests:' });
    expect(report.lines()).toStrictEqual([DRY_RUN_HEADINGS.none, 'nothing to retire']);
  });
});
