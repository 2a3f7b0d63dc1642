/**
 * Writes measured figures into the README between `<!-- NAME:begin -->` and `<!-- NAME:end -->`,
 * so the figures there always come from a script run (npm run eval / bench -- --readme).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const README = fileURLToPath(new URL('../README.md', import.meta.url))

export function writeReadmeBlock(name: string, markdown: string): void {
  const text = readFileSync(README, 'utf8')
  const begin = `<!-- ${name}:begin -->`
  const end = `<!-- ${name}:end -->`
  const from = text.indexOf(begin)
  const to = text.indexOf(end)
  if (from < 0 || to < from) throw new Error(`README.md has no ${begin} … ${end} block`)
  writeFileSync(README, `${text.slice(0, from + begin.length)}\n${markdown.trim()}\n${text.slice(to)}`)
  console.log(`README.md: ${name} figures updated`)
}

export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}
