// Every SageMaker call a step may make, in one namespace: the session's `api`, the one way steps
// reach SageMaker. openSession (src/run/entry.ts) imports it, and with it the SDK, only once the
// entry point's inputs are valid. The calls are grouped by the resource they act on.
export {
  call,
  createSageMakerClient,
  unlessNotFound,
  type ClientSettings,
  type SageMakerClient,
} from './sagemaker-client.js';
export { isTransient } from './transient.js';
export * from './sagemaker-images.js';
export * from './sagemaker-app-image-configs.js';
export * from './sagemaker-domains.js';
export * from './sagemaker-user-profiles.js';
export * from './sagemaker-spaces-and-apps.js';
