import { describe, expect, it } from 'vitest'
import { serial } from './serial.ts'

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1))

describe('serial', () => {
  it('runs tasks on one key one after another, each seeing what the previous one wrote', async () => {
    const run = serial()
    let stored: string[] = []
    const append = (item: string) => run('tab:1', async () => {
      const read = stored
      await tick()
      stored = [...read, item]
    })
    await Promise.all([append('a'), append('b'), append('c')])
    expect(stored).toEqual(['a', 'b', 'c'])
  })

  it('lets tasks on different keys interleave', async () => {
    const run = serial()
    const order: string[] = []
    const task = (key: string) => run(key, async () => {
      order.push(`${key} start`)
      await tick()
      order.push(`${key} end`)
    })
    await Promise.all([task('x'), task('y')])
    expect(order.slice(0, 2)).toEqual(['x start', 'y start'])
  })

  it('a failing task rejects its own caller and does not block the next', async () => {
    const run = serial()
    const failed = run('k', async () => {
      throw new Error('storage full')
    })
    const next = run('k', async () => 'ran')
    await expect(failed).rejects.toThrow('storage full')
    await expect(next).resolves.toBe('ran')
  })
})
