/**
 * No file imports itself through others (type-only imports included): each file can be read,
 * tested and changed from its dependencies up. Written by hand: a graph search over relative
 * imports is a dozen lines, where a lint plugin would bring a module resolver for one rule.
 */
import { readFileSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { filesIn } from './package/contents.ts'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]/g

/** The TypeScript files under `dir`, as absolute paths. */
function typeScriptFiles(dir: string): string[] {
  return filesIn(dir)
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => join(dir, file))
}

/** Every import cycle among `files`, each as the path around it. */
export function importCycles(files: string[], read: (file: string) => string): string[][] {
  const known = new Set(files)
  const edges = new Map(files.map((file) => [file, [...read(file).matchAll(IMPORT)].map((match) => normalize(join(dirname(file), match[1] as string))).filter((target) => known.has(target))]))
  const state = new Map<string, 'open' | 'done'>()
  const path: string[] = []
  const cycles: string[][] = []
  const visit = (file: string): void => {
    state.set(file, 'open')
    path.push(file)
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next])
      else if (!state.has(next)) visit(next)
    }
    path.pop()
    state.set(file, 'done')
  }
  for (const file of files) if (!state.has(file)) visit(file)
  return cycles
}

describe('import cycles', () => {
  it('finds a cycle, type-only imports included, and none where imports run one way', () => {
    const sources: Record<string, string> = {
      '/p/a.ts': "import { b } from './b.ts'",
      '/p/b.ts': "import type { A } from './a.ts'",
      '/p/c.ts': "import { b } from './b.ts'",
    }
    expect(importCycles(Object.keys(sources), (file) => sources[file] as string)).toEqual([['/p/a.ts', '/p/b.ts', '/p/a.ts']])
    delete sources['/p/b.ts']
    expect(importCycles(Object.keys(sources), (file) => sources[file] as string)).toEqual([])
  })

  it('there are none in src, scripts or e2e', () => {
    const files = ['src', 'scripts', 'e2e'].flatMap((dir) => typeScriptFiles(join(ROOT, dir)))
    const cycles = importCycles(files, (file) => readFileSync(file, 'utf8')).map((cycle) => cycle.map((file) => relative(ROOT, file)).join(' → '))
    expect(cycles).toEqual([])
  })
})
