/** The bundled pack, validated and compiled at build time (vite.config.ts). */
declare module 'counterpoint:bundled-pack' {
  import type { CompiledPack } from '../core/match/compiled.ts'
  import type { CardView, PackView } from '../core/claims/views.ts'
  export const compiled: CompiledPack
  export const cards: Record<string, CardView>
  export const view: PackView
}
