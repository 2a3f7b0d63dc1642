/**
 * A gazetteer of countries for claims that come with nothing but their sentence: a claim about
 * "Russia" must also find "Moscow", "the Kremlin", "Russian" and, in German, "Russland", "Moskau",
 * "russisch". Country names in both languages from i18n-iso-countries, capitals from countries-list,
 * other names of the capital and the country's adjective from WordNet (its "capital of" sense and
 * its pertainym), German forms of those through the Ding dictionary (selection only).
 */
import { createRequire } from 'node:module'
import type { Lang } from '../../src/core/text/language.ts'
import type { Translations } from './ding.ts'
import type { WordNet } from './wordnet.ts'

export interface EntityCluster {
  id: string
  en: string[]
  de: string[]
}

/**
 * Seats of government that stand for their country in news ("the Kremlin said"), and unions that
 * stand in for their members: general knowledge no package lists, kept to the few that news uses.
 */
const STANDS_FOR: Record<string, Record<Lang, string[]>> = {
  RU: { en: ['Kremlin'], de: ['Kreml'] },
  UA: { en: ['Kiev'], de: ['Kiew', 'Kyjiw'] },
  US: { en: ['White House', 'America', 'Americans'], de: ['Weißes Haus', 'Weißen Haus', 'Weiße Haus', 'Amerika', 'Amerikaner'] },
  GB: { en: ['Downing Street', 'Britain', 'British'], de: ['Downing Street', 'Britannien', 'britisch'] },
  DE: { en: [], de: ['deutsch'] },
  FR: { en: ['Élysée', 'Elysee'], de: ['Élysée', 'Elysée'] },
  CN: { en: ['Zhongnanhai'], de: ['Zhongnanhai'] },
  EU: { en: ['European Union', 'EU', 'Europe', 'European', 'Europeans', 'Brussels'], de: ['Europäische Union', 'EU', 'Europa', 'europäisch', 'Europäer', 'Brüssel'] },
  NATO: { en: ['NATO', 'Nato', 'North Atlantic Treaty Organization'], de: ['NATO', 'Nato', 'Nordatlantikpakt'] },
}

interface CountryList {
  countries: Record<string, { name: string; alias?: string[]; capital: string }>
}

function capitalise(word: string): string {
  return word.replace(/(^|[\s-])(\p{Ll})/gu, (_all, start: string, letter: string) => start + letter.toUpperCase())
}

export function entityClusters(wordnet: WordNet, ding: Translations): EntityCluster[] {
  const require = createRequire(import.meta.url)
  const names = (lang: Lang) => (require(`i18n-iso-countries/langs/${lang}.json`) as { countries: Record<string, string | string[]> }).countries
  const english = names('en')
  const german = names('de')
  const { countries } = require('countries-list') as CountryList
  const clusters: EntityCluster[] = []
  for (const [code, info] of Object.entries(countries)) {
    const en = new Set<string>([english[code] ?? [], info.name, ...(info.alias ?? [])].flat().filter((name) => name.length > 2 || /^[A-Z]{2,3}$/.test(name)))
    const de = new Set<string>([german[code] ?? []].flat())
    const capital = info.capital.replace(/\s+D\.C\.$/, '')
    const capitalSense = wordnet.synsetsOf(capital, 'n').find((synset) => synset.words.some((word) => word.startsWith('capital of')))
    const capitals = capitalSense ? capitalSense.words.filter((word) => !word.startsWith('capital of')) : capital ? [capital] : []
    for (const name of capitals) {
      en.add(name)
      const translations = [...ding.german(name)].filter((translation) => !translation.includes(' '))
      // A city German writes as English does ("Washington") has no entry of its own.
      for (const translation of translations.length ? translations : name.includes(' ') ? [] : [name]) de.add(capitalise(translation))
    }
    const adjective = wordnet
      .synsetsOf(info.name, 'n')
      .map((sense) => wordnet.pertainymsOf(sense.id)[0])
      .find((word) => word !== undefined)
    if (adjective) {
      en.add(adjective)
      // "russisch" for Russland, not "germanistisch" for Deutschland: the adjective is built on a German name.
      const stems = [...de].map((name) => name.slice(0, 3).toLowerCase())
      for (const translation of ding.german(adjective)) if (/^\p{Ll}+isch$/u.test(translation) && stems.includes(translation.slice(0, 3))) de.add(translation)
    }
    const extra = STANDS_FOR[code]
    if (extra) {
      extra.en.forEach((name) => en.add(name))
      extra.de.forEach((name) => de.add(name))
    }
    if (en.size > 0) clusters.push({ id: code, en: [...en].sort(), de: [...de].sort() })
  }
  for (const id of ['EU', 'NATO']) clusters.push({ id, en: [...(STANDS_FOR[id]?.en ?? [])], de: [...(STANDS_FOR[id]?.de ?? [])] })
  return clusters.sort((a, b) => a.id.localeCompare(b.id))
}
