/** Operating system of an image, as Azure names it. */
export enum OsType {
  /** A Linux image; pairs with a Linux node agent SKU such as `batch.node.ubuntu 22.04`. */
  LINUX = 'Linux',
  /** A Windows image; pairs with `batch.node.windows amd64`. */
  WINDOWS = 'Windows',
}
