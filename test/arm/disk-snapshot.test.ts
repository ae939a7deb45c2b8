import { refreshStack } from '../refresh/support/refresh-app';
import { describeWithArmSchemas } from '../support/arm-schema';
import { compileBicep, withSortedDependsOn } from './support/bicep-compiler';
import { DEPLOYMENT_TEMPLATE, hasSchema, RESOURCE_SCHEMAS, withoutTemplateKeys } from './support/resource-schemas';
import { undeclaredProperties } from './support/schema-properties';
import { allResources, allTemplates, armFiles, armTemplate } from './support/stacks';

/*
 * DiskSnapshot in the ARM output: `Microsoft.Compute/snapshots` with creationData Copy. Its
 * schema (the disk resource provider's) is not in ../shared/arm-schemas, so its shape is
 * checked against the snapshots reference here; the rest of the refresh stack is validated
 * against the official schemas.
 *
 * @see https://learn.microsoft.com/rest/api/compute/snapshots/create-or-update
 * @see https://learn.microsoft.com/azure/templates/microsoft.compute/snapshots
 */

const DISK = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-build/providers/Microsoft.Compute/disks/render-vm-os';
const stack = () => refreshStack({ version: '1.0.3', month: '2026-12' });
const snapshots = (template: any) => allResources(template).filter((r) => r.type === 'Microsoft.Compute/snapshots');

describe('DiskSnapshot in the ARM output', () => {
  it('declares a snapshot that copies the disk (createOption Copy, the disk as sourceResourceId)', () => {
    expect(snapshots(armTemplate(stack()))[0]).toEqual({
      type: 'Microsoft.Compute/snapshots',
      apiVersion: '2024-03-02',
      name: 'render-os-2026-12',
      location: 'westeurope',
      properties: { creationData: { createOption: 'Copy', sourceResourceId: DISK }, incremental: true },
    });
  });

  it('has only the properties the snapshots reference documents, with the required ones present', () => {
    for (const snapshot of snapshots(armTemplate(stack()))) {
      expect(Object.keys(snapshot).every((k) => ['type', 'apiVersion', 'name', 'location', 'tags', 'sku', 'properties', 'dependsOn'].includes(k))).toBe(true);
      expect(Object.keys(snapshot.properties).sort()).toEqual(['creationData', 'incremental']);
      expect(snapshot.name).toMatch(/^[A-Za-z0-9_-]{1,80}$/);
    }
  });

  it('makes the image read the snapshots it declares, and deploy after them', () => {
    const template = armTemplate(stack());
    const image = allResources(template).find((r) => r.type === 'Microsoft.Compute/images');
    const nested = template.resources.find((r: any) => r.type === 'Microsoft.Resources/deployments' && r.properties.template.resources.includes(image));
    const inputs = Object.values<any>(nested.properties.parameters).map((p) => p.value);
    expect(inputs).toEqual([
      "[resourceId('Microsoft.Compute/snapshots', 'render-os-2026-12')]",
      "[resourceId('Microsoft.Compute/snapshots', 'render-data-2026-12')]",
    ]);
    expect(nested.dependsOn).toEqual(expect.arrayContaining(inputs));
  });

  it('renders the same resources in Bicep', () => {
    const files = armFiles(stack());
    expect(files['main.bicep']).toContain("'Microsoft.Compute/snapshots@2024-03-02'");
    expect(withSortedDependsOn(compileBicep(files))).toEqual(withSortedDependsOn(armTemplate(stack())));
  });
});

describeWithArmSchemas('the monthly refresh stack against the official schemas', (schemas) => {
  const template = armTemplate(stack());

  it('is a valid deployment template, as are its nested deployments', () => {
    for (const t of allTemplates(template)) expect(schemas.validate(DEPLOYMENT_TEMPLATE, t)).toEqual([]);
  });

  it('has every resource with a schema valid against it, with no undeclared property', () => {
    for (const resource of allResources(template).filter(hasSchema)) {
      const body = withoutTemplateKeys(resource);
      expect({ [resource.type]: schemas.validate(RESOURCE_SCHEMAS[resource.type], body) }).toEqual({ [resource.type]: [] });
      expect({ [resource.type]: undeclaredProperties(RESOURCE_SCHEMAS[resource.type], body) }).toEqual({ [resource.type]: [] });
    }
  });
});
