/**
 * What the example builders share: the fixed timestamp, the wording of notes and sources, and small
 * deterministic editing helpers (scripts/buildExamples.ts composes the examples from them).
 */
import {
  applyTemplate,
  autoLayout,
  createScenarioForArea,
  checkDocument,
  senseChecks,
  type Additionality,
  type Evidence,
  type NationalFactors,
  type RangedNumber,
  type OverrideSpec,
  type Parameter,
  type Result,
  type Scenario,
  type ScenarioDocument,
  type TemplateId,
  type TemplateOptions,
} from '../../models/index.ts';

/** Fixed, so a rebuild writes the same bytes (createdAt/updatedAt would otherwise change every run). */
export const NOW = '2025-06-02T09:00:00.000Z';

// ---------------------------------------------------------------------------------------------
// Shared wording. Sources are quoted as the seeds and the library give them; nothing is presented
// as an official value unless it is one.
// ---------------------------------------------------------------------------------------------

export const PRICE_NOTE =
  'Money is in £m at 2019 prices (chained volume measures, the price base of the ONS regional GVA series in the library). ' +
  'Programme budgets are entered in the same 2019 prices; a budget known in cash can be entered as it is by marking its cost node "prices": "cash", and Causeway deflates it with the embedded GDP deflator.';

export const ADDITIONALITY_CAVEAT =
  "These additionality factors are the example author's judgement for illustration, not official values and not taken from the HCA/English Partnerships Additionality Guide tables: replace each one with your own evidence (a programme evaluation, a beneficiary survey) before using the results.";

export const OB_NOTE =
  'Optimism bias of 10% (range 5% to 25%, drawn in Monte Carlo) is a placeholder, not a Green Book value: set it from the HM Treasury Green Book supplementary guidance on optimism bias for your project type and appraisal stage.';

export const SOCIAL_NOTE =
  "Two measures are shown: the local return (net local GVA per £1 of public cost, what the area gains, as Local Growth Plans quote it) and the UK social BCR (Green Book): only what is additional for the UK, after national displacement, with output that comes with new jobs counted only for the share of jobs filled by people who would otherwise not work, and with firms' own contributions as private costs. Benefits persist for a stated number of years, fading a stated share a year.";

export const SRC = {
  library:
    'ONS regional gross value added (balanced) by industry, release of 25 April 2023, table 2b chained volume measures (2019 prices), data year 2021; ONS Business Register and Employment Survey 2021 (Nomis); growth of GVA and jobs over one window, 2015-2019, carried forward at the Great Britain trend of each industry (Open Government Licence v3.0), via the Causeway baseline library.',
  madeSmarter:
    'Made Smarter Review (Industrial Digitalisation Review, 2017): industrial digitalisation could add £455bn to UK manufacturing over ten years, up to 3% extra sector growth a year and a net 175,000 jobs; national adoption programme piloted in the North West.',
  madeSmarterNw:
    'Made Smarter North West programme forecasts as summarised in the Causeway method note: about £37 of GVA forecast per £1 of grant and 4-5 jobs per project, company-reported and gross (used only as an upper cross-check).',
  bass: 'Sultan, Farley & Lehmann (1990), Journal of Marketing Research 27(1): meta-analysis averages of the Bass model, p = 0.03, q = 0.38 (not calibrated to UK industrial digital technologies).',
  ampi: 'AMPI/SQW (2025) Future State of Machinery Sector, market assessment: 135,000 advanced-machinery jobs and 11,500 enterprises in Great Britain (2023); machinery and equipment productivity £102,000 per job (2021); UK M&E imports USD 49.2bn against exports USD 42.0bn (2022); regional machinery employment South East c.20,000, Yorkshire and the Humber c.17,000, West Midlands c.16,000.',
  iot: 'ONS UK input-output analytical tables, industry by industry, 2023 edition: GVA-to-output ratio for C28 (machinery) and its national Type I GVA multiplier (quoted as an upper bound, not applied).',
  midlands:
    "Midlands Engine, advanced manufacturing page: £37.8bn GVA a year, 16% of the Midlands economy, over 513,000 jobs, 25% of England's manufacturing jobs.",
  greenBook:
    "HM Treasury Green Book: discounting at 3.5% a year for years 1-30 (the engine's default schedule); BCR value-for-money bands as used by DfT.",
};

