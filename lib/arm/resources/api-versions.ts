/** API version of the Azure Compute Gallery resources (schema: 2025-03-03/Microsoft.Compute.json). */
export const GALLERY_API_VERSION = '2025-03-03';

/** API version of the Batch resources (schema: 2025-06-01/Microsoft.Batch.json). */
export const BATCH_API_VERSION = '2025-06-01';

/** API version of management locks (`Microsoft.Authorization/locks`; no schema in ../shared/arm-schemas). */
export const LOCKS_API_VERSION = '2020-05-01';

/**
 * API version of disk snapshots (`Microsoft.Compute/snapshots`, the disk resource provider's
 * own versioning; no schema in ../shared/arm-schemas).
 */
export const SNAPSHOTS_API_VERSION = '2024-03-02';
