import { ComputeGallery } from '../../lib/compute/gallery/compute-gallery';
import { compileBicep, withSortedDependsOn } from './support/bicep-compiler';
import { armFiles, LOCATION, newStack, resourceNamed } from './support/stacks';

const DESCRIPTION = "it's ${HOME} in C:\\render\nnext line";

describe('literal strings in both outputs', () => {
  const stack = newStack('escaping');
  new ComputeGallery(stack, 'Gallery', {
    name: 'gal',
    resourceGroupName: 'rg',
    location: LOCATION,
    description: DESCRIPTION,
    tags: { note: '[not an expression]', 'cost-center': '{0} braces' },
  });
  const files = armFiles(stack);
  const gallery = resourceNamed(JSON.parse(files['template.json']), 'Microsoft.Compute/galleries', 'gal');

  it("stay literal in the JSON: '${' is no expression there, and a bracketed string gets ARM's '[[' escape", () => {
    expect(gallery.properties.description).toBe(DESCRIPTION);
    expect(gallery.tags).toEqual({ note: '[[not an expression]', 'cost-center': '{0} braces' });
  });

  it("are escaped for Bicep: \\' for quotes, \\${ against interpolation, \\\\ and \\n; keys that are no identifier are quoted", () => {
    expect(files['main.bicep']).toContain("    description: 'it\\'s \\${HOME} in C:\\\\render\\nnext line'\n");
    expect(files['main.bicep']).toContain("    'cost-center': '{0} braces'\n");
  });

  it('read back from Bicep to the same values', () => {
    expect(withSortedDependsOn(compileBicep(files))).toEqual(withSortedDependsOn(JSON.parse(files['template.json'])));
  });
});
