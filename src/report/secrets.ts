// Values that must never show in the log: registered as secrets with the runner, which then masks
// them wherever they appear, an AWS validation error that echoes them included.
import type { Reporter } from './runner.js';

/**
 * Registers every value of a container environment (`ContainerEnvironmentVariables`, from the
 * AppImageConfig's settings) as a secret; the keys stay readable. Empty values are passed over:
 * the runner cannot mask nothing.
 */
export function maskEnvironmentValues(
  environment: Readonly<Record<string, string>> | readonly (readonly [string, string])[],
  report: Pick<Reporter, 'mask'>,
): void {
  const entries = Array.isArray(environment)
    ? (environment as readonly (readonly [string, string])[])
    : Object.entries(environment as Readonly<Record<string, string>>);
  for (const [, value] of entries) if (value.trim() !== '') report.mask(value);
}
