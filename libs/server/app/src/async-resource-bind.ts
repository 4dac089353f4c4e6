import { AsyncResource } from 'node:async_hooks';

type Callback = (...args: unknown[]) => unknown;
type Bind = (this: AsyncResource, fn: Callback, thisArg?: unknown) => Callback;

/** `fn` run in `resource`'s async scope, with the caller's `this`. */
function inScopeOf(resource: AsyncResource, fn: Callback): Callback {
  return function (this: unknown, ...args: unknown[]) {
    return resource.runInAsyncScope(fn, this, ...args);
  };
}

/**
 * Node's `AsyncResource#bind` (20 and 24 alike) also defines the deprecated `asyncResource` accessor
 * (DEP0172) on each bound function, and Fastify binds one for every request with a body.
 * An accessor defined on a fresh function gives it a hidden class of its own, which V8
 * keeps outside the young generation while it points at the request: every GraphQL POST's
 * objects then lived through young collections, were promoted and waited for full GCs
 * (docs/benchmarks.md). Later Node releases drop the property (nodejs/node#58618);
 * this installs that bind where the running Node still adds it. Call it at start-up.
 */
export function useLeanAsyncResourceBind(): void {
  const probe = new AsyncResource('corebook:probe').bind(() => undefined);
  if (!Object.prototype.hasOwnProperty.call(probe, 'asyncResource')) return;
  const bind: Bind = function (fn, thisArg) {
    if (typeof fn !== 'function') throw new TypeError('The "fn" argument must be a function');
    const bound =
      thisArg === undefined ? inScopeOf(this, fn) : this.runInAsyncScope.bind(this, fn, thisArg);
    Object.defineProperty(bound, 'length', { configurable: true, value: fn.length });
    return bound;
  };
  (AsyncResource.prototype as unknown as { bind: Bind }).bind = bind;
}
