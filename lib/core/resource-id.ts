import { InvalidValueError } from './errors';
import { describeMismatch, isRecord } from './guards';

/** The parts of an Azure resource ID, for `ResourceId.format`. */
export interface ResourceIdParts {
  /** Subscription GUID. */
  readonly subscriptionId: string;
  /** Resource group name. */
  readonly resourceGroupName: string;
  /** Resource provider namespace, e.g. `Microsoft.Compute`. */
  readonly providerNamespace: string;
  /**
   * Resource type segments from the top-level type down, e.g. `['galleries', 'images']`.
   */
  readonly types: string[];
  /** One name per type segment, e.g. `['myGallery', 'ubuntu']`. */
  readonly names: string[];
}

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
// Resource group names: 1-90 of letters, digits, '_', '-', '.', '(', ')'; not ending in '.'.
const RESOURCE_GROUP = /^[-\w.()\p{L}\p{N}]{1,90}$/u;
const NAMESPACE = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)+$/;
const SEGMENT = /^[^/\s](?:[^/]*[^/\s])?$/;

const SHAPE =
  '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroup}/providers/{namespace}/{type}/{name}[/{childType}/{childName}...]';

/**
 * A parsed Azure Resource Manager resource ID.
 *
 * Segment keys (`subscriptions`, `resourceGroups`, `providers`) match case-insensitively,
 * as ARM does; the values keep their case.
 */
export class ResourceId {
  /**
   * Parses `id`, throwing an error that shows the ID and what is wrong with it.
   */
  public static parse(id: string): ResourceId {
    const fail = (problem: string): never => {
      throw new InvalidValueError(
        `'${id}' is not a valid Azure resource ID: ${problem}. Expected ${SHAPE}.`,
      );
    };
    if (typeof id !== 'string') {
      throw new InvalidValueError(`resource ID ${describeMismatch(id, 'a string')}; pass an ID shaped ${SHAPE}.`);
    }
    if (id.length === 0) return fail('it is empty');
    if (id.trim() !== id) return fail('it has leading or trailing white space');
    if (!id.startsWith('/')) return fail("it must start with '/'");
    if (id.length > 1 && id.endsWith('/')) return fail("it ends with '/'; remove the trailing slash");
    const parts = id.slice(1).split('/');
    if (parts.some((p) => p.length === 0)) return fail("it has an empty segment ('//')");
    const key = (i: number) => (parts[i] ?? '').toLowerCase();
    if (key(0) !== 'subscriptions') return fail("the first segment must be 'subscriptions'");
    if (parts.length < 2) return fail('the subscription ID is missing');
    if (!GUID.test(parts[1])) return fail(`subscription '${parts[1]}' is not a GUID`);
    if (key(2) !== 'resourcegroups') return fail("'resourceGroups/{name}' must follow the subscription");
    if (parts.length < 4) return fail('the resource group name is missing');
    if (!RESOURCE_GROUP.test(parts[3]) || parts[3].endsWith('.')) {
      return fail(`resource group '${parts[3]}' is not a valid resource group name`);
    }
    if (key(4) !== 'providers') return fail("'providers/{namespace}' must follow the resource group");
    if (parts.length < 6) return fail('the provider namespace is missing');
    if (!NAMESPACE.test(parts[5])) return fail(`'${parts[5]}' is not a provider namespace like 'Microsoft.Compute'`);
    const rest = parts.slice(6);
    if (rest.length === 0) return fail('the resource type and name are missing');
    if (rest.length % 2 !== 0) return fail(`type '${rest[rest.length - 1]}' has no name after it`);
    const types: string[] = [];
    const names: string[] = [];
    for (let i = 0; i < rest.length; i += 2) {
      if (!SEGMENT.test(rest[i]) || /\s/.test(rest[i])) return fail(`'${rest[i]}' is not a resource type`);
      if (!SEGMENT.test(rest[i + 1])) return fail(`name '${rest[i + 1]}' has leading or trailing white space`);
      types.push(rest[i]);
      names.push(rest[i + 1]);
    }
    return new ResourceId(parts[1], parts[3], parts[5], types, names);
  }

