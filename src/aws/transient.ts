// Which AWS errors may pass with time, by the SDK's own retry classification. Apart from errors.ts
// because that classification is the SDK's runtime (@smithy/core): only what runs after the inputs
// were read and the session opened loads it (through src/aws/api.ts, or a dynamic import()).
import { isServerError, isThrottlingError, isTransientError } from '@smithy/core/retry';
import { AwsCallError, errorFacts, isNetworkProblem } from './errors.js';

/**
 * Errors that may pass with time: throttling, server faults, the network. The SDK's own retry
 * classification decides (the codes it knows grow with it); the network codes it leaves to its
 * HTTP handler are added.
 */
export function isTransient(error: unknown): boolean {
  if (error instanceof AwsCallError) return isTransient(error.cause);
  if (typeof error !== 'object' || error === null) return false;
  const sdkError = error as Parameters<typeof isThrottlingError>[0];
  return (
    isThrottlingError(sdkError) ||
    isTransientError(sdkError) ||
    isServerError(sdkError) ||
    isNetworkProblem(errorFacts(error))
  );
}
