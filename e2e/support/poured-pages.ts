/**
 * Real coverage poured into real news-site markup: a real page of unrelated news from
 * ../shared/realpages (as its site served it) whose article paragraphs are replaced, while the page
 * is parsed, by the opening text of a dev-set source page from ../shared/eval/pages. Both are read
 * at test time, never copied into the project. The page keeps its own markup, styles and scripts.
 */
import { existsSync, readFileSync } from 'node:fs'
import { REAL_PAGES } from '../../scripts/eval/report.ts'
import { pagesByRestatements } from './coverage-pages.ts'

export interface PouredPage {
  name: string
  lang: 'en' | 'de'
  html: string
  headline: string
  paragraphs: string[]
}

/**
 * Runs where the template's article ends, before the page has finished parsing (so before the
 * extension reads it): the element with the most paragraphs is the article body; its paragraphs
 * are replaced by ours, each a copy of its first one (same classes), and the headline by ours.
 */
function pourScript(headline: string, paragraphs: string[]): string {
  const data = JSON.stringify({ headline, paragraphs }).replace(/</g, '\\u003c')
  return `<script>(() => {
  const { headline, paragraphs } = ${data}
  let body = null, most = 0
  for (const element of document.querySelectorAll('*')) {
    const count = [...element.children].filter((child) => child.localName === 'p').length
    if (count > most) { most = count; body = element }
  }
  if (!body) return
  const model = [...body.children].find((child) => child.localName === 'p')
  for (const old of [...body.children].filter((child) => child.localName === 'p')) old.remove()
  for (const text of paragraphs) {
    const paragraph = model.cloneNode(false)
    paragraph.textContent = text
    body.append(paragraph)
  }
  const title = document.querySelector('h1')
  if (title) title.textContent = headline
  document.title = headline
})()</script>`
}

/** `template` (a file of ../shared/realpages) filled with the dev source page that has the most labelled restatements in `lang`. */
export function pouredPage(template: string, lang: 'en' | 'de'): PouredPage | null {
  const file = `${REAL_PAGES}${template}`
  const source = pagesByRestatements(lang)[0]?.page
  if (!source || !existsSync(file)) return null
  const paragraphs = source.paragraphs.slice(1)
  const html = readFileSync(file, 'utf8')
    .replace(/<html([^>]*)\blang="[^"]*"/i, `<html$1lang="${lang}"`)
    .replace(/<\/body>/i, `${pourScript(source.headline, paragraphs)}</body>`)
  return { name: `${template.replace(/\.html$/, '')}-${lang}`, lang, html, headline: source.headline, paragraphs }
}
