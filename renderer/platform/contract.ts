/**
 * The PlatformApi contract, re-exported for the renderer. Type-only: the one sanctioned door from the
 * renderer to electron/contract.ts, which carries no runtime code the renderer would bundle.
 */
// eslint-disable-next-line no-restricted-imports -- types of the shared platform contract only
export type * from '../../electron/contract.ts';
