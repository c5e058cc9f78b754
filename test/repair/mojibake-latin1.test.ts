import iconv from 'iconv-lite'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {repairLatin1Mojibake} from '../../src/repair/mojibake-latin1.js'

const asLatin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1')
const asCp1252 = (text: string) => iconv.decode(Buffer.from(text, 'utf8'), 'windows-1252')

describe('repairLatin1Mojibake', () => {
  it('repairs UTF-8 read as Latin-1 (C1 controls mapped back to bytes)', () => {
    const garbled = asLatin1('中文新闻')
    expect(garbled).toBe('ä¸\u00ADæ\u0096\u0087æ\u0096°é\u0097»')
    expect(repairLatin1Mojibake(`标题：${garbled}。`).text).toBe('标题：中文新闻。')
  })

  it('repairs UTF-8 read as windows-1252', () => {
    expect(asCp1252('中文')).toBe('ä¸­æ–‡')
    expect(repairLatin1Mojibake('ä¸­æ–‡ and cafÃ© crÃ¨me â€” naÃ¯ve Ã¤').text).toBe('中文 and café crème — naïve ä')
  })

  it('reports one rewrite per run, mapped to the run', () => {
    const result = repairLatin1Mojibake('x ä¸­æ–‡ y')
    expect(result.rewrites).toEqual([{start: 2, end: 8, from: 'ä¸­æ–‡', to: '中文'}])
    expect(result.map.toSource([2, 3])).toEqual([2, 8])
    expect(result.map.toSource([4, 5])).toEqual([8, 9])
  })

  it('repairs what decodes and keeps the rest of a run', () => {
    // The last character lost a byte: `æ–` alone is not UTF-8.
    expect(repairLatin1Mojibake('ä¸­æ–').text).toBe('中æ–')
  })

  it('leaves Latin text alone', () => {
    const text = 'Ça coûte 5 €, « très » cher; Straße “quoted” ½ © ü… — São Paulo, Ñandú'
    expect(repairLatin1Mojibake(text)).toMatchObject({text, rewrites: []})
  })

  it('leaves Chinese punctuation after a Latin letter alone', () => {
    // `é——` and `è……` are valid UTF-8 for rare Han characters (U+95D7, U+8145).
    for (const text of ['球王贝利（Pelé——巴西）', '歌手Hè……他说', '咖啡馆café“好”']) {
      expect(repairLatin1Mojibake(text)).toMatchObject({text, rewrites: []})
    }
  })

  it('rejects sequences that decode to unexpected scripts', () => {
    // `ß“` is valid UTF-8 for U+07D3 (NKo), not text anyone wrote.
    expect(repairLatin1Mojibake('Straße“').rewrites).toEqual([])
  })

  it.each([
    'Visit CAFÉ® today',
    'O NOSSO PAÍS É… grande',
    'NAÏVE CAFÉ¬',
    '¿QUÉ? ¡SÍ!',
    'ÉL DIJO «SÍ»',
    'CAFÉ\u00A0BAR',
    'AÑO¡ nuevo',
    'TÜV±5',
    'ÇA° marche',
    'MÜNCHEN·BERLIN',
    'ÎLE«x»',
    'ÓRGÃO… público'
  ])('leaves a clean capital before a symbol alone: %s', (text) => {
    expect(repairLatin1Mojibake(text)).toMatchObject({text, rewrites: []})
  })

  // Words of eight European languages, capitals included, and the punctuation around them.
  const words = [
    'café', 'crème', 'naïve', 'déjà', 'CAFÉ', 'ÉTÉ', 'Straße', 'Über', 'MÜNCHEN', 'Größe', 'año', 'niño', 'PAÍS', 'ÉL',
    'São', 'ação', 'ÓRGÃO', 'coração', 'Łódź', 'żółw', 'ŚWIAT', 'český', 'ŘEKA', 'Ýmir', 'İstanbul', 'şehir', 'perché', 'CITTÀ',
    'Ærø', 'Øre', 'Åland', 'Þór', 'þú', 'ðað', 'ñandú', 'Ñu', 'Ça', 'ÎLE'
  ]
  const marks = [' ', ', ', '. ', ' « ', ' » ', ' ¿', '? ', ' ¡', '! ', '… ', ' ® ', '° ', ' — ', '\u00A0', ' · ', ' ± ', ' ¬ ', ' © ', ' ½ ']
  const sentence = fc
    .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...marks)), {minLength: 1, maxLength: 12})
    .map((pairs) => pairs.map(([word, mark]) => word + mark).join(''))

  it('never changes clean European text (property)', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        expect(repairLatin1Mojibake(text).text).toBe(text)
      }),
      {numRuns: 2000}
    )
  })

  it('restores the same text read as Latin-1 or windows-1252 (property)', () => {
    fc.assert(
      fc.property(sentence, fc.boolean(), (text, cp1252) => {
        // As a browser reads it (WHATWG windows-1252 keeps 0x81, 0x8D… as C1 controls; iconv loses them).
        const garbled = cp1252 ? new TextDecoder('windows-1252').decode(Buffer.from(text, 'utf8')) : asLatin1(text)
        expect(repairLatin1Mojibake(garbled).text).toBe(text)
      }),
      {numRuns: 2000}
    )
  })
})
