export { setup as default } from './network-ledger.ts'
