import { AsyncLocalStorage, AsyncResource } from 'node:async_hooks';
import { useLeanAsyncResourceBind } from './async-resource-bind';

describe('the lean AsyncResource bind', () => {
  beforeAll(() => {
    useLeanAsyncResourceBind();
    useLeanAsyncResourceBind(); // installing twice changes nothing
  });

  it('runs a bound function in the async context it was bound in, as Node does', () => {
    const storage = new AsyncLocalStorage<string>();
    const bound = storage.run('request 1', () =>
      new AsyncResource('test').bind((suffix: unknown) => `${storage.getStore()}${String(suffix)}`),
    );
    expect(storage.run('request 2', () => bound('!'))).toBe('request 1!');
    expect(AsyncResource.bind(() => storage.getStore())()).toBeUndefined();
  });

  it("passes the caller's this, or the one given, and keeps the function's length", () => {
    const resource = new AsyncResource('test');
    function whoAmI(this: { name: string } | undefined, _a: unknown, _b: unknown) {
      return this?.name;
    }
    const free = resource.bind(whoAmI);
    expect(free.call({ name: 'caller' }, 1, 2)).toBe('caller');
    // Node's types omit bind's thisArg.
    const given = Reflect.apply(resource.bind, resource, [
      whoAmI,
      { name: 'given' },
    ]) as typeof whoAmI;
    expect(given.call({ name: 'caller' }, 1, 2)).toBe('given');
    expect(free.length).toBe(2);
  });

  it('adds no asyncResource accessor to the bound function (what kept requests alive)', () => {
    const bound = new AsyncResource('test').bind(() => 1);
    expect(Object.getOwnPropertyNames(bound)).not.toContain('asyncResource');
    expect(() => new AsyncResource('test').bind('not a function' as never)).toThrow(TypeError);
  });
});
