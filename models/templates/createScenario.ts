/**
 * createScenarioForArea: a new, valid scenario document for a library area. Its baseline sectors
 * partition the area's economy (the engine adds sectors up for area totals, docs/method.md section 5), a
 * business-as-usual scenario comes first, then one scenario per template and an "all" scenario.
 */
import {
  CURRENT_SCHEMA_VERSION,
  SCENARIO_FORMAT,
  type Diagnostic,
  type Result,
  type ScenarioDocument,
} from '../types.ts';
import { error as err, warning as warn } from '../diagnostics.ts';
import {
  findArea,
  findLocalArea,
  LIBRARY_VINTAGE,
  LOCAL_MANUFACTURING_SUBSECTORS,
  LOCAL_VINTAGE,
  localRecord,
  localSectorBaselines,
  jobsMissingMessage,
  MANUFACTURING_SUBSECTORS,
  sectorBaselines,
} from '../library/index.ts';
import { councilAllocationFor } from '../baseline/councils.ts';
import { DEFAULT_PROJECTION_METHOD, withProjectionMethod } from '../baseline/methods.ts';
import { applyTemplate, TEMPLATES } from './apply.ts';
import type { TemplateId } from './types.ts';

export interface CreateScenarioOptions {
  /** ITL1 or ITL2 code (e.g. "TLD3"), a combined authority (e.g. "E47000004") or a council (e.g. "E08000035"). */
  areaCode: string;
  /**
   * How sectors are carried forward (docs/method.md section 14). Default: the national trend, the
   * method that passes the plausibility checks (DEFAULT_PROJECTION_METHOD).
   */
  projection?: 'trend' | 'national';
  /**
   * Library sector ids (total, c, cd_cf, ci, cj, ck, cl, s33, c_other, non_c). Default: every
   * manufacturing sub-sector the area has. Unless `complete` is false, c_other (the rest of
   * manufacturing) and non_c (the rest of the economy) are added so the sectors sum to the whole.
   */
  sectorIds?: string[];
  complete?: boolean;
  templates?: TemplateId[];
  /** Sector per template; default: digital-adoption on c if listed, else c_other (most manufacturing firms), else the first sub-sector; reshoring on ck. */
  templateSectors?: Partial<Record<TemplateId, string>>;
  title?: string;
  startYear?: number;
  endYear?: number;
  /** ISO-8601 time for meta.createdAt/updatedAt (pass it to keep the function deterministic). */
  now?: string;
  /**
   * Keep growth rates the library flags as volatile exactly as published. By default they are
   * replaced by the Great Britain rate for the sector (stated in each figure's source), because a
   * +9.6% a year jobs trend from rounded BRES counts would dominate a 15-year projection.
   */
  publishedGrowth?: boolean;
}

const OPTIMISM_BIAS_PLACEHOLDER = 0.1;

/** The sector list after completion, or an error when the list would double count. */
function completeSectors(
  ids: string[],
  complete: boolean,
  subsectors: readonly string[],
): { ids: string[]; diagnostics: Diagnostic[] } {
  const subs = ids.filter((id) => subsectors.includes(id));
  const overlap = (what: string) => ({
    ids,
    diagnostics: [
      err(
        'library.overlapping-sectors',
        'sectorIds',
        `${what}: area totals add sectors up, so the list would double count. Drop one of them.`,
      ),
    ],
  });
  if (ids.includes('total') && ids.length > 1) return overlap('"total" already contains every other sector');
  if (ids.includes('c') && (subs.length > 0 || ids.includes('c_other')))
    return overlap('"c" (manufacturing) already contains its sub-sectors and c_other');
  if (ids.includes('non_c') && ids.includes('total')) return overlap('"total" already contains non_c');
  if (new Set(ids).size !== ids.length)
    return { ids, diagnostics: [err('library.duplicate-sector', 'sectorIds', 'A sector is listed twice.')] };
  if (!complete) {
    return {
      ids,
      diagnostics: ids.includes('total')
        ? []
        : [
            {
              severity: 'warning',
              code: 'library.partial-economy',
              path: 'sectorIds',
              message:
                'The baseline covers only the listed sectors, so area totals are totals of those sectors, not of the whole economy.',
            },
          ],
    };
  }
  const out = [...ids];
  if (subs.length > 0 && !out.includes('c_other')) out.push('c_other');
  if (!out.includes('total') && !out.includes('non_c')) out.push('non_c');
  return { ids: out, diagnostics: [] };
}

function defaultTemplateSector(t: TemplateId, ids: string[]): string | undefined {
  if (t === 'reshoring') return ids.includes('ck') ? 'ck' : undefined;
  return ['c', 'c_other', ...MANUFACTURING_SUBSECTORS].find((id) => ids.includes(id));
}

/**
 * Builds a new document from the baseline library: meta, area, horizon (default 2026-2040), prices
 * (base year = the library's price base year, CVM), baseline sectors with sources, a business-as-usual
 * scenario, each template's chain with its scenario, an "all" scenario for two or more templates, and
 * appraisal settings whose optimism bias is a stated placeholder.
 */
