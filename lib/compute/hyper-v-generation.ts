/**
 * Hyper-V generation of the VM an image boots.
 *
 * @see https://learn.microsoft.com/azure/virtual-machines/generation-2
 */
export enum HyperVGeneration {
  /** Generation 1 (BIOS boot). */
  V1 = 'V1',
  /** Generation 2 (UEFI boot, Trusted Launch capable); what current Azure marketplace images use. */
  V2 = 'V2',
}
