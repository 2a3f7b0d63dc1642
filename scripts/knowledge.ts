/**
 * npm run knowledge: writes the generated knowledge (sources and licences: src/data/NOTICE.md):
 * src/core/knowledge/general.json (countries and the names that stand for them, word rarity) and
 * src/data/russia-china-2025.grown.json (the bundled pack's concepts grown from WordNet,
 * OpenThesaurus and the verb dictionaries; how often each pattern holds by chance). Needs Debian's
 * mythes-de and trans-de-en; everything else comes with npm install. Run `npm run train` after it.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { packSchema } from '../src/core/index.ts'
import { findOpenThesaurus } from './knowledge/openthesaurus.ts'
import { findDing } from './knowledge/ding.ts'
import { generalKnowledge } from './knowledge/general.ts'
import { growPack } from './knowledge/grow.ts'
import { patternChances } from './knowledge/chance.ts'
import { stemCollisions } from './knowledge/collisions.ts'
import { withGrownTerms } from '../src/core/knowledge/grown.ts'

const PACK = new URL('../src/data/russia-china-2025.pack.json', import.meta.url)
const OUT = new URL('../src/data/russia-china-2025.grown.json', import.meta.url)
const GENERAL = new URL('../src/core/knowledge/general.json', import.meta.url)

if (!findOpenThesaurus() || !findDing()) {
  process.stderr.write('knowledge: OpenThesaurus and the Ding dictionary are needed; install them with `apt-get install mythes-de trans-de-en`\n')
  process.exit(1)
}
// General knowledge first: compiling the pack below reads it.
const general = generalKnowledge()
writeFileSync(GENERAL, JSON.stringify(general) + '\n')
console.log(`knowledge: ${general.entities.length} entity clusters -> ${GENERAL.pathname}`)
const data = JSON.parse(readFileSync(PACK, 'utf8')) as unknown
const pack = packSchema.parse(data)
const grown = growPack(pack)
// Chance rates are counted with the grown terms in place, as the matcher will use them.
const table = { ...grown, patterns: patternChances(withGrownTerms(data, grown)) }
writeFileSync(OUT, JSON.stringify(table, null, 1) + '\n')
const counts = Object.values(table.concepts).reduce((sum, concept) => sum + concept.en.length + concept.de.length, 0)
console.log(`knowledge: ${counts} grown terms for ${Object.keys(table.concepts).length} concepts, chance rates for ${Object.keys(table.patterns).length} claims -> ${OUT.pathname}`)
for (const lang of ['en', 'de'] as const) {
  const concepts = Object.fromEntries(Object.entries(pack.lexicon).map(([name, entry]) => [name, [...(entry.terms.any ?? []), ...(entry.terms[lang] ?? []), ...(table.concepts[name]?.[lang] ?? [])]]))
  const collisions = stemCollisions(lang, concepts)
  if (collisions.length > 0) console.log(`knowledge: ${lang} words of general text that count as a concept by their stem alone (review; write the term as "=word" or avoid it):\n${collisions.map((c) => `  ${c.concept}: "${c.word}" (${c.perMillion.toFixed(0)} per million) by "${c.term}"`).join('\n')}`)
}
