/**
 * Reads OpenThesaurus as Debian's mythes-de package installs it (th_de_DE_v2.dat, MyThes format:
 * "word|count" followed by one "pos|synonym|synonym…" line per meaning). Build-time only.
 */
import { existsSync, readFileSync } from 'node:fs'

export const OPENTHESAURUS_PATHS = ['/usr/share/mythes/th_de_DE_v2.dat', '/usr/share/mythes/th_de_CH_v2.dat']

export interface Meaning {
  /** Synonyms with usage notes such as "(ugs.)" removed. */
  words: string[]
  /** Usage notes per word, e.g. "ugs.", "fachspr.", "derb". */
  notes: string[][]
}

export interface Thesaurus {
  meaningsOf(word: string): Meaning[]
}

const NOTE = /\s*\(([^)]*)\)/g

function clean(entry: string): { word: string; notes: string[] } {
  const notes: string[] = []
  const word = entry
    .replace(NOTE, (_all, note: string) => {
      notes.push(note)
      return ''
    })
    .trim()
  return { word, notes }
}

export function findOpenThesaurus(): string | null {
  return OPENTHESAURUS_PATHS.find((path) => existsSync(path)) ?? null
}

let cached: Thesaurus | null = null

export function loadOpenThesaurus(path = findOpenThesaurus()): Thesaurus {
  if (cached) return cached
  if (!path) throw new Error('OpenThesaurus not found: install it with `apt-get install mythes-de`')
  const lines = readFileSync(path, 'utf8').split('\n')
  const index = new Map<string, Meaning[]>()
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string
    const bar = line.lastIndexOf('|')
    if (bar <= 0 || line.startsWith('-|') || line.startsWith('(')) continue
    const head = line.slice(0, bar).toLowerCase()
    const count = parseInt(line.slice(bar + 1), 10)
    if (!Number.isFinite(count)) continue
    const meanings: Meaning[] = []
    for (let j = 1; j <= count && i + j < lines.length; j++) {
      const cells = (lines[i + j] as string).split('|').slice(1).map(clean).filter((cell) => cell.word !== '')
      meanings.push({ words: cells.map((cell) => cell.word), notes: cells.map((cell) => cell.notes) })
    }
    i += count
    index.set(head, meanings)
  }
  cached = { meaningsOf: (word) => index.get(word.toLowerCase()) ?? [] }
  return cached
}
