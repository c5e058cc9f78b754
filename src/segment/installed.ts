import {createRequire} from 'node:module'
import type {SegmenterName} from '../pipeline/options.js'

/** The package each backend loads, and how to get it when it is missing; `null` for a dependency npm always installs. */
const backends: Readonly<Record<SegmenterName, {package: string; install: string} | null>> = {
  'node-rs': null,
  nodejieba: {package: 'nodejieba', install: 'it is an optional dependency that builds from source; install it with `npm install nodejieba` or use the default `node-rs` segmenter'}
}

const require = createRequire(import.meta.url)
/** Answers for the real resolver: they hold for the life of the process. */
const answers = new Map<SegmenterName, string | undefined>()

/**
 * Why the backend `name` cannot load (its optional package is not
 * installed), or undefined when it can. Resolving the package finds it
 * without loading it, so asking costs a few file lookups, once.
 */
export function missingSegmenter(name: SegmenterName, resolve?: (id: string) => string): string | undefined {
  const backend = backends[name]
  if (!backend) return undefined
  if (resolve) return resolves(backend.package, resolve) ? undefined : notInstalled(name, backend.install)
  if (!answers.has(name)) answers.set(name, resolves(backend.package, require.resolve) ? undefined : notInstalled(name, backend.install))
  return answers.get(name)
}

function resolves(id: string, resolve: (id: string) => string): boolean {
  try {
    resolve(id)
    return true
  } catch {
    return false
  }
}

function notInstalled(name: SegmenterName, install: string): string {
  return `The \`${name}\` segmenter is not installed (${install})`
}
