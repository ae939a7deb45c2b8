import { OsType } from './os-type';
import { isUnresolved } from './tokens';

/*
 * Node agent SKU IDs have the form `batch.node.<family> <version or architecture>`. The families
 * Azure Batch has published, current and retired, and the OS each runs on. A family not listed
 * here (a typo, or one Azure adds later) is not guessed.
 *
 * @see https://learn.microsoft.com/rest/api/batchservice/account/list-supported-images
 * @see https://github.com/Azure/Batch/issues/180 (retired SKUs: centos 7/8, debian 8-10, ubuntu 14.04-18.04)
 */
const FAMILY_OS: { [family: string]: OsType } = {
  windows: OsType.WINDOWS, // batch.node.windows amd64
  ubuntu: OsType.LINUX, // batch.node.ubuntu 20.04, 22.04, 24.04
  el: OsType.LINUX, // batch.node.el 8, 9 (RHEL, AlmaLinux, Rocky Linux)
  debian: OsType.LINUX, // batch.node.debian 11, 12
  centos: OsType.LINUX, // batch.node.centos 7 (retired)
  mariner: OsType.LINUX, // batch.node.mariner 2.0
  azurelinux: OsType.LINUX, // batch.node.azurelinux 3.0
  opensuse: OsType.LINUX, // batch.node.opensuse 42.1 (retired)
  sles: OsType.LINUX, // batch.node.sles 12 (retired)
};

const SKU = /^batch\.node\.([a-z]+)\s+\S/;

/** The node agent SKU families this library recognises, e.g. `ubuntu`, for messages. */
export const NODE_AGENT_SKU_FAMILIES: readonly string[] = Object.keys(FAMILY_OS);

/**
 * The OS a node agent SKU runs on, by its family (`batch.node.windows amd64` is Windows,
 * `batch.node.ubuntu 22.04` Linux), compared ignoring case and surrounding white space.
 * Undefined for tokens, for strings that are not `batch.node.<family> <version>`, and for
 * families not recognised, so callers never guess.
 */
export function nodeAgentSkuOsType(sku: string): OsType | undefined {
  if (typeof sku !== 'string' || isUnresolved(sku)) return undefined;
  const family = SKU.exec(sku.trim().toLowerCase())?.[1];
  return family !== undefined && Object.prototype.hasOwnProperty.call(FAMILY_OS, family) ? FAMILY_OS[family] : undefined;
}
