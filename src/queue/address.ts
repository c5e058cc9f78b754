import {showControls} from '../util/controls.js'

/**
 * Where a queue lives: a Redis server, a database on it, and the queue's
 * name there. Everything that shares a queue (the `extract --queue` that
 * fills it, the workers that empty it) is given the same URL.
 */
export interface QueueAddress {
  host: string
  port: number
  db: number
  username?: string
  password?: string
  tls: boolean
  /** The queue's name: its keys are `newsfacts:<name>:…`. */
  name: string
}

export const DEFAULT_QUEUE_NAME = 'batch'
/** Every key this tool writes starts so, whatever the queue: `redis-cli --scan --pattern 'newsfacts:*'` finds them all. */
export const KEY_PREFIX = 'newsfacts'

const example = 'redis://127.0.0.1:6379/0'
/** A name becomes part of Redis keys, where `:` separates parts, and of messages. */
const namePattern = /^[\w.-]{1,100}$/

/**
 * Read `redis://[user:password@]host[:port][/db][?name=queue]` (or
 * `rediss://` for TLS). Throws a `TypeError` saying what is wrong, with the
 * URL as given (password hidden): it is a usage error, shown as it is.
 */
export function parseQueueAddress(text: string): QueueAddress {
  const fail = (reason: string): never => {
    throw new TypeError(`\`--queue\` must be a Redis URL such as ${example}, not \`${showControls(redact(text))}\`: ${reason}`)
  }
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return fail('it is not a URL')
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') fail(`the scheme is \`${url.protocol.slice(0, -1)}\`, not redis or rediss`)
  if (url.hostname === '') fail('it names no host')
  const port = url.port === '' ? 6379 : Number(url.port)
  const path = url.pathname.replace(/^\//, '')
  if (path !== '' && !/^\d{1,5}$/.test(path)) fail(`the path \`/${path}\` is not a database number`)
  const db = path === '' ? 0 : Number(path)
  let name = DEFAULT_QUEUE_NAME
  for (const [key, value] of url.searchParams) {
    if (key !== 'name') fail(`\`${key}\` is not a setting of the queue (only \`name\` is)`)
    if (!namePattern.test(value)) fail('a queue `name` is 1 to 100 letters, digits, `.`, `_` or `-`')
    name = value
  }
  if (url.hash !== '') fail('it has a `#` part')
  const address: QueueAddress = {host: url.hostname.replace(/^\[(.*)\]$/, '$1'), port, db, tls: url.protocol === 'rediss:', name}
  if (url.username) address.username = decodeURIComponent(url.username)
  if (url.password) address.password = decodeURIComponent(url.password)
  return address
}

/** The address as a URL to show: the password is never printed. */
export function describeAddress(address: QueueAddress): string {
  const user = address.username || address.password ? `${address.username ?? ''}${address.password ? ':***' : ''}@` : ''
  const host = address.host.includes(':') ? `[${address.host}]` : address.host
  const name = address.name === DEFAULT_QUEUE_NAME ? '' : `?name=${address.name}`
  return showControls(`${address.tls ? 'rediss' : 'redis'}://${user}${host}:${address.port}/${address.db}${name}`)
}

/** Connection options for ioredis (and BullMQ, which passes them on). */
export function connectionOptions(address: QueueAddress) {
  return {
    host: address.host,
    port: address.port,
    db: address.db,
    ...(address.username ? {username: address.username} : {}),
    ...(address.password ? {password: address.password} : {}),
    ...(address.tls ? {tls: {}} : {})
  }
}

/** A URL as given, with any password in it hidden (it may not even parse). */
function redact(text: string): string {
  return text.replace(/^([a-z][\w+.-]*:\/\/[^:/@]*:)[^@/]*@/i, '$1***@')
}
