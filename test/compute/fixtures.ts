import { TerraformStack, Testing } from 'cdktf';

/** Shared values of the compute tests. */
export const SUBSCRIPTION = '00000000-0000-0000-0000-000000000001';
export const OTHER_SUBSCRIPTION = '00000000-0000-0000-0000-000000000002';
const RG_ID = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-snapshots`;

export const OS_SNAPSHOT_ID = `${RG_ID}/providers/Microsoft.Compute/snapshots/render-os`;
export const DATA_SNAPSHOT_ID = `${RG_ID}/providers/Microsoft.Compute/snapshots/render-data`;
export const DATA2_SNAPSHOT_ID = `${RG_ID}/providers/Microsoft.Compute/snapshots/render-data2`;
export const IMAGE_ID = `${RG_ID}/providers/Microsoft.Compute/images/render-image`;

/** A fresh stack in a fresh test app. */
export function newStack(): TerraformStack {
  return new TerraformStack(Testing.app(), 'Stack');
}

/** The synthesized stack as JSON. */
export function synthJson(stack: TerraformStack): any {
  return JSON.parse(Testing.synth(stack));
}

/** The only resource of `type` in a synthesized stack. */
export function onlyResource(json: any, type: string): any {
  const byName = json.resource?.[type] ?? {};
  const names = Object.keys(byName);
  if (names.length !== 1) throw new Error(`expected one ${type}, found ${names.length}`);
  return byName[names[0]];
}
