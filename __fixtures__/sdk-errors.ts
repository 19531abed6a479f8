// The SageMaker errors the tests of src/aws/ meet most, as the SDK throws them.
import { ResourceNotFound, SageMakerServiceException } from '@aws-sdk/client-sagemaker';

/** What SageMaker answers for a resource that does not exist. */
export const notFound = (): Error =>
  new ResourceNotFound({ message: 'Cannot find it', $metadata: {} });

/** A request the role may not send. */
export const denied = (): Error =>
  new SageMakerServiceException({
    name: 'AccessDeniedException',
    $fault: 'client',
    message: 'not authorized',
    $metadata: { httpStatusCode: 400 },
  });