// ---------------------------------------------------------------------------------------------
// Small deterministic editing helpers. Each throws when the id it edits is missing, so a template
// change that renames something fails the build (and the test) instead of silently skipping an edit.
// ---------------------------------------------------------------------------------------------

export function must<T>(r: Result<T>, what: string): T {
  if (!r.ok) throw new Error(`${what}: ${r.diagnostics.map((d) => `${d.path}: ${d.message}`).join('; ')}`);
  return r.value;
}

export function clone(doc: ScenarioDocument): ScenarioDocument {
  return structuredClone(doc);
}

export function setParam(doc: ScenarioDocument, id: string, patch: Partial<Parameter>): void {
  const p = doc.parameters[id];
  if (!p) throw new Error(`No parameter ${id}`);
  doc.parameters[id] = { ...p, ...patch };
}

export function narrate(doc: ScenarioDocument, narratives: Record<string, string | [string, Evidence]>): void {
  for (const [id, text] of Object.entries(narratives)) {
    const l = doc.logicModel.links.find((x) => x.id === id);
    if (!l) throw new Error(`No link ${id}`);
    if (Array.isArray(text)) [l.rationale, l.evidence] = text;
    else l.rationale = text;
  }
}

export function setIntervention(
  doc: ScenarioDocument,
  id: string,
  patch: {
    name?: string;
    description: string;
    additionality: Additionality;
    additionalityNote: string;
    national?: NationalFactors;
  },
): void {
  const iv = doc.interventions.find((i) => i.id === id);
  if (!iv) throw new Error(`No intervention ${id}`);
  Object.assign(iv, patch);
  // Node labels carry the template's name for the programme; keep the budget label in step with it.
}

export function relabel(doc: ScenarioDocument, labels: Record<string, string>): void {
  for (const [id, label] of Object.entries(labels)) {
    const n = doc.logicModel.nodes.find((x) => x.id === id);
    if (!n) throw new Error(`No node ${id}`);
    n.label = label;
  }
}

/** An override with its own range, so Monte Carlo draws around the scenario's value, not the default's. */
export function ranged(value: number, low: number, high: number): OverrideSpec {
  return { value, low, high, distribution: 'triangular' };
}

/** A ranged additionality or national factor (triangular), drawn in Monte Carlo and moved by the tornado. */
export function r(value: number, low: number, high: number): RangedNumber {
  return { value, low, high, distribution: 'triangular' };
}

export function base(areaCode: string, sectorIds: string[], title: string): ScenarioDocument {
  return must(
    createScenarioForArea({ areaCode, sectorIds, title, startYear: 2026, endYear: 2040, now: NOW }),
    `createScenarioForArea ${areaCode}`,
  );
}

export function apply(doc: ScenarioDocument, template: TemplateId, options: TemplateOptions): ScenarioDocument {
  return must(applyTemplate(doc, template, { ...options, addScenario: false }), `applyTemplate ${template}`);
}

/**
 * Final touches every example gets: scenarios, meta, monitoring (need, evaluation plan, indicators,
 * dismissed sense checks), a tidy canvas, and a check that nothing is wrong and no logic check is open.
 */
export function finish(
  doc: ScenarioDocument,
  o: {
    description: string;
    scenarios: Scenario[];
    sources: string[];
    caveats: string[];
    monitoring: (doc: ScenarioDocument) => void;
  },
): ScenarioDocument {
  const out = clone(doc);
  out.meta = {
    ...out.meta,
    description: `${o.description} ${SOCIAL_NOTE}`,
    example: true,
    sources: o.sources,
    caveats: o.caveats,
  };
  out.scenarios = o.scenarios;
  o.monitoring(out);
  out.appraisal = { ...out.appraisal, optimismBias: r(0.1, 0.05, 0.25), optimismBiasNote: OB_NOTE };
  // Stage lanes left to right (input .. impact), rows spread within each lane, grouped by intervention.
  out.logicModel = { ...out.logicModel, layout: autoLayout(out) };
  const problems = checkDocument(out);
  if (problems.length > 0)
    throw new Error(`${out.meta.title}: ${problems.map((d) => `${d.path}: ${d.message}`).join('; ')}`);
  const open = senseChecks(out).filter((n) => !n.dismissed);
  if (open.length > 0)
    throw new Error(`${out.meta.title}: logic checks open: ${open.map((n) => `${n.check} ${n.subject}`).join('; ')}`);
  return out;
}
