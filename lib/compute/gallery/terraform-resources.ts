import { TerraformResource, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';

/**
 * The Terraform resources a construct owns that live in the stack of `dependent`, for
 * `dependsOn`: the library refers to parents by name (not by a resource reference), so Terraform
 * needs the order spelled out. Resources of other stacks are left out (cross-stack order comes
 * from stack dependencies).
 *
 * @param deep also take resources of nested constructs (false: only the owner's own resource,
 *   its default child `Resource`, so a gallery's resource is found but not its definitions' —
 *   looked up by ID, as a gallery may hold thousands of children)
 */
export function terraformResourcesOf(owner: IConstruct, dependent: IConstruct, deep: boolean): TerraformResource[] {
  const stack = TerraformStack.of(dependent);
  const own = owner.node.defaultChild;
  const candidates = deep ? owner.node.findAll() : own ? [own] : [];
  return candidates.filter(
    (c): c is TerraformResource => c instanceof TerraformResource && TerraformStack.of(c) === stack,
  );
}
