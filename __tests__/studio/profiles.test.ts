// What a user profile's status means for writing to its own list, and how the log names a profile
// (never by its name: a person's). Pure.
import { describe, expect, it } from '@jest/globals';
import { judgeProfile, profileSubject } from '../../src/studio/profiles.js';

describe('profileSubject', () => {
  it('names a profile by its domain and its place in the listing', () => {
    expect(profileSubject('d-1', 0, 12)).toBe('Studio domain d-1, user profile 1 of 12');
  });
});

describe('judgeProfile', () => {
  const subject = profileSubject('d-1', 2, 3);

  it.each(['InService', 'Deleting', undefined] as const)('takes a profile %s as read', (Status) => {
    const described = { UserProfileName: 'alice', ...(Status === undefined ? {} : { Status }) };
    expect(judgeProfile(described, subject)).toStrictEqual({ kind: 'done', value: described });
  });

  it.each(['Pending', 'Updating'] as const)('waits while the profile is %s', (Status) => {
    expect(judgeProfile({ Status }, subject)).toStrictEqual({ kind: 'pending' });
  });

  it.each(['Failed', 'Update_Failed', 'Delete_Failed'] as const)(
    'stops on %s, naming the profile by its place, not its name or reason',
    (Status) => {
      expect(
        judgeProfile(
          { UserProfileName: 'alice', Status, FailureReason: 'alice broke it' },
          subject,
        ),
      ).toStrictEqual({
        kind: 'failed',
        message: `Studio domain d-1, user profile 3 of 3 has a list of its own and is ${Status}, so this image cannot be added to it; nothing was written to it. Fix that profile (the debug log names it: re-run with debug logging), or set \`user-profiles: none\`, then re-run.`,
      });
    },
  );
});
