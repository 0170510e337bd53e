/**
 * How messages name things: as the user sees them (a box's label, a scenario's name, a parameter's
 * label), with the id in brackets where one differs, since the CLI and formulas use ids.
 */
const quoted = (text: string) => `“${text}”`;

/** `“Firms supported” (firms)`, or `“firms”` for a box without a label of its own. */
export function boxName(node: { id: string; label?: string | undefined } | undefined, id = node?.id ?? ''): string {
  const label = node?.label?.trim();
  return label && label !== id ? `${quoted(label)} (${id})` : quoted(id);
}

/** A box's label alone (its id when it has none), where the id was given once already. */
export function boxLabel(node: { id: string; label?: string | undefined } | undefined, id = node?.id ?? ''): string {
  return quoted(node?.label?.trim() || id);
}

/** `“Digital-led”`: scenarios are chosen by name on screen. */
export function scenarioName(scenario: { id: string; name?: string | undefined }): string {
  return quoted(scenario.name?.trim() || scenario.id);
}

/** `“Annual budget” (dig_annual_budget)`, or `“dig_annual_budget”` without a label. */
export function parameterName(id: string, parameter?: { label?: string | undefined }): string {
  return boxName({ id, label: parameter?.label }, id);
}
