import { IBatchPoolImage } from './batch-pool-image';
import { HyperVGeneration } from './hyper-v-generation';

/**
 * A managed image (`Microsoft.Compute/images`), created by `ManagedImageFromSnapshots` or
 * imported by ID. It can back a pool directly (legacy, retired after 2026-03-31) or be
 * published to an Azure Compute Gallery.
 */
export interface IManagedImage extends IBatchPoolImage {
  /** Image name (a token when not known at synth time). */
  readonly imageName: string;
  /** Resource group of the image, when known. */
  readonly resourceGroupName?: string;
  /** Hyper-V generation, when known. */
  readonly hyperVGeneration?: HyperVGeneration;
}
