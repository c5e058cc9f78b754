/**
 * Pathological input shapes: texts on which a scan that runs back over the
 * text per number turns quadratic. `npm run bench` times each at 1 MB with
 * the one-job pipeline (seconds per MB; the goal is at most 3 s/MB, linear
 * time); run alone, this times them at a size of your choosing, so that
 * doubling the size shows whether the time doubles or quadruples.
 *
 *   npx tsx scripts/bench-shapes.ts [--kb 1000] [--only digit] [--profile]
 */
import {Session, type Profiler} from 'node:inspector'
import {pathToFileURL} from 'node:url'

export interface Shape {
  name: string
  /** A text of about `bytes` UTF-8 bytes in this shape. */
  make: (bytes: number) => string
}

/** Repeat `piece(i)` until the text holds `bytes` UTF-8 bytes. */
function fill(bytes: number, piece: (index: number) => string): string {
  const parts: string[] = []
  let size = 0
  for (let index = 0; size < bytes; index++) {
    const part = piece(index)
    parts.push(part)
    size += Buffer.byteLength(part)
  }
  return parts.join('')
}

/** Deterministic pseudo-random bytes (a linear congruential generator), so runs compare. */
function pseudoRandomBytes(count: number): Buffer {
  const bytes = Buffer.alloc(count)
  let state = 0x2545f491
  for (let index = 0; index < count; index++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    bytes[index] = state >>> 24
  }
  return bytes
}

const englishSentences = [
  'Retail sales rose 5.2 percent to $1,234 million in March, the bureau said.',
  'The company hired 48 workers and closed 3 plants, leaving 1,236 on the payroll.',
  'U.S. exports fell 0.7% from a year earlier, while imports were up 12 percent.',
  'About 2.5 million households, or 14% of the total, had no car in 2023.',
  // A count without its noun (`a fleet of 1,236`) looks for one in its sentence, which here never ends.
  'and the fleet grew to 1,236, then to 1,310 and'
]

export const shapes: readonly Shape[] = [
  // In a Chinese sentence, so that it is read, and with an `@` after it, which sends e-mail patterns through every start in the run.
  {name: 'a digit run', make: (bytes) => `据统计，收入为${'1234567890'.repeat(Math.ceil(bytes / 10)).slice(0, bytes - 80)}元。联系 news@example.com`},
  {name: 'English without line breaks', make: (bytes) => fill(bytes, (index) => `${englishSentences[index % englishSentences.length]} `)},
  {name: 'one very long English sentence', make: (bytes) => 'Officials said ' + fill(bytes, (index) => `${englishSentences[4]} ${index % 900 + 100} buses, `) + 'in all.'},
  {name: 'a percent list', make: (bytes) => '增长' + fill(bytes, (index) => `${index % 100}%、`)},
  {name: 'a base64 image', make: (bytes) => `<p>图片：data:image/png;base64,${pseudoRandomBytes(Math.floor((bytes * 3) / 4)).toString('base64')}</p>`},
  {name: 'one very long sentence', make: (bytes) => fill(bytes, (index) => `第${index % 90 + 1}季度营业收入增长${index % 30}.5%，利润${index % 700 + 100}万元，`) + '。'}
]

/** Seconds `run` (the one-job pipeline, in this thread) takes on `text`. */
export function timeShape(run: (text: string) => unknown, text: string): number {
  const start = performance.now()
  run(text)
  return (performance.now() - start) / 1000
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2)
  const at = (name: string) => args.indexOf(`--${name}`)
  const kb = at('kb') === -1 ? 1000 : Number(args[at('kb') + 1])
  const only = at('only') === -1 ? '' : args[at('only') + 1]!
  const {createNewsfacts} = await import('../dist/index.js')
  const newsfacts = createNewsfacts({maxBytes: 64 * 1024 * 1024})
  newsfacts.processSync('预热：增长5%。')
  for (const shape of shapes) {
    if (only && !shape.name.includes(only)) continue
    const text = shape.make(kb * 1000)
    const mb = Buffer.byteLength(text) / 1e6
    if (args.includes('--profile')) {
      const session = new Session()
      session.connect()
      const post = <T>(method: string, params?: object) =>
        new Promise<T>((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))))
      await post('Profiler.enable')
      await post('Profiler.start')
      const seconds = timeShape((value) => newsfacts.processSync({id: shape.name, value}), text)
      const {profile} = await post<{profile: Profiler.Profile}>('Profiler.stop')
      session.disconnect()
      console.log(`${shape.name}: ${(seconds / mb).toFixed(2)} s/MB (${mb.toFixed(2)} MB)`)
      printSelfTime(profile)
    } else {
      const seconds = timeShape((value) => newsfacts.processSync({id: shape.name, value}), text)
      console.log(`${shape.name.padEnd(28)} ${(seconds / mb).toFixed(2).padStart(7)} s/MB  (${mb.toFixed(2)} MB, ${seconds.toFixed(2)} s)`)
    }
  }
}

/** The functions with the most self time (built-ins and regular expressions counted in their caller). */
function printSelfTime(profile: Profiler.Profile): void {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const parents = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id)
  const owner = (id: number): Profiler.ProfileNode['callFrame'] => {
    let node = nodes.get(id)!
    while (node.callFrame.url === '' && parents.has(node.id)) node = nodes.get(parents.get(node.id)!)!
    return node.callFrame
  }
  const self = new Map<string, number>()
  let total = 0
  const deltas = profile.timeDeltas ?? []
  profile.samples?.forEach((id, index) => {
    const frame = owner(id)
    const delta = deltas[index] ?? 0
    total += delta
    const name = `${frame.url.replace(/^file:\/\/.*?\/(dist|node_modules)\//, '$1/')}:${frame.functionName || '(anonymous)'}:${frame.lineNumber + 1}`
    self.set(name, (self.get(name) ?? 0) + delta)
  })
  for (const [name, micros] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
    console.log(`  ${((micros / total) * 100).toFixed(1).padStart(5)}%  ${(micros / 1000).toFixed(0).padStart(7)} ms  ${name}`)
  }
}
