/** The first-run page's example must be true: the matcher flags its sentence for the claim the page shows, in both languages, and nothing around it. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { matchText, PROFILES } from '../../core/index.ts'
import { bundledMatcher } from '../../core/test-support/bundled.ts'
import { EXAMPLE_CLAIM } from './example.ts'

function messages(lang: string): Record<string, { message: string }> {
  return JSON.parse(readFileSync(new URL(`../../../_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Record<string, { message: string }>
}

describe('the first-run example', () => {
  it.each(['en', 'de'])('%s: the highlighted sentence restates the claim shown, and the sentences around it do not', (lang) => {
    const text = messages(lang)
    const sentence = text.welcomeExampleSentence?.message ?? ''
    const paragraph = `${text.welcomeExampleBefore?.message}${sentence}${text.welcomeExampleAfter?.message}`
    const found = matchText([bundledMatcher()], paragraph, { profile: PROFILES.balanced })
    expect(found.map((match) => [match.claimId, match.sentence])).toEqual([[EXAMPLE_CLAIM, sentence]])
  })
})
