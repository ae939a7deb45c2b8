import { Rule } from '../rule';
import { AZB001 } from './azb001-region-mismatch';
import { AZB002 } from './azb002-subscription-mismatch';
import { AZB003 } from './azb003-dedicated-node-limit';
import { AZB004 } from './azb004-spot-node-limit';
import { AZB005 } from './azb005-managed-image-retirement';
import { AZB007 } from './azb007-node-agent-sku-mismatch';
import { AZS201 } from './azs201-nat-pool-open-to-internet';
import { AZS203 } from './azs203-account-public-network-access';
import { AZS204 } from './azs204-admin-start-task-over-http';
import { AZW101 } from './azw101-short-resize-timeout';
import { AZW102 } from './azw102-large-fixed-pool';
import { AZW103 } from './azw103-shared-image-lineage';
import { AZW104 } from './azw104-inbound-nat-pools';
import { AZW105 } from './azw105-image-lifetime-not-managed';
import { AZW106 } from './azw106-unresolved-token';
import { AZW107 } from './azw107-autoscale-without-max-nodes';
import { AZW108 } from './azw108-replace-pool-on-in-app-version';
import { AZW109 } from './azw109-too-few-gallery-replicas';

/**
 * Every rule this library runs, in ID order. IDs are a public contract: never reuse one, and
 * list a rule that is removed in `RETIRED_RULES` (retired.ts).
 */
export const RULES: Rule[] = [
  AZB001,
  AZB002,
  AZB003,
  AZB004,
  AZB005,
  AZB007,
  AZS201,
  AZS203,
  AZS204,
  AZW101,
  AZW102,
  AZW103,
  AZW104,
  AZW105,
  AZW106,
  AZW107,
  AZW108,
  AZW109,
];
