import iconv from 'iconv-lite'

/** How iconv-lite should decode an encoding, and the name to report. */
export interface Encoding {
  /** iconv-lite codec. */
  codec: string
  /** Name for messages (`GB18030`, `Big5`, `UTF-16LE`). */
  name: string
}

/** The encodings a BOM or the UTF-16 byte pattern identify. */
export const unicodeEncodings: Readonly<Record<'utf-8' | 'utf-16le' | 'utf-16be', Encoding>> = {
  'utf-8': {codec: 'utf8', name: 'UTF-8'},
  'utf-16le': {codec: 'utf16le', name: 'UTF-16LE'},
  'utf-16be': {codec: 'utf16be', name: 'UTF-16BE'}
}

/*
 * Labels are widened to their supersets, as browsers do: pages labelled
 * GB2312 are GBK in practice, Latin-1 pages are windows-1252, and Hong Kong
 * Big5 pages use HKSCS characters.
 */
const aliases: Readonly<Record<string, Encoding>> = {
  ...unicodeEncodings,
  utf8: unicodeEncodings['utf-8'],
  'utf-16': unicodeEncodings['utf-16le'],
  gb18030: {codec: 'gb18030', name: 'GB18030'},
  gbk: {codec: 'gb18030', name: 'GB18030'},
  gb2312: {codec: 'gb18030', name: 'GB18030'},
  'x-gbk': {codec: 'gb18030', name: 'GB18030'},
  'euc-cn': {codec: 'gb18030', name: 'GB18030'},
  cp936: {codec: 'gb18030', name: 'GB18030'},
  big5: {codec: 'big5hkscs', name: 'Big5'},
  'big5-hkscs': {codec: 'big5hkscs', name: 'Big5'},
  cp950: {codec: 'big5hkscs', name: 'Big5'},
  'iso-8859-1': {codec: 'windows-1252', name: 'windows-1252'},
  latin1: {codec: 'windows-1252', name: 'windows-1252'},
  'us-ascii': {codec: 'windows-1252', name: 'windows-1252'},
  ascii: {codec: 'windows-1252', name: 'windows-1252'}
}

/** The encoding for a label (`gb2312`, `Big5`, `Shift_JIS`), or `undefined` when iconv-lite has no codec for it. */
export function resolveEncoding(label: string): Encoding | undefined {
  const key = label.trim().toLowerCase()
  const known = aliases[key]
  if (known) return known
  return iconv.encodingExists(key) ? {codec: key, name: label.trim()} : undefined
}

export function isUtf8(encoding: Encoding): boolean {
  return encoding.codec === 'utf8'
}
