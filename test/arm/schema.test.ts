import { TerraformStack } from 'cdktf';
import { describeWithArmSchemas } from '../support/arm-schema';
import { DEPLOYMENT_TEMPLATE, hasSchema, NESTED_DEPLOYMENT, RESOURCE_SCHEMAS as SCHEMAS, WITHOUT_SCHEMA, withoutTemplateKeys } from './support/resource-schemas';
import { undeclaredProperties } from './support/schema-properties';
import { allResources, allTemplates, armTemplate, exampleStack, fullestStack, resourceNamed } from './support/stacks';

const STACKS: Array<[string, () => TerraformStack]> = [
  ['the example app', exampleStack],
  ['a stack with every optional setting', fullestStack],
];

/** A child resource with its own name (the last argument of `format('{0}/{1}', ...)`), for the name rules. */
function withOwnName(resource: any): any {
  const own = /, '([^']*)'\)\]$/.exec(resource.name);
  return own ? { ...resource, name: own[1] } : resource;
}

describeWithArmSchemas('the ARM template against the official schemas', (schemas) => {
  describe.each(STACKS)('%s', (_, build) => {
    const template = armTemplate(build());

    it('is a valid deployment template, as are its nested deployments', () => {
      for (const t of allTemplates(template)) expect(schemas.validate(DEPLOYMENT_TEMPLATE, t)).toEqual([]);
    });

    it('declares only resource types with an official schema (besides nested deployments and the types listed in WITHOUT_SCHEMA)', () => {
      const types = allResources(template).map((r) => r.type).filter((t) => t !== NESTED_DEPLOYMENT && WITHOUT_SCHEMA[t] === undefined);
      expect(types.filter((t) => SCHEMAS[t] === undefined)).toEqual([]);
    });

    it('has every resource valid against its resource type schema, under its full and its own name', () => {
      for (const resource of allResources(template).filter(hasSchema)) {
        const body = withoutTemplateKeys(resource);
        expect({ [resource.type]: schemas.validate(SCHEMAS[resource.type], body) }).toEqual({ [resource.type]: [] });
        expect({ [resource.type]: schemas.validate(SCHEMAS[resource.type], withOwnName(body)) }).toEqual({ [resource.type]: [] });
      }
    });

    it('uses only properties the schemas declare (no misspelt property Azure would ignore)', () => {
      for (const resource of allResources(template).filter(hasSchema)) {
        expect({ [resource.type]: undeclaredProperties(SCHEMAS[resource.type], withoutTemplateKeys(resource)) }).toEqual({ [resource.type]: [] });
      }
    });
  });

  it('catches a misspelt or misplaced property, so the checks above can fail', () => {
    const pool = withoutTemplateKeys(resourceNamed(armTemplate(fullestStack()), 'Microsoft.Batch/batchAccounts/pools', 'render-fixed'));
    pool.properties.scaleSettings.fixedScale.nodeDeallocationMethod = 'Requeue';
    pool.properties.maxTasksPerNode = 4;
    pool.location = 'westeurope';
    expect(undeclaredProperties(SCHEMAS[pool.type], pool)).toEqual([
      '/properties/scaleSettings/fixedScale/nodeDeallocationMethod',
      '/properties/maxTasksPerNode',
      '/location',
    ]);
  });

  it('catches a pool name Batch rejects once the name is its own, so the name check can fail', () => {
    const pool = withoutTemplateKeys(resourceNamed(armTemplate(exampleStack()), 'Microsoft.Batch/batchAccounts/pools', 'render'));
    const renamed = { ...pool, name: pool.name.replace("'render'", "'render pool'") };
    expect(schemas.validate(SCHEMAS[pool.type], renamed)).toEqual([]);
    expect(schemas.validate(SCHEMAS[pool.type], withOwnName(renamed))).toEqual([
      '/name: must match pattern "^[a-zA-Z0-9_-]+$"',
    ]);
  });
});
