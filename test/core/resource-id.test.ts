import { InvalidValueError } from '../../lib/core/errors';
import { parseResourceIdOfType, ResourceId } from '../../lib/core/resource-id';

const SUB = '00000000-0000-0000-0000-000000000001';
const RG = `/subscriptions/${SUB}/resourceGroups/rg-images`;
const SNAPSHOT = `${RG}/providers/Microsoft.Compute/snapshots/os-disk`;
const VERSION = `${RG}/providers/Microsoft.Compute/galleries/gallery/images/ubuntu/versions/1.0.0`;

function parseError(id: string): string {
  try {
    ResourceId.parse(id);
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidValueError);
    return (e as Error).message;
  }
  throw new Error(`expected '${id}' to be rejected`);
}

describe('ResourceId.parse', () => {
  it('exposes subscription, resource group, provider type and name', () => {
    const id = ResourceId.parse(SNAPSHOT);
    expect(id.subscriptionId).toBe(SUB);
    expect(id.resourceGroupName).toBe('rg-images');
    expect(id.providerNamespace).toBe('Microsoft.Compute');
    expect(id.resourceType).toBe('Microsoft.Compute/snapshots');
    expect(id.name).toBe('os-disk');
    expect(id.resourceGroupId).toBe(RG);
    expect(id.toString()).toBe(SNAPSHOT);
  });

  it('parses child resources such as gallery image versions', () => {
    const id = ResourceId.parse(VERSION);
    expect(id.types).toEqual(['galleries', 'images', 'versions']);
    expect(id.names).toEqual(['gallery', 'ubuntu', '1.0.0']);
    expect(id.resourceType).toBe('Microsoft.Compute/galleries/images/versions');
    expect(id.name).toBe('1.0.0');
    expect(id.toString()).toBe(VERSION);
  });

  it('matches segment keys case-insensitively and writes them canonically', () => {
    const odd = `/SUBSCRIPTIONS/${SUB}/resourcegroups/rg-images/PROVIDERS/Microsoft.Compute/snapshots/os-disk`;
    const id = ResourceId.parse(odd);
    expect(id.toString()).toBe(SNAPSHOT);
    expect(id.resourceGroupName).toBe('rg-images');
  });

  it('keeps the case of values but normalises for comparison', () => {
    const upper = ResourceId.parse(`/subscriptions/${SUB.toUpperCase()}/resourceGroups/RG-Images/providers/microsoft.compute/Snapshots/OS-Disk`);
    expect(upper.resourceGroupName).toBe('RG-Images');
    expect(upper.normalized).toBe(ResourceId.parse(SNAPSHOT).normalized);
    expect(upper.normalized).toBe(SNAPSHOT.toLowerCase());
  });

  it('checks the type case-insensitively', () => {
    expect(ResourceId.parse(SNAPSHOT).isOfType('microsoft.compute/SNAPSHOTS')).toBe(true);
    expect(ResourceId.parse(SNAPSHOT).isOfType('Microsoft.Compute/images')).toBe(false);
    expect(ResourceId.parse(VERSION).isOfType('Microsoft.Compute/galleries/images')).toBe(false);
  });

  it.each([
    ['', 'it is empty'],
    [' ', 'leading or trailing white space'],
    [` ${SNAPSHOT}`, 'leading or trailing white space'],
    [`${SNAPSHOT}\n`, 'leading or trailing white space'],
    ['/', "empty segment ('//')"],
    [SNAPSHOT.slice(1), "it must start with '/'"],
    [`${SNAPSHOT}/`, "it ends with '/'; remove the trailing slash"],
    [`${RG}//providers/Microsoft.Compute/snapshots/os`, "empty segment ('//')"],
    ['/subscriptions', 'the subscription ID is missing'],
    [`/subscriptions/${SUB}`, "'resourceGroups/{name}' must follow the subscription"],
    [`/subscriptions/${SUB}/resourceGroups`, 'the resource group name is missing'],
    [RG, "'providers/{namespace}' must follow the resource group"],
    [`${RG}/providers`, 'the provider namespace is missing'],
    [`${RG}/providers/Microsoft.Compute`, 'the resource type and name are missing'],
    [`${RG}/providers/Microsoft.Compute/snapshots`, "type 'snapshots' has no name after it"],
    [`${VERSION}/extra`, "type 'extra' has no name after it"],
    [`/tenants/${SUB}/resourceGroups/rg/providers/Microsoft.Compute/snapshots/os`, "the first segment must be 'subscriptions'"],
    [SNAPSHOT.replace(SUB, 'my-subscription'), "subscription 'my-subscription' is not a GUID"],
    [SNAPSHOT.replace(SUB, `${SUB}0`), 'is not a GUID'],
    [SNAPSHOT.replace('rg-images', 'rg images'), "resource group 'rg images' is not a valid resource group name"],
    [SNAPSHOT.replace('rg-images', 'rg.'), "resource group 'rg.' is not a valid resource group name"],
    [SNAPSHOT.replace('rg-images', 'r'.repeat(91)), 'is not a valid resource group name'],
    [SNAPSHOT.replace('/providers/', '/provider/'), "'providers/{namespace}' must follow the resource group"],
    [SNAPSHOT.replace('Microsoft.Compute', 'Compute'), "'Compute' is not a provider namespace like 'Microsoft.Compute'"],
    [SNAPSHOT.replace('snapshots', 'snap shots'), "'snap shots' is not a resource type"],
    [SNAPSHOT.replace('os-disk', ' os-disk'), "name ' os-disk' has leading or trailing white space"],
  ])('rejects %j: %s', (id, problem) => {
    const message = parseError(id);
    expect(message).toContain(problem);
    // The message shows the ID itself and the expected shape.
    expect(message).toContain(`'${id}' is not a valid Azure resource ID`);
    expect(message).toContain('Expected /subscriptions/{subscriptionId}/resourceGroups/{resourceGroup}/providers/');
  });
});

