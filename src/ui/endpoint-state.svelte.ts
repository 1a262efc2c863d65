import type { AllowedEndpoint } from '../sw/allowed-endpoint-setting.ts';
import { localEndpoint, type LlmError } from '../workers/llm-options.ts';
import { forgetAllowedEndpoint, pageAllows, readAllowedEndpoint, saveAllowedEndpoint } from './allowed-endpoint.ts';

/** What the form needs of the model state: a load of the server, and a place to show a problem. */
interface EndpointLoader {
  loadEndpoint(baseUrl: string, model: string, origin: string): Promise<LlmError | null>;
  fail(message: string): void;
}

/**
 * The local model server form: the address (an OpenAI-compatible base URL on
 * this machine) and model name the user typed, and the origin they allowed.
 * Connecting is the consent: the origin is kept (allowed-endpoint.ts) so the
 * service worker opens this page's policy to it, then the server is asked.
 */
export class EndpointState {
  url = $state('');
  model = $state('');
  /** The server allowed in this browser, or null. */
  allowed = $state.raw<AllowedEndpoint | null>(null);
  /** The origin this page must be reloaded to reach (its policy was fixed before it was allowed); null when a reload would not help. */
  reloadFor = $state<string | null>(null);

  readonly #llm: EndpointLoader;
  #restored = false;

  constructor(llm: EndpointLoader) {
    this.#llm = llm;
  }

  /** Fills the form with the server allowed before (once per page). */
  async restore(): Promise<void> {
    if (this.#restored) return;
    this.#restored = true;
    const allowed = await readAllowedEndpoint();
    this.allowed = allowed;
    if (allowed && this.url === '') {
      this.url = allowed.baseUrl;
      this.model = allowed.model;
    }
  }

  async connect(): Promise<void> {
    this.reloadFor = null;
    let baseUrl: string;
    try {
      baseUrl = localEndpoint(this.url.trim());
    } catch (e) {
      this.#llm.fail(`Local model server: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    const { origin } = new URL(baseUrl);
    const model = this.model.trim();
    try {
      await saveAllowedEndpoint({ origin, baseUrl, model });
    } catch (e) {
      this.#llm.fail(
        `Local model server: could not keep ${origin} as allowed, so this page cannot be opened to it (${e instanceof Error ? e.message : String(e)})`,
      );
      return;
    }
    this.allowed = { origin, baseUrl, model };
    const error = await this.#llm.loadEndpoint(baseUrl, model, origin);
    // Refused by the policy (the worker saw the violation), or, where a browser reports none, no answer to a page whose
    // policy does not name the origin: a reload may be all it takes. Not on the dev server, whose workers have no policy.
    const refused = error?.code === 'not-allowed' || (error?.code === 'unreachable' && !import.meta.hot && !pageAllows(origin));
    if (refused) this.reloadFor = origin;
  }

  /** Closes the page to the server again from the next load on (the policy of this one is fixed). */
  async forget(): Promise<void> {
    try {
      await forgetAllowedEndpoint();
      this.allowed = null;
    } catch (e) {
      this.#llm.fail(`Local model server: could not forget the allowed address (${e instanceof Error ? e.message : String(e)})`);
    }
  }
}
