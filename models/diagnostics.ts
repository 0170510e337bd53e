/**
 * Diagnostics: problems found in a file, a formula, an edit or a run, as data shown where they are.
 * Every code is listed here with what it means; the code is a literal union, so a misspelt code
 * does not compile, and callers (the CLI, the renderer, scripts) can rely on the list.
 */

/** Every diagnostic code, with a one-line meaning. */
export const DIAGNOSTIC_CODES = {
  // Reading the file (models/file/parseJson.ts, load.ts)
  'json.not-text': 'The file could not be read as text.',
  'json.empty': 'The file is empty.',
  'json.too-large': 'The file is over the size limit for a scenario file.',
  'json.utf16': 'The file is UTF-16 text; scenario files are UTF-8.',
  'json.binary': 'The file holds binary data, not text.',
  'json.invalid-utf8': 'The file has bytes that are not UTF-8 (Latin-1, a raw surrogate, an overlong form).',
  'json.integer-precision': 'A whole number with more digits than a double holds exactly, which saving would round.',
  'json.syntax': 'The file is not valid JSON.',
  'json.truncated': 'The JSON ends early: the file may have been cut short.',
  'json.too-deep': 'Objects and lists nest deeper than any scenario needs.',
  'json.duplicate-key': 'A key appears twice in one object.',
  'json.forbidden-key': 'A key that could tamper with the reader (such as __proto__).',
  'json.number-overflow': 'A number too large to hold, which saving would turn into null.',
  'limits.exceeded': 'The file holds more of something (nodes, parameters, revisions...) than Causeway handles.',
  'internal.error': 'Loading failed on an internal error (a bug to report).',
  'internal.check-failed': 'Checking a loaded file failed on an internal error (a bug to report).',
  // The envelope and migrations (envelope.ts, migrations.ts)
  'envelope.not-object': 'The file is JSON but not an object.',
  'envelope.format': 'The file is not a Causeway scenario file (its "format").',
  'envelope.schema-version': 'The file has no whole-number schemaVersion.',
  'version.newer': 'The file was written by a newer Causeway.',
  'version.too-old': 'The file is older than any version this release can migrate.',
  'migration.failed': 'A migration threw while updating the file.',
  'migration.registry': "This release's migration registry is inconsistent (a bug to report).",
  // The shape (shapeMessages.ts)
  'shape.missing': 'A required field is absent.',
  'shape.type': 'A field holds the wrong kind of value.',
  'shape.enum': 'A field holds a value outside its list of allowed values.',
  'shape.integer': 'A field that must be a whole number is not.',
  'shape.number': 'A number overflows (not finite).',
  'shape.invalid': 'A field is invalid in another way the shape describes.',
  'layout.invalid': 'A canvas position is not {x, y}; it was dropped (a warning).',
  // Ids and references (references.ts)
  'ids.pattern': 'An id breaks the id rules (letters, digits, "_" or "-").',
  'ids.reserved': 'An id is a reserved name (a formula function, t, year, pi, e or a JavaScript key).',
  'ids.duplicate': 'Two items of one kind share an id.',
  'ids.clash': 'A node has the same id as a parameter.',
  'ref.dangling': 'A reference names something that does not exist.',
  'links.duplicate': 'Two links join the same pair of nodes.',
  'node.sector-missing': 'A GVA or jobs node names no sector.',
  'scenarios.empty': 'The file has no scenarios.',
  // Ranges and units (ranges.ts)
  'range.horizon': 'The horizon ends before it starts.',
  'range.horizon-span': 'The horizon is longer than allowed.',
  'range.data-year': "A sector's data year is after the horizon starts (a warning).",
  'range.sector-gva': "A sector's GVA is negative.",
  'range.sector-jobs': "A sector's jobs are not above 0.",
  'range.growth': 'A growth rate is -1 (a 100% fall) or below.',
  'range.factor': 'An additionality factor is outside 0 to 1.',
  'range.multiplier': 'An additionality multiplier is not above 0.',
  'range.multiplier-low': 'An additionality multiplier is below 1 (a warning).',
  'range.present-value-year': 'The present-value year is after the horizon starts.',
  'range.optimism-bias': 'The optimism bias is negative.',
  'range.discount-rate': 'The flat discount rate is outside 0 up to 1.',
  'range.revision': 'The revision count is negative.',
  'range.parameter-bounds': "A parameter's low is above its high.",
  'range.parameter-incomplete': 'A parameter has a low or a high but not both.',
  'range.parameter-value': "A parameter's value is outside its range.",
  'range.lognormal': 'A lognormal parameter has a low of 0 or below.',
  'parameter.distribution-unused': 'A distribution without a range has no effect (a warning).',
  'prices.currency': 'The currency is not GBP (a warning).',
  // Formulas and the model (models/formula, models/engine)
  'formula.empty': 'A formula is empty.',
  'formula.too-long': 'A formula is longer than allowed.',
  'formula.too-deep': 'A formula nests deeper than allowed.',
  'formula.syntax': 'A formula cannot be parsed.',
  'formula.string': 'Text appears where only a sector id in quotes may.',
  'formula.constant': 'A constant is not a finite number.',
  'formula.operator': 'An operator formulas may not use.',
  'formula.forbidden': 'A construct formulas may not contain (assignment, property access, ...).',
  'formula.unknown-name': 'A name is not a parameter, a node, t or year.',
  'formula.function-as-value': 'A function is named without being called.',
  'formula.unknown-function': 'A function formulas may not call.',
  'formula.arity': 'A function is called with the wrong number of arguments.',
  'formula.prev-target': "prev()'s (or delay()'s, persist()'s) first argument is not a node.",
  'formula.delay-years': "delay()'s years are not a whole number of at least 1 written as a number.",
  'formula.persist-life': "persist()'s life is below 1 year or not a whole number (fractions are rounded).",
  'formula.persist-decay': "persist()'s decay is outside 0 to 1.",
  'formula.sector-argument': 'base_gva/base_jobs/base_prod is not given a sector id in quotes.',
  'formula.unknown-sector': 'A formula names a sector that is not in the baseline.',
  'formula.unlinked': 'A formula uses a node with no link from it.',
  'link.unevidenced': 'A link a formula uses states no evidence (a warning).',
  'formula.qualitative-reference': 'A formula uses a node that has no formula.',
  'graph.cycle': 'Formulas need each other in the same year.',
  'role.needs-intervention': 'A node with a role belongs to no intervention.',
  'role.needs-formula': 'A node with a role has no formula.',
  'role.sector': 'A GVA or jobs node names no baseline sector, so the engine cannot count it.',
  'scenario.inactive-reference': 'A node uses a node of an intervention the scenario does not switch on.',
  'scenario.not-found': 'There is no scenario with the id asked for.',
  'scenario.inherits-unknown': 'A scenario inherits (basedOn or alsoInheritsFrom) from an id that is not a scenario.',
  'scenario.inheritance-cycle': 'Scenarios inherit from each other in a circle.',
  'set.unknown-parameter': 'A --set names a parameter the file does not have.',
  'set.not-a-number': 'A --set value is not a finite number.',
  'set.out-of-range': 'A --set value is outside the range its name allows (a fraction, a multiplier above 0).',
  'social.not-assessed': 'UK social value is not assessed: an intervention has no national factors (a warning).',
  'social.benefit-kind': 'A GVA node of an intervention with national factors does not say what kind of benefit it is.',
  'prices.deflator-range': 'Cash prices need the GDP deflator for a year it does not cover.',
  'prices.cash-role': 'A node declares cash prices but is not a cost or private cost (a warning).',
  'prices.cash-used': 'A formula uses a cost in cash prices, so it sees cash values (a warning).',
  'run.no-sectors': 'The file has no sectors yet, so nothing can be projected.',
  'run.non-finite': 'A node evaluates to infinity or NaN.',
  'run.non-finite-result': 'A result derived from the nodes (a total, a cost, the appraisal) overflows or is NaN.',
  // Monitoring indicators (models/check/indicatorChecks.ts), warnings
  'indicator.id': "An indicator's id breaks the id rules (a warning).",
  'indicator.duplicate-id': 'Two indicators on one box share an id (a warning).',
  'indicator.year': 'An indicator year is not a whole calendar year (a warning).',
  'indicator.target-year':
    "An indicator's target year is not after its baseline year, or target and target year are not both given (a warning).",
  // Why this number? (models/explain)
  'explain.year': 'A trace is asked for a year outside the horizon.',
  'explain.node': 'A trace is asked for a box that does not exist, has no formula or is not switched on.',
  // Uncertainty (models/uncertainty)
  'uncertainty.samples': 'The number of Monte Carlo draws is out of bounds.',
  'uncertainty.seed': 'The Monte Carlo seed is not a whole number from 0 to 4,294,967,295 (32 bits).',
  'uncertainty.range': "A parameter's range or distribution cannot be sampled.",
  'switching.parameter': 'A switching value is asked for a parameter without a range.',
  // Edits (models/edit)
  'edit.unknown-parameter': 'An edit names a parameter the document does not have.',
  'edit.unknown-scenario': 'An edit names a scenario the document does not have.',
  'edit.not-a-number': 'An edit sets a value that is not a finite number.',
  'edit.range': "A scenario's own range leaves out the value it has there.",
  'edit.unknown-intervention': 'An edit names an intervention (or factor) the document does not have.',
  // History (models/history)
  'history.no-head': 'The history does not describe the current revision.',
  'history.unknown-revision': 'A revision that is not in the history.',
  'history.unrecoverable': 'A revision cannot be rebuilt: a patch in the chain is missing.',
  'history.patch-failed': 'A revision cannot be rebuilt: its patch does not apply.',
  'history.patch-invalid': 'A revision cannot be rebuilt: its patch is not a JSON Patch Causeway may apply.',
  'history.too-large': 'A revision cannot be rebuilt: its patch would make it larger or deeper than any file.',
  'history.hash-mismatch': 'A rebuilt revision differs from what was saved as it (its recorded hash).',
  'history.edited': 'The file was changed outside Causeway after its current revision was saved.',
  // The baseline library and templates (models/library, models/templates)
  'library.unknown-area': 'An area code that is not in the baseline library.',
  'library.unknown-sector': 'A sector id that is not in the baseline library.',
  'library.sector-missing': 'A library sector has no figures for the area.',
  'library.residual-non-positive': 'A derived residual sector comes out at 0 or below.',
  'library.flagged-figure': 'A library figure is flagged as volatile or small (a warning).',
  'library.duplicate-sector': 'A sector is listed twice for a new scenario.',
  'library.overlapping-sectors': 'Sectors listed for a new scenario overlap, so totals would double count.',
  'library.partial-economy': 'The baseline covers only some sectors of the economy (a warning).',
  'library.jobs-missing': 'An area has GVA in the library but no jobs; import a BRES download.',
  'horizon.invalid': 'The horizon asked for a new scenario is not valid.',
  'template.unknown': 'A template id that does not exist.',
  'template.unknown-sector': "A template's sector is not in the document's baseline.",
  'template.no-sector': 'No sector is given for a template.',
  'template.sector-not-goods': 'Reshoring needs a goods-producing sector.',
  'template.imports-needed': 'Reshoring needs an import figure the library does not have.',
  'template.bad-prefix': "A template's id prefix breaks the id rules.",
  'template.bad-id': "A template's intervention id breaks the id rules.",
  'template.id-clash': "A template's ids are already used in the document.",
  // Baseline projection (models/baseline)
  'baseline.series-years': "A horizon year is outside the years of a sector's user series.",
  'baseline.series-value': 'A user series value is not above 0, so it cannot be interpolated geometrically.',
  'baseline.implausible-productivity':
    "A baseline's productivity growth differs from the national industry's by more than 1.5 points a year (a warning).",
  'baseline.outlier-data-year': 'A pandemic year (2020, 2021) is used as the level without a note (a warning).',
  'baseline.no-national-trend':
    'The national method was asked for a sector the library has no Great Britain trend for.',
  'baseline.council-shares': "A council allocation's shares of a sector do not add up to 1 (a warning).",
  // Importing downloads (models/import)
  'import.area': 'The data hold several areas and the file names none; choose one.',
  'import.no-figures': "None of the imported figures is for the file's area.",
  'import.duplicate': 'A download gives the same area, industry and year twice, so which figure to use is unclear.',
  // The app
  'app.internal': 'The engine threw unexpectedly inside the app (a bug to report).',
} as const satisfies Record<string, string>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** A problem found in a file, a formula or a run: data, shown where it is. */
export interface Diagnostic {
  severity: 'error' | 'warning';
  /** Stable machine-readable code from DIAGNOSTIC_CODES, e.g. `formula.unknown-name`, `graph.cycle`. */
  code: DiagnosticCode;
  /** Where: a JSON path into the document such as `logicModel.nodes[3].expr` ('' for the whole file). */
  path: string;
  /** A plain sentence that says what is wrong, where, and what to do. */
  message: string;
}

/** Outcome of an operation that can fail on user input: never throws to its caller. */
export type Result<T> = { ok: true; value: T; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

/** Builds an error diagnostic. */
export function error(code: DiagnosticCode, path: string, message: string): Diagnostic {
  return { severity: 'error', code, path, message };
}

/** Builds a warning diagnostic. */
export function warning(code: DiagnosticCode, path: string, message: string): Diagnostic {
  return { severity: 'warning', code, path, message };
}

/** A failed Result with one error. */
export function failure(code: DiagnosticCode, path: string, message: string): Result<never> {
  return { ok: false, diagnostics: [error(code, path, message)] };
}

/** True when any diagnostic is an error (warnings never block a load). */
export function hasErrors(diags: readonly Diagnostic[]): boolean {
  return diags.some((d) => d.severity === 'error');
}
