import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const root = new URL('../../', import.meta.url)
const catalogue = (lang: string): Record<string, { message: string; placeholders?: Record<string, { content: string }> }> =>
  JSON.parse(readFileSync(new URL(`_locales/${lang}/messages.json`, root), 'utf8'))
const en = catalogue('en')
const de = catalogue('de')

describe('locales', () => {
  it('German has exactly the English keys', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort())
  })

  it.each(Object.keys(en))('%s has the same placeholders in both languages, and uses them', (key) => {
    const names = (entry: (typeof en)[string]): string[] => Object.keys(entry.placeholders ?? {}).sort()
    expect(names(de[key] as (typeof en)[string])).toEqual(names(en[key] as (typeof en)[string]))
    for (const entry of [en[key], de[key]]) for (const name of names(entry as (typeof en)[string])) expect(entry?.message.toLowerCase()).toContain(`$${name}$`)
  })

  it('every __MSG_ in the manifest exists', () => {
    const manifest = readFileSync(new URL('manifest.json', root), 'utf8')
    for (const [, key] of manifest.matchAll(/__MSG_(\w+)__/g)) expect(en).toHaveProperty(key as string)
  })

  it('every string the code asks for exists', () => {
    const used = new Set<string>()
    const walk = (dir: URL): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(new URL(`${entry.name}/`, dir))
        else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts')) {
          for (const [, key] of readFileSync(new URL(entry.name, dir), 'utf8').matchAll(/\bt\(\s*'(\w+)'/g)) used.add(key as string)
        }
      }
    }
    walk(new URL('src/', root))
    expect(used.size).toBeGreaterThan(20)
    for (const key of used) expect(en, key).toHaveProperty(key)
  })
})
