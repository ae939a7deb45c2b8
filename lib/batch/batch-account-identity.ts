import { InvalidValueError } from '../core/errors';
import { describeValue } from '../core/guards';

/**
 * The managed identity of a Batch account. A Batch account has either a system-assigned
 * identity or user-assigned identities, never both.
 *
 * @see https://learn.microsoft.com/azure/batch/managed-identity-pools
 */
export class BatchAccountIdentity {
  /** A system-assigned identity, created and deleted with the account. */
  public static systemAssigned(): BatchAccountIdentity {
    return new BatchAccountIdentity('SystemAssigned', []);
  }

  /**
   * User-assigned identities.
   *
   * @param identityIds resource IDs of `Microsoft.ManagedIdentity/userAssignedIdentities`
   */
  public static userAssigned(identityIds: string[]): BatchAccountIdentity {
    if (!Array.isArray(identityIds)) {
      throw new InvalidValueError(
        `BatchAccountIdentity.userAssigned takes a list of identity resource IDs, not ${describeValue(identityIds)}; pass e.g. ['/subscriptions/.../userAssignedIdentities/id'].`,
      );
    }
    return new BatchAccountIdentity('UserAssigned', [...identityIds]);
  }

  private constructor(
    /** `SystemAssigned` or `UserAssigned`, as azurerm names the identity type. */
    public readonly identityType: string,
    /** User-assigned identity IDs (empty for a system-assigned identity). */
    public readonly identityIds: string[],
  ) {}
}
