/**
 * `lazy(what, get)`: a stand-in object for a value that a vitest hook creates later (in beforeAll or
 * beforeEach). Every property read, call and write is passed to the value `get()` returns at that
 * moment, so a file can write `const database = useTestDatabase()` at the top and use `database.db`
 * inside its tests. Reading it before the hook ran throws an error naming `what`.
 */
export function lazy<T extends object>(what: string, get: () => T | undefined): T {
  const current = (): T => {
    const value = get();
    if (value === undefined) throw new Error(`${what} is not ready: use it inside a test or a hook, not at the top of the file`);
    return value;
  };
  return new Proxy({} as T, {
    get(_target, property) {
      const value = current();
      const member: unknown = Reflect.get(value, property, value);
      return typeof member === 'function' ? (member as (...args: unknown[]) => unknown).bind(value) : member;
    },
    set(_target, property, next: unknown) {
      return Reflect.set(current(), property, next);
    },
    has(_target, property) {
      return Reflect.has(current(), property);
    },
    getPrototypeOf() {
      return Reflect.getPrototypeOf(current());
    },
  });
}
