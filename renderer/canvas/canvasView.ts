/**
 * How the canvas shows a model, apart from the model itself (view state: not saved, not undoable):
 * which interventions and stages are shown, which are collapsed into one box per intervention and
 * stage, and whether only boxes with problems are shown. On a model of 2,000 boxes this is what makes
 * it navigable: collapse what you are not working on, filter to what you are.
 */
import type { LogicNode, Stage } from '../engine.ts';

export interface CanvasView {
  /** Interventions not shown ('' is shared context). */
  hiddenInterventions: readonly string[];
  hiddenStages: readonly Stage[];
  /** Interventions drawn as one box per stage ('' is shared context). */
  collapsedInterventions: readonly string[];
  /** Stages drawn as one box per intervention. */
  collapsedStages: readonly Stage[];
  problemsOnly: boolean;
}

export const DEFAULT_VIEW: CanvasView = {
  hiddenInterventions: [],
  hiddenStages: [],
  collapsedInterventions: [],
  collapsedStages: [],
  problemsOnly: false,
};

/** The intervention key of a box ('' for shared context). */
export const interventionKey = (n: LogicNode) => n.intervention ?? '';

export function isShown(view: CanvasView, n: LogicNode, hasProblems: boolean): boolean {
  return (
    !view.hiddenInterventions.includes(interventionKey(n)) &&
    !view.hiddenStages.includes(n.stage) &&
    (!view.problemsOnly || hasProblems)
  );
}

export function isCollapsed(view: CanvasView, n: LogicNode): boolean {
  return view.collapsedInterventions.includes(interventionKey(n)) || view.collapsedStages.includes(n.stage);
}

/** Id of the box that stands for a collapsed intervention in a stage. */
export function groupId(intervention: string, stage: Stage): string {
  return `group:${intervention}:${stage}`;
}

export function isGroupId(id: string): boolean {
  return id.startsWith('group:');
}

/** Adds or removes `item` from a list, for the toggles of the view menu. */
export function toggled<T>(list: readonly T[], item: T, on: boolean): T[] {
  const without = list.filter((x) => x !== item);
  return on ? [...without, item] : without;
}

export function isDefaultView(view: CanvasView): boolean {
  return (
    view.hiddenInterventions.length === 0 &&
    view.hiddenStages.length === 0 &&
    view.collapsedInterventions.length === 0 &&
    view.collapsedStages.length === 0 &&
    !view.problemsOnly
  );
}
