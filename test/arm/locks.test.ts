import { TerraformStack, TerraformVariable, VariableType } from 'cdktf';
import { ComputeGallery } from '../../lib/compute/gallery/compute-gallery';
import { ManagedImageFromSnapshots } from '../../lib/compute/managed-image-from-snapshots';
import { Snapshot } from '../../lib/compute/snapshot';
import { OsType } from '../../lib/core/os-type';
import { compileBicep, withSortedDependsOn } from './support/bicep-compiler';
import { crossResourceGroupStack } from './support/more-stacks';
import { allResources, armFiles, armTemplate, exampleStack, LOCATION, newStack, SUBSCRIPTION } from './support/stacks';

/*
 * `preventDestroy` on a ManagedImageFromSnapshots: Terraform's `prevent_destroy`, and in the ARM
 * output a CanNotDelete management lock scoped to the image (fact F3: pools need their image for
 * as long as they exist).
 *
 * @see https://learn.microsoft.com/azure/azure-resource-manager/management/lock-resources
 * @see https://learn.microsoft.com/azure/templates/microsoft.authorization/2020-05-01/locks
 */

const LOCK = 'Microsoft.Authorization/locks';
const NOTES = 'Batch pools use this image for as long as they exist; deleting it makes their scale-up fail with AllocationFailed (preventDestroy).';

const locks = (template: any) => allResources(template).filter((r) => r.type === LOCK);

/** The gallery first (its resource group is the template's), then a locked image named by a variable in another resource group. */
function lockedImageInNestedDeployment(): TerraformStack {
  const stack = newStack('locked');
  new ComputeGallery(stack, 'Gallery', { name: 'gal_render', resourceGroupName: 'rg-a', location: LOCATION });
  new ManagedImageFromSnapshots(stack, 'Image', {
    name: new TerraformVariable(stack, 'image_name', { type: VariableType.STRING }).stringValue,
    resourceGroupName: 'rg-b',
    location: LOCATION,
    osType: OsType.LINUX,
    osDiskSnapshot: Snapshot.fromSnapshotId(stack, 'Os', `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-b/providers/Microsoft.Compute/snapshots/os`),
    preventDestroy: true,
  });
  return stack;
}

describe('preventDestroy in the ARM output', () => {
  it('adds a CanNotDelete lock scoped to the image, deployed after it', () => {
    expect(locks(armTemplate(exampleStack()))).toEqual([
      {
        type: LOCK,
        apiVersion: '2020-05-01',
        scope: "[format('Microsoft.Compute/images/{0}', 'img-render')]",
        name: 'prevent-destroy',
        properties: { level: 'CanNotDelete', notes: NOTES },
        dependsOn: ["[resourceId('Microsoft.Compute/images', 'img-render')]"],
      },
    ]);
  });

  it('writes the lock in Bicep with scope: <image symbol>, leaving the dependency to Bicep', () => {
    expect(armFiles(exampleStack())['main.bicep']).toContain(
      "resource renderImageLock 'Microsoft.Authorization/locks@2020-05-01' = {\n" +
        '  scope: renderImage\n' +
        "  name: 'prevent-destroy'\n" +
        '  properties: {\n' +
        "    level: 'CanNotDelete'\n" +
        `    notes: '${NOTES}'\n` +
        '  }\n' +
        '}\n',
    );
  });

  it('adds no lock to an image without preventDestroy', () => {
    expect(locks(armTemplate(crossResourceGroupStack()))).toEqual([]);
    expect(JSON.stringify(armFiles(crossResourceGroupStack()))).not.toContain(LOCK);
  });

  it('deploys the lock with its image in the nested deployment of its resource group, naming the image by its parameter', () => {
    const template = armTemplate(lockedImageInNestedDeployment());
    expect(template.resources.map((r: any) => r.type)).toEqual(['Microsoft.Compute/galleries', 'Microsoft.Resources/deployments']);
    const nested = template.resources[1].properties.template;
    expect(nested.resources.map((r: any) => r.type)).toEqual(['Microsoft.Compute/images', LOCK]);
    expect(nested.resources[1]).toMatchObject({
      scope: "[format('Microsoft.Compute/images/{0}', parameters('image_name'))]",
      dependsOn: ["[resourceId('Microsoft.Compute/images', parameters('image_name'))]"],
    });
    const files = armFiles(lockedImageInNestedDeployment());
    expect(Object.entries(files).filter(([file, text]) => file.startsWith('modules/') && text.includes('  scope: image\n'))).toHaveLength(1);
    expect(withSortedDependsOn(compileBicep(files))).toEqual(withSortedDependsOn(template));
  });

  // The lock type has no schema in ../shared/arm-schemas (WITHOUT_SCHEMA): its documented shape instead.
  it('has the shape the Microsoft.Authorization/locks reference documents', () => {
    for (const lock of locks(armTemplate(exampleStack()))) {
      expect(Object.keys(lock.properties).every((key) => ['level', 'notes', 'owners'].includes(key))).toBe(true);
      expect(['CanNotDelete', 'ReadOnly']).toContain(lock.properties.level);
      expect(lock.properties.notes.length).toBeLessThanOrEqual(512);
      expect(lock.name).toMatch(/^[^<>*%&:\\?/+\u0000-\u001f]{1,90}$/);
    }
  });
});
