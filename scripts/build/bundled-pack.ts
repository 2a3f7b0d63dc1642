/**
 * Validates and compiles the bundled pack for the build. A pack that fails validation fails
 * the build with the same message an import would show.
 */
import { parsePack, type CompiledPack } from '../../src/core/index.ts'
import { cardViews, packView, type CardView, type PackView } from '../../src/core/claims/views.ts'

export interface BundledPack {
  /** What the content script ships: the compiled index without the feature names, which only debugging reads. */
  compiled: CompiledPack
  cards: Record<string, CardView>
  view: PackView
}

export function buildBundledPack(data: unknown): BundledPack {
  const result = parsePack(data)
  if (!result.ok) throw new Error(`bundled claim pack is invalid: ${result.problem}`)
  const { pack, compiled } = result.value
  return { compiled: { ...compiled, features: [] }, cards: cardViews(pack), view: packView(pack) }
}
