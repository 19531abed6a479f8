// Every SageMaker call a step may make, in one namespace: the session's `api`, the one way steps
// reach SageMaker. main.ts imports it (and with it the SDK) only once the inputs are valid.
export * from './sagemaker.js';
export * from './studio-api.js';
export * from './retention-api.js';
export * from './launch-api.js';
