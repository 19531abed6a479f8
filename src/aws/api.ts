// Every SageMaker call a step may make, in one namespace: the session's `api`, the one way steps
// reach SageMaker. openSession (src/run/entry.ts) imports it, and with it the SDK, only once the
// entry point's inputs are valid.
export * from './sagemaker.js';
export { isTransient } from './transient.js';
export * from './studio-api.js';
export * from './retention-api.js';
export * from './launch-api.js';
