// Requests as the log and the step summary show them: the values of container environment
// variables (which may hold tokens or internal addresses) are hidden; their names are shown. Pure.

/** Shown in place of each hidden value. */
export const HIDDEN = '(hidden)';

/** A copy of `request` with every `ContainerEnvironmentVariables` value hidden, at any depth. */
export function forDisplay<T>(request: T): T {
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [
        key,
        key === 'ContainerEnvironmentVariables' && value !== null && typeof value === 'object'
          ? Object.fromEntries(Object.keys(value as object).map((name) => [name, HIDDEN]))
          : visit(value),
      ]),
    );
  };
  return visit(request) as T;
}
