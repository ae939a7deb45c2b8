import { IConstruct } from 'constructs';
import { ConstructValidationError } from '../core/errors';
import { isUnresolved } from '../core/tokens';
import { DataDiskSnapshot } from './data-disk-snapshot';

/** Largest data disk an image may declare, in GB (ARM `ImageDataDisk.diskSizeGB`). */
const MAX_SIZE_GB = 1023;
/** LUNs Azure accepts for data disks. */
const MAX_LUN = 63;

/**
 * Throws when a known LUN is outside 0-63 or used twice, or a known size is not 1-1023 GB.
 * Token values are skipped.
 */
export function validateDataDiskSnapshots(scope: IConstruct, disks: DataDiskSnapshot[]): void {
  const seen = new Map<number, number>();
  disks.forEach((disk, index) => {
    const where = `dataDiskSnapshots[${index}]`;
    if (!isUnresolved(disk.lun)) {
      if (!Number.isInteger(disk.lun) || disk.lun < 0 || disk.lun > MAX_LUN) {
        throw new ConstructValidationError(
          scope,
          `${where}: LUN ${disk.lun} is outside 0-${MAX_LUN}; give each data disk a whole-number LUN from 0 to ${MAX_LUN}.`,
        );
      }
      const first = seen.get(disk.lun);
      if (first !== undefined) {
        throw new ConstructValidationError(
          scope,
          `${where}: LUN ${disk.lun} is already used by dataDiskSnapshots[${first}]; give each data disk its own LUN (0-${MAX_LUN}).`,
        );
      }
      seen.set(disk.lun, index);
    }
    if (disk.sizeGb !== undefined && !isUnresolved(disk.sizeGb)) {
      if (!Number.isInteger(disk.sizeGb) || disk.sizeGb < 1 || disk.sizeGb > MAX_SIZE_GB) {
        throw new ConstructValidationError(
          scope,
          `${where}: sizeGb ${disk.sizeGb} is not a whole number from 1 to ${MAX_SIZE_GB}; ` +
            `an image data disk can be at most ${MAX_SIZE_GB} GB — use a smaller size, or leave sizeGb unset to keep the snapshot's size.`,
        );
      }
    }
  });
}
