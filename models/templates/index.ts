/**
 * Intervention templates: pure functions that add a complete, editable logic-model chain (input to
 * impact, with sources and ranges) to a scenario document, and build a new document for an area.
 */
export { TEMPLATES, applyTemplate } from './apply.ts';
export { createScenarioForArea, type CreateScenarioOptions } from './createScenario.ts';
export type { TemplateId, TemplateInfo, TemplateOptions } from './types.ts';
