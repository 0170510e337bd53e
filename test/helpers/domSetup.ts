/**
 * Vitest setup file of the dom project: unmount what each test rendered, so no component outlives
 * its test. The dom project shares one module registry and one document per worker (vitest.config.ts),
 * and a file that forgot `afterEach(cleanup)` would otherwise leave elements for the next file's queries.
 */
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(cleanup);
