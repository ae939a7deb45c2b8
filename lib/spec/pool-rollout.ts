/**
 * How a `CustomImageBatchPool` moves to a new image. In azurerm a pool's image reference
 * forces a new pool, so the choice decides whether running work survives an image refresh.
 *
 * @see https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/batch_pool
 */
export enum PoolRollout {
  /**
   * The pool keeps its ID and is replaced in place: Terraform deletes it (ending every running
   * task and removing its nodes) and then creates it on the new image. Drain it first.
   */
  REPLACE = 'Replace',
  /**
   * The pool ID carries the image version (`render` on `1.0.3` is `render-1-0-3`) and the
   * resource has `create_before_destroy`: Terraform creates the pool on the new version, then
   * deletes the old one. Job submitters read the current ID from the stack's output.
   */
  BLUE_GREEN = 'BlueGreen',
}
