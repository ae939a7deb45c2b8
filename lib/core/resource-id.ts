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
    if (typeof id !== 'string') {
      throw new InvalidValueError(`resource ID ${describeMismatch(id, 'a string')}; pass an ID shaped ${SHAPE}.`);
    }
    if (id.length === 0) return invalid(id, 'it is empty');
    if (id.trim() !== id) return invalid(id, 'it has leading or trailing white space');
    if (!id.startsWith('/')) return invalid(id, "it must start with '/'");
    if (id.length > 1 && id.endsWith('/')) return invalid(id, "it ends with '/'; remove the trailing slash");
    // parts[0] is the empty string before the leading '/'.
    const parts = id.split('/');
    for (let i = 1; i < parts.length; i++) {
      if (parts[i].length === 0) return invalid(id, "it has an empty segment ('//')");
    }
    if (!sameKey(parts[1], 'subscriptions')) return invalid(id, "the first segment must be 'subscriptions'");
    if (parts.length < 3) return invalid(id, 'the subscription ID is missing');
    if (!GUID.test(parts[2])) return invalid(id, `subscription '${parts[2]}' is not a GUID`);
    if (!sameKey(parts[3], 'resourcegroups')) return invalid(id, "'resourceGroups/{name}' must follow the subscription");
    if (parts.length < 5) return invalid(id, 'the resource group name is missing');
    if (!RESOURCE_GROUP.test(parts[4]) || parts[4].endsWith('.')) {
      return invalid(id, `resource group '${parts[4]}' is not a valid resource group name`);
    }
    if (!sameKey(parts[5], 'providers')) return invalid(id, "'providers/{namespace}' must follow the resource group");
    if (parts.length < 7) return invalid(id, 'the provider namespace is missing');
    if (!NAMESPACE.test(parts[6])) return invalid(id, `'${parts[6]}' is not a provider namespace like 'Microsoft.Compute'`);
    if (parts.length === 7) return invalid(id, 'the resource type and name are missing');
    if ((parts.length - 7) % 2 !== 0) return invalid(id, `type '${parts[parts.length - 1]}' has no name after it`);
    const types: string[] = [];
    const names: string[] = [];
    for (let i = 7; i < parts.length; i += 2) {
      if (!SEGMENT.test(parts[i]) || /\s/.test(parts[i])) return invalid(id, `'${parts[i]}' is not a resource type`);
      if (!SEGMENT.test(parts[i + 1])) return invalid(id, `name '${parts[i + 1]}' has leading or trailing white space`);
      types.push(parts[i]);
      names.push(parts[i + 1]);
    }
    return new ResourceId(parts[2], parts[4], parts[6], types, names);
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
    for (const list of [[parts.subscriptionId, parts.resourceGroupName, parts.providerNamespace], parts.types, parts.names]) {
      const slashed = list.find((p) => p.includes('/'));
      if (slashed !== undefined) {
        throw new InvalidValueError(`resource ID part '${slashed}' contains '/'; pass each type and name as its own segment`);
      }
    }
    const id = idString(parts);
    // Parsed only to validate: the ID built from the parts already has the canonical segment keys.
    ResourceId.parse(id);
    return id;
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
    return idString(this);
  }
}

/** The ID of `parts` with the canonical segment keys, unchecked (`format` checks, `toString` has parsed parts). */
function idString(parts: ResourceIdParts): string {
  const path = parts.types.map((t, i) => `${t}/${parts.names[i]}`).join('/');
  return `/subscriptions/${parts.subscriptionId}/resourceGroups/${parts.resourceGroupName}/providers/${parts.providerNamespace}/${path}`;
}

/** Throws the error `parse` gives for a malformed `id`: the ID, the problem and the expected shape. */
function invalid(id: string, problem: string): never {
  throw new InvalidValueError(`'${id}' is not a valid Azure resource ID: ${problem}. Expected ${SHAPE}.`);
}

/** True when the segment key `segment` (possibly missing) is `lowerCaseKey` in any case, as ARM compares keys. */
function sameKey(segment: string | undefined, lowerCaseKey: string): boolean {
  return segment !== undefined && segment.length === lowerCaseKey.length && segment.toLowerCase() === lowerCaseKey;
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
