import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

// The README's Python example must parse, and use only names the generated Python bindings
// define (`npm run build:python`); running it would need the jsii runtime from PyPI.
const root = path.resolve(__dirname, '../..');
const bindings = path.join(root, 'dist-bindings/python/src/cdktf_azure_batch_custom_images/__init__.py');

function pythonExample(): string {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const match = /\*\*From Python\*\*[\s\S]*?```python\n([\s\S]*?)```/.exec(readme);
  if (!match) throw new Error('README has no Python example after "**From Python**"');
  return match[1];
}

/** Runs `script` with python3, passing `args`; returns its standard output. */
function python(script: string, ...args: string[]): string {
  return execFileSync('python3', ['-c', script, ...args], { encoding: 'utf8' });
}

// Lists, as JSON, the classes of a module and each class's methods and keyword parameters.
const MEMBERS = `
import ast, json, sys
tree = ast.parse(open(sys.argv[1]).read())
out = {}
for node in tree.body:
    if isinstance(node, ast.ClassDef):
        members = {}
        for item in node.body:
            if isinstance(item, ast.FunctionDef):
                members[item.name] = [a.arg for a in item.args.kwonlyargs + item.args.args]
        out[node.name] = members
print(json.dumps(out))
`;

function bindingsProblem(): string | undefined {
  if (!fs.existsSync(bindings)) return 'there are no Python bindings (dist-bindings/python)';
  const assembly = path.join(root, '.jsii');
  if (fs.existsSync(assembly) && fs.statSync(assembly).mtimeMs > fs.statSync(bindings).mtimeMs) return 'the Python bindings are older than .jsii';
  return undefined;
}

describe('the README Python example', () => {
  it('is valid Python', () => {
    expect(python('import ast, sys; ast.parse(sys.argv[1]); print("ok")', pythonExample()).trim()).toBe('ok');
  });

  const problem = bindingsProblem();
  const withBindings = problem === undefined || process.env.REQUIRE_BUILD ? it : it.skip;
  withBindings(`uses only what the generated bindings define${problem ? ` (${problem}; run npm run build:python)` : ''}`, () => {
    if (problem) throw new Error(`${problem}; run \`npm run build:jsii && npm run build:python\` before the tests`);
    const classes = JSON.parse(python(MEMBERS, bindings)) as { [name: string]: { [method: string]: string[] } };
    const example = pythonExample();
    const imported = /from cdktf_azure_batch_custom_images import ([^\n]+)/.exec(example)![1].split(',').map((n) => n.trim());
    for (const name of imported) expect([name, classes[name] !== undefined]).toEqual([name, true]);
    // The calls and the override the example makes.
    expect(classes.CustomRule.__init__).toEqual(expect.arrayContaining(['id', 'title', 'severity', 'source']));
    expect(Object.keys(classes.CustomRule)).toEqual(expect.arrayContaining(['check_pool', 'check_image', 'check_account']));
    expect(classes.CustomRule.check_pool).toEqual(['self', 'pool', 'context']);
    expect(Object.keys(classes.CustomImagePoolChecks)).toEqual(expect.arrayContaining(['of', 'add_rule', 'add_pack', 'override_severity']));
    expect(Object.keys(classes.Findings)).toEqual(expect.arrayContaining(['of', 'unresolved']));
    expect(Object.keys(classes.PoolDescription)).toEqual(expect.arrayContaining(['vm_size', 'construct_path', 'pool_name', 'metadata', 'scale', 'image']));
  });
});
