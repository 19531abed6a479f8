// Read-modify-writes (UpdateDomain, UpdateUserProfile) are sent once: a write computed from a read
// must not be resent after a lost answer, however much later the SDK would retry it. The caller
// reads again and plans again instead.
import type { UpdateDomainCommand, UpdateUserProfileCommand } from '@aws-sdk/client-sagemaker';

/**
 * The command with the SDK's retries switched off. A pass-through middleware takes the name of the
 * SDK's retry middleware, which `override` lets it replace for this command only.
 */
export function withoutRetries<C extends UpdateDomainCommand | UpdateUserProfileCommand>(
  command: C,
): C {
  (command.middlewareStack as UpdateDomainCommand['middlewareStack']).add(
    (next) => (args) => next(args),
    {
      name: 'retryMiddleware',
      step: 'finalizeRequest',
      priority: 'high',
      // Stryker disable next-line ArrayDeclaration,StringLiteral: a tag only serves removeByTag, which nothing calls
      tags: ['RETRY'],
      override: true,
    },
  );
  return command;
}
