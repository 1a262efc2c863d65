/**
 * What the UI may know of src/llm (it imports only src/workers): the model
 * catalogue, the route advice and the types that cross the llm worker. None of
 * these pull a runtime (@mlc-ai/web-llm, @wllama/wllama) into the page.
 */
export { catalogueFor, type CatalogueEntry } from '../llm/model-catalogue.ts';
export { choosePlannerRoute, type PlannerRoute, type PlannerRouteChoice } from '../llm/choose-planner-route.ts';
export type { CachedModel, Capabilities, LlmError, LlmErrorCode, LlmResult, LoadedModel, LoadProgress, ModelSpec } from '../llm/llm-types.ts';
