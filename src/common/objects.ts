/** Drops undefined properties, so optional fields are absent rather than undefined. */
export function withoutUndefined<T extends object>(object: {
  [K in keyof T]: T[K] | undefined;
}): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as T;
}
