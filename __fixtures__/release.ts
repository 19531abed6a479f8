// Two steps of a composed release, as a workflow runs them: `./` registers a version, then
// `./studio` releases it (the `image-version-arn` output of the first is the input of the second).
// The end-to-end suites of Studio behaviour, safety and the dry run share it.
import { runAction, type RunOptions, type RunResult } from './run-action.ts';

/** The least `app-image-config` document: JupyterLab, Studio's own defaults for everything else. */
export const JUPYTERLAB_CONFIG = 'JupyterLabAppImageConfig: {}';

/** What both steps share (endpoint, run id, environment); each gets its own inputs. */
export interface ReleaseOptions extends Omit<RunOptions, 'inputs' | 'entry' | 'post' | 'state'> {
  /** `./`'s inputs. */
  readonly register: Record<string, string>;
  /** `./studio`'s inputs besides `image-version-arn` (which may override it). */
  readonly studio: Record<string, string>;
  /** Called between the two steps (to note where `./studio`'s requests begin, or set a scene). */
  readonly between?: (register: RunResult) => void | Promise<void>;
}

export interface Release {
  readonly register: RunResult;
  readonly studio: RunResult;
}

/** `./`, then `./studio` with its version; throws when `./` fails (the scene is then wrong). */
export async function registerThenStudio(options: ReleaseOptions): Promise<Release> {
  const { register: registerInputs, studio: studioInputs, between, ...shared } = options;
  const register = await runAction({ ...shared, inputs: registerInputs });
  const arn = register.outputs['image-version-arn'];
  if (register.exitCode !== 0 || arn === undefined) {
    throw new Error(`./ failed, so ./studio could not run:\n${register.stdout}${register.stderr}`);
  }
  await between?.(register);
  const studio = await runAction({
    ...shared,
    entry: 'studio',
    inputs: { 'image-version-arn': arn, ...studioInputs },
  });
  return { register, studio };
}
