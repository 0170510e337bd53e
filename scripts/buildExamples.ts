/**
 * Builds the example scenario files the app embeds and opens first (scenarios/*.causeway.json).
 *
 * Each example is composed from the library and the templates (createScenarioForArea, applyTemplate),
 * then edited deterministically: titles, descriptions, link narratives, additionality with its
 * reasoning, scenario overrides, meta and canvas layout. A fixed timestamp keeps the output
 * byte-for-byte reproducible, and test/scenarios/examples.test.ts checks that this script regenerates
 * the committed files exactly, so the examples never drift from the templates and library they use.
 *
 * Run: npx tsx scripts/buildExamples.ts            (writes the files)
 *      npx tsx scripts/buildExamples.ts --check    (exit 1 if a committed file differs)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  applyTemplate,
  autoLayout,
  createScenarioForArea,
  serialiseScenario,
  checkDocument,
  senseChecks,
  type Additionality,
  type Evidence,
  type Link,
  type LogicNode,
  type NationalFactors,
  type RangedNumber,
  type OverrideSpec,
  type Parameter,
  type Result,
  type Scenario,
  type ScenarioDocument,
  type TemplateId,
  type TemplateOptions,
} from '../models/index.ts';
import {
  digitalMonitoring,
  evaluationPlan,
  reshoringMonitoring,
  setContext,
  skillsMonitoring,
} from './exampleMonitoring.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SCENARIOS_DIR = join(repoRoot, 'scenarios');

/** Fixed, so a rebuild writes the same bytes (createdAt/updatedAt would otherwise change every run). */
const NOW = '2025-06-02T09:00:00.000Z';

// ---------------------------------------------------------------------------------------------
// Shared wording. Sources are quoted as the seeds and the library give them; nothing is presented
// as an official value unless it is one.
// ---------------------------------------------------------------------------------------------

const PRICE_NOTE =
  'Money is in £m at 2019 prices (chained volume measures, the price base of the ONS regional GVA series in the library). ' +
  'Programme budgets are entered in the same 2019 prices; a budget known in cash can be entered as it is by marking its cost node "prices": "cash", and Causeway deflates it with the embedded GDP deflator.';

const ADDITIONALITY_CAVEAT =
  "These additionality factors are the example author's judgement for illustration, not official values and not taken from the HCA/English Partnerships Additionality Guide tables: replace each one with your own evidence (a programme evaluation, a beneficiary survey) before using the results.";

const OB_NOTE =
  'Optimism bias of 10% (range 5% to 25%, drawn in Monte Carlo) is a placeholder, not a Green Book value: set it from the HM Treasury Green Book supplementary guidance on optimism bias for your project type and appraisal stage.';

const SOCIAL_NOTE =
  "Two measures are shown: the local return (net local GVA per £1 of public cost, what the area gains, as Local Growth Plans quote it) and the UK social BCR (Green Book): only what is additional for the UK, after national displacement, with output that comes with new jobs counted only for the share of jobs filled by people who would otherwise not work, and with firms' own contributions as private costs. Benefits persist for a stated number of years, fading a stated share a year.";

