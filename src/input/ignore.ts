import {readFileSync} from 'node:fs'
import path from 'node:path'

/** The ignore file read in every walked directory, like `.gitignore` (a subset). */
export const IGNORE_FILE = '.newsfactsignore'

/**
 * Patterns from a directory's `.newsfactsignore`: one per line, `#` comments,
 * `*` within a path segment, `**` across segments, a trailing `/` for
 * directories only, and (as in `.gitignore`) a pattern without `/` matches
 * the name at any depth. It lets a corpus keep gold files and notes beside
 * its articles.
 */
export interface IgnoreRule {
  regex: RegExp
  directoryOnly: boolean
  anyDepth: boolean
}

export function readIgnoreRules(directory: string): IgnoreRule[] {
  let text: string
  try {
    text = readFileSync(path.join(directory, IGNORE_FILE), 'utf8')
  } catch {
    return []
  }
  return parseIgnoreRules(text)
}

export function parseIgnoreRules(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = []
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.trim()
    if (!line || line.startsWith('#')) continue
    const directoryOnly = line.endsWith('/')
    if (directoryOnly) line = line.slice(0, -1)
    const anyDepth = !line.includes('/')
    if (line.startsWith('/')) line = line.slice(1)
    rules.push({regex: globToRegex(line), directoryOnly, anyDepth})
  }
  return rules
}

/** Whether `relative` (posix, relative to the ignore file's directory) is ignored. */
export function isIgnored(rules: IgnoreRule[], relative: string, isDirectory: boolean): boolean {
  const name = relative.slice(relative.lastIndexOf('/') + 1)
  return rules.some(
    (rule) => (!rule.directoryOnly || isDirectory) && (rule.regex.test(relative) || (rule.anyDepth && rule.regex.test(name)))
  )
}

function globToRegex(glob: string): RegExp {
  let source = ''
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]!
    if (char === '*' && glob[i + 1] === '*') {
      source += '.*'
      i++
      if (glob[i + 1] === '/') i++
    } else if (char === '*') source += '[^/]*'
    else if (char === '?') source += '[^/]'
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`)
}
