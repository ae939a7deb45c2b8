import { App, TerraformStack } from 'cdktf';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';

// Placeholder values let the example synthesize with no Azure credentials; override them
// with the environment variables the README lists.
const app = new App();
const stack = new TerraformStack(app, 'batch-images');
new AzurermProvider(stack, 'azurerm', { features: [{}] });
app.synth();
