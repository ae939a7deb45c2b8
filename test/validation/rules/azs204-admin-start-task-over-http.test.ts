import { TerraformStack, TerraformVariable } from 'cdktf';
import { CustomImageBatchPool } from '../../../lib/batch/custom-image-batch-pool';
import { NodeAgentSku } from '../../../lib/batch/node-agent-sku';
import { PoolScale } from '../../../lib/batch/pool-scale';
import { ElevationLevel, ResourceFile } from '../../../lib/batch/start-task';
import { StartTaskDescription } from '../../../lib/validation/model';
import { Suppressions } from '../../../lib/validation/suppressions';
import { FakeImage as FakePoolImage } from '../../batch/support/fake-image';
import { importedAccount } from '../../batch/support/pool';
import { annotationsOf, unresolvedOf } from '../support/annotations';
import { FakeAccount, FakeImage, FakePool, testApp } from '../support/fakes';

describe('AZS204 admin start task pulling resource files over plain HTTP', () => {
  function stackWith(startTask: StartTaskDescription) {
    const stack = new TerraformStack(testApp(), 'Stack');
    const account = new FakeAccount(stack, 'Account');
    new FakePool(stack, 'Pool', { account, image: new FakeImage(stack, 'Image'), poolName: 'render', description: { startTask } });
    return stack;
  }
  const task = (elevatedAdmin: boolean, ...urls: string[]): StartTaskDescription => ({
    commandLine: '/bin/sh -c ./setup.sh',
    elevatedAdmin,
    resourceFiles: urls.map((url) => ({ url })),
  });

  it('warns on an admin start task that downloads over http://, naming the URLs', () => {
    expect(annotationsOf(stackWith(task(true, 'https://acme.blob.core.windows.net/s/a.sh', 'http://acme.example/setup.sh')), 'AZS204')).toEqual([
      {
        level: 'warning',
        path: 'Stack/Pool',
        message:
          "AZS204 the start task of pool 'render' runs with admin elevation and downloads 'http://acme.example/setup.sh' over plain HTTP, " +
          'so anyone on the network path can replace what runs as administrator on every node — serve the files over https:// ' +
          '(e.g. a blob URL with a SAS, or a storage container with userAssignedIdentityId), or run the start task with ElevationLevel.NON_ADMIN',
      },
    ]);
  });

  it.each(['HTTP://acme.example/setup.sh', 'Http://acme.example/setup.sh', '  http://acme.example/setup.sh'])("reads '%s' as plain HTTP", (url) => {
    expect(annotationsOf(stackWith(task(true, url)), 'AZS204').map((a) => a.level)).toEqual(['warning']);
  });

  it('accepts https:// files, a non-admin start task, and auto-storage containers', () => {
    expect(annotationsOf(stackWith(task(true, 'https://acme.example/setup.sh', 'HTTPS://acme.example/b.sh')), 'AZS204')).toEqual([]);
    expect(annotationsOf(stackWith(task(false, 'http://acme.example/setup.sh')), 'AZS204')).toEqual([]);
    expect(
      annotationsOf(stackWith({ commandLine: 'x', elevatedAdmin: true, resourceFiles: [{ autoStorageContainerName: 'http' }] }), 'AZS204'),
    ).toEqual([]);
  });

  it('checks the start task of a CustomImageBatchPool', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    new CustomImageBatchPool(stack, 'Pool', {
      account: importedAccount(stack),
      image: new FakePoolImage(stack, 'Image'),
      poolName: 'render',
      vmSize: 'Standard_D4s_v5',
      nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
      scale: PoolScale.fixed({ dedicatedNodes: 2 }),
      startTask: {
        commandLine: '/bin/sh -c ./setup.sh',
        elevationLevel: ElevationLevel.ADMIN,
        resourceFiles: [ResourceFile.fromHttpUrl('http://acme.example/setup.sh', 'setup.sh'), ResourceFile.fromAutoStorageContainer('tools')],
      },
    });
    expect(annotationsOf(stack, 'AZS204').map((a) => [a.level, a.path])).toEqual([['warning', 'Stack/Pool']]);
  });

  it('reports AZW106 naming AZS204 when a URL of an admin start task is a token', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const url = new TerraformVariable(stack, 'setup_url', { type: 'string' });
    const account = new FakeAccount(stack, 'Account');
    new FakePool(stack, 'Pool', { account, image: new FakeImage(stack, 'Image'), description: { startTask: task(true, url.stringValue) } });
    expect(unresolvedOf(stack, 'AZS204').map((a) => a.message)).toEqual([
      "AZW106 AZS204 could not be evaluated: a resource file URL of the admin start task is '${var.setup_url}', known only at plan time — " +
        'use a literal value to have AZS204 checked, or suppress AZW106 with a reason.',
    ]);
  });

  it('is silenced by a suppression, recorded as info', () => {
    const stack = stackWith(task(true, 'http://mirror.internal/setup.sh'));
    Suppressions.add(stack, 'AZS204', 'mirror is on a private link inside the VNet');
    expect(annotationsOf(stack, 'AZS204')).toEqual([
      { level: 'info', path: 'Stack/Pool', message: 'suppressed AZS204: mirror is on a private link inside the VNet' },
    ]);
  });
});
