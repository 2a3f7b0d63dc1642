/**
 * Picks light or dark highlight colours from the page itself, not from prefers-color-scheme:
 * light text means a dark background whatever the system setting says.
 */
export type Theme = 'light' | 'dark'

function parseColor(value: string): [number, number, number, number] | null {
  const match = /rgba?\(\s*([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(value)
  if (!match) return null
  const alphaText = match[4]
  const alpha = alphaText === undefined ? 1 : alphaText.endsWith('%') ? parseFloat(alphaText) / 100 : parseFloat(alphaText)
  return [parseFloat(match[1] ?? '0'), parseFloat(match[2] ?? '0'), parseFloat(match[3] ?? '0'), alpha]
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function luminance(red: number, green: number, blue: number): number {
  const channel = (value: number): number => {
    const c = value / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)
}

function effectiveBackground(element: Element): [number, number, number] | null {
  for (let current: Element | null = element; current; current = current.parentElement) {
    const color = parseColor(getComputedStyle(current).backgroundColor)
    if (color && color[3] >= 0.5) return [color[0], color[1], color[2]]
  }
  return null
}

const cache = new WeakMap<Element, Theme>()

/** The theme for highlights inside `element`, from its text colour and, failing that, its background. */
export function themeFor(element: Element): Theme {
  const cached = cache.get(element)
  if (cached) return cached
  let theme: Theme = 'light'
  const text = parseColor(getComputedStyle(element).color)
  if (text && text[3] >= 0.5) theme = luminance(text[0], text[1], text[2]) > 0.45 ? 'dark' : 'light'
  else {
    const background = effectiveBackground(element)
    if (background) theme = luminance(...background) < 0.3 ? 'dark' : 'light'
  }
  cache.set(element, theme)
  return theme
}
