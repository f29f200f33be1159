/**
 * AWS infrastructure as code: Terraform, CloudFormation / SAM (YAML and JSON), CDK (TypeScript,
 * Python, Java, C#, Go), Pulumi, Serverless, Elastic Beanstalk `.ebextensions` and the AWS CLI.
 * Load balancer security policies, CloudFront viewer and origin protocols, API Gateway and
 * OpenSearch policies, RDS parameter groups.
 *
 * The block helpers in shared.ts are shared with azure.ts and other-clouds.ts.
 */
import type { Rule } from '../../rule.js';
import { apigatewaySecurityPolicy } from './api-gateway.js';
import { cloudfrontMinimumProtocol, cloudfrontOriginProtocols } from './cloudfront.js';
import { rdsParameterTls } from './db-parameters.js';
import { elbClassicProtocolAttribute, elbListenerDefaultPolicy, elbSslPolicy } from './elb.js';
import { opensearchTlsPolicy } from './opensearch.js';

export { apigatewaySecurityPolicy } from './api-gateway.js';
export { cloudfrontMinimumProtocol, cloudfrontOriginProtocols } from './cloudfront.js';
export { DB_PARAMETERS, dbParameter, nameValueParameters, isAzureParameter, rdsParameterTls } from './db-parameters.js';
export { elbPolicyVersions, elbSslPolicy, elbListenerDefaultPolicy, elbClassicProtocolAttribute } from './elb.js';
export { opensearchTlsPolicy } from './opensearch.js';
export {
  lineStartOf,
  lineEndOf,
  type Block,
  enclosingBlocks,
  blockEnd,
  topLevel,
  innermostBlock,
  tfResourceType,
  fileFlag,
  lineAround,
  inTfDeclaration,
  yamlMapping,
  literalOf,
  comparedBefore,
  combine,
  isIacFile,
  gated,
  partMeta,
  NO_EXAMPLES,
  IAC_FILES,
} from './shared.js';

export const rules: readonly Rule[] = [
  elbSslPolicy,
  elbListenerDefaultPolicy,
  elbClassicProtocolAttribute,
  cloudfrontMinimumProtocol,
  cloudfrontOriginProtocols,
  apigatewaySecurityPolicy,
  opensearchTlsPolicy,
  rdsParameterTls,
];
