import { BatchPool } from '@cdktf/provider-azurerm/lib/batch-pool';
import { TerraformResource, TerraformStack } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { IBatchPoolImage } from '../compute/batch-pool-image';
import { PoolDescription, ScaleDescription } from '../spec/batch-pool';
import { PoolRollout } from '../spec/pool-rollout';
import { registerSpec } from '../spec/registry';
import { AppModel } from '../validation/app-model';
import { CustomImagePoolChecks } from '../validation/checks';
import { IBatchAccount } from './batch-account-props';
import { CustomImageBatchPoolProps } from './custom-image-batch-pool-props';
import { addNatPoolPortGuards } from './inbound-nat-pool-guards';
import { PoolScale } from './pool-scale';
import { normalisePoolProps, PoolOwnSpec } from './pool-spec';
import { batchPoolConfig, publishPoolIdOnRollout } from './pool-terraform';

// The props live in their own file, which the prop checks read without importing the construct.
export * from './custom-image-batch-pool-props';

/**
 * An Azure Batch pool whose nodes boot a custom image (`azurerm_batch_pool`). Azure's
 * custom-image rules are checked at synth by `CustomImagePoolChecks`, which this construct
 * adds to its stack.
 *
 * @see https://learn.microsoft.com/azure/batch/batch-custom-images
 *
 * @example
 * new CustomImageBatchPool(stack, 'RenderPool', {
 *   account,                                    // BatchAccount or BatchAccount.fromBatchAccountId(...)
 *   poolName: 'render',
 *   image: image.publishTo(definition, { version: '1.0.0' }), // a gallery image version
 *   vmSize: 'Standard_D4s_v5',
 *   nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,  // must fit the image's OS
 *   scale: PoolScale.fixed({ dedicatedNodes: 4 }),
 * });
 */
export class CustomImageBatchPool extends Construct {
  /** Pool name as given. */
  public readonly poolName: string;
  /**
   * The pool's ID in the Batch account, where jobs are submitted: `poolName`, or with
   * `PoolRollout.BLUE_GREEN` the pool name and the image version (`render-1-0-3`), also
   * published as the stack output `<pool path>_pool_id`.
   */
  public readonly currentPoolId: string;
  /** How the pool moves to a new image. */
  public readonly rollout: PoolRollout;
  /** ARM resource ID of the pool (a Terraform token). */
  public get poolId(): string {
    // Read on demand: each read of an L1 `id` creates a token, and most apps never read this one.
    return (this.cachedPoolId ??= this.resource.id);
  }
  /** The account the pool belongs to. */
  public readonly account: IBatchAccount;
  /** The image the nodes boot. */
  public readonly image: IBatchPoolImage;
  /** The scale settings as given. */
  public readonly scale: PoolScale;
  /** The scale as the node-limit rules see it: dedicated and Spot counts, whether bounded. */
  public readonly scaleDescription: ScaleDescription;
  /** The underlying `azurerm_batch_pool` resource. */
  public readonly resource: BatchPool;

  private readonly spec: PoolOwnSpec;
  private cachedPoolId?: string;

  constructor(scope: Construct, id: string, props: CustomImageBatchPoolProps) {
    super(scope, id);
    this.spec = normalisePoolProps(this, props);
    this.poolName = props.poolName;
    this.currentPoolId = this.spec.poolName;
    this.rollout = this.spec.rollout!;
    this.account = props.account;
    this.image = props.image;
    this.scale = props.scale;
    const { mode, dedicatedNodes, spotNodes, resizeTimeoutMinutes, bounded } = this.spec.scale;
    this.scaleDescription = { mode, dedicatedNodes, spotNodes, resizeTimeoutMinutes, bounded };

    // Terraform destroys dependents first: the pool goes before its image (see https://learn.microsoft.com/azure/batch/batch-custom-images). The
    // account is referenced by its literal name, so the order is made explicit here too.
    const dependsOn = nonEmpty([...terraformResourcesOf(this, props.image), ...terraformResourcesOf(this, props.account)]);
    const description = this.describePool();
    this.resource = new BatchPool(this, 'Resource', batchPoolConfig(description, dependsOn));
    publishPoolIdOnRollout(this, description);
    addNatPoolPortGuards(this, this.resource, props.inboundNatPools ?? []);

    registerSpec(this, () => ({ kind: 'BatchPool', spec: this.describePool() }), () => this.poolId);
    AppModel.of(this).registerPool(this, () => this.describePool());
    CustomImagePoolChecks.ensureOn(this);
  }

  /** The pool's spec, which the rules and the ARM output read, joined with its account's and image's. */
  public describePool(): PoolDescription {
    // The joined objects first, then the spec: V8 gives each `{ ...spec, more }` a hidden class
    // of its own once the spread is warm, and Object.assign turns this many properties into a
    // dictionary; this form keeps one shared class for all pools, which the rules read fast.
    return { account: this.account.describeAccount(), image: this.image.describeImage(), ...this.spec };
  }
}

/**
 * The Terraform resources under `construct` in the pool's stack: empty for an image or account
 * referenced by ID. Other stacks are left out; cdktf orders stacks through the references.
 */
function terraformResourcesOf(pool: IConstruct, construct: IConstruct): TerraformResource[] {
  const stack = TerraformStack.of(pool);
  return construct.node
    .findAll()
    .filter((c): c is TerraformResource => c instanceof TerraformResource && TerraformStack.of(c) === stack);
}

function nonEmpty<T>(items: T[]): T[] | undefined {
  return items.length > 0 ? items : undefined;
}
