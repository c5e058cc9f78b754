import type {Check, Fact} from '../../types.js'
import {firstFrom} from '../layout.js'
import {perContext} from '../memo.js'
import type {Rule, RuleContext} from '../rule.js'
import {languageOf, searchEnd, sentenceOf} from '../text.js'

const id = 'list-length'

export const listLength: Rule = {
  id,
  description:
    'A stated number of items matches the items listed: before the count and separated by `、` (`专班推进、清单交办、定期调度、中期盘点、督导推进五项机制`), or after it, after a colon, as `一是…二是…三是…` or a list',
  run(context) {
    return context.facts.flatMap((count) => {
      if (count.kind !== 'count' || typeof count.value !== 'number' || !Number.isInteger(count.value)) return []
      if (count.value < 2 || count.value > 30) return []
      const list = listBefore(context, count) ?? listAfter(context, count)
      return list ? [judge(count, list)] : []
    })
  }
}

interface Listed {
  /** How many items the list has, and the other reading when `和` may join two items or sit inside one. */
  lengths: number[]
  /** Written as `A、B等三项`: the list may abbreviate. */
  abbreviated: boolean
  describe: string
  facts: string[]
}

function judge(count: Fact, list: Listed): Check {
  const stated = count.value as number
  const length = list.lengths.at(-1)!
  const base = {rule: id, facts: [count.id, ...list.facts], expected: length, actual: stated}
  const announced = `${count.text.trim()}${count.subject ? ` ${count.subject.trim()}` : ''}`
  if (list.lengths.includes(stated)) {
    return {...base, expected: stated, verdict: 'consistent', message: `${announced} announces ${stated}; ${list.describe} lists ${stated}`}
  }
  if (list.abbreviated && length < stated) {
    return {...base, verdict: 'unverifiable', message: `${announced} announces ${stated}; ${list.describe} lists ${length} and ends in 等 (and others)`}
  }
  return {...base, verdict: 'inconsistent', message: `${announced} announces ${stated}, but ${list.describe} lists ${length}`}
}

const segmentBreak = /[,，;；:：。！？!?“”"「」『』()（）\n]/u

/** `专班推进、清单交办、…、督导推进五项机制`: items joined by `、` right before the count. */
function listBefore(context: RuleContext, count: Fact): Listed | null {
  if (languageOf(context) === 'en') return null
  // `…五项机制`: the count is followed by what it counts. `新建、改扩建中小学和幼儿园廿所` counts schools, not the list.
  if (!/^\p{Script=Han}/u.test(context.text.slice(count.span[1], count.span[1] + 1))) return null
  let start = count.span[0]
  while (start > 0 && !segmentBreak.test(context.text[start - 1]!)) start--
  // No other number in the list: none starts between its start and the count.
  if (firstFrom(context.facts, start) < firstFrom(context.facts, count.span[0])) return null
  let segment = context.text.slice(start, count.span[0])
  const abbreviated = /等{1,2}(?:这|共)?$/u.test(segment)
  segment = segment.replace(/(?:等{1,2})?(?:这|共)?$/u, '')
  if (!segment.includes('、')) return null
  const items = segment.split('、')
  if (items.some((item) => item === '' || item.length > 12 || /[\d０-９]/u.test(item))) return null
  return {
    lengths: [items.length, items.length + (joinsTwo(items.at(-1)!) ? 1 : 0)],
    abbreviated,
    describe: `the list before it (${items.join('、')})`,
    facts: []
  }
}

/** Whether `和`/`及`/`与` joins two items (`清单交办和督导推进`). */
function joinsTwo(item: string): boolean {
  return /^.+?(?:以及|和|及|与).+$/u.test(item)
}

/** After a colon (or at the end of the sentence): ordinals `一是…二是…`, or a list up to the sentence end. */
function listAfter(context: RuleContext, count: Fact): Listed | null {
  const english = languageOf(context) === 'en'
  const [, sentenceEnd] = sentenceOf(context, count)
  const rest = context.text.slice(count.span[1], sentenceEnd)
  const colon = rest.search(/[:：]/u)
  const lead = colon === -1 ? rest : rest.slice(0, colon)
  // The count must introduce what follows: a few words (`方面的措施`), no clause between.
  if (lead.length > (english ? 40 : 12) || /[,，;；]/u.test(lead)) return null
  const from = colon === -1 ? sentenceEnd : count.span[1] + colon + 1
  const ordinals = ordinalRun(context, from)
  if (ordinals.length > 0) {
    return {
      lengths: [ordinals.length],
      abbreviated: false,
      describe: `${ordinals[0]!.text.trim()}…${ordinals.at(-1)!.text.trim()}`,
      facts: ordinals.map((fact) => fact.id)
    }
  }
  if (colon === -1) return null
  return english ? englishList(context, from) : chineseList(context, from)
}

/** Ordinal facts 1, 2, 3, … starting right at `from`. */
function ordinalRun(context: RuleContext, from: number): Fact[] {
  const all = ordinals(context)
  const at = firstFrom(all, from)
  const first = all[at]
  if (!first || first.value !== 1 || !/^[\s“"「]*$/u.test(context.text.slice(from, first.span[0]))) return []
  const run = [first]
  for (let index = at + 1; index < all.length && all[index]!.value === run.length + 1; index++) run.push(all[index]!)
  return run
}

const ordinals = perContext((context) => context.facts.filter((fact) => fact.kind === 'ordinal'))

/** `包括五项机制:专班推进、清单交办、…。` */
function chineseList(context: RuleContext, from: number): Listed | null {
  const segment = context.text.slice(from, searchEnd(context, from, /[。；;\n]/u)).trim()
  if (!segment.includes('、') || /[,，]/u.test(segment)) return null
  const items = segment.split('、')
  if (items.some((item) => item === '' || item.length > 16 || /[\d０-９]/u.test(item))) return null
  const abbreviated = /等{1,2}$/u.test(items.at(-1)!)
  return {
    lengths: [items.length, items.length + (joinsTwo(items.at(-1)!) ? 1 : 0)],
    abbreviated,
    describe: `the list after it (${items.join('、')})`,
    facts: []
  }
}

/** `five mechanisms: task forces, list-based assignment, regular scheduling, mid-term reviews and supervision.` */
function englishList(context: RuleContext, from: number): Listed | null {
  const segment = context.text.slice(from, searchEnd(context, from, /[;\n]|\.(?=\s|$)/u)).trim()
  if (!segment.includes(',')) return null
  const items = segment.split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/iu).filter((item) => item !== '')
  if (items.length < 2 || items.some((item) => item.split(/\s+/u).length > 8 || /\d/u.test(item))) return null
  return {
    lengths: [items.length],
    abbreviated: /\b(etc|and so on|among others)\b/iu.test(segment),
    describe: `the list after it (${items.join('; ')})`,
    facts: []
  }
}
