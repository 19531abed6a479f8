// `npm run demo`: no AWS account needed. Starts the local SageMaker endpoint on 127.0.0.1, runs the
// committed dist/index.js exactly as a runner would, and prints the log, outputs and step summary,
// then the Studio domain the run attached the new version to. First the run checks the base image
// in the endpoint's ECR (buildx's attestation index: registered by its amd64 digest); before
// attaching the version, it starts it in a private space of a CI user profile (the launch test)
// and cleans that up.
// The log is shown as a runner shows it by default, without `::debug::` lines; `npm run demo --
// --debug` shows them too, as ACTIONS_STEP_DEBUG does.
import { runAction } from '../__fixtures__/run-action.ts';
import { TEST_ACCOUNT, startSageMakerServer } from '../__fixtures__/sagemaker-server.ts';
import { STANDARD_REPOSITORY } from '../__fixtures__/ecr-model.ts';

const debug = process.argv.includes('--debug');
/** A runner hides debug lines unless step debugging is on. */
const asRunnerShows = (log: string): string =>
  debug
    ? log
    : log
        .split('\n')
        .filter((line) => !line.startsWith('::debug::'))
        .join('\n');

// A Studio domain another team already uses: their image stays attached beside this one.
const otherTeam = { ImageName: 'other-team-image', AppImageConfigName: 'other-team-config' };
const server = await startSageMakerServer({
  images: ['demo-image', 'other-team-image'],
  versionCreationMs: 3000,
  // The launch test's app takes a couple of seconds to be InService, as a (very fast) Studio would.
  studio: { appStartMs: 2000, appDeletionMs: 1000 },
  domains: [
    {
      id: 'd-demo',
      name: 'data-science',
      defaultUserSettings: { JupyterLabAppSettings: { CustomImages: [otherTeam] } },
      defaultSpaceSettings: { JupyterLabAppSettings: { CustomImages: [otherTeam] } },
    },
  ],
});
server.studio.addAppImageConfig('other-team-config', { JupyterLabAppImageConfig: {} });
// A user profile kept for CI: the launch test's space and app belong to it.
server.studio.addUserProfile('d-demo', 'ci-launch');
try {
  const inputs = {
    'image-name': 'demo-image',
    // buildx's default push: an image index of the amd64 image and its provenance attestation.
    'base-image': `${TEST_ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/${STANDARD_REPOSITORY}:attestation-index`,
    aliases: 'latest',
    'move-aliases': 'true',
    'job-type': 'notebook_kernel',
    'programming-lang': 'Python 3.12',
    'studio-domain-ids': 'd-demo',
    'container-environment': 'PIP_INDEX_URL=https://pypi.example.com/simple',
    'launch-test-user-profile': 'ci-launch',
  };
  console.log(
    `Local SageMaker endpoint: ${server.url}\nInputs: ${JSON.stringify(inputs, null, 2)}\n`,
  );
  const result = await runAction({ inputs, endpoint: server.url });
  console.log('--- log ---');
  process.stdout.write(asRunnerShows(result.stdout) + result.stderr);
  if (!debug)
    console.log('(debug lines hidden, as on a runner: npm run demo -- --debug shows them)');
  console.log(`--- exit code: ${result.exitCode} (${Math.round(result.durationMs)} ms) ---`);
  console.log('--- outputs ---');
  console.log(result.outputs);
  console.log('--- step summary ---');
  console.log(result.summary);
  console.log(`--- requests the endpoint saw: ${server.operations().join(', ')} ---`);
  console.log('--- Studio domain d-demo, CustomImages after the run ---');
  const settings = server.studio.domainSettings('d-demo');
  console.log(
    JSON.stringify(
      {
        DefaultUserSettings: settings.defaultUserSettings.JupyterLabAppSettings,
        DefaultSpaceSettings: settings.defaultSpaceSettings.JupyterLabAppSettings,
      },
      null,
      2,
    ),
  );
  const spaces = server.studio.spaceNames('d-demo');
  const apps = server.studio
    .apps()
    .map((app) => `${app.spaceName ?? ''}/${app.appName}: ${app.status}`);
  console.log(
    `--- launch test left behind: spaces ${spaces.length === 0 ? 'none' : spaces.join(', ')}; apps ${apps.join(', ') || 'none'} ---`,
  );
  process.exitCode = result.exitCode ?? 1;
} finally {
  await server.close();
}
