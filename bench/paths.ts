/** Where the committed fixtures live (resolved from this source file, so only valid unbundled). */
import { fileURLToPath } from 'node:url';

export const FIXTURE_DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));

export const fixtureFile = (name: string, dir = FIXTURE_DIR) =>
  `${dir.endsWith('/') ? dir : `${dir}/`}${name.toLowerCase()}.causeway.json`;
