/** The bundled pack, validated and compiled from source (with its grown terms, as every consumer loads it), for tests. */
import { bundledPackData } from '../../data/bundled.ts'
import { parsePack } from '../claims/parse-pack.ts'
import { preparePack, type MatcherPack } from '../match/matcher.ts'

let cached: MatcherPack | null = null

export function bundledMatcher(): MatcherPack {
  if (cached) return cached
  const parsed = parsePack(bundledPackData)
  if (!parsed.ok) throw new Error(parsed.problem)
  cached = preparePack(parsed.value.compiled)
  return cached
}

export const bundledData: unknown = bundledPackData
