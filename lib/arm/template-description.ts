import { isArmExpression } from './model';
import { ArmTemplateModel, ArmValue } from './model';

/**
 * The template's `metadata.description`: where it comes from and where to deploy it. The
 * resources of the template's own scope go to the resource group `az deployment group create`
 * is given: it should be the one the constructs name.
 */
export function deploymentDescription(model: ArmTemplateModel): string {
  const subscription = model.subscriptionId !== undefined ? ` in ${describe('subscription', model.subscriptionId)}` : '';
  return (
    `Synthesized from cdktf stack '${model.stackName}' by cdktf-azure-batch-custom-images (ArmSynthesizer); do not edit. ` +
    `Deploy it to ${describe('resource group', model.scope.resourceGroupName)}${subscription}.`
  );
}

function describe(what: string, value: ArmValue): string {
  if (typeof value === 'string') return `${what} '${value}'`;
  if (isArmExpression(value) && value.kind === 'parameter') return `the ${what} in parameter '${value.name}'`;
  return `the ${what} its constructs name`;
}
