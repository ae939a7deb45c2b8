import * as fs from 'fs';
import * as path from 'path';

// Small doc errors a new user trips over: commands and snippets that do not fit the example.
const root = path.resolve(__dirname, '../..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const mainExample = /## The main path[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)![1];

describe('the README agrees with its own example', () => {
  it("deploys the ARM template to the resource group of the example's image, which bin/main.ts uses by default", () => {
    const groups = new Set([...readme.matchAll(/--resource-group (\S+)/g)].map((m) => m[1]));
    const imageGroup = /new ManagedImageFromSnapshots\([\s\S]*?resourceGroupName: '([^']+)'/.exec(mainExample)![1];
    expect([...groups]).toEqual([imageGroup]);
    expect(fs.readFileSync(path.join(root, 'bin/main.ts'), 'utf8')).toContain(`env('IMAGE_RESOURCE_GROUP', '${imageGroup}')`);
    expect(readme).toContain(`| \`IMAGE_RESOURCE_GROUP\` | resource group of the image and the gallery | \`${imageGroup}\` |`);
  });

  it('suppresses a rule on a construct the main example defines', () => {
    const snippet = /```ts\n((?:\/\/.*\n)?Suppressions\.add\([\s\S]*?)```/.exec(readme)![1];
    const target = /Suppressions\.add\(stack\.node\.findChild\('([^']+)'\)/.exec(snippet)?.[1];
    expect(target).toBeDefined();
    expect(mainExample).toContain(`(stack, '${target}'`);
  });

  it('uses the one-call AtomicApp in the main example and the example app, without a try/discard of its own', () => {
    const bin = fs.readFileSync(path.join(root, 'bin/main.ts'), 'utf8');
    for (const code of [mainExample, bin]) {
      expect(code).toContain('new AtomicApp(');
      expect(code).toContain('app.synth();');
      expect(code).not.toMatch(/AtomicSynth\.|ArmSynthesizer\.|catch \(/);
    }
  });

  it('says nowhere that ARM synthesis must follow app.synth()', () => {
    for (const file of ['README.md', 'API.md', 'lib/arm/synthesizer.ts']) {
      expect([file, /after `?app\.synth\(\)`?/.test(fs.readFileSync(path.join(root, file), 'utf8'))]).toEqual([file, false]);
    }
  });
});
