// The image checks in the step summary (the "Image" section: the image's facts, then each check's
// verdict) and in the log. Pure.
import { oneLine, quoteForLog } from '../common/log-safe.js';
import { cell } from '../common/markdown.js';
import type { PreflightOutcome } from './step.js';
import { CHECKS, formatBytes, type CheckName, type CheckResult } from './verdict.js';

/** What each check looks at, in the summary's words. */
export const CHECK_TITLES: Readonly<Record<CheckName, string>> = {
  exists: 'The tag or digest exists',
  platform: 'A linux/amd64 image',
  index: 'The reference registered',
  user: 'USER matches the uid / gid of `app-image-config`',
  'start-command': 'Something to start (JupyterLab, Code Editor)',
  environment: 'No `AWS_*` or `SAGEMAKER_*` variables',
  size: 'Size (slow start-up above 10 GB)',
};

const code = (text: string): string => `\`${cell(text)}\``;

/** A check's result; a check the outcome does not list was not reached. */
function resultOf(outcome: PreflightOutcome, check: CheckName): CheckResult {
  return (
    outcome.checks.find((result) => result.check === check) ?? { check, status: 'not reached' }
  );
}

/** The facts of the image as table rows: label, then Markdown. */
function factRows(outcome: PreflightOutcome, base: string): [string, string][] {
  const { facts } = outcome;
  const userCheck = resultOf(outcome, 'user');
  const rows: [string, string | undefined][] = [
    ['Base image', code(base)],
    [
      'Registered as',
      facts.registered === base ? 'the base image, as given' : code(facts.registered),
    ],
    ['Manifest', facts.manifestType === undefined ? undefined : cell(facts.manifestType)],
    ['Platform', facts.platform === undefined ? undefined : code(facts.platform)],
    [
      'User',
      facts.user === undefined
        ? undefined
        : `${facts.user === '' ? 'root (no `USER`)' : code(facts.user)}${
            userCheck.status === 'not checked' ? ' (not checked)' : ''
          }`,
    ],
    ['Entrypoint', facts.entrypoint === undefined ? undefined : command(facts.entrypoint)],
    ['Command', facts.cmd === undefined ? undefined : command(facts.cmd)],
    [
      'Size',
      facts.size === undefined
        ? undefined
        : `${formatBytes(facts.size)} compressed, ${facts.layers ?? 0} layer${facts.layers === 1 ? '' : 's'}`,
    ],
  ];
  return rows.filter((row): row is [string, string] => row[1] !== undefined);
}

function command(parts: readonly string[]): string {
  return parts.length === 0 ? '(none)' : code(JSON.stringify(parts));
}

function verdictText({ status, reason }: CheckResult): string {
  return status === 'not checked' && reason !== undefined ? `not checked: ${reason}` : status;
}

/** The summary's Image section; `base` is the `base-image` input. */
export function renderImageSection(outcome: PreflightOutcome, base: string): string {
  const rows = CHECKS.map((check) => {
    const result = resultOf(outcome, check);
    const messages = outcome.findings
      .filter((finding) => finding.check === check)
      .map((finding) => cell(finding.message))
      .join('<br>');
    return `| ${CHECK_TITLES[check]} | ${cell(verdictText(result))} | ${messages} |`;
  });
  const mode =
    outcome.mode === 'warn'
      ? '`preflight: warn`: problems are warnings, and the run went on.'
      : '`preflight: strict`: errors stop the run before anything is changed in SageMaker.';
  return [
    '### Image',
    '',
    '| | |',
    '|---|---|',
    ...factRows(outcome, base).map(([label, value]) => `| ${label} | ${value} |`),
    '',
    '| Check | Verdict | Findings |',
    '|---|---|---|',
    ...rows,
    '',
    `${mode} Read from ECR with ${outcome.requests} request${outcome.requests === 1 ? '' : 's'}; no layer was downloaded.`,
    '',
  ].join('\n');
}

/** The log's account of the checks: the facts, then one line per check. Findings are annotations. */
export function imageLogLines(outcome: PreflightOutcome): string[] {
  const { facts } = outcome;
  const lines = [
    `Registered as: ${facts.registered}`,
    ...(facts.manifestType === undefined ? [] : [`Manifest: ${facts.manifestType}`]),
    ...(facts.platform === undefined ? [] : [`Platform: ${facts.platform}`]),
    ...(facts.user === undefined
      ? []
      : [`User: ${facts.user === '' ? 'root (no USER)' : quoteForLog(facts.user)}`]),
    ...(facts.entrypoint === undefined ? [] : [`Entrypoint: ${JSON.stringify(facts.entrypoint)}`]),
    ...(facts.cmd === undefined ? [] : [`Command: ${JSON.stringify(facts.cmd)}`]),
    ...(facts.size === undefined
      ? []
      : [`Size: ${formatBytes(facts.size)} compressed in ${facts.layers ?? 0} layers`]),
  ];
  const checks = CHECKS.map((check) => {
    const result = resultOf(outcome, check);
    return `  ${check}: ${verdictText(result)}`;
  });
  return [...lines, 'Checks:', ...checks, `ECR requests: ${outcome.requests}.`].map(oneLine);
}
