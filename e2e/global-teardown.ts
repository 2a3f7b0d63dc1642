export { teardown as default } from './network-ledger.ts'
