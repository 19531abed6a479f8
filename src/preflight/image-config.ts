// The parts of an image config (the JSON blob a manifest names) that Studio cares about. Pure.
//
//   { "architecture": "amd64", "os": "linux",
//     "config": { "User": "1000:100", "Entrypoint": ["jupyter-lab"], "Cmd": null,
//                 "Env": ["PATH=/usr/bin", "AWS_REGION=eu-west-1"] } }

export interface ImageConfig {
  readonly os?: string;
  readonly architecture?: string;
  readonly variant?: string;
  /** `USER` as the image gives it: '' when unset (the container runs as root). */
  readonly user: string;
  readonly entrypoint: readonly string[];
  readonly cmd: readonly string[];
  /** `KEY=VALUE` lines. */
  readonly env: readonly string[];
}

export type ConfigReading =
  | { readonly ok: true; readonly config: ImageConfig }
  | { readonly ok: false; readonly problem: string };

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
const optionalText = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

export function readImageConfig(text: string): ConfigReading {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'its config is not JSON' };
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return { ok: false, problem: 'its config is not a JSON object' };
  }
  const top = document as Record<string, unknown>;
  const inner =
    typeof top.config === 'object' && top.config !== null
      ? (top.config as Record<string, unknown>)
      : {};
  const os = optionalText(top.os);
  const architecture = optionalText(top.architecture);
  const variant = optionalText(top.variant);
  return {
    ok: true,
    config: {
      ...(os === undefined ? {} : { os }),
      ...(architecture === undefined ? {} : { architecture }),
      ...(variant === undefined ? {} : { variant }),
      user: typeof inner.User === 'string' ? inner.User : '',
      entrypoint: strings(inner.Entrypoint),
      cmd: strings(inner.Cmd),
      env: strings(inner.Env),
    },
  };
}

/** `os/architecture[/variant]` as the config gives it; `unknown` for a part it leaves out. */
export function configPlatform(config: ImageConfig): string {
  return [
    config.os ?? 'unknown',
    config.architecture ?? 'unknown',
    ...(config.variant ? [config.variant] : []),
  ].join('/');
}
