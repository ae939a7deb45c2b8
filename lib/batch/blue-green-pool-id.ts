import { IConstruct } from 'constructs';
import type { IBatchPoolImage } from '../compute/batch-pool-image';
import { ConstructValidationError } from '../core/errors';
import { isUnresolved } from '../core/tokens';

/** Longest pool ID Batch accepts (fact F14). */
export const MAX_POOL_ID_LENGTH = 64;

/**
 * The pool ID of a `PoolRollout.BLUE_GREEN` pool: the pool name, `-`, and the image version
 * with its dots as dashes (`render` on `1.0.3` is `render-1-0-3`), since pool IDs allow only
 * letters, digits, `-` and `_`. A new version gives a new ID, so the new pool can exist beside
 * the old one. Throws when the image has no version known at synth time, or the ID is too long.
 */
export function blueGreenPoolId(scope: IConstruct, poolName: string, image: IBatchPoolImage): string {
  const version = versionOf(image);
  if (version === undefined) {
    throw new ConstructValidationError(
      scope,
      `rollout BLUE_GREEN names the pool after its image version, but image '${image.node.path}' is not a gallery image version; ` +
        'publish the image to an Azure Compute Gallery (image.publishTo(definition, { version })) and give the pool the version, or use PoolRollout.REPLACE.',
    );
  }
  if (isUnresolved(version) || isUnresolved(poolName)) {
    throw new ConstructValidationError(
      scope,
      'rollout BLUE_GREEN needs the pool name and the image version at synth time to derive the pool ID, but one of them is a Terraform token; ' +
        "pass literal values (e.g. poolName 'render' and version '1.0.3'), or use PoolRollout.REPLACE.",
    );
  }
  const suffix = `-${version.replace(/\./g, '-')}`;
  const poolId = `${poolName}${suffix}`;
  if (poolId.length > MAX_POOL_ID_LENGTH) {
    throw new ConstructValidationError(
      scope,
      `rollout BLUE_GREEN derives pool ID '${poolId}' (${poolId.length} characters) from poolName '${poolName}' and image version '${version}', ` +
        `but Batch allows at most ${MAX_POOL_ID_LENGTH}; shorten poolName to at most ${MAX_POOL_ID_LENGTH - suffix.length} characters.`,
    );
  }
  return poolId;
}

/** The version number of a gallery image version (`versionName`), undefined for other images. */
function versionOf(image: IBatchPoolImage): string | undefined {
  const version = (image as { versionName?: unknown }).versionName;
  return typeof version === 'string' ? version : undefined;
}
