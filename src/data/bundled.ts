/** The bundled claim pack as every consumer loads it: the curated pack with its grown terms merged in. */
import pack from './russia-china-2025.pack.json' with { type: 'json' }
import grown from './russia-china-2025.grown.json' with { type: 'json' }
import { withGrownTerms } from '../core/knowledge/grown.ts'

export const bundledPackData: unknown = withGrownTerms(pack, grown)
