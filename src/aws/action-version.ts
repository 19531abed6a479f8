// The action's name and version as sent in the AWS user agent (a test keeps it equal to package.json).
export const ACTION_NAME = 'sagemaker-image-version-action';
export const ACTION_VERSION = '1.0.0';
