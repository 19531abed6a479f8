// The inputs of `./launch-test` → LaunchEntryInputs. Pure but for the files the caller lets it read.
// Each value is checked against its rule in rules.ts.
import { checkedInputs, type InputReader } from './reader.js';
import {
  SESSION_DEFAULTS,
  parsed,
  readCommonInputs,
  type ParsedInputs,
  type SessionInputs,
} from './common-inputs.js';
import type { AppImageConfigDocument, WorkspaceFiles } from './app-image-config.js';
import { imageNameInArn, readDocument } from './studio-inputs.js';
import { workspaceFiles } from './workspace-files.js';

/** The launch test: where it starts the version, on what, and for how long at most. */
export interface LaunchTestInputs {
  readonly domainId: string;
  readonly userProfileName: string;
  readonly instanceType: string;
  readonly timeoutSeconds: number;
}

/** `./launch-test`'s inputs: the version, how Studio runs it, and the test's settings. */
export interface LaunchEntryInputs extends SessionInputs {
  /** `image-version-arn`, as given. */
  readonly imageVersionArn: string;
  /** The AppImageConfig the test runs the version with (a temporary copy, named after the run). */
  readonly document: AppImageConfigDocument;
  readonly launchTest: LaunchTestInputs;
}

export function parseLaunchTestInputs(
  readInput: InputReader,
  env: NodeJS.ProcessEnv,
  files: WorkspaceFiles = workspaceFiles(env.GITHUB_WORKSPACE || process.cwd()),
): ParsedInputs<LaunchEntryInputs> {
  const inputs = checkedInputs(readInput);
  const imageVersionArn = inputs.required('image-version-arn');
  const document = readDocument(inputs, files);
  const launchTest: LaunchTestInputs = {
    domainId: inputs.required('domain-id'),
    userProfileName: inputs.required('user-profile'),
    instanceType: inputs.withDefault('instance-type'),
    timeoutSeconds: inputs.integer('timeout-seconds'),
  };
  const common = readCommonInputs(inputs, env);
  const imageName = imageNameInArn(imageVersionArn);
  const value = {
    ...common,
    ...SESSION_DEFAULTS,
    advice: { domains: 'domain-id', profile: '`user-profile` and `domain-id`' },
    imageName,
    imageVersionArn,
    launchTest,
  };
  // `document` is undefined only when it had problems, which `parsed` reports.
  return parsed(inputs, { ...value, document: document as AppImageConfigDocument }, []);
}