const SRC = {
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

function must<T>(r: Result<T>, what: string): T {
  if (!r.ok) throw new Error(`${what}: ${r.diagnostics.map((d) => `${d.path}: ${d.message}`).join('; ')}`);
  return r.value;
}

function clone(doc: ScenarioDocument): ScenarioDocument {
  return structuredClone(doc);
}

function setParam(doc: ScenarioDocument, id: string, patch: Partial<Parameter>): void {
  const p = doc.parameters[id];
  if (!p) throw new Error(`No parameter ${id}`);
  doc.parameters[id] = { ...p, ...patch };
}

function narrate(doc: ScenarioDocument, narratives: Record<string, string | [string, Evidence]>): void {
  for (const [id, text] of Object.entries(narratives)) {
    const l = doc.logicModel.links.find((x) => x.id === id);
    if (!l) throw new Error(`No link ${id}`);
    if (Array.isArray(text)) [l.rationale, l.evidence] = text;
    else l.rationale = text;
  }
}

function setIntervention(
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

function relabel(doc: ScenarioDocument, labels: Record<string, string>): void {
  for (const [id, label] of Object.entries(labels)) {
    const n = doc.logicModel.nodes.find((x) => x.id === id);
    if (!n) throw new Error(`No node ${id}`);
    n.label = label;
  }
}

/** An override with its own range, so Monte Carlo draws around the scenario's value, not the default's. */
function ranged(value: number, low: number, high: number): OverrideSpec {
  return { value, low, high, distribution: 'triangular' };
}

/** A ranged additionality or national factor (triangular), drawn in Monte Carlo and moved by the tornado. */
function r(value: number, low: number, high: number): RangedNumber {
  return { value, low, high, distribution: 'triangular' };
}

function base(areaCode: string, sectorIds: string[], title: string): ScenarioDocument {
  return must(
    createScenarioForArea({ areaCode, sectorIds, title, startYear: 2026, endYear: 2040, now: NOW }),
    `createScenarioForArea ${areaCode}`,
  );
}

function apply(doc: ScenarioDocument, template: TemplateId, options: TemplateOptions): ScenarioDocument {
  return must(applyTemplate(doc, template, { ...options, addScenario: false }), `applyTemplate ${template}`);
}

/**
 * Final touches every example gets: scenarios, meta, monitoring (need, evaluation plan, indicators,
 * dismissed sense checks), a tidy canvas, and a check that nothing is wrong and no logic check is open.
 */
function finish(
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

// ---------------------------------------------------------------------------------------------
// 1. Greater Manchester: Made Smarter-style digital adoption (the file the app opens first).
// ---------------------------------------------------------------------------------------------

const DIGITAL_GM_ADDITIONALITY: Additionality = {
  deadweight: 0,
  leakage: r(0.1, 0.05, 0.2),
  displacement: r(0.25, 0.1, 0.4),
  substitution: 0,
  multiplier: r(1.3, 1.1, 1.5),
};

export function greaterManchester(): ScenarioDocument {
  // Manufacturing as one sector (plus the rest of the economy): Made Smarter-style support is open
  // to manufacturers of every kind, and the sub-sector split would bring in flagged, volatile
  // growth rates (chemicals, electrical equipment) that say nothing about this question.
  let doc = base('TLD3', ['c'], 'Greater Manchester: digital adoption support for manufacturers');
  doc = apply(doc, 'digital-adoption', {
    sector: 'c',
    name: 'Digital adoption support (Made Smarter-style)',
    annualBudget: 2,
    years: 5,
    startOffset: 0,
  });
  doc = clone(doc);
  const iv = 'digital-adoption';
  setIntervention(doc, iv, {
    description:
      'Grants (match-funded) plus specialist technology advice that help Greater Manchester manufacturers, mostly SMEs, adopt industrial digital technologies (robotics and automation, sensors and data, additive manufacturing, digital design), in the style of the Made Smarter adoption programme first piloted in the North West. ' +
      "Additionality, with reasons: deadweight 0, because the chain already subtracts the adoption that would happen anyway (the without-support Bass curve); leakage 0.1, because Greater Manchester is a large, largely self-contained labour market but some supported firms' gains accrue to owners and workers outside it; " +
      'displacement 0.25, because some extra output from more productive firms is won from competitors inside the city region (much manufacturing output is sold outside Greater Manchester, which keeps displacement moderate); substitution 0; multiplier 1.3 for local supply-chain and income effects, used instead of (never with) the national input-output Type I multiplier. ' +
      ADDITIONALITY_CAVEAT,
    additionality: DIGITAL_GM_ADDITIONALITY,
    additionalityNote: `Set by the example author, not official values: see the intervention description for the reasoning. ${ADDITIONALITY_CAVEAT}`,
  });
  relabel(doc, { dig_budget: 'Digital adoption grants and advice (£m a year)' });
  setParam(doc, 'dig_annual_budget', {
    source:
      'Illustrative programme size for the example, not a published Greater Manchester budget: £2m a year (2019 prices) pays for about 80 firm projects a year at £25,000 each. Range +/-25% for cost uncertainty. Set it to the budget your authority is appraising.',
  });
  setParam(doc, 'dig_jobs_per_firm', {
    source:
      "AMPI/SQW (2025): 135,000 advanced-machinery jobs in 11,500 enterprises in Great Britain (2023), about 11.7 jobs each, used as a proxy for manufacturing firm size (about 8,100 firms from Greater Manchester's 94,675 manufacturing jobs in BRES 2021). Replace with ONS UK Business Counts for Greater Manchester manufacturing.",
  });
  narrate(doc, {
    'dig_budget-dig_supported':
      'The grant and advice budget pays for firm-level adoption projects: at about £25,000 of public cost per firm, £2m a year supports about 80 manufacturers a year.',
    'dig_supported-dig_cum_supported':
      "Firms supported accumulate over the five programme years (about 400 at the modest budget, roughly 5% of Greater Manchester's manufacturers).",
    'dig_firms-dig_cum_supported':
      'No more firms can be supported than exist: the population (about 8,100 firms) caps the stock.',
    'dig_cum_supported-dig_support_rate':
      "This year's newly supported firms drive the extra external push to adopt ...",
    'dig_firms-dig_support_rate': '... expressed as a share of all manufacturers, the unit the Bass model works in.',
    'dig_support_rate-dig_p_support':
      'Advice, demonstration and co-funding act as external influence on adoption (the Bass innovation coefficient p): they lower the barriers of the SME "long tail" whose absorptive capacity limits diffusion. Evidence is weak: no UK evaluation calibrates the size of the effect.',
    'dig_p_support-dig_share_with':
      'Diffusion with the raised innovation coefficient while the programme runs; imitation (q) carries adoption on after it ends.',
    'dig_share_with-dig_extra_new': 'New adoption with support ...',
    'dig_share_without-dig_extra_new':
      '... less the new adoption that would have happened anyway. After the programme the difference turns negative as firms that would have adopted anyway catch up: support brings adoption forward rather than creating adopters for ever.',
    'dig_firms-dig_extra_new': 'Adoption shares become counts of extra adopting firms.',
    'dig_extra_new-dig_extra_adopters':
      'Each extra adopter stays ahead of what would have happened anyway for the benefit life (10 years, 5 to 15), its lead fading 10% a year (0 to 20%): stated persistence, where the earlier version let the catch-up of the without-support curve decide it implicitly. The benefit peaks in 2030, when the last supported firms adopt, and ends in 2040.',
    'dig_supported-dig_private':
      'Each supported firm matches its grant (about £20,000 of its own): a private cost that counts against UK social value, not against the local return.',
    'dig_extra_adopters-dig_gva':
      "Extra adopters, assumed to be of average size, raise their productivity by the uplift; this adds to Greater Manchester manufacturing GVA. Weak evidence: the firm-level uplift is an assumption, with the Made Smarter Review's sector-wide aspiration and Made Smarter North West's gross company forecasts as upper cross-checks.",
    'dig_firms-dig_gva': "Extra adopters as a share of all manufacturers scale the sector's baseline GVA.",
    'dig_gva-dig_jobs':
      "More output needs some more labour, but much less than proportionally because digital technologies save labour: the Made Smarter Review's net 175,000 jobs against £455bn of GVA implies an employment intensity of roughly 0.3.",
  });
  const description =
    'Question: what would a Made Smarter-style digital adoption programme for Greater Manchester manufacturers add to GVA, jobs and productivity by 2040, and is it value for money? ' +
    'Baseline: Greater Manchester (ITL2 TLD3) manufacturing and the rest of the economy from ONS regional GVA (CVM, 2019 prices) and BRES 2021, projected at the Great Britain 2015-2019 trend of each industry. ' +
    'Scenarios: business as usual; a modest programme (£2m a year for five years); a scaled-up programme (£5m a year); and a cautious variant of the modest programme with a smaller productivity uplift per adopter. ' +
    "Mechanism: support raises the Bass innovation coefficient while it runs; each year's extra adopters (with-support minus without-support new adoption) stay ahead of what would have happened anyway for a stated benefit life of 10 years, their lead fading 10% a year. " +
    "UK social value: the gain is productivity (more output from the same workers), so it counts for the UK after national displacement (20%), less the firms' match funding as a private cost; the local return leaves both out. " +
    `${PRICE_NOTE} Every assumption carries its source or says it is an assumption; additionality factors are the user's to set, not official values.`;
  return finish(doc, {
    description,
    scenarios: [
      {
        id: 'bau',
        name: 'Business as usual',
        description:
          'The baseline: Greater Manchester grows at the Great Britain 2015-2019 trend of each industry, with no new programme.',
        interventions: [],
      },
      {
        id: 'digital-modest',
        name: 'Digital adoption: £2m a year',
        interventions: [iv],
        description:
          "Made Smarter-style grants and advice at £2m a year (2019 prices) for five years from 2026: about 80 firms a year, 400 in all (roughly 5% of Greater Manchester's manufacturers). Central assumptions throughout.",
      },
      {
        id: 'digital-scaled',
        name: 'Digital adoption: scaled up to £5m a year',
        basedOn: 'digital-modest',
        description:
          'Based on the modest programme, scaled up to £5m a year for five years: about 200 firms a year, 1,000 in all (roughly 12% of manufacturers). Assumes delivery capacity and firm demand scale too; cost per firm is unchanged, which may be optimistic at this scale. With more supported firms competing in the same local markets, local displacement is raised from 0.25 to 0.3 (0.15 to 0.45) for this scenario.',
        overrides: { dig_annual_budget: ranged(5, 3.75, 6.25) },
        additionality: { [iv]: { displacement: r(0.3, 0.15, 0.45) } },
      },
      {
        id: 'digital-cautious',
        name: 'Digital adoption: £2m a year, cautious',
        basedOn: 'digital-modest',
        description:
          'Based on the modest programme, with a cautious productivity uplift of 3% per adopting firm (not 5%), the lever the evidence is weakest on: a test of whether the case survives weaker effects.',
        overrides: { dig_uplift: ranged(0.03, 0.02, 0.05) },
      },
    ],
    sources: [SRC.library, SRC.madeSmarter, SRC.madeSmarterNw, SRC.bass, SRC.ampi, SRC.greenBook],
    monitoring: (d) => {
      setContext(d, {
        need:
          "Greater Manchester's manufacturers, mostly SMEs, adopt industrial digital technologies (automation, sensors and data, additive manufacturing, digital design) more slowly than they could: the Made Smarter Review (2017) found UK industrial digitalisation lagging and its potential gains large, and smaller firms face barriers of cost, information and skills that limit how fast they can absorb new technology. " +
          'Evidence still to add before an appraisal relies on it: local adoption data (a survey of Greater Manchester manufacturers) and the productivity gap between adopting and non-adopting firms.',
        evaluationPlan: evaluationPlan(
          "supported firms' technology adoption, GVA and employment (programme returns, matched to ONS business microdata where possible)",
          'a comparison group of similar unsupported manufacturers (for example eligible applicants not funded, or firms in comparable city regions)',
        ),
      });
      digitalMonitoring(d, 'digital-modest', 'Greater Manchester');
    },
    caveats: [
      'Firm counts are derived from jobs with an average firm size from a national machinery source; use ONS UK Business Counts for Greater Manchester.',
      'The productivity uplift per adopter (5%) and the effect of support on adoption are assumptions, not evaluated estimates; see the tornado for how much they matter.',
      'Cost per net job is high (several hundred thousand pounds) because digital adoption mainly raises productivity: jobs rise at about 0.3 of the GVA gain (implied by the Made Smarter Review). Judge the programme on GVA and the two BCRs (local return and UK social), not on jobs.',
      "Baseline growth is the Great Britain 2015-2019 trend of each industry (pre-pandemic) applied to the area's 2021 level, not a forecast; a sector can be switched to its own trend in the Assumptions view where local evidence supports it.",
      'Additionality factors, national factors (displacement, labour supply), benefit persistence and optimism bias are illustrative placeholders, not official values; each is ranged so that Monte Carlo and the tornado show how much it matters.',
    ],
  });
}

// ---------------------------------------------------------------------------------------------
// 2. West Yorkshire: reshoring of machinery and equipment (SIC 28).
// ---------------------------------------------------------------------------------------------

const RESHORING_WY_ADDITIONALITY: Additionality = {
  deadweight: r(0.15, 0.05, 0.3),
  leakage: r(0.1, 0.05, 0.2),
  displacement: r(0.2, 0.1, 0.35),
  substitution: 0,
  multiplier: r(1.3, 1.1, 1.5),
};

export function westYorkshire(): ScenarioDocument {
  let doc = base('TLE4', ['ck'], 'West Yorkshire: reshoring machinery and equipment manufacturing');
  doc = apply(doc, 'reshoring', {
    sector: 'ck',
    name: 'Machinery reshoring support',
    annualBudget: 2,
    years: 5,
    startOffset: 0,
  });
  doc = clone(doc);
  const iv = 'reshoring';
  setIntervention(doc, iv, {
    description:
      'Support (capital co-investment, site readiness and supplier development) for West Yorkshire machinery and equipment makers to win back production now imported: machine tools, process machinery and automation subsystems, building on the AMPI advanced machinery cluster shared with Greater Manchester. ' +
      'Additionality, with reasons: deadweight 0.15, because some firms would reshore anyway given supply-chain risks and the widening UK machinery trade deficit; leakage 0.1, for jobs taken by in-commuters from outside West Yorkshire; ' +
      'displacement 0.2, lower than for support that competes for UK customers because the output replaces imports, but not zero because local rivals may lose some orders; substitution 0; multiplier 1.3 for local supply-chain and income effects, used instead of (never with) the national Type I GVA multiplier for C28 (1.82, ONS IOT 2023). ' +
      ADDITIONALITY_CAVEAT,
    additionality: RESHORING_WY_ADDITIONALITY,
    additionalityNote: `Set by the example author, not official values: see the intervention description for the reasoning. ${ADDITIONALITY_CAVEAT}`,
  });
  relabel(doc, { rsh_budget: 'Reshoring support: co-investment and supplier development (£m a year)' });
  setParam(doc, 'rsh_annual_budget', {
    source:
      'Illustrative programme size for the example, not a published West Yorkshire budget: £2m a year (2019 prices) for five years. Range +/-25% for cost uncertainty. Set it to the budget your authority is appraising.',
  });
  narrate(doc, {
    'rsh_budget-rsh_cum_support':
      "Each year's co-investment and supplier-development support adds to the support delivered to date.",
    'rsh_cum_support-rsh_share':
      "Support de-risks investment in local lines that replace imported machinery; at £2 of annual output per £1 of support to date this is a weak, assumed link (no UK evaluation of reshoring support gives the ratio), capped at 5% of the area's machinery imports.",
    'rsh_share-rsh_capacity':
      "A share of West Yorkshire's estimated machinery imports (the UK's USD 49.2bn of M&E imports apportioned by the area's share of UK manufacturing GVA) becomes local output capacity.",
    'rsh_new_output-rsh_output':
      "Each year's new capacity produces for the benefit life (15 years, 8 to 25), fading 3% a year (0 to 10%): stated persistence, where the earlier version assumed production ran undiminished to 2040.",

    'rsh_output-rsh_gva':
      'New output creates value added at the national GVA-to-output ratio for machinery (C28, ONS input-output tables 2023).',
    'rsh_gva-rsh_jobs':
      "Value added is produced by jobs at West Yorkshire machinery's baseline GVA per job (about £99,000 in 2021, close to AMPI/SQW's £102,000 for UK M&E), changing over the horizon with the industry's Great Britain productivity trend.",
  });
  const description =
    'Question: what would support to reshore machinery and equipment production (SIC 28) add to West Yorkshire GVA and jobs by 2040, and how much depends on how fast new lines ramp up and how much output each £1 of support secures? ' +
    "West Yorkshire (ITL2 TLE4) has about 14,000 machinery jobs (SIC 28, BRES 2021) out of 24,250 in Yorkshire and the Humber (AMPI/SQW's narrower advanced-machinery count for the region is c.17,000), and the UK machinery trade deficit widened from USD 2bn (2011) to USD 7.2bn (2022). " +
    'Scenarios: business as usual; reshoring support at £2m a year for five years; the same with a faster two-year ramp-up (for example by pairing it with supplier development and ready sites); and a cautious case where each £1 of support secures half as much output. ' +
    'Reshored lines produce for a stated benefit life of 15 years, fading 3% a year. The local return is high, the UK social BCR low: the gain is new output with new jobs, and for the UK only the share of those jobs filled by people who would otherwise not work (10%, illustrative) adds output; the rest is output moved from elsewhere in the UK. Evidence on labour supply in West Yorkshire decides the national case (see the tornado of the UK social BCR). ' +
    `${PRICE_NOTE} The import estimate is in 2022 prices and a wider trade definition than SIC 28, hence its +/-30% range. Additionality factors are the user's to set, not official values.`;
  return finish(doc, {
    description,
    scenarios: [
      {
        id: 'bau',
        name: 'Business as usual',
        description:
          'The baseline: West Yorkshire grows at the Great Britain 2015-2019 trend of each industry, machinery employment about flat as it was nationally.',
        interventions: [],
      },
      {
        id: 'reshoring',
        name: 'Reshoring support: £2m a year',
        interventions: [iv],
        description:
          'Co-investment and supplier development of £2m a year (2019 prices) for five years; new lines reach full production over three years. Central assumptions throughout.',
      },
      {
        id: 'reshoring-fast',
        name: 'Reshoring support with a faster ramp-up',
        basedOn: 'reshoring',
        description:
          'Based on the central programme: the same budget, with new lines at full production in two years rather than three (for example because ready sites and a supplier-development offer shorten set-up). Tests the value of speed.',
        overrides: { rsh_ramp_years: ranged(2, 1.5, 3) },
      },
      {
        id: 'reshoring-cautious',
        name: 'Reshoring support: cautious conversion',
        basedOn: 'reshoring',
        description:
          'The central programme, but each £1m of support to date secures £1m of annual output rather than £2m: a test of whether the case survives weaker conversion of support into production.',
        overrides: { rsh_output_per_gbpm: ranged(1, 0.5, 2) },
      },
    ],
    sources: [SRC.library, SRC.ampi, SRC.iot, SRC.madeSmarterNw, SRC.greenBook],
    monitoring: (d) => {
      setContext(d, {
        need:
          "West Yorkshire keeps a machinery and equipment cluster (about 14,000 jobs in SIC 28, BRES 2021) while the UK's machinery trade deficit has widened (USD 2bn in 2011 to USD 7.2bn in 2022): demand that local makers could meet is served by imports, and supply-chain risks give buyers a reason to source closer to home. " +
          'Evidence still to add: which imported products local firms could make, and what holds back the investment in new lines (finance, sites, suppliers).',
        evaluationPlan: evaluationPlan(
          "supported firms' output, GVA and employment on the new lines (firm returns, checked against HMRC trade data)",
          'similar machinery firms that were not supported, and the trend in UK machinery imports',
        ),
      });
      reshoringMonitoring(d, 'reshoring');
    },
    caveats: [
      'The output secured per £1 of support is an assumption, not an estimate: no UK evaluation of reshoring support gives it. It dominates the result (see the tornado).',
      'Local imports are estimated from UK trade data apportioned by manufacturing GVA share, in 2022 prices; replace with local evidence.',
      'Machinery baseline GVA and jobs follow the Great Britain SIC 28 trend 2015-2019 (GVA down 0.4% a year, jobs about flat), so GVA per job (and the jobs each £1m of GVA supports) drifts down slightly over the horizon.',
      'Additionality factors, national factors (displacement, labour supply), benefit persistence and optimism bias are illustrative placeholders, not official values; each is ranged so that Monte Carlo and the tornado show how much it matters.',
    ],
  });
}

// ---------------------------------------------------------------------------------------------
// 3. West Midlands: a mix of digital adoption, machinery reshoring and a hand-built skills offer.
// ---------------------------------------------------------------------------------------------

const DIGITAL_WM_ADDITIONALITY: Additionality = {
  deadweight: 0,
  leakage: r(0.1, 0.05, 0.2),
  displacement: r(0.25, 0.1, 0.4),
  substitution: 0,
  multiplier: r(1.3, 1.1, 1.5),
};
const RESHORING_WM_ADDITIONALITY: Additionality = {
  deadweight: r(0.15, 0.05, 0.3),
  leakage: r(0.15, 0.05, 0.25),
  displacement: r(0.2, 0.1, 0.35),
  substitution: 0,
  multiplier: r(1.3, 1.1, 1.5),
};
const SKILLS_WM_ADDITIONALITY: Additionality = {
  deadweight: r(0.3, 0.15, 0.5),
  leakage: r(0.15, 0.05, 0.25),
  displacement: r(0.1, 0, 0.2),
  substitution: r(0.05, 0, 0.1),
  multiplier: r(1.2, 1.05, 1.4),
};
const SKILLS_NATIONAL: NationalFactors = {
  displacement: r(0.1, 0, 0.25),
  labourSupply: r(0.1, 0, 0.3),
  source:
    'Illustrative defaults, not official values. National displacement 0.1 (0 to 0.25): a more productive existing workforce is new value for the UK; a little of the extra output wins sales from UK rivals. Labour-supply share 0.1 (0 to 0.3) as the Green Book and the MHCLG Appraisal Guide treat demand-led jobs; it does not apply here, since the skills benefit is productivity only.',
  illustrative: true,
};

/** The skills chain, built by hand: budget -> learners -> completers -> skilled workforce -> GVA. */
function addSkills(doc: ScenarioDocument, sector: string, sectorName: string): void {
  const iv = 'skills';
  const s = JSON.stringify(sector);
  const assumption = (what: string) =>
    `Assumption, not an estimate: ${what} No evaluated figure for this programme is in the project sources; set it from your provider contracts or evaluation evidence.`;
  const params: Record<string, Parameter> = {
    skl_annual_budget: {
      value: 1,
      low: 0.75,
      high: 1.25,
      distribution: 'triangular',
      unit: '£m/year',
      label: 'Skills programme budget a year',
      source:
        'Illustrative programme size for the example, not a published West Midlands budget: £1m a year (2019 prices). Range +/-25% for cost uncertainty.',
    },
    skl_years: { value: 4, unit: 'years', label: 'Skills programme length', source: 'Design choice.' },
    skl_start: {
      value: 0,
      unit: 'years after the horizon start',
      label: 'Skills programme start (t)',
      source: 'Design choice: 0 = the first projected year.',
    },
    skl_cost_per_learner: {
      value: 3000,
      low: 2000,
      high: 5000,
      distribution: 'triangular',
      unit: 'GBP per learner',
      label: 'Public cost per learner (course and delivery)',
      source: assumption(
        'a short, employer-co-designed course in digital and automation skills for existing manufacturing workers costs a few thousand pounds per learner.',
      ),
    },
    skl_completion: {
      value: 0.7,
      low: 0.5,
      high: 0.85,
      distribution: 'triangular',
      unit: 'share of learners',
      label: 'Share of learners who complete',
      source: assumption('most employed learners on employer-backed courses complete.'),
    },
    skl_uplift: {
      value: 0.03,
      low: 0.01,
      high: 0.06,
      distribution: 'triangular',
      unit: 'fraction of GVA per job',
      label: 'Productivity gain of a worker who completes',
      source: assumption(
        'a completer produces a few per cent more value added than the average worker in the sector. The Made Smarter Review (2017) ambition to upskill one million workers gives scale, not the size of the effect.',
      ),
    },
    skl_decay: {
      value: 0.1,
      low: 0.05,
      high: 0.2,
      distribution: 'triangular',
      unit: 'share a year',
      label: 'Yearly loss of the skills effect (depreciation, workers leaving the sector)',
      source: assumption(
        'skills depreciate and trained workers retire or leave manufacturing, so the effect of each cohort fades by about a tenth a year.',
      ),
    },
  };
  Object.assign(doc.parameters, params);
  const node = (n: LogicNode): LogicNode => ({ ...n, intervention: iv });
  doc.logicModel.nodes.push(
    node({
      id: 'skl_budget',
      stage: 'input',
      label: 'Skills programme budget (£m a year)',
      role: 'cost',
      unit: '£m',
      expr: 'skl_annual_budget * (step(t, skl_start) - step(t, skl_start + skl_years))',
      evidence: 'strong',
      notes: 'Public cost per year (£m, 2019 prices), before optimism bias, while the programme runs.',
    }),
    node({
      id: 'skl_learners',
      stage: 'activity',
      label: 'Workers starting a course',
      unit: 'learners/year',
      expr: 'skl_budget * 1e6 / skl_cost_per_learner',
      evidence: 'strong',
      notes: 'Budget (£m to GBP) divided by the public cost per learner.',
    }),
    node({
      id: 'skl_completers',
      stage: 'output',
      label: 'Workers completing a course',
      unit: 'workers/year',
      expr: 'skl_learners * skl_completion',
      evidence: 'moderate',
    }),
    node({
      id: 'skl_skilled',
      stage: 'outcome',
      label: 'Upskilled workers still in the sector',
      unit: 'workers',
      expr: 'prev(skl_skilled, 0) * (1 - skl_decay) + skl_completers',
      evidence: 'weak',
      notes: "A stock: last year's upskilled workers less depreciation and leavers, plus this year's completers.",
    }),
    node({
      id: 'skl_gva',
      stage: 'impact',
      label: `Extra GVA in ${sectorName}`,
      unit: '£m',
      role: 'gva',
      sector,
      benefit: 'productivity',
      expr: `skl_skilled * base_prod(${s}) * skl_uplift / 1e6`,
      evidence: 'weak',
      notes:
        'Upskilled workers times baseline GVA per job times their productivity gain, GBP to £m. No jobs node: the offer raises the productivity of existing jobs rather than creating new ones, so cost per job is not defined for it alone.',
    }),
  );
  const link = (from: string, to: string, rationale: string, evidence: Evidence): Link => ({
    id: `${from}-${to}`,
    from,
    to,
    rationale,
    evidence,
  });
  doc.logicModel.links.push(
    link(
      'skl_budget',
      'skl_learners',
      'The budget buys course places for existing manufacturing workers (about 330 a year at £3,000 each).',
      'strong',
    ),
    link(
      'skl_learners',
      'skl_completers',
      'Not everyone who starts completes; only completers are assumed to gain.',
      'moderate',
    ),
    link(
      'skl_completers',
      'skl_skilled',
      'Completers join the stock of upskilled workers, which fades as skills date and people leave the sector.',
      'weak',
    ),
    link(
      'skl_skilled',
      'skl_gva',
      "Upskilled workers operate and maintain digital and automated equipment better, raising value added per job; this complements digital adoption, whose diffusion is limited by firms' absorptive capacity.",
      'weak',
    ),
  );
  doc.interventions.push({
    id: iv,
    name: 'Advanced manufacturing skills (hand-built)',
    description:
      'Short courses in digital, automation and maintenance skills for existing workers in West Midlands manufacturing, built by hand for this example (not a template). It complements the other two offers: adopting firms need people who can use the technology. ' +
      'Additionality, with reasons: deadweight 0.3, because many employers would train some of these workers anyway; leakage 0.15, because some upskilled workers live outside the area; displacement 0.1, because productivity gains inside firms displace little; substitution 0.05, for employers swapping funded courses for their own; multiplier 1.2, a little lower than for the firm-level offers because the effect works through wages and productivity rather than new supply-chain purchases. ' +
      ADDITIONALITY_CAVEAT,
    additionality: SKILLS_WM_ADDITIONALITY,
    additionalityNote: `Set by the example author, not official values: see the intervention description for the reasoning. ${ADDITIONALITY_CAVEAT}`,
    national: SKILLS_NATIONAL,
  });
}

export function westMidlands(): ScenarioDocument {
  let doc = base(
    'TLG3',
    ['ck'],
    'West Midlands: an advanced manufacturing mix of digital adoption, reshoring and skills',
  );
  // Digital adoption on the rest of manufacturing (c_other): the reshoring offer serves machinery firms.
  doc = apply(doc, 'digital-adoption', {
    sector: 'c_other',
    name: 'Digital adoption support (Made Smarter-style)',
    annualBudget: 2,
    years: 5,
    startOffset: 0,
  });
  doc = apply(doc, 'reshoring', {
    sector: 'ck',
    name: 'Machinery reshoring support',
    annualBudget: 2,
    years: 5,
    startOffset: 1,
  });
  doc = clone(doc);
  const cOther = doc.baseline.sectors.find((x) => x.id === 'c_other');
  if (!cOther) throw new Error('No c_other sector');
  addSkills(doc, 'c_other', cOther.name);

  setIntervention(doc, 'digital-adoption', {
    description:
      'Made Smarter-style grants and technology advice for West Midlands manufacturers outside machinery (automotive and other transport equipment, metals, food and drink and the rest), helping SMEs adopt industrial digital technologies. ' +
      'Additionality, with reasons: deadweight 0, because the chain subtracts the without-support adoption curve already; leakage 0.1 for gains accruing outside the area; displacement 0.25 for output won from local competitors; substitution 0; multiplier 1.3 for local supply-chain and income effects, instead of (never with) national input-output multipliers. ' +
      ADDITIONALITY_CAVEAT,
    additionality: DIGITAL_WM_ADDITIONALITY,
    additionalityNote: `Set by the example author, not official values: see the intervention description for the reasoning. ${ADDITIONALITY_CAVEAT}`,
  });
  setIntervention(doc, 'reshoring', {
    description:
      'Co-investment and supplier development for West Midlands machinery makers to produce locally equipment now imported, starting a year after the other offers (2027) once projects are identified. ' +
      'Additionality, with reasons: deadweight 0.15, because some reshoring would happen anyway; leakage 0.15, higher than in West Yorkshire because the West Midlands (ITL2) is an open labour market with heavy commuting from the surrounding shires; displacement 0.2, as the output replaces imports; substitution 0; multiplier 1.3, instead of (never with) the national Type I GVA multiplier for C28 (1.82, ONS IOT 2023). ' +
      ADDITIONALITY_CAVEAT,
    additionality: RESHORING_WM_ADDITIONALITY,
    additionalityNote: `Set by the example author, not official values: see the intervention description for the reasoning. ${ADDITIONALITY_CAVEAT}`,
  });
  relabel(doc, {
    dig_budget: 'Digital adoption grants and advice (£m a year)',
    rsh_budget: 'Reshoring support: co-investment and supplier development (£m a year)',
  });
  setParam(doc, 'dig_annual_budget', {
    source:
      'Illustrative programme size for the example, not a published West Midlands budget: £2m a year (2019 prices) for five years, about 80 firm projects a year. Range +/-25% for cost uncertainty.',
  });
  setParam(doc, 'rsh_annual_budget', {
    source:
      'Illustrative programme size for the example, not a published West Midlands budget: £2m a year (2019 prices) for five years from 2027. Range +/-25% for cost uncertainty.',
  });
  narrate(doc, {
    'dig_budget-dig_supported':
      'At about £25,000 of public cost per firm, £2m a year supports about 80 manufacturers a year.',
    'dig_support_rate-dig_p_support':
      'Advice, demonstration and co-funding act as external influence on adoption (Bass p), lowering barriers for the SME "long tail" of the West Midlands supply chains. Weak evidence: no UK evaluation calibrates the effect.',
    'dig_share_without-dig_extra_new':
      '... less new adoption that would happen anyway. Support brings adoption forward, so the difference turns negative as other firms catch up.',
    'dig_extra_new-dig_extra_adopters':
      'Each extra adopter stays ahead of what would have happened anyway for the benefit life (10 years, 5 to 15), its lead fading 10% a year (0 to 20%): stated persistence.',
    'dig_extra_adopters-dig_gva':
      'Extra adopters raise their productivity by the assumed uplift, adding to GVA in the rest of West Midlands manufacturing.',
    'dig_gva-dig_jobs':
      "Jobs rise much less than GVA because digital technologies save labour (employment intensity about 0.3, implied by the Made Smarter Review's 175,000 net jobs against £455bn).",
    'rsh_cum_support-rsh_share':
      "Support de-risks local lines replacing imported machinery; £2 of annual output per £1 of support to date is an assumption, capped at 5% of the area's machinery imports.",
    'rsh_share-rsh_capacity':
      "A share of the West Midlands' estimated machinery imports becomes local output capacity.",
    'rsh_new_output-rsh_output':
      "Each year's new capacity produces for the benefit life (15 years, 8 to 25), fading 3% a year (0 to 10%): stated persistence.",
    'rsh_gva-rsh_jobs':
      "Value added is produced by jobs at West Midlands machinery's baseline GVA per job (about £110,000 in 2021, close to AMPI/SQW's £102,000 for UK M&E).",
  });
  const all = ['digital-adoption', 'reshoring', 'skills'];
  const description =
    'Question: for a West Midlands Local Growth Plan, how do three advanced-manufacturing offers compare alone and together: Made Smarter-style digital adoption support, machinery reshoring support, and a small hand-built skills offer for existing workers? ' +
    'Baseline: West Midlands (ITL2 TLG3) machinery (about 7,000 jobs, BRES 2021), the rest of manufacturing and the rest of the economy, from ONS regional GVA (CVM, 2019 prices) and BRES; the Midlands Engine puts Midlands advanced manufacturing at £37.8bn GVA and over 513,000 jobs. ' +
    'Scenarios: business as usual; each offer alone; and the mix of all three (£24m of programme budget over 2026-2031 before optimism bias). The offers land in different sectors, so the mix is the sum of the parts: interactions (skills making adoption more effective) are not modelled. ' +
    'Reshoring creates the most jobs at the lowest cost per job-year but has the lowest UK social value: digital adoption and skills raise productivity, which counts for the UK after national displacement, while reshoring adds output with new jobs, which counts for the UK only for the share of jobs filled by people who would otherwise not work. ' +
    `${PRICE_NOTE} Additionality factors are the user's to set, not official values.`;
  return finish(doc, {
    description,
    scenarios: [
      {
        id: 'bau',
        name: 'Business as usual',
        description:
          'The baseline: the West Midlands grows at the Great Britain 2015-2019 trend of each industry, with no new programmes.',
        interventions: [],
      },
      {
        id: 'digital',
        name: 'Digital adoption alone',
        interventions: ['digital-adoption'],
        description:
          'Made Smarter-style support at £2m a year for five years (2026-2030) for manufacturers outside machinery.',
      },
      {
        id: 'reshoring',
        name: 'Machinery reshoring alone',
        interventions: ['reshoring'],
        description: 'Reshoring support at £2m a year for five years (2027-2031) for machinery makers.',
      },
      {
        id: 'skills',
        name: 'Skills alone',
        interventions: ['skills'],
        description:
          'The hand-built skills offer at £1m a year for four years (2026-2029). Productivity only: it creates no new jobs in the model, so its cost per job is not defined.',
      },
      {
        id: 'mix',
        name: 'The mix: digital + reshoring + skills',
        interventions: all,
        description: 'All three offers together: £24m of programme budget over 2026-2031 before optimism bias.',
      },
    ],
    sources: [
      SRC.library,
      SRC.midlands,
      SRC.madeSmarter,
      SRC.madeSmarterNw,
      SRC.bass,
      SRC.ampi,
      SRC.iot,
      SRC.greenBook,
    ],
    monitoring: (d) => {
      setContext(d, {
        need:
          'West Midlands manufacturing (the Midlands Engine puts Midlands advanced manufacturing at £37.8bn of GVA and over 513,000 jobs) needs to raise productivity: many supply-chain SMEs adopt digital technologies slowly, machinery the region could make is imported, and existing workers need the skills to use new equipment. ' +
          'Evidence still to add: local adoption and skills-gap surveys, and the imported products local machinery makers could supply.',
        evaluationPlan: evaluationPlan(
          "each offer's outcomes (adoption, reshored output, upskilled workers) and the GVA and jobs of the firms and workers supported",
          'comparison groups for each offer (unsupported eligible firms; workers who did not train), with the mix judged against the sum of the parts',
        ),
      });
      digitalMonitoring(d, 'digital', 'West Midlands');
      reshoringMonitoring(d, 'reshoring');
      skillsMonitoring(d, 'skills');
    },
    caveats: [
      "Every sector follows the Great Britain trend of its industry, so the West Midlands machinery jobs trend (+9.6% a year, volatile BRES rounding) is not used (see each sector's projection source).",
      'Output secured per £1 of reshoring support, the digital productivity uplift and every skills parameter are assumptions, not evaluated estimates.',
      'The mix adds the three offers up; complementarities between skills and adoption are not modelled.',
      'Additionality factors, national factors (displacement, labour supply), benefit persistence and optimism bias are illustrative placeholders, not official values; each is ranged so that Monte Carlo and the tornado show how much it matters.',
    ],
  });
}

// ---------------------------------------------------------------------------------------------

/** Every example, in the order the app lists them (file names sort the same way). */
export const EXAMPLES: readonly { file: string; build: () => ScenarioDocument }[] = [
  { file: 'greater-manchester-digital-adoption.causeway.json', build: greaterManchester },
  { file: 'west-midlands-advanced-manufacturing-mix.causeway.json', build: westMidlands },
  { file: 'west-yorkshire-machinery-reshoring.causeway.json', build: westYorkshire },
];

/** The text of every example, keyed by file name. */
export function buildExamples(): Map<string, string> {
  return new Map(EXAMPLES.map((e) => [e.file, serialiseScenario(e.build())]));
}

function main(args: string[]): number {
  const check = args.includes('--check');
  let stale = 0;
  for (const [file, text] of buildExamples()) {
    const path = join(SCENARIOS_DIR, file);
    if (check) {
      if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
        stale += 1;
        process.stderr.write(`${file} is out of date: run npx tsx scripts/buildExamples.ts\n`);
      }
    } else {
      writeFileSync(path, text);
      process.stdout.write(`wrote scenarios/${file}\n`);
    }
  }
  return stale > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
