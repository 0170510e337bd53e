/**
 * applyTemplate: add a template's complete, editable logic-model chain to a scenario document.
 * Pure: the input document is not changed; problems come back as diagnostics, never exceptions.
 */
import { failure } from '../diagnostics.ts';
import type { Diagnostic, Parameter, Result, ScenarioDocument } from '../types.ts';
import {
  findArea,
  IO_TABLES,
  ioSectorRatio,
  IO_SECTOR_FOR,
  nationalGvaCurrent,
  LIBRARY_VINTAGE,
} from './libraryLinks.ts';
import { digitalAdoptionChain } from './digitalAdoption.ts';
import { mergeChain } from './merge.ts';
import { reshoringChain } from './reshoring.ts';
import type { ChainSpec, TemplateId, TemplateInfo, TemplateOptions } from './types.ts';

/** The templates on offer. */
export const TEMPLATES: readonly TemplateInfo[] = [
  {
    id: 'digital-adoption',
    name: 'Digital adoption support',
    description:
      'Made Smarter-style grants and advice: budget -> firms supported -> faster Bass diffusion of industrial digital technologies (with minus without support) -> productivity uplift -> GVA -> jobs (less than proportional).',
    defaultPrefix: 'dig',
  },
  {
    id: 'reshoring',
    name: 'Reshoring',
    description:
      "Support to make locally a share of the area's imports of a sector's goods: budget -> share of imports made locally (ramped up) -> output -> GVA (ONS input-output GVA-to-output ratio) -> jobs (GVA per job).",
    defaultPrefix: 'rsh',
  },
];

const FORMULA_ID = /^[a-z][a-z0-9_]*$/;
const OTHER_ID = /^[a-z][a-z0-9_-]*$/;

// USD 49.2bn of UK machinery and equipment imports in 2022 (AMPI/SQW 2025, from UN trade data via the
// Institute for Manufacturing), converted at the 2022 average of about USD 1.237 per GBP.
const UK_ME_IMPORTS_USD_BN = 49.2;
const USD_PER_GBP_2022 = 1.237;

/** The area's machinery imports (£m a year): UK imports x the area's share of UK manufacturing GVA. */
function defaultImports(
  doc: ScenarioDocument,
  sector: string,
): { ok: true; param: Parameter } | { ok: false; diagnostic: Diagnostic } {
  const area = findArea(doc.area.code);
  const areaC = area?.sectors.find((s) => s.id === 'c')?.gvaCurrent;
  const ukC = nationalGvaCurrent('c');
  if (sector !== 'ck' || !area || areaC === undefined || ukC === undefined) {
    return {
      ok: false,
      diagnostic: {
        severity: 'error',
        code: 'template.imports-needed',
        path: 'options.imports',
        message: `No import figure is available for sector "${sector}" in ${doc.area.name}: pass options.imports (£m a year of the area's imports of the sector's products, with its source). The library has one only for machinery (ck) in library areas.`,
      },
    };
  }
  const share = areaC / ukC;
  const value = Math.round(((UK_ME_IMPORTS_USD_BN * 1000) / USD_PER_GBP_2022) * share);
  const param: Parameter = {
    value,
    low: Math.round(value * 0.7),
    high: Math.round(value * 1.3),
    distribution: 'triangular',
    unit: '£m/year',
    label: `${area.name} imports of machinery and equipment`,
    source: `Estimate: UK machinery and equipment imports of USD ${UK_ME_IMPORTS_USD_BN}bn in 2022 (AMPI/SQW 2025, UN trade data via the Institute for Manufacturing) at about USD ${USD_PER_GBP_2022} per GBP (2022 average), times ${area.name}'s share of UK manufacturing GVA (${(share * 100).toFixed(2)}%, ONS regional GVA current prices ${LIBRARY_VINTAGE.dataYear}) as a proxy for its share of demand. In 2022 prices, not deflated to the price base year, and the trade definition of M&E is wider than SIC 28: hence the +/-30% range. Replace with local evidence where you have it.`,
  };
  return { ok: true, param };
}

