import { TerraformResource, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';

/**
 * The Terraform resources a construct owns that live in the stack of `dependent`, for
 * `dependsOn`: the library refers to parents by name (not by a resource reference), so Terraform
 * needs the order spelled out. Resources of other stacks are left out (cross-stack order comes
 * from stack dependencies).
 *
 * @param deep also take resources of nested constructs (false: direct children only, so a
 *   gallery's own resource is found but not its definitions')
 */
export function terraformResourcesOf(owner: IConstruct, dependent: IConstruct, deep: boolean): TerraformResource[] {
  const stack = TerraformStack.of(dependent);
  const candidates = deep ? owner.node.findAll() : owner.node.children;
  return candidates.filter(
    (c): c is TerraformResource => c instanceof TerraformResource && TerraformStack.of(c) === stack,
  );
}
