/**
 * Pure edits of a file's setting: the area it is about, the projection horizon and the price base.
 * None of them converts numbers: they say what the figures already in the file mean, so the app
 * shows each change to the user and validation reports anything left inconsistent (e.g. a horizon
 * that ends before it starts).
 */
import type { Area, ScenarioDocument } from '../types.ts';

/** Sets the area's code and name; an area's `level` (ITL1, ITL2) is dropped when the code changes. */
export function setArea(doc: ScenarioDocument, area: { code: string; name: string; level?: string }): ScenarioDocument {
  const { level: _level, ...rest } = doc.area;
  const next: Area = { ...(area.code === doc.area.code ? doc.area : rest), code: area.code, name: area.name };
  if (area.level !== undefined) next.level = area.level;
  if (next.code === doc.area.code && next.name === doc.area.name && next.level === doc.area.level) return doc;
  return { ...doc, area: next };
}

/** Sets the first and/or last projected year (whole years; other values leave the document as it is). */
export function setHorizon(doc: ScenarioDocument, patch: { startYear?: number; endYear?: number }): ScenarioDocument {
  const startYear = patch.startYear ?? doc.horizon.startYear;
  const endYear = patch.endYear ?? doc.horizon.endYear;
  if (!Number.isInteger(startYear) || !Number.isInteger(endYear)) return doc;
  if (startYear === doc.horizon.startYear && endYear === doc.horizon.endYear) return doc;
  return { ...doc, horizon: { ...doc.horizon, startYear, endYear } };
}

/** Sets the year whose prices money is stated in (a label: figures are not re-based). */
export function setPriceBaseYear(doc: ScenarioDocument, baseYear: number): ScenarioDocument {
  if (!Number.isInteger(baseYear) || baseYear === doc.prices.baseYear) return doc;
  return { ...doc, prices: { ...doc.prices, baseYear } };
}
