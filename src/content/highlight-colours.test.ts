/** The highlight stylesheet: a rule for every status, style and theme, with readable contrast. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { STATUSES } from '../core/claims/schema.ts'
import { HIGHLIGHT_STYLES } from '../shared/protocol.ts'
import { highlightName } from './highlighter.ts'
import { luminance } from './theme.ts'

const css = readFileSync(new URL('../../assets/styles/highlights.css', import.meta.url), 'utf8')

function rule(name: string): string | undefined {
  return new RegExp(`:root::highlight\\(${name}\\)\\s*\\{([^}]*)\\}`).exec(css)?.[1]
}

function hex(value: string): [number, number, number] {
  const digits = value.replace('#', '')
  return [0, 2, 4].map((offset) => parseInt(digits.slice(offset, offset + 2), 16)) as [number, number, number]
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(...hex(a)), luminance(...hex(b))].sort((p, q) => q - p) as [number, number]
  return (x + 0.05) / (y + 0.05)
}

const PAGE = { light: '#ffffff', dark: '#121212' }

describe('highlight colours', () => {
  for (const style of HIGHLIGHT_STYLES) {
    for (const status of STATUSES) {
      for (const theme of ['light', 'dark'] as const) {
        const name = highlightName(style, status, theme)
        it(`${name} exists and is readable`, () => {
          const body = rule(name)
          expect(body).toBeDefined()
          if (style === 'marker') {
            const background = /background-color:\s*(#[0-9a-f]{6})/i.exec(body ?? '')?.[1] as string
            const text = /(?:^|;)\s*color:\s*(#[0-9a-f]{6})/i.exec(body ?? '')?.[1] as string
            expect(contrast(text, background)).toBeGreaterThanOrEqual(7)
          } else {
            const line = /underline wavy (#[0-9a-f]{6})/i.exec(body ?? '')?.[1] as string
            // A non-text indicator against the page: WCAG asks 3:1.
            expect(contrast(line, PAGE[theme])).toBeGreaterThanOrEqual(3)
          }
        })
      }
    }
  }

  it('every rule is scoped to :root (cheap for every page; inheritance paints the rest)', () => {
    expect(css.match(/^[^\s/*][^{]*\{/gm)?.every((selector) => selector.startsWith(':root::highlight(')) ?? false).toBe(true)
  })

  it('statuses look different from each other', () => {
    const backgrounds = STATUSES.map((status) => /background-color:\s*(#[0-9a-f]{6})/i.exec(rule(highlightName('marker', status, 'light')) ?? '')?.[1])
    expect(new Set(backgrounds).size).toBe(STATUSES.length)
  })
})
