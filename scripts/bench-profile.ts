/**
 * A CPU profile of the warm one-job pipeline (processSync over the bench
 * corpus), self time by function and by file, built-ins and regular
 * expressions counted in their caller. For finding where time goes; the
 * figures to compare come from bench-instructions.ts.
 *
 *   npx tsx scripts/bench-profile.ts [--mb 4] [--warm 3] [--passes 2] [--top 40] [--only STAGE]
 */
import {Session, type Profiler} from 'node:inspector'
import {VFile} from 'vfile'
import {createNewsfacts, resolveOptions, stages} from '../dist/index.js'
import {buildCorpus} from './bench-corpus.js'

const args = process.argv.slice(2)
const flag = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`)
  return at === -1 ? fallback : args[at + 1]!
}
const {articles} = buildCorpus(Number(flag('mb', '4')) * 1e6, new URL('../../shared/', import.meta.url))
const newsfacts = createNewsfacts()
const passOnce = () => {
  for (const a of articles) newsfacts.processSync({id: a.id, value: a.text})
}
for (let i = 0; i < Number(flag('warm', '3')); i++) passOnce()

const session = new Session()
session.connect()
const post = <T>(method: string, params?: object) =>
  new Promise<T>((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))))
await post('Profiler.enable')
await post('Profiler.setSamplingInterval', {interval: 100})
await post('Profiler.start')
for (let i = 0; i < Number(flag('passes', '2')); i++) passOnce()
const {profile} = await post<{profile: Profiler.Profile}>('Profiler.stop')
session.disconnect()

const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
const parents = new Map<number, number>()
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id)
const owner = (id: number): Profiler.ProfileNode['callFrame'] => {
  let node = nodes.get(id)!
  while (node.callFrame.url === '' && parents.has(node.id) && nodes.get(parents.get(node.id)!)!.callFrame.functionName !== '(root)') {
    node = nodes.get(parents.get(node.id)!)!
  }
  return node.callFrame
}
/** The stage a sample is in: the nearest ancestor from dist/<stage>/. */
const stageOf = (id: number): string => {
  let node: Profiler.ProfileNode | undefined = nodes.get(id)
  let found = '(other)'
  while (node) {
    const m = /\/dist\/(\w+)\//.exec(node.callFrame.url)
    if (m && m[1] !== 'pipeline' && m[1] !== 'util') found = m[1]!
    node = parents.has(node.id) ? nodes.get(parents.get(node.id)!) : undefined
    if (found !== '(other)' && node && /\/dist\/pipeline\//.test(node.callFrame.url)) break
  }
  return found
}
const self = new Map<string, number>()
const byFile = new Map<string, number>()
const byStage = new Map<string, number>()
let total = 0
const deltas = profile.timeDeltas ?? []
const only = flag('only', '')
profile.samples?.forEach((id, index) => {
  const frame = owner(id)
  if (frame.url.startsWith('node:inspector')) return
  const delta = deltas[index] ?? 0
  const stage = stageOf(id)
  byStage.set(stage, (byStage.get(stage) ?? 0) + delta)
  if (only && stage !== only) return
  total += delta
  const file = frame.url.replace(/^file:\/\/.*?\/(dist|node_modules)\//, '$1/') || frame.functionName || '(native)'
  const name = frame.url ? `${file}:${frame.functionName || '(anonymous)'}:${frame.lineNumber + 1}` : file
  self.set(name, (self.get(name) ?? 0) + delta)
  byFile.set(file, (byFile.get(file) ?? 0) + delta)
})
const top = (map: Map<string, number>, n: number, sum = total) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, micros]) => `  ${((micros / sum) * 100).toFixed(1).padStart(5)}%  ${(micros / 1000).toFixed(0).padStart(6)} ms  ${name}`)
    .join('\n')
const all = [...byStage.values()].reduce((a, b) => a + b, 0)
console.log(`by stage (innermost dist/<dir> under the pipeline):\n${top(byStage, 20, all)}`)
console.log(`\nself time by function${only ? ` in ${only}` : ''}:\n${top(self, Number(flag('top', '40')))}`)
console.log(`\nself time by file:\n${top(byFile, 25)}`)
void resolveOptions
void stages
void VFile
