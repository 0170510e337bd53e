/**
 * Importing a user's own downloads (contracts.md section 5): Nomis BRES CSVs and ONS regional GVA
 * (balanced) tables, XLSX or CSV. Layouts are detected from their headers; anything else is refused
 * with a sentence naming the headers found.
 */
export { readDownload, type ReadDownload } from './read.ts';
export { planImport, type ImportPlan, type ImportOptions, type SectorChange, type FieldChange } from './plan.ts';
export { industryKey, divisionsOfLabel, divisionsOfSic, canonical } from './industries.ts';
export type { ImportedTable, Observation, Measure, Layout as ImportLayout, Refusal } from './types.ts';
