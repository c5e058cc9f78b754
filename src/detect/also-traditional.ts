/**
 * Simplified characters that are also standard Traditional characters, so
 * seeing one is no evidence that a text is Simplified (`后` in `皇后`, `台` in
 * `台灣`, `干` in `干涉`, `里` in `公里`).
 *
 * Source: OpenCC `data/dictionary/STCharacters.txt` (BYVoid/OpenCC, commit
 * 0148f244647a2c26f99ce9f46754031e65886388, Apache-2.0): the keys that list
 * themselves among their Traditional candidates but not first (`后	後 后`).
 * opencc-js keeps only the first candidate, so its `STCharacters` maps these
 * away and cannot tell them apart. Taken by hand from that file; the regional
 * standard forms (`秘`, `税`, `温`, …) are added at run time from opencc-js's
 * `TWVariants` and `HKVariants`, so they are not listed here.
 */
export const alsoTraditional =
  '万丑丰于云亘仆价伙余佣党准几凶划占厂厘台叶吁吃后咨咸唇夸尸岩岳帘干广征恒愿托挂据斗朴杠杰极柜' +
  '涂涌淀游痴皂确种筑胜腊腌膻苹范荐虫虱蚝蜡蝎辟适郁采里霉熏跖'
