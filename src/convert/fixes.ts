/**
 * Context fixes on top of opencc-js 1.4.2, for mainland Simplified output.
 * Hand-edited data; `test/convert/fixes.test.ts` checks every entry.
 *
 * Where entries come from:
 * - measured: what opencc-js 1.4.2 gives, run on the input shown (`t`, `tw`, `hk` to `cn`).
 * - OpenCC-keep: the `著` words OpenCC's own `TWVariantsRevPhrases` keeps as `著` (BYVoid/OpenCC).
 * - usage: mainland usage per the 2013 《通用规范汉字表》 and 《现代汉语词典》 (7th ed.): `著` is only
 *   zhù (to write, notable); zhe, zhuó, zháo are written `着`.
 */
export interface Fix {
  from: string
  to: string
  /** Where the entry comes from, and why it is needed. */
  source: string
}

const keepZhu = (words: string, source: string): Fix[] =>
  words.split(' ').map((word) => ({from: word, to: word, source}))

/**
 * Applied to the converted (Simplified) text, longest match from the left,
 * so a longer entry wins over a shorter one starting at the same place and
 * identity entries shield words from shorter rules.
 */
export const outputFixes: readonly Fix[] = [
  {
    from: '著',
    to: '着',
    source:
      'measured: t and hk keep every 著 (帶著 -> 带著, 隨著 -> 随著, 著手, 著力, 著眼; the seed’s 提前著手); ' +
      'usage: outside the zhù words below it is 着'
  },
  ...keepZhu(
    '著名 著作 著称 著述 著录 著者 著书 名著 巨著 钜著 显著 昭著 合著',
    'OpenCC-keep: zhù words, shielded from the 著 -> 着 rule'
  ),
  ...keepZhu(
    '卓著 原著 专著 论著 遗著 编著 译著 拙著 土著 彰著 所著 撰著 大著 著有',
    'usage: zhù words OpenCC’s list misses (measured: tw gives 卓着, 原着, 土着, 着有, …); shielded from the 著 -> 着 rule'
  ),
  {from: '讨论著', to: '讨论着', source: 'usage: particle 着 after 讨论, which the 论著 shield would otherwise catch'},
  {from: '翻译著', to: '翻译着', source: 'usage: particle 着 after 翻译, which the 译著 shield would otherwise catch'},
  {from: '还原着', to: '还原着', source: 'usage: verb 还原 + particle 着, shielded from the 原着 -> 原著 fix'},
  ...['土', '卓', '原', '专', '遗', '拙', '彰', '撰'].map((first) => ({
    from: `${first}着`,
    to: `${first}著`,
    source: `measured: tw gives ${first}着 for ${first}著; usage: ${first}著 (only the unambiguous ones: 编着, 译着, 论着 also occur as verb + particle)`
  })),
  {from: '甚么', to: '什么', source: 'measured: t, tw and hk turn 甚麼 into 甚么; usage: 什么'}
]

/**
 * Added to the first conversion layer, so they apply to the text opencc-js
 * sees and win over its dictionaries. `to` must be final Simplified that the
 * later layers leave alone.
 */
export const sourceOverrides: readonly Fix[] = [
  {
    from: '么',
    to: '么',
    source:
      'measured: tw turns a lone 么 into 幺 (TWVariantsRev); in mixed and mirror-site text 么 is the Simplified 么 of 什么, 怎么 — keep it'
  }
]
