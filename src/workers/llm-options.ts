/**
 * What the UI may know of src/llm (it imports only src/workers): the model
 * catalogue, the route advice, the check of a local server's address, the
 * answer's token cap and the types that cross the llm worker. None of
 * these pull a runtime (@mlc-ai/web-llm, @wllama/wllama) into the page.
 */
export { catalogueFor, type CatalogueEntry } from '../llm/model-catalogue.ts';
export { choosePlannerRoute, type PlannerRoute, type PlannerRouteChoice } from '../llm/choose-planner-route.ts';
export { localEndpoint } from '../llm/backends/local-endpoint.ts';
export { DEFAULT_ANSWER_TOKENS } from '../llm/prompts/proposal-prompt.ts';
export type { CachedModel, Capabilities, LlmError, LlmErrorCode, LlmResult, LoadedModel, LoadProgress, ModelSpec, ModelSpeed } from '../llm/llm-types.ts';
