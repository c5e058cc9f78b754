/**
 * How the check stage scales with the length of one article: generated
 * news paragraphs (the bench's) joined into single articles of growing size,
 * each run through the stages before `check` once, then `check` timed alone.
 * Linear work keeps seconds per MB flat across the rows; quadratic work
 * doubles it with each doubling of the size.
 *
 *   npm run build && npx tsx scripts/check-scale.ts [--mb 3] [--steps 3]
 *
 * A script, not a test: timings belong to `npm run bench`, never to assertions.
 */
import {VFile} from 'vfile'
import {resolveOptions, stages} from '../dist/index.js'
import {newsArticle, random} from './bench-corpus.js'

const args = process.argv.slice(2)
const flag = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`)
  return at === -1 ? fallback : Number(args[at + 1])
}
const largestMb = flag('mb', 3)
const steps = Math.max(1, flag('steps', 3))

/** One article of about `bytes` UTF-8 bytes: a dateline, then generated news paragraphs. */
function bigArticle(bytes: number): string {
  const next = random(7)
  const paragraphs = ['2023-02-20 08:58:54 来源:新闻网']
  let size = 0
  for (let i = 0; size < bytes; i++) {
    // Each generated article opens with its own dateline: keep only the first.
    const body = newsArticle(i, next).text.split('\n').slice(1).join('\n')
    paragraphs.push(body)
    size += Buffer.byteLength(body) + 1
  }
  return paragraphs.join('\n')
}

const options = resolveOptions({})
const checkStage = stages.find(([name]) => name === 'check')
if (!checkStage) throw new Error('no check stage')

console.log('size       facts   checks   check stage   s per MB')
for (let step = steps - 1; step >= 0; step--) {
  const bytes = (largestMb * 1e6) / 2 ** step
  const file = new VFile({value: bigArticle(bytes)})
  file.data.id = 'big'
  file.data.publishedAt = null
  for (const [name, stage] of stages) {
    if (name === 'check') break
    stage(file, options)
  }
  const start = process.hrtime.bigint()
  checkStage[1](file, options)
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  const mb = bytes / 1e6
  console.log(
    `${mb.toFixed(2).padStart(5)} MB ${String(file.data.facts?.length ?? 0).padStart(8)} ${String(file.data.checks?.length ?? 0).padStart(8)} ${seconds.toFixed(2).padStart(11)} s ${(seconds / mb).toFixed(2).padStart(10)}`
  )
}
