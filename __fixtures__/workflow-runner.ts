// A workflow as a runner would run the action's part of it, for the tests that run the examples
// as copied: jobs in the order their `needs` give, each job's and step's `if:` evaluated (GitHub's
// implicit `success()` included), each step that uses one of the action's entry points run through
// the committed bundle against the local endpoint with its `${{ … }}` filled from the steps and jobs
// before it, a launch test's post step at the end of its job, and a job that calls the reusable
// workflow (.github/workflows/release-image.yml) run as that workflow with the job's `with:`.
// Steps of other actions (checkout, credentials, ECR login, the build) are not run: their outputs
// are those of a push (a registry and a digest). An expression naming anything else fails, so an
// example cannot drift into reading something no step makes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { entryActionYaml, entryOfUses, type EntryPoint } from './entry-points.ts';
import { ROOT, runAction, type RunResult } from './run-action.ts';

export const REGISTRY = '123456789012.dkr.ecr.us-east-1.amazonaws.com';
/** The job's GITHUB_TOKEN, as `${{ github.token }}` gives it. */
export const RUNNER_TOKEN = 'ghs_workflowRunnerToken000000000000000';
const REUSABLE = /^[\w-]+\/sagemaker-image-version-action\/(\.github\/workflows\/[\w.-]+\.yml)@/;

export interface Step {
  readonly id?: string;
  readonly if?: string;
  readonly uses?: string;
  readonly with?: Record<string, unknown>;
}
export interface Job {
  readonly if?: string;
  readonly needs?: string | string[];
  readonly env?: Record<string, string>;
  readonly outputs?: Record<string, string>;
  readonly strategy?: { readonly matrix?: Record<string, unknown[]> };
  readonly steps?: Step[];
  readonly uses?: string;
  readonly with?: Record<string, unknown>;
}
export interface Workflow {
  readonly on?: {
    readonly workflow_call?: {
      readonly inputs?: Record<string, { readonly default?: string | number | boolean }>;
      readonly outputs?: Record<string, { readonly value: string }>;
    };
  };
  readonly env?: Record<string, string>;
  readonly jobs: Record<string, Job>;
}

/** One push: what its build gave, and the run it is. */
export interface Push {
  readonly digest: string;
  readonly runId: string;
  readonly sha: string;
}

/** Where the steps run: the local endpoint and the checked-out workspace. */
export interface Runner {
  readonly endpoint: string;
  readonly workspace: string;
}

/** One run of one of the action's entry points (a post step is a run of its own). */
export interface StepRun {
  readonly job: string;
  readonly entry: EntryPoint;
  readonly post: boolean;
  readonly inputs: Record<string, string>;
  readonly result: RunResult;
}

// ---- GitHub's expression language, the part the examples and the reusable workflow use ----

type Value = string | number | boolean | null | readonly Value[];

const truthy = (value: Value): boolean =>
  value !== '' && value !== false && value !== 0 && value !== null;

/** As `${{ }}` renders a value into text. */
const text = (value: Value): string =>
  value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);

/** Evaluates one expression: `||`, `&&`, `==`, `!=`, `!`, literals, calls and context paths. */
export function evaluate(
  expression: string,
  resolve: (path: string) => Value,
  call: (name: string, args: Value[]) => Value,
): Value {
  const tokens =
    expression.match(/'(?:[^']|'')*'|==|!=|&&|\|\||[!(),]|[A-Za-z_][\w.-]*|\d+(?:\.\d+)?|\S/g) ??
    [];
  let at = 0;
  const peek = (): string | undefined => tokens[at];
  const take = (): string => tokens[at++] ?? '';
  const or = (): Value => {
    let left = and();
    while (peek() === '||') {
      take();
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  };
  const and = (): Value => {
    let left = equality();
    while (peek() === '&&') {
      take();
      const right = equality();
      left = truthy(left) ? right : left;
    }
    return left;
  };
  const equality = (): Value => {
    let left = unary();
    while (peek() === '==' || peek() === '!=') {
      const operator = take();
      const same = text(left).toLowerCase() === text(unary()).toLowerCase();
      left = operator === '==' ? same : !same;
    }
    return left;
  };
  const unary = (): Value => {
    if (peek() !== '!') return primary();
    take();
    return !truthy(unary());
  };
  const primary = (): Value => {
    const token = take();
    if (token === '(') {
      const inner = or();
      take();
      return inner;
    }
    if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'");
    if (/^\d/.test(token)) return Number(token);
    if (token === 'true' || token === 'false') return token === 'true';
    if (token === 'null') return null;
    if (peek() === '(') {
      take();
      const args: Value[] = [];
      while (peek() !== ')' && peek() !== undefined) {
        args.push(or());
        if (peek() === ',') take();
      }
      take();
      return call(token, args);
    }
    return resolve(token);
  };
  const value = or();
  if (at !== tokens.length) throw new Error(`Cannot read the expression ${expression}`);
  return value;
}

