/**
 * Whether to colour what goes to a stream: on a terminal, unless
 * `NO_COLOR` is set and not empty (https://no-color.org). `FORCE_COLOR`,
 * set and not empty, overrules both (`0` or `false` for none, anything
 * else for colour, as chalk reads it): colour through a pipe into `less -R`.
 */
export function useColor(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false'
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  return isTTY
}
