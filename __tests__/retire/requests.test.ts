// The writes a retention plan sends, in a real run's order, built by the one builder of each: what a
// dry run lists and counts. Pure.
import { describe, expect, it } from '@jest/globals';
import { retentionRequests, retireRequest, unmarkRequest } from '../../src/retire/retire.js';

describe('retentionRequests', () => {
  it('lists the STABLE marks first, then the retirements, oldest first as planned', () => {
    expect(
      retentionRequests('img', { unmark: [5], retire: [1, 2], action: 'archive' }),
    ).toStrictEqual([
      { operation: 'UpdateImageVersion', input: unmarkRequest('img', 5) },
      retireRequest('img', 1, 'archive'),
      retireRequest('img', 2, 'archive'),
    ]);
  });

  it('deletes in delete mode, and lists nothing for an empty plan', () => {
    expect(retentionRequests('img', { unmark: [], retire: [3], action: 'delete' })).toStrictEqual([
      { operation: 'DeleteImageVersion', input: { ImageName: 'img', Version: 3 } },
    ]);
    expect(retentionRequests('img', { unmark: [], retire: [], action: 'delete' })).toStrictEqual(
      [],
    );
  });
});
