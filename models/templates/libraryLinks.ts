/** The parts of the baseline library the templates use, in one place. */
export { findArea, IO_TABLES, ioSectorRatio, nationalGvaCurrent, LIBRARY_VINTAGE } from '../library/index.ts';

/** Derived sectors borrow the IO ratio of the sector they are part of. */
export const IO_SECTOR_FOR: Record<string, string> = { c_other: 'c' };