export function createScenarioForArea(options: CreateScenarioOptions): Result<ScenarioDocument> {
  const itl = findArea(options.areaCode);
  const local = itl ? undefined : findLocalArea(options.areaCode);
  const subsectors: readonly string[] = local ? LOCAL_MANUFACTURING_SUBSECTORS : MANUFACTURING_SUBSECTORS;
  const available = itl
    ? itl.sectors.map((s) => s.id as string)
    : local
      ? LOCAL_MANUFACTURING_SUBSECTORS.filter((id) => {
          const r = localRecord(local, id);
          return r.gva.every((v) => v !== null) && r.jobs?.every((v) => v !== null) === true;
        })
      : [];
  const availableSubs = available.filter((id) => subsectors.includes(id));
  const requested = options.sectorIds ?? (availableSubs.length > 0 ? availableSubs : ['c']);
  const completed = completeSectors(requested, options.complete ?? true, subsectors);
  if (completed.diagnostics.some((d) => d.severity === 'error'))
    return { ok: false, diagnostics: completed.diagnostics };
  const jobsMissing = local !== undefined && localRecord(local, 'total').jobs === undefined;
  if (jobsMissing && (options.templates ?? []).length > 0)
    return {
      ok: false,
      diagnostics: [
        err(
          'library.jobs-missing',
          'area.code',
          `${jobsMissingMessage(local)} Templates need baseline sectors, so add them after the import.`,
        ),
      ],
    };
  const sectors = local
    ? jobsMissing
      ? {
          ok: true as const,
          value: [],
          diagnostics: [
            warn(
              'library.jobs-missing',
              'area.code',
              `${jobsMissingMessage(local)} The file has no baseline sectors until then.`,
            ),
          ],
        }
      : localSectorBaselines(local, completed.ids)
    : sectorBaselines(options.areaCode, completed.ids, { steadyVolatileGrowth: !options.publishedGrowth });
  const area = itl ?? local;
  if (!sectors.ok || !area) return { ok: false, diagnostics: sectors.diagnostics };
  const method = options.projection ?? DEFAULT_PROJECTION_METHOD;
  const projected = sectors.value.map((s) => withProjectionMethod(area.code, s, method));
  const refused = projected.flatMap((r) => (r.ok ? [] : r.diagnostics));
  if (refused.length > 0) return { ok: false, diagnostics: refused };
  const baselineSectors = projected.map((r) => (r as { value: (typeof sectors.value)[number] }).value);
  const vintage = local ? LOCAL_VINTAGE : LIBRARY_VINTAGE;
  const councils = councilAllocationFor(area.code, baselineSectors);
  const startYear = options.startYear ?? 2026;
  const endYear = options.endYear ?? 2040;
  if (!Number.isInteger(startYear) || !Number.isInteger(endYear) || endYear < startYear) {
    return {
      ok: false,
      diagnostics: [
        err(
          'horizon.invalid',
          'horizon',
          `The horizon ${startYear}-${endYear} is not valid: use whole years with the end year not before the start year.`,
        ),
      ],
    };
  }
  const now = options.now ?? new Date().toISOString();
  const templates = options.templates ?? [];
  let doc: ScenarioDocument = {
    format: SCENARIO_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    meta: {
      title: options.title ?? `${area.name}: intervention scenarios`,
      description: `Baseline from the Causeway library (${vintage.label}), carried forward by ${method === 'national' ? 'the Great Britain trend of each industry' : "each sector's own trend"}. ${templates.length > 0 ? `Templates: ${templates.join(', ')}. ` : ''}Every default is editable and carries its source.`,
      createdAt: now,
      updatedAt: now,
      revision: 0,
    },
    area: { code: area.code, name: area.name, level: area.level },
    horizon: { startYear, endYear },
    prices: {
      baseYear: vintage.priceBaseYear,
      currency: 'GBP',
      basis: local
        ? `Chained volume measures, ${vintage.priceBaseYear} prices (ONS local-authority GVA table 2)`
        : `Chained volume measures, ${vintage.priceBaseYear} prices (ONS regional GVA table 2b)`,
    },
    baseline: {
      sectors: baselineSectors,
      library: vintage.label,
      notes: vintage.notes,
      ...(councils ? { councils } : {}),
    },
    parameters: {},
    interventions: [],
    logicModel: { nodes: [], links: [] },
    scenarios: [
      {
        id: 'bau',
        name: 'Business as usual',
        description: 'The baseline: what happens anyway, no interventions.',
        interventions: [],
      },
    ],
    appraisal: {
      optimismBias: OPTIMISM_BIAS_PLACEHOLDER,
      optimismBiasNote:
        'Placeholder (10%), not a Green Book value: set optimism bias from the HM Treasury Green Book supplementary guidance on optimism bias for your project type and stage, and record the evidence.',
    },
  };
  const diagnostics: Diagnostic[] = [
    ...completed.diagnostics,
    ...sectors.diagnostics.map((d) => ({ ...d, path: `baseline.sectors (${d.path})` })),
  ];
  for (const t of templates) {
    const sector = options.templateSectors?.[t] ?? defaultTemplateSector(t, completed.ids);
    if (!sector)
      return {
        ok: false,
        diagnostics: [
          err(
            'template.no-sector',
            `templateSectors.${t}`,
            `No sector for the ${t} template: include ck in the sectors or name one in templateSectors.`,
          ),
        ],
      };
    const r = applyTemplate(doc, t, { sector });
    if (!r.ok) return { ok: false, diagnostics: [...diagnostics, ...r.diagnostics] };
    doc = r.value;
  }
  if (templates.length >= 2) {
    const ids = doc.interventions.map((i) => i.id);
    doc = {
      ...doc,
      scenarios: [
        ...doc.scenarios,
        {
          id: 'all',
          name: 'All interventions',
          description: `${TEMPLATES.filter((t) => templates.includes(t.id))
            .map((t) => t.name)
            .join(' + ')} together.`,
          interventions: ids,
        },
      ],
    };
  }
  return { ok: true, value: doc, diagnostics };
}
