/** Large pages built from real unrelated text (the Brown corpus) with a few claim sentences in it. */
import { unrelatedCorpus, countWords } from '../../scripts/eval/corpora.ts'
import { bundledPacks } from '../../scripts/eval/measure.ts'
import { matchText, PROFILES } from '../../src/core/index.ts'

export const CLAIM_SENTENCES = [
  'Officials say the White House hopes warmer ties with the Kremlin will pry Russia away from China.',
  'Since 2022, Moscow has become increasingly dependent on Beijing for machine tools and microchips.',
  'Critics call the strategy a reverse Nixon.',
]

/** An HTML page of about `words` words in paragraphs of ~120 words, with the claim sentences spread through it. */
export function bigArticle(words: number, options: { oneParagraph?: boolean } = {}): { html: string; claims: number } {
  const paragraphs: string[] = []
  let total = 0
  const packs = bundledPacks()
  for (const document of unrelatedCorpus('en')) {
    for (const line of document.text.split('\n')) {
      if (total >= words) break
      // The filler restates nothing, so the page's highlights are its claim sentences; how often
      // unrelated text is highlighted is measured by npm run eval, not here.
      if (matchText(packs, line, { profile: PROFILES.balanced, lang: 'en' }).length > 0) continue
      paragraphs.push(line)
      total += countWords(line)
    }
    if (total >= words) break
  }
  const step = Math.floor(paragraphs.length / (CLAIM_SENTENCES.length + 1))
  CLAIM_SENTENCES.forEach((sentence, index) => paragraphs.splice((index + 1) * step, 0, sentence))
  const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  const body = options.oneParagraph ? `<p>${paragraphs.map(escape).join(' ')}</p>` : paragraphs.map((text) => `<p>${escape(text)}</p>`).join('\n')
  return { html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long read</title></head><body><article>${body}</article></body></html>`, claims: CLAIM_SENTENCES.length }
}
