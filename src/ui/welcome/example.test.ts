/**
 * The first-run page's example must be true: the matcher flags its sentence for the claim the
 * page shows, in both languages, and nothing around it; and it is painted in the colours the
 * page's highlights have.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { STATUSES, matchText, PROFILES } from '../../core/index.ts'
import { highlightName } from '../../content/highlighter.ts'
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

describe('the first-run example’s colours', () => {
  // welcome.css repeats the marker colours for a <mark> (a Highlight cannot be checked for contrast
  // by axe, and the page is checked in light and dark): they must stay the ones pages get.
  const css = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8')
  const highlights = css('../../../assets/styles/highlights.css')
  const [light = '', dark = ''] = css('./welcome.css').split('@media (prefers-color-scheme: dark)')
  const themes = { light, dark }

  it.each(STATUSES.flatMap((status) => (['light', 'dark'] as const).map((theme) => [status, theme] as const)))('%s, %s', (status, theme) => {
    const rule = new RegExp(`::highlight\\(${highlightName('marker', status, theme)}\\)\\s*\\{\\s*background-color:\\s*(#[0-9a-f]{6});\\s*color:\\s*(#[0-9a-f]{6})`).exec(highlights)
    const background = new RegExp(`\\.example-mark\\[data-status="${status}"\\]\\s*\\{\\s*background:\\s*(#[0-9a-f]{6})`).exec(themes[theme])?.[1]
    const text = /\.example-mark\s*\{\s*color:\s*(#[0-9a-f]{6})/.exec(themes[theme])?.[1]
    expect(rule).not.toBeNull()
    expect([background, text]).toEqual([rule?.[1], rule?.[2]])
  })
})
