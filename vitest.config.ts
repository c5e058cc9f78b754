import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Segmenter and converter dictionaries load once per worker; few workers keeps memory and start-up low on 2 cores.
    pool: 'threads',
    testTimeout: 60_000
  }
})
