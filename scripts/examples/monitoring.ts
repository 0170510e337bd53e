/**
 * The examples' logic-model context and monitoring (used by scripts/buildExamples.ts): the need each
 * example answers and its evaluation plan, an indicator on every outcome and impact that can be
 * observed, and the sense-check notes the examples dismiss, each with its reason (What Works Growth,
 * "Using logic models"; models/check/senseChecks.ts).
 *
 * No figure here is new evidence: indicator baselines are 0 before a programme starts (they count
 * what the programme adds), and targets are the example's own central projection, rounded, and say so.
 */
import {
  projectScenario,
  type CheckDismissal,
  type Indicator,
  type LogicContext,
  type ScenarioDocument,
} from '../../models/index.ts';

/** Two significant figures: a target is a round number, not the model's last digit. */
const round = (x: number) => Number(x.toPrecision(2));

function addIndicator(doc: ScenarioDocument, nodeId: string, indicator: Indicator): void {
  const node = doc.logicModel.nodes.find((n) => n.id === nodeId);
  if (!node) throw new Error(`No node ${nodeId}`);
  node.indicators = [...(node.indicators ?? []), indicator];
}

function dismiss(doc: ScenarioDocument, dismissals: CheckDismissal[]): void {
  const known = doc.logicModel.checks?.dismissed ?? [];
  doc.logicModel.checks = { dismissed: [...known, ...dismissals] };
}

export function setContext(doc: ScenarioDocument, context: LogicContext): void {
  doc.logicModel.context = context;
}

/** The projection of a scenario the targets are read from; the build fails if it cannot run. */
function central(doc: ScenarioDocument, scenarioId: string) {
  const run = projectScenario(doc, scenarioId);
  if (!run.ok) throw new Error(`${scenarioId}: ${run.diagnostics.map((d) => d.message).join('; ')}`);
  const at = (id: string, year: number) => round(run.value.nodes[id]![run.value.years.indexOf(year)]!);
  return at;
}

/** Names the scenario as people see it ("Digital adoption: £2m a year"), never by its id. */
function targetNote(doc: ScenarioDocument, scenarioId: string, year: number): string {
  const scenario = doc.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) throw new Error(`No scenario ${scenarioId}`);
  return `Target: the example's central projection for ${year} in the "${scenario.name}" scenario, rounded; replace it with the programme's contracted target.`;
}

/** Digital adoption: adoption, extra adopters, GVA and jobs; the model's own coefficients are dismissed. */
export function digitalMonitoring(doc: ScenarioDocument, scenarioId: string, area: string): void {
  const at = central(doc, scenarioId);
  addIndicator(doc, 'dig_share_with', {
    id: 'adoption-share',
    name: `Share of ${area} manufacturers using the promoted industrial digital technologies`,
    unit: 'share',
    target: at('dig_share_with', 2030),
    targetYear: 2030,
    source: `A survey of ${area} manufacturers at the start and every two years (for example with questions modelled on the ONS Management and Expectations Survey's technology adoption module). No baseline is set: the file's 10% starting share is an assumption the survey should replace. ${targetNote(doc, scenarioId, 2030)}`,
  });
  addIndicator(doc, 'dig_extra_adopters', {
    id: 'additional-adopters',
    name: 'Supported firms adopting a technology they would not have adopted without support',
    unit: 'firms',
    baseline: 0,
    baselineYear: 2025,
    target: at('dig_extra_adopters', 2030),
    targetYear: 2030,
    source: `Programme monitoring returns, with additionality judged against the evaluation's comparison group. ${targetNote(doc, scenarioId, 2030)}`,
  });
  addIndicator(doc, 'dig_gva', {
    id: 'additional-gva',
    name: 'GVA added in supported firms (gross, before additionality)',
    unit: '£m',
    baseline: 0,
    baselineYear: 2025,
    target: at('dig_gva', 2032),
    targetYear: 2032,
    source: `Supported firms' accounts or the ONS business microdata they are matched to, against the comparison group. ${targetNote(doc, scenarioId, 2032)}`,
  });
  addIndicator(doc, 'dig_jobs', {
    id: 'additional-jobs',
    name: 'Jobs added in supported firms (gross, before additionality)',
    unit: 'jobs',
    baseline: 0,
    baselineYear: 2025,
    target: at('dig_jobs', 2032),
    targetYear: 2032,
    source: `Programme monitoring returns at 12 and 36 months, against the comparison group. ${targetNote(doc, scenarioId, 2032)}`,
  });
  const firmsLinks = [
    'dig_firms-dig_support_rate',
    'dig_firms-dig_extra_new',
    'dig_firms-dig_extra_adopters',
    'dig_firms-dig_gva',
  ];
  dismiss(doc, [
    {
      check: 'logic.no-indicator',
      subject: 'dig_p_support',
      reason:
        'A model coefficient (the Bass innovation coefficient while support runs), which cannot be observed; the adoption share with support is monitored instead.',
    },
    {
      check: 'logic.no-indicator',
      subject: 'dig_share_without',
      reason:
        'The counterfactual adoption path cannot be observed; the evaluation plan estimates it from a comparison group of unsupported firms.',
    },
    ...(has(doc, 'dig_extra_new')
      ? [
          {
            check: 'logic.no-indicator',
            subject: 'dig_extra_new',
            reason:
              "The year's new extra adopters are the flow the model builds the stock of extra adopting firms from; the stock carries the indicator.",
          },
        ]
      : []),
    ...(has(doc, 'dig_private')
      ? [
          {
            check: 'logic.leads-nowhere',
            subject: 'dig_private',
            reason:
              "Firms' match funding is a private cost counted in the UK social value appraisal; it is paid alongside the grant, and the model does not make the outputs depend on it.",
          },
        ]
      : []),
    ...firmsLinks
      .filter((id) => doc.logicModel.links.some((l) => l.id === id))
      .map((subject) => ({
        check: 'logic.scaling-link',
        subject,
        reason:
          'The firm population converts adoption shares into counts of firms and back (the Bass model works in shares); the link is drawn because a formula may use only boxes linked into it.',
      })),
  ]);
}