describe('ResourceId.format', () => {
  it('builds the ID of a top-level and of a child resource', () => {
    expect(
      ResourceId.format({ subscriptionId: SUB, resourceGroupName: 'rg-images', providerNamespace: 'Microsoft.Compute', types: ['snapshots'], names: ['os-disk'] }),
    ).toBe(SNAPSHOT);
    expect(
      ResourceId.format({
        subscriptionId: SUB,
        resourceGroupName: 'rg-images',
        providerNamespace: 'Microsoft.Compute',
        types: ['galleries', 'images', 'versions'],
        names: ['gallery', 'ubuntu', '1.0.0'],
      }),
    ).toBe(VERSION);
  });

  it('round-trips with parse', () => {
    const id = ResourceId.parse(VERSION);
    expect(ResourceId.format(id)).toBe(VERSION);
  });

  it('rejects a type without a name', () => {
    expect(() =>
      ResourceId.format({ subscriptionId: SUB, resourceGroupName: 'rg', providerNamespace: 'Microsoft.Compute', types: ['galleries', 'images'], names: ['gallery'] }),
    ).toThrow('a resource ID needs one name per type segment (got types [galleries, images] and names [gallery])');
  });

  it('rejects a part containing a slash, naming it', () => {
    expect(() =>
      ResourceId.format({ subscriptionId: SUB, resourceGroupName: 'rg', providerNamespace: 'Microsoft.Compute', types: ['images'], names: ['a/b'] }),
    ).toThrow("resource ID part 'a/b' contains '/'");
  });

  it('validates the parts as parse does', () => {
    expect(() =>
      ResourceId.format({ subscriptionId: 'not-a-guid', resourceGroupName: 'rg', providerNamespace: 'Microsoft.Compute', types: ['images'], names: ['img'] }),
    ).toThrow("subscription 'not-a-guid' is not a GUID");
  });

  it('builds a resource group ID', () => {
    expect(ResourceId.formatResourceGroupId(SUB, 'rg-images')).toBe(RG);
  });
});

describe('parseResourceIdOfType', () => {
  it('returns the parsed ID when the type matches', () => {
    expect(parseResourceIdOfType(SNAPSHOT, 'Microsoft.Compute/snapshots', 'snapshot').name).toBe('os-disk');
  });

  it('names the actual type, the expected one and the fix', () => {
    const image = `${RG}/providers/Microsoft.Compute/images/img`;
    expect(() => parseResourceIdOfType(image, 'Microsoft.Compute/snapshots', 'snapshot')).toThrow(
      `'${image}' is a Microsoft.Compute/images ID, not a snapshot ID; pass the ID of a Microsoft.Compute/snapshots resource.`,
    );
  });

  it('reports malformed IDs before the type', () => {
    expect(() => parseResourceIdOfType('snapshot-os', 'Microsoft.Compute/snapshots', 'snapshot')).toThrow("it must start with '/'");
  });
});
