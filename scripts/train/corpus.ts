/**
 * Unrelated text as training negatives: every candidate the matcher finds in it is a claim the text
 * does not restate. Documents are split in two halves by position; the decide step learns from one
 * (`train`) and `npm run eval` reports false highlights on the other (`held-out`) beside the whole.
 */
import { explainText, type MatcherPack } from '../../src/core/index.ts'
import type { Lang } from '../../src/core/text/language.ts'
import { unrelatedCorpus, type CorpusDocument } from '../eval/corpora.ts'
import { labelledCandidate, type LabelledRow } from './examples.ts'

export type Half = 'train' | 'held-out'

export function corpusHalf(lang: Lang, half: Half): CorpusDocument[] {
  return unrelatedCorpus(lang).filter((_, index) => (index % 2 === 0) === (half === 'train'))
}

export function corpusRows(packs: readonly MatcherPack[], lang: Lang): LabelledRow[] {
  const rows: LabelledRow[] = []
  for (const document of corpusHalf(lang, 'train')) {
    for (const item of explainText(packs, document.text, { lang })) {
      const pieces = [item.evidence.map((evidence) => labelledCandidate(packs, evidence, []))]
      rows.push({ row: { url: `corpus:${document.name}`, lang, sentence: '', label: 'none', kind: 'unrelated', borderline: false }, setting: 'line', lang: item.lang, pieces })
    }
  }
  return rows
}
