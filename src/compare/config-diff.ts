// An AppImageConfig against another, field by field. Pure.
//
// Each config is flattened to paths (`JupyterLabAppImageConfig.ContainerConfig.ContainerEnvironmentVariables.LANG`);
// lists keep their index (`…ContainerArguments[0]`). SageMaker's own fields (ARN, name, times) are
// not the config's and are left out.

export interface FieldChange {
  readonly path: string;
  /** JSON text of the value; undefined when the field is absent on that side. */
  readonly before?: string;
  readonly after?: string;
}

const NOT_CONFIG = new Set([
  'AppImageConfigArn',
  'AppImageConfigName',
  'CreationTime',
  'LastModifiedTime',
  '$metadata',
]);

/** Every leaf of `value` by its path. */
export function flatten(
  value: unknown,
  path = '',
  into = new Map<string, string>(),
): Map<string, string> {
  if (Array.isArray(value)) {
    if (value.length === 0 && path !== '') into.set(path, '[]');
    value.forEach((item, index) => flatten(item, `${path}[${index}]`, into));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (path === '' && NOT_CONFIG.has(key)) continue;
      if (item === undefined) continue;
      flatten(item, path === '' ? key : `${path}.${key}`, into);
    }
  } else if (value !== undefined && path !== '') {
    into.set(path, JSON.stringify(value));
  }
  return into;
}

/** The fields that differ, in path order; empty when the two are the same. */
export function diffConfigs(before: unknown, after: unknown): FieldChange[] {
  const old = flatten(before);
  const next = flatten(after);
  const paths = [...new Set([...old.keys(), ...next.keys()])].sort();
  return paths.flatMap((path): FieldChange[] => {
    const was = old.get(path);
    const now = next.get(path);
    if (was === now) return [];
    return [
      {
        path,
        ...(was === undefined ? {} : { before: was }),
        ...(now === undefined ? {} : { after: now }),
      },
    ];
  });
}