const has = (doc: ScenarioDocument, nodeId: string) => doc.logicModel.nodes.some((n) => n.id === nodeId);

/** Reshoring: capacity secured, reshored output, GVA and jobs. */
export function reshoringMonitoring(doc: ScenarioDocument, scenarioId: string): void {
  const at = central(doc, scenarioId);
  if (has(doc, 'rsh_capacity')) {
    addIndicator(doc, 'rsh_capacity', {
      id: 'reshored-capacity',
      name: 'Annual output capacity of the production lines supported',
      unit: doc.logicModel.nodes.find((n) => n.id === 'rsh_capacity')!.unit ?? '£m a year',
      baseline: 0,
      baselineYear: 2025,
      target: at('rsh_capacity', 2033),
      targetYear: 2033,
      source: `Supported firms' investment returns (the capacity of each new line, in 2019 prices). ${targetNote(doc, scenarioId, 2033)}`,
    });
  }
  if (has(doc, 'rsh_new_output'))
    dismiss(doc, [
      {
        check: 'logic.no-indicator',
        subject: 'rsh_new_output',
        reason:
          "The year's new reshored output is the flow the model builds the output still produced from; that stock and the capacity carry the indicators.",
      },
    ]);
  addIndicator(doc, 'rsh_output', {
    id: 'reshored-output',
    name: 'Annual output of production lines reshored with support',
    unit: '£m',
    baseline: 0,
    baselineYear: 2025,
    target: at('rsh_output', 2033),
    targetYear: 2033,
    source: `Supported firms' returns (sales from the new lines, deflated to 2019 prices), checked against HMRC trade data on UK machinery imports. ${targetNote(doc, scenarioId, 2033)}`,
  });
  addIndicator(doc, 'rsh_gva', {
    id: 'reshored-gva',
    name: 'GVA of the reshored lines (gross, before additionality)',
    unit: '£m',
    baseline: 0,
    baselineYear: 2025,
    target: at('rsh_gva', 2033),
    targetYear: 2033,
    source: `Supported firms' accounts (output less bought-in inputs of the new lines). ${targetNote(doc, scenarioId, 2033)}`,
  });
  addIndicator(doc, 'rsh_jobs', {
    id: 'reshored-jobs',
    name: 'Jobs on the reshored lines (gross, before additionality)',
    unit: 'jobs',
    baseline: 0,
    baselineYear: 2025,
    target: at('rsh_jobs', 2033),
    targetYear: 2033,
    source: `Supported firms' employment returns, with BRES for the sector as context. ${targetNote(doc, scenarioId, 2033)}`,
  });
}

/** Skills: upskilled workers and their GVA. */
export function skillsMonitoring(doc: ScenarioDocument, scenarioId: string): void {
  const at = central(doc, scenarioId);
  addIndicator(doc, 'skl_skilled', {
    id: 'upskilled-workers',
    name: 'Workers who completed a course and still work in the sector',
    unit: 'workers',
    baseline: 0,
    baselineYear: 2025,
    target: at('skl_skilled', 2029),
    targetYear: 2029,
    source: `Provider completion records and a follow-up survey of completers 12 and 24 months on. ${targetNote(doc, scenarioId, 2029)}`,
  });
  addIndicator(doc, 'skl_gva', {
    id: 'skills-gva',
    name: "GVA from completers' higher productivity (gross, before additionality)",
    unit: '£m',
    baseline: 0,
    baselineYear: 2025,
    target: at('skl_gva', 2030),
    targetYear: 2030,
    source: `The evaluation's estimate of completers' wage or productivity gains against similar workers who did not train. ${targetNote(doc, scenarioId, 2030)}`,
  });
}

/** An evaluation plan in the shape the guide asks for: what is measured, against what, and when. */
export function evaluationPlan(what: string, comparison: string): string {
  return (
    `Process evaluation in the first year (take-up, delivery against plan, costs per output). ` +
    `Impact evaluation following the HM Treasury Magenta Book: ${what} measured against ${comparison}, reported two and five years after the start; ` +
    'the indicators on the outcome and impact boxes are what it monitors, and their sources say where each figure comes from.'
  );
}
