import {OffsetMap} from '../util/offset-map.js'

/** Characters dropped where a line starts or ends (indentation, stray spaces around blocks). */
const edgeSpace = /^[ \u00A0\u3000]$/

/**
 * Builds a text out of pieces of a larger source (text nodes of an HTML
 * page), in any layout, recording the source range of every unit. Unlike
 * `TextBuilder` it never copies the gaps between pieces (the markup).
 */
export class MappedTextBuilder {
  private readonly units: string[] = []
  private readonly starts: number[] = []
  private readonly ends: number[] = []
  private readonly sourceLength: number

  constructor(sourceLength: number) {
    this.sourceLength = sourceLength
  }

  /** Append one UTF-16 unit that came from `source[start, end)`; spaces at the start of a line are dropped. */
  push(unit: string, start: number, end: number): void {
    const last = this.units.at(-1)
    if (edgeSpace.test(unit) && (last === undefined || last === '\n')) return
    this.units.push(unit)
    this.starts.push(start)
    this.ends.push(end)
  }

  get last(): string | undefined {
    return this.units.at(-1)
  }

  /** End the current line (never more than one newline in a row, none at the start). */
  lineBreak(at: number): void {
    this.trimEnd()
    if (this.units.length === 0 || this.units.at(-1) === '\n') return
    this.units.push('\n')
    this.starts.push(at)
    this.ends.push(at)
  }

  finish(): {text: string; map: OffsetMap} {
    this.trimEnd()
    while (this.units.at(-1) === '\n') this.pop()
    return {
      text: this.units.join(''),
      map: new OffsetMap(Int32Array.from(this.starts), Int32Array.from(this.ends), this.sourceLength)
    }
  }

  private trimEnd(): void {
    while (edgeSpace.test(this.units.at(-1) ?? '')) this.pop()
  }

  private pop(): void {
    this.units.pop()
    this.starts.pop()
    this.ends.pop()
  }
}
