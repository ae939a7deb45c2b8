/** How `ManagedImageFromSnapshots` creates the image in Terraform. */
export enum ImageProvisioning {
  /**
   * One `azapi_resource` of type `Microsoft.Compute/images` that reads the snapshots directly,
   * exactly as the Azure Batch documentation describes. The construct adds the `Azure/azapi`
   * provider to the stack when it has none.
   */
  AZAPI = 'AzApi',
  /**
   * azurerm only, for teams that allow no other provider: each snapshot is copied into an
   * `azurerm_managed_disk` (`create_option = "Copy"`) and an `azurerm_image` is built from those
   * disks (`azurerm_image` cannot take a snapshot as its source). The copies are billed as disks
   * for as long as they exist.
   */
  VIA_MANAGED_DISKS = 'ViaManagedDisks',
}
