/**
 * Whether the OS on an image's OS disk was generalized before the snapshot was taken.
 *
 * @see https://learn.microsoft.com/rest/api/compute/images/create-or-update#operatingsystemstatetypes
 */
export enum OsState {
  /**
   * Generalized (Sysprep on Windows, `waagent -deprovision+user` on Linux): machine-specific
   * data removed, so each Batch node boots as a new machine. The only state managed images
   * support (see https://learn.microsoft.com/azure/virtual-machines/generalize).
   */
  GENERALIZED = 'Generalized',
  /**
   * Specialized: the disk still carries the source VM's identity. Managed images reject it;
   * `ManagedImageFromSnapshots` throws when given this value.
   */
  SPECIALIZED = 'Specialized',
}
