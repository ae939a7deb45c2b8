import { InvalidValueError, ProblemList } from '../../core/errors';
import { normalizeLocation, validateLocation } from '../../core/location';
import { isUnresolved } from '../../core/tokens';
import { GalleryTargetRegion } from './target-region';

// `regionalReplicaCount` is a 32-bit integer in the Compute API (schema type integer, Int32 in its SDKs).
const MAX_REPLICA_COUNT = 2147483647;

/**
 * The target regions of a version in `location` (the gallery's region): the default when none
 * are given, otherwise `given`, checked the way Azure will check it. Each problem goes to
 * `problems` when given (the version reports them all at once); without it the first one is
 * thrown as an `InvalidValueError`.
 *
 * @see https://learn.microsoft.com/azure/virtual-machines/troubleshooting-shared-images#creating-or-updating-image-versions
 */
export function resolveTargetRegions(given: GalleryTargetRegion[] | undefined, location: string, problems?: ProblemList): GalleryTargetRegion[] {
  const report = (check: () => void): void => (problems ? problems.collect(check) : check());
  const fail = (message: string): void => report(() => {
    throw new InvalidValueError(message);
  });
  if (given === undefined) return [{ name: location }];
  if (given.length === 0) {
    fail(`targetRegions is empty; list at least the gallery's region '${location}', or leave targetRegions out to replicate only there.`);
    return given;
  }
  const seen = new Map<string, string>();
  let namesValid = true;
  for (const region of given) {
    report(() => {
      try {
        validateLocation(region.name);
      } catch (e) {
        namesValid = false;
        throw e;
      }
    });
    const count = region.replicaCount;
    if (count !== undefined && !isUnresolved(count) && (!Number.isInteger(count) || count < 1 || count > MAX_REPLICA_COUNT)) {
      fail(
        `replicaCount ${count} for target region '${region.name}' is not valid; use a whole number from 1 to ${MAX_REPLICA_COUNT} (the API's 32-bit integer), e.g. one replica per 300 pool nodes.`,
      );
    }
    if (isUnresolved(region.name)) continue;
    const first = seen.get(normalizeLocation(region.name));
    if (first !== undefined) {
      fail(
        `targetRegions lists region '${region.name}' twice ('${first}' and '${region.name}'); list each region once (Azure rejects duplicate target regions).`,
      );
    }
    seen.set(normalizeLocation(region.name), region.name);
  }
  const names = given.map((r) => r.name);
  // A misspelt region is reported above; "the gallery's region is missing" would only repeat it.
  if (namesValid && !isUnresolved(location) && !names.some(isUnresolved) && !seen.has(normalizeLocation(location))) {
    fail(
      `targetRegions [${names.join(', ')}] do not include the gallery's region '${location}'; add { name: '${location}' } (Azure requires an image version's own region among its target regions).`,
    );
  }
  return given;
}
