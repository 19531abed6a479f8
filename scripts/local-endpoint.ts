// Starts the local SageMaker endpoint for a workflow job or a local run, and keeps it up until it
// is stopped. Usage: node scripts/local-endpoint.ts [image-name ...]
// Each image name is also an ECR repository in which every tag and digest is an image Studio can
// run (for the image checks), beside the standard images of __fixtures__/ecr-model.ts.
// Prints the environment a step needs; on a runner it also appends it to $GITHUB_ENV.
import { appendFileSync } from 'node:fs';
import { TEST_CREDENTIALS, startSageMakerServer } from '../__fixtures__/sagemaker-server.ts';
import { CONFIGS } from '../__fixtures__/ecr-model.ts';

const images = process.argv.slice(2);
const server = await startSageMakerServer({
  images,
  versionCreationMs: 2000,
  ecr: { anyImage: CONFIGS.studio },
});
for (const name of images) server.ecr.addRepository(name);
const env = [
  `AWS_ENDPOINT_URL_SAGEMAKER=${server.url}`,
  `AWS_ENDPOINT_URL_ECR=${server.url}`,
  `AWS_ACCESS_KEY_ID=${TEST_CREDENTIALS.accessKeyId}`,
  `AWS_SECRET_ACCESS_KEY=${TEST_CREDENTIALS.secretAccessKey}`,
  'AWS_EC2_METADATA_DISABLED=true',
];
if (process.env.GITHUB_ENV) appendFileSync(process.env.GITHUB_ENV, `${env.join('\n')}\n`);
console.log(env.join('\n'));
console.log(
  `Local SageMaker endpoint on ${server.url} with images: ${images.join(', ') || 'none'}`,
);
const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
