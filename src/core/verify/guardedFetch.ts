// The one fetch every verification request goes through: it never follows a redirect (the
// token would go to whatever host the answer names, in a custom header that fetch does not
// strip) and never reads more than MAX_BODY_BYTES of an answer.

/** No provider's model list comes near this; a larger answer is not the provider's. */
const MAX_BODY_BYTES = 8 * 1024 * 1024;

/** The answer was a redirect; `host` is where it pointed (host and port only). */
export class RedirectError extends Error {
  constructor(
    readonly status: number,
    readonly host: string | undefined,
  ) {
    super(`answered ${status} redirecting to ${host ?? 'another address'}`);
    this.name = 'RedirectError';
  }
}

/** The answer was larger than MAX_BODY_BYTES. */
export class TooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`answer larger than ${limit} bytes`);
    this.name = 'TooLargeError';
  }
}

type Fetch = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

/** fetch with `redirect: 'manual'` (a 3xx is a RedirectError) and a capped body. */
export function guardedFetch(maxBytes: number = MAX_BODY_BYTES, base: Fetch = fetch): Fetch {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const response = await base(input, { ...init, redirect: 'manual' });
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400 && response.status !== 304)) {
      await response.body?.cancel().catch(() => undefined);
      throw new RedirectError(response.status, redirectHost(response.headers.get('location'), url));
    }
    return capBody(response, maxBytes);
  };
}

function redirectHost(location: string | null, from: string): string | undefined {
  if (!location) return undefined;
  try {
    return new URL(location, from).host || undefined;
  } catch {
    return undefined;
  }
}

/** The same response, whose body errors with TooLargeError past `maxBytes`. */
function capBody(response: Response, maxBytes: number): Response {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    void response.body?.cancel().catch(() => undefined);
    throw new TooLargeError(maxBytes);
  }
  if (!response.body) return response;
  let seen = 0;
  const capped = response.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > maxBytes) controller.error(new TooLargeError(maxBytes));
        else controller.enqueue(chunk);
      },
    }),
  );
  const wrapped = new Response(capped, { status: response.status, statusText: response.statusText, headers: response.headers });
  Object.defineProperty(wrapped, 'url', { value: response.url });
  return wrapped;
}

/** The RedirectError or TooLargeError anywhere in an error's cause chain (SDKs wrap them). */
export function guardError(error: unknown): RedirectError | TooLargeError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current && typeof current === 'object'; depth++) {
    if (current instanceof RedirectError || current instanceof TooLargeError) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
