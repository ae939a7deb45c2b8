import { App, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { OsType } from '../../../lib/core/os-type';
import { AppModel } from '../../../lib/validation/app-model';
import { CustomImagePoolChecks } from '../../../lib/validation/checks';
import { EVALUATION_DATE_CONTEXT_KEY } from '../../../lib/validation/evaluation-date';
import {
  AccountDescription,
  ImageDescription,
  ImageKind,
  InboundNatPoolDescription,
  PoolDescription,
  ScaleDescription,
  ScaleMode,
  SnapshotDescription,
} from '../../../lib/validation/model';

/*
 * Minimal stand-ins for the library's constructs: they publish descriptions through AppModel
 * and add the checks to their stack exactly as the real constructs do, so rule tests do not
 * depend on the real constructs' props.
 */

export const SUBSCRIPTION_A = '00000000-0000-0000-0000-00000000000a';
export const SUBSCRIPTION_B = '00000000-0000-0000-0000-00000000000b';

/** A Testing app whose evaluation date is fixed (default: before the managed-image retirement). */
export function testApp(evaluationDate = '2026-01-15'): App {
  return Testing.app({ context: { [EVALUATION_DATE_CONTEXT_KEY]: evaluationDate } });
}

export type FakeAccountProps = Partial<Omit<AccountDescription, 'constructPath'>>;

export class FakeAccount extends Construct {
  constructor(scope: Construct, id: string, private readonly props: FakeAccountProps = {}) {
    super(scope, id);
    AppModel.of(this).registerAccount(this, () => this.describe());
    CustomImagePoolChecks.ensureOn(this);
  }

  public describe(): AccountDescription {
    return {
      constructPath: this.node.path,
      accountName: 'acme',
      location: 'westeurope',
      subscriptionId: SUBSCRIPTION_A,
      managedInApp: true,
      ...this.props,
    };
  }
}

export type FakeImageProps = Partial<Omit<ImageDescription, 'constructPath'>>;

export class FakeImage extends Construct {
  constructor(scope: Construct, id: string, private readonly props: FakeImageProps = {}) {
    super(scope, id);
    AppModel.of(this).registerImage(this, () => this.describe());
    CustomImagePoolChecks.ensureOn(this);
  }

  public describe(): ImageDescription {
    return {
      constructPath: this.node.path,
      kind: ImageKind.GALLERY_IMAGE_VERSION,
      imageId: `/subscriptions/${SUBSCRIPTION_A}/resourceGroups/rg/providers/Microsoft.Compute/galleries/g/images/render/versions/1.0.0`,
      displayName: 'img-render',
      location: 'westeurope',
      subscriptionId: SUBSCRIPTION_A,
      osType: OsType.LINUX,
      lineage: `lineage-of-${this.node.path}`,
      managedInApp: true,
      ...this.props,
    };
  }
}

/** A snapshot description for FakeImage's `snapshots`. */
export function snapshot(name: string, location?: string): SnapshotDescription {
  return {
    constructPath: `Snapshots/${name}`,
    snapshotId: `/subscriptions/${SUBSCRIPTION_A}/resourceGroups/rg/providers/Microsoft.Compute/snapshots/${name}`,
    location,
  };
}

export interface FakePoolProps {
  readonly account: FakeAccount;
  readonly image: FakeImage;
  readonly poolName?: string;
  readonly nodeAgentSkuId?: string;
  readonly scale?: ScaleDescription;
  readonly inboundNatPools?: InboundNatPoolDescription[];
  /** Any other description fields (network, start task, API version). */
  readonly description?: Partial<PoolDescription>;
}

export class FakePool extends Construct {
  constructor(scope: Construct, id: string, private readonly props: FakePoolProps) {
    super(scope, id);
    AppModel.of(this).registerPool(this, () => this.describe());
    CustomImagePoolChecks.ensureOn(this);
  }

  public describe(): PoolDescription {
    return {
      constructPath: this.node.path,
      poolName: this.props.poolName ?? this.node.id.toLowerCase(),
      account: this.props.account.describe(),
      image: this.props.image.describe(),
      vmSize: 'Standard_D4s_v5',
      nodeAgentSkuId: this.props.nodeAgentSkuId ?? 'batch.node.ubuntu 22.04',
      scale: this.props.scale ?? fixed(2),
      inboundNatPools: this.props.inboundNatPools ?? [],
      ...this.props.description,
    };
  }
}

/** A fixed pool's scale. */
export function fixed(dedicatedNodes?: number, spotNodes?: number, resizeTimeoutMinutes = 30): ScaleDescription {
  return { mode: ScaleMode.FIXED, dedicatedNodes, spotNodes, resizeTimeoutMinutes, bounded: true };
}

/** An autoscale pool's scale with the given declared maxima. */
export function autoscale(maxDedicatedNodes?: number, maxSpotNodes?: number): ScaleDescription {
  return {
    mode: ScaleMode.AUTOSCALE,
    dedicatedNodes: maxDedicatedNodes,
    spotNodes: maxSpotNodes,
    bounded: maxDedicatedNodes !== undefined && maxSpotNodes !== undefined,
  };
}

/** A NAT pool description for `inboundNatPools`. */
export function natPool(name: string): InboundNatPoolDescription {
  return {
    name,
    protocol: 'TCP',
    backendPort: 8080,
    frontendPortRangeStart: 15000,
    frontendPortRangeEnd: 15099,
    networkSecurityGroupRules: [],
  };
}

/** A fake managed image (`FakeImage` is a gallery image version unless told otherwise). */
export function fakeManagedImage(scope: Construct, id: string, props: FakeImageProps = {}): FakeImage {
  return new FakeImage(scope, id, { kind: ImageKind.MANAGED_IMAGE, ...props });
}
