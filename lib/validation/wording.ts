import { isUnresolved } from '../core/tokens';
import { AccountDescription, ImageDescription, ImageKind, PoolDescription } from './model';

/*
 * How rules name things in messages: by the name the user gave when it is known, otherwise by
 * construct path, so a message never shows a raw token.
 */

/** `'name'`, or `'construct/path'` when the name is a token or empty. */
export function named(name: string | undefined, constructPath: string): string {
  return name && !isUnresolved(name) ? `'${name}'` : `'${constructPath}'`;
}

/** `image 'img-render'` or `gallery image version '1.0.0'`. */
export function imageLabel(image: ImageDescription): string {
  const what = image.kind === ImageKind.GALLERY_IMAGE_VERSION ? 'gallery image version' : 'image';
  return `${what} ${named(image.displayName, image.constructPath)}`;
}

/** `Batch account 'acme'`. */
export function accountLabel(account: AccountDescription): string {
  return `Batch account ${named(account.accountName, account.constructPath)}`;
}

/** `pool 'render'`. */
export function poolLabel(pool: PoolDescription): string {
  return `pool ${named(pool.poolName, pool.constructPath)}`;
}

/** `'a', 'b'`. */
export function quotedList(values: string[]): string {
  return values.map((v) => `'${v}'`).join(', ');
}

const LISTED = 10;

/** The first items joined, then `and N more`, so a message stays one readable line. */
export function shortList(items: string[]): string {
  if (items.length <= LISTED) return items.join(', ');
  return `${items.slice(0, LISTED).join(', ')} and ${items.length - LISTED} more`;
}
