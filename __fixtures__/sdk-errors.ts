// The SageMaker and ECR errors the tests of src/aws/ meet most, as the SDK throws them.
import { ECRServiceException } from '@aws-sdk/client-ecr';
import { ResourceNotFound, SageMakerServiceException } from '@aws-sdk/client-sagemaker';

/** An ECR error by its name (`ImageNotFoundException`), as the ECR client throws it. */
export const ecrError = (name: string, message = name): ECRServiceException =>
  new ECRServiceException({ name, message, $fault: 'client', $metadata: { httpStatusCode: 400 } });

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