/**
 * Adds the template's intervention, parameters, nodes, links and (unless `addScenario: false`) a
 * scenario that switches it on. Errors when the sector is not in the document's baseline, an id
 * would clash, the prefix is not a formula name, or (reshoring) no import figure is available.
 */
export function applyTemplate(
  doc: ScenarioDocument,
  templateId: TemplateId,
  options: TemplateOptions,
): Result<ScenarioDocument> {
  const info = TEMPLATES.find((t) => t.id === templateId);
  if (!info)
    return failure(
      'template.unknown',
      'templateId',
      `"${String(templateId)}" is not a template; use one of ${TEMPLATES.map((t) => t.id).join(', ')}.`,
    );
  const sector = doc.baseline.sectors.find((s) => s.id === options.sector);
  if (!sector)
    return failure(
      'template.unknown-sector',
      'options.sector',
      `Sector "${options.sector}" is not in this document's baseline (${doc.baseline.sectors.map((s) => s.id).join(', ') || 'none'}); add it to the baseline first or choose one of those.`,
    );
  const prefix = options.prefix ?? info.defaultPrefix;
  if (!FORMULA_ID.test(prefix))
    return failure(
      'template.bad-prefix',
      'options.prefix',
      `The prefix "${prefix}" must start with a lower-case letter and use only lower-case letters, digits and "_" (it starts formula names).`,
    );
  const interventionId =
    options.interventionId ??
    (prefix === info.defaultPrefix ? templateId : `${templateId}-${prefix.replace(/_/g, '-')}`);
  if (!OTHER_ID.test(interventionId))
    return failure(
      'template.bad-id',
      'options.interventionId',
      `The intervention id "${interventionId}" must start with a lower-case letter and use only lower-case letters, digits, "_" and "-".`,
    );
  const years = options.years ?? 5;
  const common = {
    prefix,
    interventionId,
    name: options.name ?? info.name,
    sector: sector.id,
    sectorName: sector.name,
    annualBudget: options.annualBudget ?? 2,
    years,
    start: options.startOffset ?? 0,
  };
  let spec: ChainSpec;
  if (templateId === 'digital-adoption') spec = digitalAdoptionChain(common);
  else {
    const ioSector = IO_SECTOR_FOR[sector.id] ?? sector.id;
    const ratio = ioSectorRatio(ioSector);
    if (!ratio)
      return failure(
        'template.sector-not-goods',
        'options.sector',
        `Reshoring needs a goods-producing manufacturing sector with an input-output GVA-to-output ratio; "${sector.id}" has none. Choose c, cd_cf, ci, cj, ck, cl, s33 or c_other.`,
      );
    const imports = options.imports
      ? {
          ok: true as const,
          param: {
            value: options.imports.value,
            ...(options.imports.low !== undefined && options.imports.high !== undefined
              ? { low: options.imports.low, high: options.imports.high, distribution: 'triangular' as const }
              : {}),
            unit: '£m/year',
            label: `Area imports of ${sector.name} products`,
            source: options.imports.source,
          },
        }
      : defaultImports(doc, sector.id);
    if (!imports.ok) return { ok: false, diagnostics: [imports.diagnostic] };
    const main = IO_TABLES.industries.find((i) => i.code === ratio.industries[0]);
    spec = reshoringChain({
      ...common,
      imports: imports.param,
      ratio,
      ratioNote:
        ioSector === sector.id
          ? `${ratio.industries.length > 1 ? 'summed £m, then divided' : 'one industry'}`
          : `manufacturing as a whole, used as a proxy for ${sector.name}`,
      ...(main && ratio.industries.length === 1
        ? { gvaMultiplier: { code: main.code, value: main.gvaMultiplier } }
        : {}),
    });
  }
  if (options.addScenario !== false) {
    spec.scenario = {
      id: interventionId,
      name: common.name,
      description: `${info.name} switched on, everything else as in the baseline.`,
      interventions: [interventionId],
    };
  }
  return mergeChain(doc, spec);
}
