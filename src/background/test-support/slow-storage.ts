/**
 * A storage area as the browser has it for tests: every call answers later (so callers that read,
 * await and write can interleave, as they do in the browser), and values are copied in and out.
 */
export interface SlowStorageArea {
  get(name: string): Promise<Record<string, unknown>>
  set(items: Record<string, unknown>): Promise<void>
  remove(name: string): Promise<void>
}

const later = <T>(value: () => T): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(value()), 2))

export function slowStorageArea(): SlowStorageArea {
  const stored = new Map<string, unknown>()
  return {
    get: (name) => later(() => (stored.has(name) ? { [name]: structuredClone(stored.get(name)) } : {})),
    set: (items) => later(() => Object.entries(items).forEach(([name, value]) => stored.set(name, structuredClone(value)))),
    remove: (name) => later(() => void stored.delete(name)),
  }
}
