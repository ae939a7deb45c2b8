import { Rule } from '../rule';
import { AZW106 } from './azw106-unresolved-token';

/** Every rule this library runs, in ID order. IDs are a public contract: never reuse one. */
export const RULES: Rule[] = [AZW106];
