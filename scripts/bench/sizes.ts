/** Bundle sizes of the built extension: the content script, and everything the popup loads. */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface Size {
  raw: number
  gzip: number
}

function sizeOf(files: string[]): Size {
  let raw = 0
  let gzip = 0
  for (const file of files) {
    const bytes = readFileSync(file)
    raw += bytes.length
    gzip += gzipSync(bytes, { level: 9 }).length
  }
  return { raw, gzip }
}

/** A built page's scripts and styles, following static imports between chunks. */
function pageFiles(dist: string, html: string): string[] {
  const found = new Set<string>()
  const queue: string[] = []
  const page = readFileSync(join(dist, html), 'utf8')
  for (const [, src] of page.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)) queue.push(normalize(join(dist, (src as string).startsWith('/') ? (src as string) : join(dirname(html), src as string))))
  while (queue.length > 0) {
    const file = queue.pop() as string
    if (found.has(file) || !existsSync(file)) continue
    found.add(file)
    if (!file.endsWith('.js')) continue
    for (const [, src] of readFileSync(file, 'utf8').matchAll(/(?:import|from)\s*["']([^"']+\.(?:js|css))["']/g)) queue.push(normalize(join(dirname(file), src as string)))
  }
  return [...found]
}

export function bundleSizes(dist: string): { contentScript: Size; popup: Size } {
  return { contentScript: sizeOf([join(dist, 'src/content/main.js')]), popup: sizeOf(pageFiles(dist, 'src/ui/popup/index.html')) }
}