function callFunction(name: string, args: Value[], status: () => boolean): Value {
  const [first = null, ...rest] = args;
  switch (name) {
    case 'always':
      return true;
    case 'cancelled':
    case 'failure':
      return false;
    case 'success':
      return status();
    case 'fromJSON':
      return JSON.parse(text(first)) as Value;
    case 'contains':
      return Array.isArray(first)
        ? (first as readonly Value[]).some(
            (item) => text(item).toLowerCase() === text(rest[0] ?? null).toLowerCase(),
          )
        : text(first)
            .toLowerCase()
            .includes(text(rest[0] ?? null).toLowerCase());
    case 'format':
      return text(first).replace(/\{(\d+)\}/g, (_all, n: string) => text(rest[Number(n)] ?? null));
    default:
      throw new Error(`An example calls ${name}(), which this runner does not know`);
  }
}

/** An `if:` as GitHub reads it: without a status function, `success() && (…)`. */
const condition = (expression: string | undefined): string => {
  const bare = (expression ?? '').replace(/^\$\{\{\s*([\s\S]*?)\s*\}\}$/, '$1').trim();
  if (bare === '') return 'success()';
  return /\b(always|cancelled|failure|success)\(/.test(bare) ? bare : `success() && (${bare})`;
};

// ---- The runner ----

type JobResult = 'success' | 'failure' | 'skipped';

interface JobState {
  readonly name: string;
  readonly job: Job;
  readonly matrix: Record<string, string>;
  /** What each step of ours set, and the outputs its action.yml declares (unset ones read ''). */
  readonly steps: Map<string, { outputs: Record<string, string>; declared: readonly string[] }>;
  /** Outputs of a job that called a reusable workflow, as that workflow set them. */
  called?: Record<string, string>;
  result: JobResult;
}

/** The jobs of a workflow, each after the jobs it needs. */
export function jobOrder(workflow: Workflow): string[] {
  const order: string[] = [];
  const visit = (name: string): void => {
    if (order.includes(name)) return;
    for (const need of [workflow.jobs[name]?.needs ?? []].flat()) visit(need);
    order.push(name);
  };
  Object.keys(workflow.jobs).forEach(visit);
  return order;
}

/** The combinations a job's matrix runs (one empty one without a matrix). */
function matrixOf(job: Job): Record<string, string>[] {
  return Object.entries(job.strategy?.matrix ?? {}).reduce<Record<string, string>[]>(
    (combinations, [key, values]) =>
      combinations.flatMap((combination) =>
        values.map((value) => ({ ...combination, [key]: String(value) })),
      ),
    [{}],
  );
}

/** A workflow's run, for one push: the jobs' states as they finish. */
export class WorkflowRun {
  readonly #jobs = new Map<string, JobState>();
  readonly runs: StepRun[] = [];

  constructor(
    private readonly workflow: Workflow,
    private readonly push: Push,
    private readonly runner: Runner,
    private readonly inputs: Record<string, string> = {},
    private readonly prefix = '',
  ) {}

  /** Runs every job; the workflow_call outputs, for a called workflow. */
  async run(): Promise<Record<string, string>> {
    for (const name of jobOrder(this.workflow)) await this.runJob(name);
    const outputs = this.workflow.on?.workflow_call?.outputs ?? {};
    return Object.fromEntries(
      Object.entries(outputs).map(([name, { value }]) => [name, this.fill(value, undefined)]),
    );
  }

  private async runJob(name: string): Promise<void> {
    const job = this.workflow.jobs[name] as Job;
    for (const matrix of matrixOf(job)) {
      const state: JobState = { name, job, matrix, steps: new Map(), result: 'success' };
      this.#jobs.set(name, state);
      const needs = [job.needs ?? []].flat();
      const needsPassed = (): boolean =>
        needs.every((n) => this.#jobs.get(n)?.result === 'success');
      if (!truthy(this.evaluate(condition(job.if), undefined, needsPassed))) {
        state.result = 'skipped';
        continue;
      }
      if (job.uses !== undefined) await this.callWorkflow(state);
      else await this.runSteps(state);
      if (state.result === 'failure') return;
    }
  }

  private async callWorkflow(state: JobState): Promise<void> {
    const path = REUSABLE.exec(state.job.uses ?? '')?.[1];
    if (path === undefined) throw new Error(`Job ${state.name} calls ${state.job.uses}`);
    const called = parseYaml(readFileSync(join(ROOT, path), 'utf8')) as Workflow;
    const declared = called.on?.workflow_call?.inputs ?? {};
    const inputs = Object.fromEntries(
      Object.entries(declared).map(([input, spec]) => [
        input,
        input in (state.job.with ?? {})
          ? this.fill(state.job.with?.[input], state)
          : spec.default === undefined
            ? ''
            : String(spec.default),
      ]),
    );
    const nested = new WorkflowRun(called, this.push, this.runner, inputs, `${state.name}/`);
    state.called = await nested.run();
    this.runs.push(...nested.runs);
    if (nested.runs.some(({ result }) => result.exitCode !== 0)) state.result = 'failure';
  }

  private async runSteps(state: JobState): Promise<void> {
    const posts: (() => Promise<void>)[] = [];
    for (const step of state.job.steps ?? []) {
      const entry = entryOfUses(step.uses ?? '');
      if (entry === undefined) continue;
      const passed = (): boolean => state.result === 'success';
      if (!truthy(this.evaluate(condition(step.if), state, passed))) continue;
      const inputs = Object.fromEntries(
        Object.entries(step.with ?? {}).map(([input, value]) => [input, this.fill(value, state)]),
      );
      const result = await this.runEntry(entry, inputs, {});
      this.runs.push({ job: this.prefix + state.name, entry, post: false, inputs, result });
      if (step.id !== undefined) {
        const declared = Object.keys(entryActionYaml(entry.folder).outputs);
        state.steps.set(step.id, { outputs: result.outputs, declared });
      }
      if (entry.folder === 'launch-test') {
        // Its post step runs at the end of the job, whatever happened, as the runner runs it.
        posts.unshift(async () => {
          const post = await this.runEntry(entry, inputs, { post: true, state: result.state });
          this.runs.push({
            job: this.prefix + state.name,
            entry,
            post: true,
            inputs,
            result: post,
          });
        });
      }
      if (result.exitCode !== 0) {
        state.result = 'failure';
        break;
      }
    }
    for (const post of posts) await post();
  }

  private runEntry(
    entry: EntryPoint,
    given: Record<string, string>,
    post: { post?: boolean; state?: Record<string, string> },
  ): Promise<RunResult> {
    // The runner fills an expression default of action.yml (`${{ github.token }}`) itself.
    const inputs: Record<string, string> = {};
    for (const [name, spec] of Object.entries(entryActionYaml(entry.folder).inputs))
      if (spec.default?.includes('${{') === true) inputs[name] = this.fill(spec.default, undefined);
    Object.assign(inputs, given);
    return runAction({
      entry: entry.folder,
      ...post,
      inputs,
      endpoint: this.runner.endpoint,
      runId: this.push.runId,
      sha: this.push.sha,
      env: { GITHUB_WORKSPACE: this.runner.workspace, GITHUB_EVENT_NAME: 'push' },
    });
  }

  /** A value with every `${{ … }}` replaced as the runner would. */
  private fill(value: unknown, state: JobState | undefined): string {
    return String(value).replace(/\$\{\{\s*([\s\S]*?)\s*\}\}/g, (_whole, expression: string) =>
      text(this.evaluate(expression, state, () => true)),
    );
  }

  private evaluate(expression: string, state: JobState | undefined, passed: () => boolean): Value {
    return evaluate(
      expression,
      (path) => this.resolve(path, state),
      (name, args) => callFunction(name, args, passed),
    );
  }

  private resolve(path: string, state: JobState | undefined): Value {
    const [head = '', first = '', second = '', ...rest] = path.split('.');
    const unknown = (): never => {
      throw new Error(`An example uses \${{ ${path} }}, which no step or job before it makes`);
    };
    switch (head) {
      case 'steps': {
        if (second !== 'outputs' || state === undefined) return unknown();
        const name = rest[0] ?? '';
        const ran = state.steps.get(first);
        if (ran !== undefined)
          return ran.declared.includes(name) ? (ran.outputs[name] ?? '') : unknown();
        if (name === 'registry') return REGISTRY;
        if (name === 'digest') return this.push.digest;
        return unknown();
      }
      case 'needs':
      case 'jobs': {
        const job = this.#jobs.get(first);
        if (job === undefined) return unknown();
        if (second === 'result') return job.result;
        if (second !== 'outputs') return unknown();
        const name = rest[0] ?? '';
        if (job.result === 'skipped') return '';
        if (job.called !== undefined) return job.called[name] ?? unknown();
        const declared = job.job.outputs?.[name];
        return declared === undefined ? unknown() : this.fill(declared, job);
      }
      case 'matrix':
        return state !== undefined && first in state.matrix
          ? (state.matrix[first] ?? '')
          : unknown();
      case 'inputs':
        return first in this.inputs ? (this.inputs[first] ?? '') : unknown();
      case 'env': {
        const declared = state?.job.env?.[first] ?? this.workflow.env?.[first];
        return declared === undefined ? unknown() : this.fill(declared, state);
      }
      case 'github':
        if (first === 'sha') return this.push.sha;
        if (first === 'ref_name') return 'v1.2.0';
        if (first === 'event_name') return 'push';
        if (first === 'token') return RUNNER_TOKEN;
        return unknown();
      default:
        return unknown();
    }
  }
}
