/**
 * Tiny structural validators for message payloads. Written by hand because the content script
 * has a 30 KB budget and a schema library would take most of it; the shapes here are small.
 */
export type Guard<T> = (value: unknown) => value is T

export const isString: Guard<string> = (value): value is string => typeof value === 'string'
export const isBoolean: Guard<boolean> = (value): value is boolean => typeof value === 'boolean'
export const isInteger: Guard<number> = (value): value is number => Number.isSafeInteger(value)
export const isFiniteNumber: Guard<number> = (value): value is number => typeof value === 'number' && Number.isFinite(value)

export function shortString(max: number): Guard<string> {
  return (value): value is string => typeof value === 'string' && value.length <= max
}

export function literal<const T extends string>(...values: T[]): Guard<T> {
  return (value): value is T => typeof value === 'string' && (values as string[]).includes(value)
}

export function arrayOf<T>(item: Guard<T>, max: number): Guard<T[]> {
  return (value): value is T[] => Array.isArray(value) && value.length <= max && value.every(item)
}

export function optional<T>(guard: Guard<T>): Guard<T | undefined> {
  return (value): value is T | undefined => value === undefined || guard(value)
}

type Shape = Record<string, Guard<unknown>>
type ShapeType<S extends Shape> = { [K in keyof S]: S[K] extends Guard<infer T> ? T : never }

/** An object with exactly these keys (extra keys are refused, so nothing unexpected is passed on). */
export function object<S extends Shape>(shape: S): Guard<ShapeType<S>> {
  const keys = Object.keys(shape)
  // A Set, not `key in shape`: "__proto__" or "constructor" would be found on Object.prototype.
  const known = new Set(keys)
  return (value): value is ShapeType<S> => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
    const record = value as Record<string, unknown>
    for (const key of Object.keys(record)) if (!known.has(key)) return false
    return keys.every((key) => (shape[key] as Guard<unknown>)(record[key]))
  }
}
