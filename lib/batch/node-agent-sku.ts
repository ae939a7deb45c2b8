/**
 * Node agent SKU IDs of the Batch node agent for common operating systems. A pool's SKU must
 * match the OS of its image (see https://learn.microsoft.com/azure/batch/batch-sig-images). `CustomImageBatchPool` accepts any string, so SKUs not
 * listed here (or added by Azure later) can be passed as they are.
 *
 * @see https://learn.microsoft.com/rest/api/batchservice/account/list-supported-images
 */
export class NodeAgentSku {
  /** Windows Server images (x64). */
  public static readonly WINDOWS_AMD64 = 'batch.node.windows amd64';
  /** Ubuntu Server 22.04 LTS images. */
  public static readonly UBUNTU_22_04 = 'batch.node.ubuntu 22.04';
  /** Ubuntu Server 24.04 LTS images. */
  public static readonly UBUNTU_24_04 = 'batch.node.ubuntu 24.04';
  /** Enterprise Linux 8 images (RHEL 8, AlmaLinux 8, Rocky Linux 8). */
  public static readonly EL_8 = 'batch.node.el 8';
  /** Enterprise Linux 9 images (RHEL 9, AlmaLinux 9, Rocky Linux 9). */
  public static readonly EL_9 = 'batch.node.el 9';
  /** Debian 12 images. */
  public static readonly DEBIAN_12 = 'batch.node.debian 12';

  private constructor() {}
}
