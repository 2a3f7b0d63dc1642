/** Imported first by the entry, so the content script's own start-up time is counted too. */
export const scriptStartedAt = performance.now()
