import { BatchAccount } from '../../../lib/batch/batch-account';
import { DiskSnapshot } from '../../../lib/compute/disk-snapshot';
import { ComputeGallery } from '../../../lib/compute/gallery/compute-gallery';
import { GalleryImageVersion } from '../../../lib/compute/gallery/image-definition';
import { ManagedImage } from '../../../lib/compute/managed-image';
import { OsState } from '../../../lib/compute/os-state';
import { Snapshot } from '../../../lib/compute/snapshot';
import { OsType } from '../../../lib/core/os-type';
import { IMAGE_ID, newStack } from '../fixtures';

/** The lines of the error `build` throws, each checked to start with `[path] `. */
function problemLines(path: string, build: () => unknown): string[] {
  let message = '';
  try {
    build();
  } catch (e) {
    message = (e as Error).message;
  }
  const lines = message.split('\n');
  for (const line of lines) expect(line.startsWith(`[${path}] `)).toBe(true);
  return lines;
}

const GALLERY = { name: 'images', resourceGroupName: 'rg-images', location: 'westeurope' };
const IDENTIFIER = { publisher: 'Contoso', offer: 'Render', sku: 'ubuntu' };

describe('gallery constructs and imports: every problem at once', () => {
  it('ComputeGallery reports its name, location and resource group together', () => {
    const stack = newStack();
    const lines = problemLines('Stack/Gallery', () =>
      new ComputeGallery(stack, 'Gallery', { name: 'bad-name', resourceGroupName: 'rg.', location: 'west europe!' }),
    );
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain("'bad-name'");
    expect(lines[1]).toContain("location 'west europe!'");
    expect(lines[2]).toContain("'rg.'");
  });

  it('an imported gallery reports a bad location and a bad ID together', () => {
    const stack = newStack();
    const lines = problemLines('Stack/Gallery', () =>
      ComputeGallery.fromGalleryId(stack, 'Gallery', 'not-an-id', { location: 'nowhere!' }),
    );
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain("location 'nowhere!'");
    expect(lines[1]).toContain("'not-an-id'");
  });

  it('GalleryImageDefinition reports a missing gallery location, its name, identifier parts and a clash together', () => {
    const stack = newStack();
    const gallery = new ComputeGallery(stack, 'Gallery', GALLERY);
    gallery.addImageDefinition('First', { name: 'render', osType: OsType.LINUX, identifier: IDENTIFIER });
    const lines = problemLines('Stack/Gallery/Second', () =>
      gallery.addImageDefinition('Second', {
        name: 'render',
        osType: OsType.LINUX,
        identifier: { publisher: 'Con toso', offer: 'Render', sku: 'ubuntu.' },
        endOfLifeDate: 'soon',
      }),
    );
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain("publisher 'Con toso'");
    expect(lines[1]).toContain("sku 'ubuntu.'");
    expect(lines[2]).toContain("end-of-life date 'soon'");
    expect(lines[3]).toContain("image definition name 'render' is already used by Stack/Gallery/First");

    const imported = ComputeGallery.fromGalleryId(stack, 'Imported', '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Compute/galleries/g');
    const more = problemLines('Stack/Imported/Def', () =>
      imported.addImageDefinition('Def', { name: '-x', osType: OsType.LINUX, identifier: IDENTIFIER }),
    );
    expect(more).toHaveLength(2);
    expect(more[0]).toContain('was imported without a location');
    expect(more[1]).toContain("'-x'");
  });

  it('a rejected definition claims nothing: fixing it needs no new name', () => {
    const stack = newStack();
    const gallery = new ComputeGallery(stack, 'Gallery', GALLERY);
    expect(() => gallery.addImageDefinition('Bad', { name: 'render', osType: OsType.LINUX, identifier: IDENTIFIER, endOfLifeDate: 'soon' })).toThrow();
    expect(() => gallery.addImageDefinition('Good', { name: 'render', osType: OsType.LINUX, identifier: IDENTIFIER })).not.toThrow();
  });

  it('GalleryImageVersion reports version name, source mismatches and every target region problem together', () => {
    const stack = newStack();
    const gallery = new ComputeGallery(stack, 'Gallery', GALLERY);
    const definition = gallery.addImageDefinition('Def', {
      name: 'render',
      osType: OsType.LINUX,
      osState: OsState.SPECIALIZED,
      identifier: IDENTIFIER,
    });
    const source = ManagedImage.fromImageId(stack, 'Source', IMAGE_ID, { osType: OsType.WINDOWS, location: 'westeurope' });
    const lines = problemLines('Stack/Gallery/Def/V', () =>
      new GalleryImageVersion(definition, 'V', {
        imageDefinition: definition,
        version: '1.0',
        source,
        targetRegions: [{ name: 'westeurope', replicaCount: 0 }, { name: 'WestEurope' }],
      }),
    );
    expect(lines).toHaveLength(5);
    expect(lines[0]).toContain("image version '1.0' is not MAJOR.MINOR.PATCH");
    expect(lines[1]).toContain('is Windows but');
    expect(lines[2]).toContain('is Specialized');
    expect(lines[3]).toContain('replicaCount 0');
    expect(lines[4]).toContain("lists region 'WestEurope' twice");
  });

  it('an imported version reports bad regions, a missing own region and a bad ID together', () => {
    const stack = newStack();
    const lines = problemLines('Stack/Version', () =>
      GalleryImageVersion.fromVersionId(stack, 'Version', 'nope', { location: 'westeurope', targetRegions: ['eastus', 'bad!'] }),
    );
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain("location 'bad!'");
    expect(lines[1]).toContain("do not include the version's location 'westeurope'");
    expect(lines[2]).toContain("'nope'");
  });
});

describe('snapshots and other imports: every problem at once', () => {
  it('DiskSnapshot reports name, resource group, both locations and the disk ID together', () => {
    const stack = newStack();
    const lines = problemLines('Stack/Snap', () =>
      new DiskSnapshot(stack, 'Snap', {
        name: 'os snapshot',
        resourceGroupName: 'rg.',
        location: 'west europe!',
        sourceDiskLocation: 'east us!',
        sourceDiskId: 'disk-1',
      }),
    );
    expect(lines).toHaveLength(5);
    expect(lines[0]).toContain("snapshot name 'os snapshot' contains ' '");
    expect(lines[1]).toContain("'rg.'");
    expect(lines[2]).toContain("location 'west europe!'");
    expect(lines[3]).toContain("location 'east us!'");
    expect(lines[4]).toContain("'disk-1'");
  });

  it.each([
    ['Snapshot.fromSnapshotId', (s: ReturnType<typeof newStack>) => Snapshot.fromSnapshotId(s, 'Ref', 'bad-id', { location: 'x!' })],
    ['ManagedImage.fromImageId', (s: ReturnType<typeof newStack>) => ManagedImage.fromImageId(s, 'Ref', 'bad-id', { location: 'x!' })],
    ['BatchAccount.fromBatchAccountId', (s: ReturnType<typeof newStack>) => BatchAccount.fromBatchAccountId(s, 'Ref', 'bad-id', { location: 'x!' })],
  ])('%s reports a bad location and a bad ID together', (_name, build) => {
    const stack = newStack();
    const lines = problemLines('Stack/Ref', () => build(stack));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain("location 'x!'");
    expect(lines[1]).toContain("'bad-id'");
  });
});
