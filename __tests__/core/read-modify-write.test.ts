// The read-modify-write a domain and a user profile share: read, write, read back, write again
// from the new read; never resend a body; wait out a refusal while another update settles.
import { describe, expect, it, jest } from '@jest/globals';
import { MAX_WRITES, readModifyWrite, type WriteTarget } from '../../src/core/read-modify-write.js';
import { testSession } from '../../__fixtures__/session.js';

type Plan = { readonly request?: { readonly body: string } };

function target(plans: (Plan | undefined)[], overrides: Partial<WriteTarget<Plan>> = {}) {
  const sent: string[] = [];
  const queue = [...plans];
  const value: WriteTarget<Plan> = {
    subject: 'Studio domain d-1, user profile 1 of 1',
    noun: 'profile',
    operation: 'UpdateUserProfile',
    readAndPlan: () => Promise.resolve(queue.length > 1 ? queue.shift() : queue[0]),
    send: jest.fn((request: { body: string }) => {
      sent.push(request.body);
      return Promise.resolve();
    }),
    status: () => Promise.resolve('InService'),
    overwritten: 'overwritten too often',
    ...overrides,
  };
  return { value, sent };
}
const serviceError = (name: string, httpStatusCode = 400): Error =>
  Object.assign(new Error(name), { name, $metadata: { httpStatusCode } });

describe('readModifyWrite', () => {
  it('writes nothing when the first read is right, or the target is gone', async () => {
    for (const first of [{}, undefined]) {
      const { value, sent } = target([first]);
      expect(await readModifyWrite(testSession({}), value)).toStrictEqual({
        plan: first,
        writes: 0,
        gone: false,
      });
      expect(sent).toEqual([]);
    }
  });

  it('writes, reads back, and writes again from the new read while the entry is missing', async () => {
    const { value, sent } = target([{ request: { body: 'a' } }, { request: { body: 'b' } }, {}]);
    const session = testSession({});
    const outcome = await readModifyWrite(session, value);
    expect(sent).toEqual(['a', 'b']);
    expect(outcome).toStrictEqual({ plan: { request: { body: 'a' } }, writes: 2, gone: false });
    expect(session.lines()).toEqual([
      "Studio domain d-1, user profile 1 of 1: this image's entry is missing or wrong after the update (another writer saved the settings from an older read); writing it again.",
    ]);
  });

  it(`stops after ${MAX_WRITES} writes, with the target's own message`, async () => {
    const { value, sent } = target([{ request: { body: 'a' } }]);
    await expect(readModifyWrite(testSession({}), value)).rejects.toThrow('overwritten too often');
    expect(sent).toHaveLength(MAX_WRITES);
  });

  it('reads again after a lost answer, never resending the body', async () => {
    const { value, sent } = target([{ request: { body: 'a' } }, {}], {
      send: () => Promise.reject(serviceError('InternalFailure', 500)),
    });
    const session = testSession({});
    expect((await readModifyWrite(session, value)).writes).toBe(1);
    expect(sent).toEqual([]);
    expect(session.lines()[0]).toMatch(
      /^Studio domain d-1, user profile 1 of 1: UpdateUserProfile got no clear answer \(InternalFailure\); reading the profile again in \d\.\d s to see what it holds\.$/,
    );
    expect(session.clock.sleeps).toHaveLength(1);
  });

  it('says the entry is missing after a lost answer without blaming another writer alone', async () => {
    let sends = 0;
    const { value } = target([{ request: { body: 'a' } }, { request: { body: 'b' } }, {}], {
      send: () =>
        sends++ === 0 ? Promise.reject(serviceError('ThrottlingException')) : Promise.resolve(),
    });
    const session = testSession({});
    expect(await readModifyWrite(session, value)).toStrictEqual({
      plan: { request: { body: 'a' } },
      writes: 2,
      gone: false,
    });
    expect(session.lines()[1]).toBe(
      "Studio domain d-1, user profile 1 of 1: this image's entry is missing or wrong after the update that got no clear answer (it did not land, or another writer saved the settings from an older read); writing it again.",
    );
  });

  it('after a refusal, says the other update settled, not that the entry was overwritten', async () => {
    let sends = 0;
    const { value, sent } = target([{ request: { body: 'a' } }, { request: { body: 'b' } }, {}], {
      send: (request) => {
        if (sends++ === 0) return Promise.reject(serviceError('ConflictException'));
        sent.push(request.body);
        return Promise.resolve();
      },
      status: () => Promise.resolve('Updating'),
      stillWrong: 'never said after a refusal',
    });
    const session = testSession({});
    expect((await readModifyWrite(session, value)).writes).toBe(1);
    expect(sent).toEqual(['b']);
    expect(session.lines()).toEqual([
      'Studio domain d-1, user profile 1 of 1 is Updating (another update is under way), so UpdateUserProfile was refused; waiting for it.',
      'Studio domain d-1, user profile 1 of 1: the other update has settled; sending UpdateUserProfile again.',
    ]);
  });

  it('tells a target deleted while this run wrote from one gone before it started', async () => {
    const deleted = target([{ request: { body: 'a' } }, undefined]);
    expect(await readModifyWrite(testSession({}), deleted.value)).toStrictEqual({
      plan: { request: { body: 'a' } },
      writes: 1,
      gone: true,
    });
    const { value } = target([{ request: { body: 'a' } }, {}]);
    expect((await readModifyWrite(testSession({}), value)).gone).toBe(false);
  });

  it('waits out a refusal while another update settles, and fails on one while InService', async () => {
    const refused = { send: () => Promise.reject(serviceError('ValidationException')) };
    const settling = target([{ request: { body: 'a' } }, {}], {
      ...refused,
      status: () => Promise.resolve('Updating'),
    });
    const session = testSession({});
    expect((await readModifyWrite(session, settling.value)).writes).toBe(0);
    expect(session.lines()).toEqual([
      'Studio domain d-1, user profile 1 of 1 is Updating (another update is under way), so UpdateUserProfile was refused; waiting for it.',
    ]);
    const inService = target([{ request: { body: 'a' } }], refused);
    await expect(readModifyWrite(testSession({}), inService.value)).rejects.toThrow(
      'ValidationException',
    );
    const denied = target([{ request: { body: 'a' } }], {
      send: () => Promise.reject(serviceError('AccessDeniedException')),
    });
    await expect(readModifyWrite(testSession({}), denied.value)).rejects.toThrow(
      'AccessDeniedException',
    );
  });
});
