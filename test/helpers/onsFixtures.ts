import { resolve } from 'node:path';

/**
 * The vendored slices of the ONS files (test/fixtures/ons, see its README): the rows and columns the
 * library tests and the library build's test read, so `npm test` needs nothing outside the repository.
 */
export const ONS_FIXTURES = resolve(import.meta.dirname, '../fixtures/ons');
