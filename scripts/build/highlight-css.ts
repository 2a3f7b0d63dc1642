/**
 * Firefox (ESR 153, checked by e2e/firefox.spec.ts) does not carry ::highlight styles set on
 * :root down to the text inside the page, as Chromium's highlight inheritance does; there every
 * rule must match the highlighted text's own element. So the Firefox build ships the rules
 * unscoped, and pays the style-matching cost the scoping saves Chromium.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'

export function unscopedHighlights(css: string): string {
  return css.replace(/:root::highlight\(/g, '::highlight(')
}

/** Rewrites the built highlight stylesheet for Firefox after CRXJS has written it. */
export function firefoxHighlightCss(): Plugin {
  return {
    name: 'counterpoint:firefox-highlight-css',
    apply: 'build',
    enforce: 'post',
    writeBundle(options, bundle) {
      for (const fileName of Object.keys(bundle)) {
        if (!fileName.endsWith('highlights.css') || !options.dir) continue
        const path = join(options.dir, fileName)
        writeFileSync(path, unscopedHighlights(readFileSync(path, 'utf8')))
      }
    },
  }
}
