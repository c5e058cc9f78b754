/**
 * ISO 639-3 codes that franc 6 can return, mapped to the shortest BCP-47
 * language tag. Codes not listed have no two-letter form and are already
 * valid BCP-47 tags (`ceb`, `ckb`, `sco`).
 *
 * Sources: ISO 639-1 codes from the ISO 639-3 code table as packaged by
 * wooorm/iso-639-3 (`iso6393-to-1.js`); franc's codes from its `data.js` and
 * `expressions.js`. The second block maps the standard variety of a
 * macrolanguage to the macrolanguage's code, as BCP-47 practice does
 * (`arb` Standard Arabic -> `ar`, `cmn` Mandarin -> `zh`); other members
 * (`prs` Dari, `quz` Cusco Quechua) keep their own code.
 */
const shortTags: Readonly<Record<string, string>> = {
  afr: 'af', amh: 'am', bam: 'bm', bel: 'be', ben: 'bn', bod: 'bo', bos: 'bs', bul: 'bg',
  cat: 'ca', ces: 'cs', dan: 'da', deu: 'de', ell: 'el', eng: 'en', epo: 'eo', ewe: 'ee',
  fin: 'fi', fra: 'fr', glg: 'gl', guj: 'gu', hat: 'ht', hau: 'ha', heb: 'he', hin: 'hi',
  hrv: 'hr', hun: 'hu', hye: 'hy', ibo: 'ig', iii: 'ii', ind: 'id', ita: 'it', jav: 'jv',
  jpn: 'ja', kan: 'kn', kat: 'ka', kaz: 'kk', khm: 'km', kin: 'rw', kir: 'ky', kor: 'ko',
  lao: 'lo', lin: 'ln', lit: 'lt', lug: 'lg', mal: 'ml', mar: 'mr', mkd: 'mk', mya: 'my',
  ndo: 'ng', nld: 'nl', nno: 'nn', nob: 'nb', nya: 'ny', pan: 'pa', pol: 'pl', por: 'pt',
  ron: 'ro', run: 'rn', rus: 'ru', sag: 'sg', sin: 'si', slk: 'sk', slv: 'sl', sna: 'sn',
  som: 'so', sot: 'st', spa: 'es', srp: 'sr', ssw: 'ss', sun: 'su', swe: 'sv', tam: 'ta',
  tat: 'tt', tel: 'te', tgk: 'tg', tgl: 'tl', tha: 'th', tir: 'ti', tsn: 'tn', tso: 'ts',
  tuk: 'tk', tur: 'tr', uig: 'ug', ukr: 'uk', urd: 'ur', ven: 've', vie: 'vi', wol: 'wo',
  xho: 'xh', yor: 'yo', zul: 'zu',

  // Standard varieties of macrolanguages.
  als: 'sq', arb: 'ar', azj: 'az', cmn: 'zh', ekk: 'et', khk: 'mn', lvs: 'lv', npi: 'ne',
  pbu: 'ps', pes: 'fa', plt: 'mg', swh: 'sw', uzn: 'uz', ydd: 'yi', zlm: 'ms'
}

/** BCP-47 tag for an ISO 639-3 code (`spa` -> `es`); `und` stays `und`. */
export function toLanguageTag(iso6393: string): string {
  return shortTags[iso6393] ?? iso6393
}
