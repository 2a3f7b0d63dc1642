/** The bundled pack, validated and compiled from source, for tests. */
import data from '../../data/russia-china-2025.pack.json' with { type: 'json' }
import { parsePack } from '../claims/parse-pack.ts'
import { preparePack, type MatcherPack } from '../match/matcher.ts'

let cached: MatcherPack | null = null

export function bundledMatcher(): MatcherPack {
  if (cached) return cached
  const parsed = parsePack(data)
  if (!parsed.ok) throw new Error(parsed.problem)
  cached = preparePack(parsed.value.compiled)
  return cached
}

export const bundledData: unknown = data
