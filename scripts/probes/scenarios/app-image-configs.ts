// Probes of AppImageConfigs: a creation race, the file system config as the action sends it by
// default for JupyterLab and Code Editor, and what an update replaces. Each config made is deleted.
//
// Runs under plain Node 24 (type stripping): erasable TypeScript only, `.ts` import suffixes.
import {
  CreateAppImageConfigCommand,
  DeleteAppImageConfigCommand,
  DescribeAppImageConfigCommand,
  UpdateAppImageConfigCommand,
  type CreateAppImageConfigRequest,
} from '@aws-sdk/client-sagemaker';
import { ask, notKnown, observed, tidy, type ProbeContext } from '../context.ts';
import { O, canonical, detailOf, refusal } from '../outcomes.ts';
import type { Observation } from '../types.ts';

/** What the action sends by default (src/studio/plan.ts desiredAppImageConfig). */
const FILE_SYSTEM = { MountPath: '/home/sagemaker-user', DefaultUid: 1000, DefaultGid: 100 };
const CONTAINER = { ContainerEnvironmentVariables: { PROBE: 'file-system-config' } };

type Member = 'JupyterLabAppImageConfig' | 'CodeEditorAppImageConfig';

/** Whether the member came back as sent; the outcome and what differed. Pure. */
export function roundTripOutcome(
  sent: Record<string, unknown>,
  described: Record<string, unknown> | undefined,
): string {
  if (described === undefined) return 'accepted, but described without the member';
  if (described.FileSystemConfig === undefined) return O.notReturned;
  return canonical(described) === canonical(sent)
    ? O.roundTrips
    : 'accepted, described differently';
}

async function probeFileSystemConfig(
  context: ProbeContext,
  id: string,
  name: string,
  member: Member,
): Promise<Observation> {
  const { sagemaker } = context;
  const sent = { FileSystemConfig: FILE_SYSTEM, ContainerConfig: CONTAINER };
  const created = await ask(() =>
    sagemaker.send(new CreateAppImageConfigCommand({ AppImageConfigName: name, [member]: sent })),
  );
  if (!created.ok) return observed(id, refusal(created), detailOf(created));
  const described = await ask(() =>
    sagemaker.send(new DescribeAppImageConfigCommand({ AppImageConfigName: name })),
  );
  if (!described.ok) return notKnown(id, `DescribeAppImageConfig: ${detailOf(described)}`);
  const member_ = described.value[member] as Record<string, unknown> | undefined;
  return observed(id, roundTripOutcome(sent, member_), JSON.stringify(member_ ?? null));
}

/** app-image-config-race, and app-image-config-update-replaces on a config of its own. */
async function probeRaceAndUpdate(context: ProbeContext): Promise<Observation[]> {
  const { sagemaker, names } = context;
  const name = names.updateConfig;
  const request = (variables: Record<string, string>): CreateAppImageConfigRequest => ({
    AppImageConfigName: name,
    JupyterLabAppImageConfig: { ContainerConfig: { ContainerEnvironmentVariables: variables } },
  });
  const created = await ask(() =>
    sagemaker.send(new CreateAppImageConfigCommand(request({ KEEP: '1', DROP: '2' }))),
  );
  if (!created.ok) {
    const why = `the first CreateAppImageConfig failed: ${detailOf(created)}`;
    return [
      notKnown('app-image-config-race', why),
      notKnown('app-image-config-update-replaces', why),
    ];
  }
  const race = await ask(() =>
    sagemaker.send(new CreateAppImageConfigCommand(request({ KEEP: '1' }))),
  );
  const updated = await ask(() =>
    sagemaker.send(new UpdateAppImageConfigCommand(request({ KEEP: '1' }))),
  );
  const described = await ask(() =>
    sagemaker.send(new DescribeAppImageConfigCommand({ AppImageConfigName: name })),
  );
  const variables = described.ok
    ? described.value.JupyterLabAppImageConfig?.ContainerConfig?.ContainerEnvironmentVariables
    : undefined;
  const update = !updated.ok
    ? observed('app-image-config-update-replaces', refusal(updated), detailOf(updated))
    : !described.ok
      ? notKnown(
          'app-image-config-update-replaces',
          `DescribeAppImageConfig: ${detailOf(described)}`,
        )
      : observed(
          'app-image-config-update-replaces',
          canonical(variables) === canonical({ KEEP: '1' })
            ? O.memberReplaced
            : 'the environment merged',
          JSON.stringify(variables ?? null),
        );
  return [observed('app-image-config-race', refusal(race), detailOf(race)), update];
}

export async function appImageConfigScenario(context: ProbeContext): Promise<Observation[]> {
  const { names, sagemaker } = context;
  const found = [
    await probeFileSystemConfig(
      context,
      'jupyterlab-file-system-config',
      names.jupyterLabConfig,
      'JupyterLabAppImageConfig',
    ),
    await probeFileSystemConfig(
      context,
      'code-editor-file-system-config',
      names.codeEditorConfig,
      'CodeEditorAppImageConfig',
    ),
    ...(await probeRaceAndUpdate(context)),
  ];
  // The JupyterLab one stays for the app probes' entries; the clean-up job deletes it.
  for (const name of [names.codeEditorConfig, names.updateConfig]) {
    await tidy(context, `deleting AppImageConfig ${name}`, () =>
      sagemaker.send(new DeleteAppImageConfigCommand({ AppImageConfigName: name })),
    );
  }
  return found;
}
