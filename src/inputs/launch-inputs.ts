// The launch test's inputs → LaunchTestInputs, or undefined when `user-profile` is
// empty. Pure. Each value is checked against its rule in rules.ts whether or not the test is on;
// the rules between inputs are here.
import type { CheckedInputs } from './reader.js';

/** The launch test: where it starts the version, on what, and for how long at most. */
export interface LaunchTestInputs {
  readonly domainId: string;
  readonly userProfileName: string;
  readonly instanceType: string;
  readonly timeoutSeconds: number;
}

export interface LaunchInputContext extends CheckedInputs {
  readonly waitForCreated: boolean;
  /** `domain-ids` as read: the first is the test's domain by default. */
  readonly studioDomainIds: readonly string[];
  readonly warnings: string[];
}

/** Whether the launch test is asked for (what the Studio inputs need to know first). */
export function launchTestRequested(context: Pick<CheckedInputs, 'raw'>): boolean {
  return context.raw('user-profile') !== '';
}

export function readLaunchTestInputs(context: LaunchInputContext): LaunchTestInputs | undefined {
  const { raw, problems } = context;
  const userProfileName = context.optional('user-profile');
  const domainInput = context.optional('domain-id');
  const instanceType = context.withDefault('instance-type');
  const timeoutSeconds = context.integer('timeout-seconds');
  if (!launchTestRequested(context)) {
    if (raw('domain-id') !== '') {
      context.warnings.push(
        '`domain-id` is used only with `user-profile`, which is empty: ' + 'no launch test runs.',
      );
    }
    return undefined;
  }
  if (!context.waitForCreated) {
    problems.push(
      'Input `user-profile` needs `wait-for-created: true`: the launch test starts the version only once it is CREATED.',
    );
  }
  const domainId =
    domainInput ?? (raw('domain-id') === '' ? context.studioDomainIds[0] : undefined);
  if (domainId === undefined && raw('domain-id') === '') {
    problems.push(
      'Input `domain-id` is required when `user-profile` is set and ' +
        '`domain-ids` is empty: it names the Studio domain of the test user profile.',
    );
  }
  if (userProfileName === undefined || domainId === undefined) return undefined;
  return { domainId, userProfileName, instanceType, timeoutSeconds };
}
