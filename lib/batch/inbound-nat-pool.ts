/** Protocol of an inbound NAT pool. */
export enum InboundEndpointProtocol {
  /** TCP. */
  TCP = 'TCP',
  /** UDP. */
  UDP = 'UDP',
}

/** What a network security group rule does with matching traffic. */
export enum NetworkSecurityGroupRuleAccess {
  /** Allow the traffic. */
  ALLOW = 'Allow',
  /** Deny the traffic. */
  DENY = 'Deny',
}

/**
 * A network security group rule Batch applies to an inbound NAT pool's endpoint.
 *
 * @see https://learn.microsoft.com/rest/api/batchmanagement/pool/create#networksecuritygrouprule
 */
export interface NetworkSecurityGroupRule {
  /** Allow or deny. */
  readonly access: NetworkSecurityGroupRuleAccess;
  /**
   * Priority: 150 to 4096, unique within the pool; lower numbers are evaluated first.
   */
  readonly priority: number;
  /**
   * Source to match: an IP address (`10.10.10.10`), a subnet (`192.168.1.0/24`), a service tag
   * or `*`.
   */
  readonly sourceAddressPrefix: string;
  /**
   * Source ports or port ranges (`100-200`) to match, or `*`.
   *
   * @default ['*']
   */
  readonly sourcePortRanges?: string[];
}

/**
 * An inbound NAT pool: a range of public frontend ports mapped to one backend port on every
 * node of the pool (e.g. SSH to individual nodes). Custom-image limits may be lower for pools
 * with NAT pools (fact F6).
 *
 * @see https://learn.microsoft.com/rest/api/batchmanagement/pool/create#inboundnatpool
 */
export interface InboundNatPool {
  /**
   * Name, unique within the pool: letters, digits, `_`, `.` and `-`; starts with a letter or
   * digit, ends with a letter, digit or `_`; at most 77 characters.
   */
  readonly name: string;
  /** TCP or UDP. */
  readonly protocol: InboundEndpointProtocol;
  /**
   * Port on the node: 1-65535, unique within the pool, not 29876 or 29877 (reserved by Batch
   * for its node agent). SSH (22) and RDP (3389) are allowed: only Batch API versions before
   * 2024-07-01 reserved them.
   */
  readonly backendPort: number;
  /**
   * First public port: 1-65534, outside 50000-55000 (reserved by Batch), not overlapping other
   * NAT pools' ranges.
   */
  readonly frontendPortRangeStart: number;
  /**
   * Last public port (inclusive). The range holds at least 40 ports (Batch), and azurerm 4.x
   * requires `frontendPortRangeEnd - frontendPortRangeStart >= 100`.
   */
  readonly frontendPortRangeEnd: number;
  /**
   * Rules restricting who may connect; at most 25 across all NAT pools of the pool.
   *
   * @default - none: Batch creates a rule allowing all inbound traffic to `backendPort`, which
   *   rule AZS201 rejects; allow your address ranges, then deny `*`
   */
  readonly networkSecurityGroupRules?: NetworkSecurityGroupRule[];
}
