/**
 * The single entry for a request from any transport: is the method known, do
 * the parameters pass their schema, then run the handler and turn whatever
 * happens into a response. Nothing from outside reaches a handler unchecked.
 */
import { describeFirstIssue } from '../../shared/reducers/issues';
import { isMethod, requestSchemas, type Method, type Params, type WireError } from '../../shared/wire';
import type { ApiClient } from './api-client';
import { toWireError } from './api-errors';
import type { Handlers } from './handlers';
import { seatRefusal } from './seat-views';

/** A response whose result type depends on the method; each transport sends it as it is. */
export type WireResponse =
  | { readonly ok: true; readonly result: unknown }
  | { readonly ok: false; readonly error: WireError };

export type RequestHandler = (method: string, rawParams: unknown, client: ApiClient) => Promise<WireResponse>;

export function createRequestHandler(
  handlers: Handlers,
  log: (message: string, detail?: unknown) => void = (message, detail) => console.error(message, detail),
): RequestHandler {
  return async (method, rawParams, client) => {
    if (!isMethod(method)) {
      return badRequest(`Journey Room does not know the request "${method.slice(0, 64)}".`);
    }
    const parsed = requestSchemas[method].safeParse(rawParams ?? {});
    if (!parsed.success) {
      return badRequest(`That request was not understood: ${describeFirstIssue(parsed.error)}`);
    }
    // A team's page asking for what only the facilitator may do: refused before anything runs.
    const refusal = seatRefusal(client, method, parsed.data);
    if (refusal !== null) return { ok: false, error: { code: 'forbidden', message: refusal } };
    try {
      const result = await run(handlers, method, parsed.data, client);
      return { ok: true, result };
    } catch (error) {
      return { ok: false, error: toWireError(error, log) };
    }
  };
}

/** Calls the handler for `method` with parameters its schema has already accepted. */
function run<M extends Method>(handlers: Handlers, method: M, params: unknown, client: ApiClient) {
  const handler = handlers[method] as (params: Params<M>, client: ApiClient) => Promise<unknown>;
  return handler(params as Params<M>, client);
}

function badRequest(message: string): WireResponse {
  return { ok: false, error: { code: 'bad-request', message } };
}
