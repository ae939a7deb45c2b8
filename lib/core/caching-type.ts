/** Host caching of a data disk. */
export enum CachingType {
  /** No caching. */
  NONE = 'None',
  /** Read caching. */
  READ_ONLY = 'ReadOnly',
  /** Read and write caching. */
  READ_WRITE = 'ReadWrite',
}
