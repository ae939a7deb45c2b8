import { TerraformStack, TerraformVariable } from 'cdktf';
import { InboundNatPoolDescription } from '../../../lib/validation/model';
import { Suppressions } from '../../../lib/validation/suppressions';
import { annotationsOf, synthAnnotations } from '../support/annotations';
import { FakeAccount, FakeImage, FakePool, natPool, testApp } from '../support/fakes';

describe('AZW104 pool with inbound NAT pools', () => {
  function stackWith(inboundNatPools: InboundNatPoolDescription[]) {
    const stack = new TerraformStack(testApp(), 'Stack');
    const account = new FakeAccount(stack, 'Account');
    new FakePool(stack, 'Pool', { account, image: new FakeImage(stack, 'Image'), poolName: 'render', inboundNatPools });
    return stack;
  }

  it('warns on a pool with inbound NAT pools, naming them', () => {
    expect(annotationsOf(stackWith([natPool('ssh'), natPool('metrics')]), 'AZW104')).toEqual([
      {
        level: 'warning',
        path: 'Stack/Pool',
        message:
          "AZW104 pool 'render' has 2 inbound NAT pools ('ssh', 'metrics'); Azure may then allow fewer than 2500 dedicated / 1000 Spot nodes " +
          'for its image — keep the node counts well below the limits, or remove the inbound NAT pools if the nodes need no inbound endpoints',
      },
    ]);
  });

  it('accepts a pool without inbound NAT pools', () => {
    expect(annotationsOf(stackWith([]), 'AZW104')).toEqual([]);
  });

  it('warns without AZW106 when a NAT pool value is a token', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const port = new TerraformVariable(stack, 'port', { type: 'number' }).numberValue;
    const account = new FakeAccount(stack, 'Account');
    new FakePool(stack, 'Pool', {
      account,
      image: new FakeImage(stack, 'Image'),
      inboundNatPools: [{ ...natPool('app'), backendPort: port }],
    });
    expect(annotationsOf(stack, 'AZW104').map((a) => a.level)).toEqual(['warning']);
    expect(synthAnnotations(stack).filter((a) => a.message.startsWith('AZW106'))).toEqual([]);
  });

  it('is silenced by a suppression, recorded as info', () => {
    const stack = stackWith([natPool('ssh')]);
    Suppressions.add(stack, 'AZW104', 'pool stays under 100 nodes');
    expect(annotationsOf(stack, 'AZW104')).toEqual([
      { level: 'info', path: 'Stack/Pool', message: 'suppressed AZW104: pool stays under 100 nodes' },
    ]);
  });
});