  /** Builds the ID string from its parts (validated the same way `parse` validates). */
  public static format(parts: ResourceIdParts): string {
    checkParts(parts);
    if (parts.types.length === 0 || parts.types.length !== parts.names.length) {
      throw new InvalidValueError(
        `a resource ID needs one name per type segment (got types [${parts.types.join(', ')}] and names [${parts.names.join(', ')}])`,
      );
    }
    // A '/' inside a part would silently shift every later segment; name the culprit instead.
    const slashed = [parts.subscriptionId, parts.resourceGroupName, parts.providerNamespace, ...parts.types, ...parts.names]
      .find((p) => typeof p === 'string' && p.includes('/'));
    if (slashed !== undefined) {
      throw new InvalidValueError(`resource ID part '${slashed}' contains '/'; pass each type and name as its own segment`);
    }
    const path = parts.types.map((t, i) => `${t}/${parts.names[i]}`).join('/');
    const id = `/subscriptions/${parts.subscriptionId}/resourceGroups/${parts.resourceGroupName}/providers/${parts.providerNamespace}/${path}`;
    return ResourceId.parse(id).toString();
  }

  /** The ID of a resource group, e.g. the `parent_id` of a top-level resource. */
  public static formatResourceGroupId(subscriptionId: string, resourceGroupName: string): string {
    return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroupName}`;
  }

  private constructor(
    /** Subscription GUID. */
    public readonly subscriptionId: string,
    /** Resource group name. */
    public readonly resourceGroupName: string,
    /** Provider namespace, e.g. `Microsoft.Compute`. */
    public readonly providerNamespace: string,
    /** Type segments, top-level first. */
    public readonly types: string[],
    /** Names, one per type segment. */
    public readonly names: string[],
  ) {}

  /** Full resource type, e.g. `Microsoft.Compute/galleries/images/versions`. */
  public get resourceType(): string {
    return [this.providerNamespace, ...this.types].join('/');
  }

  /** Name of the resource itself (the last name segment). */
  public get name(): string {
    return this.names[this.names.length - 1];
  }

  /** True when this ID's full type equals `fullType`, ignoring case as ARM does. */
  public isOfType(fullType: string): boolean {
    return this.resourceType.toLowerCase() === fullType.toLowerCase();
  }

  /** The ID of the enclosing resource group. */
  public get resourceGroupId(): string {
    return ResourceId.formatResourceGroupId(this.subscriptionId, this.resourceGroupName);
  }

  /** Lower-cased canonical form: two IDs of the same resource compare equal. */
  public get normalized(): string {
    return this.toString().toLowerCase();
  }

  /** The ID with canonical segment keys. */
  public toString(): string {
    const path = this.types.map((t, i) => `${t}/${this.names[i]}`).join('/');
    return `/subscriptions/${this.subscriptionId}/resourceGroups/${this.resourceGroupName}/providers/${this.providerNamespace}/${path}`;
  }
}

/** Throws unless every part of `parts` has its type: format() joins them into a string. */
function checkParts(parts: ResourceIdParts): void {
  const fix = 'pass { subscriptionId, resourceGroupName, providerNamespace, types: [...], names: [...] } with string values';
  if (!isRecord(parts)) throw new InvalidValueError(`resource ID parts ${describeMismatch(parts, 'an object')}; ${fix}.`);
  for (const key of ['subscriptionId', 'resourceGroupName', 'providerNamespace'] as const) {
    if (typeof parts[key] !== 'string') {
      throw new InvalidValueError(`resource ID part ${key} ${describeMismatch(parts[key], 'a string')}; ${fix}.`);
    }
  }
  for (const key of ['types', 'names'] as const) {
    const list: unknown = parts[key];
    if (!Array.isArray(list) || list.some((p) => typeof p !== 'string')) {
      throw new InvalidValueError(`resource ID part ${key} ${describeMismatch(list, 'an array of strings')}; ${fix}.`);
    }
  }
}

/**
 * Parses `id` and checks its type, e.g. `Microsoft.Compute/snapshots`, with an error naming
 * what was expected.
 */
export function parseResourceIdOfType(id: string, fullType: string, what: string): ResourceId {
  const parsed = ResourceId.parse(id);
  if (!parsed.isOfType(fullType)) {
    throw new InvalidValueError(
      `'${id}' is a ${parsed.resourceType} ID, not a ${what} ID; pass the ID of a ${fullType} resource.`,
    );
  }
  return parsed;
}

/**
 * Throws when `name` is not a resource group name Azure accepts: 1-90 letters, digits, `_`,
 * `-`, `.`, `(` and `)`, not ending with `.`.
 *
 * @see https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules#microsoftresources
 */
export function validateResourceGroupName(name: string): void {
  if (typeof name !== 'string' || !RESOURCE_GROUP.test(name) || name.endsWith('.')) {
    throw new InvalidValueError(
      `resource group name '${name}' is not valid; use 1-90 letters, digits, '_', '-', '.', '(' and ')', not ending with '.'.`,
    );
  }
}
