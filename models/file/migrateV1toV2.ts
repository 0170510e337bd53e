/**
 * schemaVersion 1 -> 2. Version 2 adds optional fields (ranged additionality and optimism bias,
 * national factors, benefit kinds, private and cash costs, the present-value year, scenario
 * inheritance, indicators; docs/contracts.md section 4) that a v1 file simply lacks, plus one thing a
 * v1 file meant without saying: every sector's baseline followed its own growth rates. Version 2 lets
 * a sector follow other methods (docs/method.md section 14), so the step writes what v1 meant,
 * `"projection": { "method": "trend" }`, on every sector. Nothing else is invented: a v1 file has
 * no national factors, so its UK social value is "not assessed" until the user states them.
 *
 * Saved revisions carry reverse patches between v1 documents (docs/design/history-as-reverse-
 * patches.md). A patch operation that puts a sector object back (a deleted or replaced sector, a
 * replaced sector list or baseline) would rebuild a v1 sector inside a v2 document, so the same
 * rewrite is applied to those operations' values: each earlier revision rebuilds as the migrated
 * form of what was saved.
 */

type Json = Record<string, unknown>;

const TREND = { method: 'trend' } as const;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A sector with its projection method stated (a copy; other fields and their order kept). */
function withTrend(sector: unknown): unknown {
  if (!isObject(sector) || sector['projection'] !== undefined) return sector;
  return { ...sector, projection: { ...TREND } };
}

function sectorsWithTrend(sectors: unknown): unknown {
  return Array.isArray(sectors) ? sectors.map(withTrend) : sectors;
}

function baselineWithTrend(baseline: unknown): unknown {
  return isObject(baseline) ? { ...baseline, sectors: sectorsWithTrend(baseline['sectors']) } : baseline;
}

/** The value of one reverse-patch operation, rewritten when it holds sectors. */
function migrateOperation(op: unknown): unknown {
  if (!isObject(op) || !('value' in op) || typeof op['path'] !== 'string') return op;
  const path = op['path'];
  const value = op['value'];
  if (/^\/baseline\/sectors\/(\d+|-)$/.test(path)) return { ...op, value: withTrend(value) };
  if (path === '/baseline/sectors') return { ...op, value: sectorsWithTrend(value) };
  if (path === '/baseline') return { ...op, value: baselineWithTrend(value) };
  if (path === '' && isObject(value))
    return { ...op, value: { ...value, baseline: baselineWithTrend(value['baseline']) } };
  return op;
}

function migrateHistory(history: unknown): unknown {
  if (!isObject(history) || !Array.isArray(history['revisions'])) return history;
  return {
    ...history,
    revisions: history['revisions'].map((r) =>
      isObject(r) && Array.isArray(r['reversePatch'])
        ? { ...r, reversePatch: r['reversePatch'].map(migrateOperation) }
        : r,
    ),
  };
}

export function migrateV1toV2(json: Json): Json {
  const out: Json = { ...json, baseline: baselineWithTrend(json['baseline']) };
  if (json['history'] !== undefined) out['history'] = migrateHistory(json['history']);
  return out;
}
