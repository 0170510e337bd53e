/**
 * Logic-model sense checks, after the What Works Centre for Local Economic Growth's guide "Using logic
 * models" and its checklist: five steps (context and need, results, intervention, evaluation
 * strategy, sense checks), asking "why?" from the inputs up, "how?" from the impacts down, whether
 * resources are realistic and whether assumptions rest on evidence.
 *
 * The checks give notes, never errors or warnings: a logic model is a argument to be tested, not a
 * file to be refused. Each note can be dismissed with a reason (`logicModel.checks.dismissed`), which
 * is how a file says "we know, and here is why": dismissed notes stay listed, marked, with the reason.
 */
import { projectScenario } from '../engine/index.ts';
import type { Projection, Result, ScenarioDocument } from '../types.ts';
import { modelChecks } from './senseChecksModel.ts';
import { runChecks } from './senseChecksRun.ts';

const GUIDE = 'What Works Growth, "Using logic models"';

/** Every sense check: what passing looks like and why it matters, in one sentence citing the guide. */
export const SENSE_CHECKS = {
  'context.need': {
    title: 'The need the intervention answers is stated',
    why: `The guide's first step is the context: the problem or need and its evidence; without it no one can tell whether the results answer it (${GUIDE}, step 1).`,
  },
  'context.evaluation-plan': {
    title: 'The evaluation plan is stated',
    why: `Knowing how you will tell whether the outcomes and impacts were achieved decides what to measure and tempers over-optimistic targets (${GUIDE}, step 4).`,
  },
  'logic.impact-unreached': {
    title: 'Every impact is reached from an input',
    why: `Asking "how?" from each impact down should lead back to the resources; an impact no input reaches has no route to happen (${GUIDE}, step 5).`,
  },
  'logic.leads-nowhere': {
    title: 'Every input, activity and output leads on',
    why: `Asking "why?" from each input up should lead to an outcome; a box that leads nowhere is either not needed or missing its next step (${GUIDE}, step 5).`,
  },
  'logic.stage-skipped': {
    title: 'No stage is skipped without a reason',
    why: `The intervention is built as inputs, activities and outputs in turn; a chain that skips a stage hides how resources become results, so say why if it is deliberate (${GUIDE}, step 3).`,
  },
  'logic.link-unsupported': {
    title: 'Every link has its reasoning and its evidence',
    why: `The checklist tests whether each link rests on evidence and experience or is a best guess; a link with neither reasoning nor evidence is a leap of faith (${GUIDE}, step 5).`,
  },
  'logic.no-indicator': {
    title: 'Every outcome and impact has an indicator',
    why: `Each outcome and impact needs a measure with a baseline and a target, or no one will know whether it was achieved (${GUIDE}, step 4).`,
  },
  'logic.scaling-link': {
    title: 'Every quantified link is a cause, not a scaling constant',
    why: `An arrow says "if this, then that"; a box used only to convert or scale, which the intervention does not change, is context rather than a cause, and drawing it as one overstates the chain (${GUIDE}, step 5).`,
  },
  'logic.cost-per-output': {
    title: 'Costs per output are near the stated benchmark',
    why: `The checklist asks whether the resources are realistic for what you intend to deliver; a cost per output far from comparable programmes suggests over-optimistic maths in the targets (${GUIDE}, step 5).`,
  },
  'logic.delivery-before-budget': {
    title: 'Delivery starts no earlier than the budget',
    why: `Outputs cannot come before the resources that pay for them; targets that assume delivery before money, procurement or recruitment are in place cannot be met (${GUIDE}, step 5).`,
  },
} as const satisfies Record<string, { title: string; why: string }>;

export type SenseCheckCode = keyof typeof SENSE_CHECKS;
export const SENSE_CHECK_CODES = Object.keys(SENSE_CHECKS) as SenseCheckCode[];

/** One sense-check note: a suggestion to look again, shown in the "Logic checks" list and by `validate`. */
export interface SenseNote {
  check: SenseCheckCode;
  /** What it is about: a box, link or intervention id ('' for the whole file); dismissals key on it. */
  subject: string;
  /** JSON path of the place to look, e.g. `logicModel.links[3]`. */
  path: string;
  /** What was found, naming the box, link or intervention. */
  message: string;
  /** Why it matters, in one sentence citing the guide. */
  why: string;
  /** Set when the file dismisses this note, with its reason. */
  dismissed?: { reason: string };
}

/** A note before its dismissal is looked up. */
export type Finding = Omit<SenseNote, 'why' | 'dismissed'>;

export interface SenseCheckOptions {
  /** How to project a scenario: the app passes its memoised projection so nothing runs twice. */
  project?: (doc: ScenarioDocument, scenarioId: string) => Result<Projection>;
}

/**
 * Every sense-check note of a document, dismissed ones included and marked, in check order. Never
 * throws on a well-shaped document; checks that need a projection are skipped for scenarios that
 * cannot be projected (their errors are shown elsewhere).
 */
export function senseChecks(doc: ScenarioDocument, options: SenseCheckOptions = {}): SenseNote[] {
  const findings = [...modelChecks(doc), ...runChecks(doc, options.project ?? projectScenario)];
  const dismissed = doc.logicModel.checks?.dismissed ?? [];
  const order = new Map(SENSE_CHECK_CODES.map((c, k) => [c, k]));
  return findings
    .map((f, k) => ({ f, k }))
    .sort((a, b) => order.get(a.f.check)! - order.get(b.f.check)! || a.k - b.k)
    .map(({ f }) => {
      const note: SenseNote = { ...f, why: SENSE_CHECKS[f.check].why };
      const dismissal = dismissed.find((d) => d.check === f.check && d.subject === f.subject);
      if (dismissal) note.dismissed = { reason: dismissal.reason };
      return note;
    });
}

/** State of one check over the whole file, for the report's checklist. */
export interface ChecklistLine {
  check: SenseCheckCode;
  title: string;
  why: string;
  /** 'passed': no notes; 'dismissed': every note dismissed with a reason; 'open': notes to look at. */
  state: 'passed' | 'dismissed' | 'open';
  open: number;
  dismissed: number;
}

/** The checklist: every check with its state, from a document's notes. */
export function senseChecklist(notes: readonly SenseNote[]): ChecklistLine[] {
  return SENSE_CHECK_CODES.map((check) => {
    const mine = notes.filter((n) => n.check === check);
    const dismissed = mine.filter((n) => n.dismissed).length;
    const open = mine.length - dismissed;
    return {
      check,
      title: SENSE_CHECKS[check].title,
      why: SENSE_CHECKS[check].why,
      state: open > 0 ? 'open' : dismissed > 0 ? 'dismissed' : 'passed',
      open,
      dismissed,
    };
  });
}
