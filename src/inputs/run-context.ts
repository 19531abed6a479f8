// What the action needs to know about the workflow run: the variables every runner sets (the same
// ones @actions/github's context reads), read straight from the environment so that a missing run
// id is found together with the input problems, before anything is loaded or sent.

export interface RunIdentity {
  /** The commit SHA (GITHUB_SHA). */
  readonly sha: string;
  /** The workflow run id (GITHUB_RUN_ID): the same for every attempt of the run. */
  readonly runId: string;
}

export interface RunContext extends RunIdentity {
  /** GITHUB_RUN_ATTEMPT: 1 for the first attempt, 2 for the first re-run, …; '' when unknown. */
  readonly runAttempt: string;
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const asText = (value: string | undefined): string => (value?.match(/^\d+$/) ? value : '');
  return {
    sha: env.GITHUB_SHA ?? '',
    runId: asText(env.GITHUB_RUN_ID),
    runAttempt: asText(env.GITHUB_RUN_ATTEMPT),
  };
}
