// The gallery's prop types, apart from the construct so that checks read them without it.

/** Properties of a `ComputeGallery`. */
export interface ComputeGalleryProps {
  /**
   * Gallery name: 1-80 English letters, digits, `_` and `.`, starting and ending with a letter
   * or digit. Hyphens are not allowed.
   *
   * @see https://learn.microsoft.com/azure/virtual-machines/troubleshooting-shared-images#creating-or-modifying-a-gallery
   */
  readonly name: string;
  /** Resource group the gallery is created in. */
  readonly resourceGroupName: string;
  /**
   * Region of the gallery. Image versions are created in this region, and their source managed
   * image must be in it too; Batch pools in other regions need a replica (target region) there.
   */
  readonly location: string;
  /** Description of the gallery. @default - none */
  readonly description?: string;
  /** Resource tags. @default - none */
  readonly tags?: { [key: string]: string };
  /**
   * Subscription the azurerm provider creates the gallery in. Only recorded, so that the
   * validation rules can compare it with the Batch account's subscription.
   *
   * @default - not known at synth time
   */
  readonly subscriptionId?: string;
}

/** Options for `ComputeGallery.fromGalleryId`. */
export interface ComputeGalleryReferenceOptions {
  /**
   * Region of the existing gallery. Needed to add image definitions to it (they are created in
   * the gallery's region).
   *
   * @default - not known
   */
  readonly location?: string;
}
