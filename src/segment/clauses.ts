/**
 * Segmenting a text clause by clause, on demand.
 *
 * Only extraction reads tokens, and only around the numbers it found: the
 * subject of a fact is sought in the fact's clause (`subjectBefore`,
 * `subjectAfter`, `respectiveSubjects` in `src/extract/subject.ts` stop at
 * a punctuation token). In prose most clauses hold no number, and cutting
 * them was the pipeline's largest cost. So the text is split into clauses
 * after each clause mark (`。！？；，：` and `;,:!?`), and a clause is cut
 * and tagged the first time extraction asks for the tokens at an offset in
 * it; `file.data.tokens`, read by anyone else, cuts what is left.
 *
 * The tokens are exactly those of segmenting the whole text: jieba cuts
 * runs of Han characters, letters and digits one by one, each mark outside
 * them is a word of its own (tagged `x`), and a word is tagged by itself,
 * never by its neighbours (see `cutThenTag`); so cutting from a mark on
 * gives the words of the whole text from there. A test compares both on
 * every corpus article.
 *
 * A clause's tokens start with the mark before it (`，办结项目手续`: the
 * comma tells that the verb leads a clause) and end with its own mark, so
 * a search that stops at marks sees what it would see in the whole text.
 * A mark right after `每` ends no clause: `subjectBefore` steps over `每`
 * and the word after it, whatever that word is.
 */
import type {Token} from '../types.js'
import type {WordsAndTags} from './backends.js'
import {locate} from './locate.js'

/** What a UTF-16 code unit is, by bits: a table rather than a set, as every unit of the text is looked up. */
const kinds = new Uint8Array(0x10000)
const MARK = 1
const NUMERAL = 2
/** Clause marks: one-character words tagged `x`, at which every subject search stops. Not `、` (lists) or `.` (decimals). */
for (const mark of '。！？；，：;,:!?') kinds[mark.charCodeAt(0)]! |= MARK
/** Characters that start most numbers: ASCII and full-width digits, Chinese numerals. */
for (const numeral of '0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟') kinds[numeral.charCodeAt(0)]! |= NUMERAL
const every = '每'.charCodeAt(0)

/** Most characters cut in one call: clauses after the one asked for are cut with it while they may hold a number. */
const maxRun = 4096

export class ClauseTokens {
  private readonly text: string
  private readonly cut: (text: string) => WordsAndTags
  /** Clause `i` is `[starts[i], starts[i + 1])`; the last ends at the text's end. */
  private readonly starts: number[]
  /** Each clause's tokens, led by the mark before it (none for the first); `undefined` until cut. */
  private readonly clauses: Array<readonly Token[] | undefined>
  private whole: Token[] | undefined

  constructor(text: string, cut: (text: string) => WordsAndTags) {
    this.text = text
    this.cut = cut
    const starts = [0]
    for (let index = 0; index < text.length; index++) {
      if ((kinds[text.charCodeAt(index)]! & MARK) !== 0 && (index === 0 || text.charCodeAt(index - 1) !== every) && index + 1 < text.length) starts.push(index + 1)
    }
    this.starts = starts
    this.clauses = new Array(starts.length)
  }

  /** Clauses in the text. */
  get count(): number {
    return this.starts.length
  }

  /** Clauses cut so far. */
  get cutCount(): number {
    let count = 0
    for (const clause of this.clauses) if (clause) count++
    return count
  }

  /**
   * The tokens of the clause holding `offset` (the text's last clause for
   * its end), led by the mark before the clause: what a search from
   * `offset` that stops at clause marks can reach.
   */
  at(offset: number): readonly Token[] {
    const index = this.clauseAt(offset)
    return this.clauses[index] ?? this.cutFrom(index, true)
  }

  /** Every token of the text, in order: what segmenting the whole text gives. */
  all(): Token[] {
    if (this.whole) return this.whole
    const tokens: Token[] = []
    for (let index = 0; index < this.clauses.length; index++) {
      const clause = this.clauses[index] ?? this.cutFrom(index, false)
      // Leave out the mark that leads a clause: it ended the clause before.
      const from = index > 0 && clause[0]?.end === this.starts[index] ? 1 : 0
      for (let k = from; k < clause.length; k++) tokens.push(clause[k]!)
    }
    this.whole = tokens
    return tokens
  }

  private clauseAt(offset: number): number {
    const starts = this.starts
    let low = 0
    let high = starts.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (starts[middle]! <= offset) low = middle + 1
      else high = middle
    }
    return Math.max(0, low - 1)
  }

  /**
   * Cut clause `first` and the uncut clauses after it, in one call, up to
   * `maxRun` characters; when `likely`, only those that may hold a number
   * (one call costs about as much as cutting 30 characters).
   */
  private cutFrom(first: number, likely: boolean): readonly Token[] {
    const {starts, clauses, text} = this
    const end = (index: number) => (index + 1 < starts.length ? starts[index + 1]! : text.length)
    let last = first
    while (
      last + 1 < starts.length &&
      clauses[last + 1] === undefined &&
      end(last + 1) - starts[first]! <= maxRun &&
      (!likely || this.mayHoldNumber(starts[last + 1]!, end(last + 1)))
    ) {
      last++
    }
    // From the mark before the first clause, which is a word of its own.
    const from = first > 0 ? starts[first]! - 1 : 0
    const tokens = locate(text.slice(from, end(last)), this.cut(text.slice(from, end(last))), from)
    let k = 0
    for (let index = first; index <= last; index++) {
      const clause: Token[] = []
      // The leading mark, then the clause's own tokens.
      if (index > first && tokens[k - 1]?.end === starts[index]) clause.push(tokens[k - 1]!)
      const stop = end(index)
      while (k < tokens.length && tokens[k]!.start < stop) clause.push(tokens[k++]!)
      clauses[index] = clause
    }
    return clauses[first]!
  }

  private mayHoldNumber(start: number, end: number): boolean {
    for (let index = start; index < end; index++) if ((kinds[this.text.charCodeAt(index)]! & NUMERAL) !== 0) return true
    return false
  }
}
