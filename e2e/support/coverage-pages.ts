/**
 * Pages of real coverage, built when the suite runs from the opening text of the dev set's source
 * pages (../shared/eval/pages, never copied into the project), in typical news-site markup, with
 * the dev labels of their sentences. Where ../shared is absent there are none.
 */
import { loadDevRows, loadPages, sharedEvalAvailable, type SourcePage } from '../../scripts/eval/shared-data.ts'
import type { EvalRow } from '../../src/core/eval/score.ts'

export interface CoveragePage {
  name: string
  lang: 'en' | 'de'
  html: string
  rows: EvalRow[]
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function markup(lang: string, headline: string, paragraphs: string[]): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escape(headline)}</title></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>${escape(headline)}</h1>
${paragraphs.map((paragraph) => `<p>${escape(paragraph)}</p>`).join('\n')}
</article><aside><h2>Most read</h2><ul><li><a href="/a">Markets</a></li></ul></aside></main>
<footer>Built from ../shared/eval/pages at test time.</footer></body></html>`
}

/** The dev set's source pages in `lang`, those with the most labelled restatements first, each with its rows. */
export function pagesByRestatements(lang: 'en' | 'de'): Array<{ page: SourcePage; rows: EvalRow[] }> {
  if (!sharedEvalAvailable()) return []
  const rows = loadDevRows().filter((row) => !row.borderline)
  const positives = (url: string): number => rows.filter((row) => row.url === url && row.label !== 'none').length
  return [...loadPages().values()]
    .filter((page) => rows.some((row) => row.url === page.url && row.lang === lang))
    .sort((a, b) => positives(b.url) - positives(a.url) || a.url.localeCompare(b.url))
    .map((page) => ({ page, rows: rows.filter((row) => row.url === page.url) }))
}

/** The source pages with the most labelled restatements: `count` English and `count / 2` German. */
export function coveragePages(count: number): CoveragePage[] {
  const pick = (lang: 'en' | 'de', n: number): CoveragePage[] =>
    pagesByRestatements(lang)
      .slice(0, n)
      .map(({ page, rows }, index) => ({ name: `${lang}-${index + 1}`, lang, html: markup(lang, page.headline, page.paragraphs.slice(1)), rows }))
  return [...pick('en', count), ...pick('de', Math.max(1, Math.floor(count / 2)))]
}
