// DOM clobbering: a document and a form expose elements as properties by their name (and some by id), over the
// built-in ones. These read a built-in from the object's prototype chain, which markup cannot reach.

/** The prototype in `obj`'s chain that defines `key` itself. */
function definingPrototype(obj: object, key: PropertyKey): object {
  for (let proto: object | null = Object.getPrototypeOf(obj); proto; proto = Object.getPrototypeOf(proto)) {
    if (Object.prototype.hasOwnProperty.call(proto, key)) return proto;
  }
  throw new Error(`no built-in ${String(key)}`);
}

/** The built-in method `key` of `obj` (call it with `.call(obj, ...)`). */
export function builtInMethod<T extends object, K extends keyof T>(obj: T, key: K): T[K] {
  return (definingPrototype(obj, key) as T)[key];
}

/** The built-in getter of `key` on `obj` (call it with `.call(obj)`). */
export function builtInGetter<T extends object>(obj: T, key: keyof T & string): (this: T) => unknown {
  const getter = Object.getOwnPropertyDescriptor(definingPrototype(obj, key), key)?.get;
  if (!getter) throw new Error(`no built-in getter ${key}`);
  return getter as (this: T) => unknown;
}
