/**
 * The suite-wide network count. Before the run the ledger is emptied; after it, every worker's
 * entries are added up and printed, and any request from the extension or off the fixture
 * server fails the run (each worker also fails its own tests, see fixtures.ts).
 */
import { existsSync, readFileSync } from 'node:fs'
import { LEDGER, resetLedger, type NetworkLedger } from './fixtures.ts'

export function setup(): void {
  resetLedger()
}

export function teardown(): void {
  const entries = existsSync(LEDGER) ? readFileSync(LEDGER, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as NetworkLedger) : []
  const total = entries.reduce((sum, entry) => sum + entry.total, 0)
  const fromExtension = entries.flatMap((entry) => entry.fromExtension)
  const external = entries.flatMap((entry) => entry.external)
  console.log(`Network ledger: ${total} requests seen across ${entries.length} browser sessions; ${fromExtension.length} made by the extension, ${external.length} left the fixture server.`)
  if (fromExtension.length > 0 || external.length > 0) throw new Error(`network requests that must not happen: ${JSON.stringify({ fromExtension, external })}`)
}
