/** One cold run for the benchmark: a fresh process matches the 10,000-word page once and prints ms. */
import { matchText, PROFILES } from '../../src/core/index.ts'
import { bundledPacks } from '../eval/measure.ts'
import { page } from './pages.ts'

const paragraphs = page(10_000)
const packs = bundledPacks()
const started = performance.now()
for (const paragraph of paragraphs) matchText(packs, paragraph, { profile: PROFILES.balanced, lang: 'en' })
process.stdout.write(String(performance.now() - started))
