/** The claim the first-run page's example sentence restates (example.test.ts checks the matcher agrees, in both languages). */
export const EXAMPLE_CLAIM = 'split-russia-china'
