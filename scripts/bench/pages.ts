/**
 * The pages the benchmark reads: real coverage of the story (every source page of the shared
 * evaluation, opening text only) cut to 10,000 words, and a 100,000-word page that continues it
 * with real unrelated news text (the Brown corpus). Each is a list of paragraphs.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { countWords, unrelatedCorpus } from '../eval/corpora.ts'

const PAGES = new URL('../../../shared/eval/pages/', import.meta.url).pathname

function coverageParagraphs(): string[] {
  return readdirSync(PAGES)
    .filter((file) => file.endsWith('.txt') && !file.startsWith('neg-'))
    .sort()
    .flatMap((file) => readFileSync(join(PAGES, file), 'utf8').split('\n').slice(1))
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
}

function take(paragraphs: Iterable<string>, words: number): string[] {
  const out: string[] = []
  let total = 0
  for (const paragraph of paragraphs) {
    if (total >= words) break
    out.push(paragraph)
    total += countWords(paragraph)
  }
  return out
}

function* newsThenCorpus(): Generator<string> {
  yield* coverageParagraphs()
  for (const document of unrelatedCorpus('en')) yield* document.text.split('\n').filter((line) => line.length > 0)
}

/** Coverage of the story first, then unrelated news: the worst case for the matcher. */
export function page(words: number): string[] {
  return take(newsThenCorpus(), words)
}

/** An ordinary news page: real press reportage (Brown corpus section A) that is not about the story. */
export function ordinaryPage(words: number): string[] {
  const reportage = unrelatedCorpus('en').filter((document) => /brown\/ca/.test(document.name))
  return take(
    reportage.flatMap((document) => document.text.split('\n').filter((line) => line.length > 0)),
    words,
  )
}

export function pageHtml(paragraphs: string[], title: string): string {
  const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><article><h1>${escape(title)}</h1>${paragraphs.map((text) => `<p>${escape(text)}</p>`).join('\n')}</article></body></html>`
}

/** One page per source page of the shared evaluation (its opening text, as its site wrote it), up to `count`. */
export function storyPages(count: number): string[] {
  return readdirSync(PAGES)
    .filter((file) => file.endsWith('.txt') && !file.startsWith('neg-'))
    .sort()
    .slice(0, count)
    .map((file) => {
      const [, headline = '', ...rest] = readFileSync(join(PAGES, file), 'utf8').split('\n')
      return pageHtml(rest.map((line) => line.trim()).filter((line) => line.length > 0), headline.trim())
    })
}
