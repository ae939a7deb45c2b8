import { armFiles, exampleStack } from './support/stacks';

// Pins the example app's ARM output; the behaviour is specified by the other test files.
describe('ARM output of the example app (pinned)', () => {
  const files = armFiles(exampleStack());

  it('writes template.json, main.bicep and one module for the pool in the Batch account resource group', () => {
    expect(Object.keys(files).sort()).toEqual(['main.bicep', 'modules/batch-images-rg-batch.bicep', 'template.json']);
  });

  it('pins template.json', () => {
    expect(JSON.parse(files['template.json'])).toMatchSnapshot();
  });

  it('pins main.bicep', () => {
    expect(files['main.bicep']).toMatchSnapshot();
  });

  it('pins the module of the pool', () => {
    expect(files['modules/batch-images-rg-batch.bicep']).toMatchSnapshot();
  });
});
