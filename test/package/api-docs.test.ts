import * as fs from 'fs';
import * as path from 'path';
import { PACKAGE_ROOT } from '../support/toolchain';
import { describeWithBuild } from './support/with-build';

interface Docs {
  readonly summary?: string;
  readonly default?: string;
}
interface Member {
  readonly name: string;
  readonly docs?: Docs;
  readonly optional?: boolean;
}
interface AssemblyType {
  readonly kind: 'class' | 'interface' | 'enum';
  readonly datatype?: boolean;
  readonly docs?: Docs;
  readonly properties?: Member[];
  readonly methods?: Member[];
  readonly members?: Member[];
}

/** Every public API element of the assembly that lacks what a reader of API.md needs. */
function undocumented(types: { [fqn: string]: AssemblyType }): string[] {
  const missing: string[] = [];
  const documented = (docs?: Docs) => (docs?.summary ?? '').trim().length > 0;
  for (const [fqn, type] of Object.entries(types)) {
    const name = fqn.slice(fqn.indexOf('.') + 1);
    if (!documented(type.docs)) missing.push(`${type.kind} ${name}: no doc comment`);
    for (const property of type.properties ?? []) {
      if (!documented(property.docs)) missing.push(`${name}.${property.name}: no doc comment`);
      if (type.datatype && property.optional && !property.docs?.default) {
        missing.push(`${name}.${property.name}: optional prop without @default`);
      }
    }
    for (const method of type.methods ?? []) {
      if (!documented(method.docs)) missing.push(`${name}.${method.name}(): no doc comment`);
    }
    for (const member of type.members ?? []) {
      if (!documented(member.docs)) missing.push(`${name}.${member.name}: enum member without doc comment`);
    }
  }
  return missing;
}

describe('undocumented', () => {
  test('names types, props, methods and enum members without docs, and optional props without @default', () => {
    const found = undocumented({
      'pkg.Props': { kind: 'interface', datatype: true, docs: { summary: 'Props.' }, properties: [{ name: 'size', optional: true, docs: { summary: 'Size.' } }] },
      'pkg.Thing': { kind: 'class', methods: [{ name: 'grow', docs: { summary: 'Grows.' } }, { name: 'shrink' }] },
      'pkg.Color': { kind: 'enum', docs: { summary: 'Color.' }, members: [{ name: 'RED' }] },
    });
    expect(found).toEqual([
      'Props.size: optional prop without @default',
      'class Thing: no doc comment',
      'Thing.shrink(): no doc comment',
      'Color.RED: enum member without doc comment',
    ]);
  });
});

describeWithBuild('the jsii assembly', () => {
  test('documents every type, prop, method and enum member, and the @default of every optional prop', () => {
    const assembly = JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, '.jsii'), 'utf8'));
    expect(Object.keys(assembly.types).length).toBeGreaterThan(50);
    expect(undocumented(assembly.types)).toEqual([]);
  });
});
