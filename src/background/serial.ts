/**
 * Read-modify-write of stored state runs one at a time per key. Messages from a tab's frames
 * arrive together, and each handler awaits storage between its read and its write; without
 * this, the second write drops what the first added (a frame's matches, a reader's answer).
 */
export type Serial = <T>(key: string, task: () => Promise<T>) => Promise<T>

export function serial(): Serial {
  const tails = new Map<string, Promise<unknown>>()
  return <T>(key: string, task: () => Promise<T>): Promise<T> => {
    const previous = tails.get(key) ?? Promise.resolve()
    // A failed task does not stop the ones queued behind it.
    const result = previous.catch(() => undefined).then(task)
    const tail = result.catch(() => undefined)
    tails.set(key, tail)
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key)
    })
    return result
  }
}
