import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)

/**
 * A module loaded on first use, synchronously (stages are synchronous).
 * Heavy parsers (HTML, encoding detection, franc's trigram tables) cost
 * 20–100 ms each to import, paid by every worker thread at start-up even
 * when no input of a run needs them. ES modules load through `require`
 * (Node 20.19 and later).
 */
export function lazyModule<T>(specifier: string): () => T {
  let loaded: T | undefined
  return () => (loaded ??= require(specifier) as T)
}
